using System.Text;
using MailKit.Security;
using MimeKit;
using Protishruti.Web.Features.Mail;

namespace Protishruti.Tests.Features.Mail;

/// <summary>What a recipient's mail program sees: Bengali subject, sender name, body and attachment name, decoded.</summary>
public sealed class MailEncodingTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_Bengali_subject_body_and_attachment_name_arrive_intact()
    {
        await using var smtp = new FakeSmtpServer();
        var subject = $"সভার নোটিশ: জেলা সেবা প্রদান প্রতিশ্রুতি পরিবীক্ষণ কমিটির ত্রৈমাসিক সভা, ১৫ পৌষ ১৪৩৩ {Guid.NewGuid():N}";
        const string body = "সভার নোটিশ সংযুক্ত করা হলো।\nধন্যবাদ।";
        const string fileName = "সভার-নোটিশ-০৫.৪৪.৬৯০০.০০০.০৬.০০১.২৬-১২.pdf";
        byte[] pdf = [.. "%PDF-1.7\n"u8, .. Enumerable.Range(0, 3000).Select(i => (byte)i)];
        var message = new OutboxMessage(1, "dc.natore@example.gov.bd", "জেলা প্রশাসক, নাটোর", subject, body, null, null, DateTime.UtcNow);

        await OutboxDelivery.SendAsync(new SmtpOptions { Host = "127.0.0.1", Port = smtp.Port, From = "protishruti@example.gov.bd" }, message, (pdf, fileName), Ct);

        var received = smtp.Received.ShouldHaveSingleItem();
        received.Subject.ShouldBe(subject); // decoded by the server's own RFC 2047 reader, not by MimeKit
        received.To.ShouldBe(["dc.natore@example.gov.bd"]);
        using var raw = new MemoryStream(Encoding.Latin1.GetBytes(received.Data));
        var mail = await MimeMessage.LoadAsync(raw, Ct);
        mail.Subject.ShouldBe(subject);
        mail.From.Mailboxes.ShouldHaveSingleItem().Name.ShouldBe("প্রতিশ্রুতি");
        mail.To.Mailboxes.ShouldHaveSingleItem().Name.ShouldBe("জেলা প্রশাসক, নাটোর");
        mail.TextBody!.ReplaceLineEndings("\n").TrimEnd().ShouldBe(body);
        var attachment = mail.Attachments.OfType<MimePart>().ShouldHaveSingleItem();
        attachment.FileName.ShouldBe(fileName);
        attachment.ContentType.MimeType.ShouldBe("application/pdf");
        using var content = new MemoryStream();
        await attachment.Content!.DecodeToAsync(content, Ct);
        content.ToArray().ShouldBe(pdf);
    }

    [Theory]
    [InlineData(false, 25, SecureSocketOptions.None)]
    [InlineData(false, 465, SecureSocketOptions.None)]
    [InlineData(true, 587, SecureSocketOptions.StartTls)]
    [InlineData(true, 25, SecureSocketOptions.StartTls)]
    [InlineData(true, 465, SecureSocketOptions.SslOnConnect)]
    public void EnableSsl_is_TLS_on_connect_for_port_465_and_required_STARTTLS_elsewhere(bool enableSsl, int port, SecureSocketOptions expected) =>
        OutboxDelivery.Security(new SmtpOptions { Host = "mail.example.gov.bd", Port = port, EnableSsl = enableSsl }).ShouldBe(expected);
}
