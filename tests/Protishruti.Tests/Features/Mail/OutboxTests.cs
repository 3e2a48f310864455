using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Protishruti.Domain.Meetings;
using Protishruti.Tests.Infrastructure;
using Protishruti.Web.Features.Mail;
using Protishruti.Web.Features.Meetings.Notices;

namespace Protishruti.Tests.Features.Mail;

/// <summary>The outbox sender against a real (tiny) SMTP server: Bengali subjects arrive intact, each message once, failures retried later.</summary>
public abstract class OutboxTests<TApp>(TApp app) : AppTests<TApp>(app) where TApp : TestApp
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static OutboxDelivery Delivery(TestApp app, int port) => new(
        app.Services.GetRequiredService<IServiceScopeFactory>(), TimeProvider.System,
        Options.Create(new SmtpOptions { Host = "127.0.0.1", Port = port, From = "protishruti@example.gov.bd" }),
        NullLogger<OutboxDelivery>.Instance);

    private async Task<List<OutboxMessage>> EnqueueAsync(string subject, params MailRecipient[] to)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Protishruti.Web.Data.AppDbContext>();
        var office = await db.Offices.SingleAsync(o => o.Code == "dc-natore", Ct);
        var outbox = scope.ServiceProvider.GetRequiredService<Outbox>();
        return [.. await outbox.EnqueueAsync(office.Id, to, subject, "সভার নোটিশ সংযুক্ত করা হলো।\nধন্যবাদ।", null, $"test:{Guid.NewGuid():N}", Ct)];
    }

    private OutboxMessage Reload(long id) => App.WithDb(db => db.Outbox.AsNoTracking().Single(m => m.Id == id));

    [Fact]
    public async Task A_message_arrives_once_with_its_Bengali_subject_and_a_recipient_without_address_stays_for_delivery_by_hand()
    {
        await using var smtp = new FakeSmtpServer();
        var subject = $"সভার নোটিশ: সেবা প্রদান প্রতিশ্রুতি সংক্রান্ত ত্রৈমাসিক সমন্বয় সভা {Guid.NewGuid():N}";
        var messages = await EnqueueAsync(subject,
            new MailRecipient("উপজেলা নির্বাহী অফিসার, সিংড়া", "head.uno.singra@example.gov.bd"),
            new MailRecipient("উপজেলা নির্বাহী অফিসার, সিংড়া (আবার)", "HEAD.uno.singra@example.gov.bd"), // the same address once
            new MailRecipient("স্থানীয় সাংবাদিক", null));
        messages.Count.ShouldBe(2);

        var delivery = Delivery(App, smtp.Port);
        while (await delivery.SendDueAsync(Ct) > 0) { }
        await delivery.SendDueAsync(Ct); // nothing left: nothing sent again

        var mine = smtp.Received.Where(m => m.Subject == subject).ToList();
        var mail = mine.ShouldHaveSingleItem();
        mail.To.ShouldBe(["head.uno.singra@example.gov.bd"]);
        mail.From.ShouldContain("protishruti@example.gov.bd");
        Reload(messages[0].Id).Status.ShouldBe(OutboxStatus.Sent);
        Reload(messages[1].Id).Status.ShouldBe(OutboxStatus.ByHand);
        Reload(messages[1].Id).SentAt.ShouldBeNull();
    }

    [Fact]
    public async Task Two_senders_at_once_deliver_every_message_exactly_once()
    {
        await using var smtp = new FakeSmtpServer();
        var stem = $"নোটিশ {Guid.NewGuid():N}";
        var ids = new List<long>();
        for (var i = 0; i < 30; i++)
            ids.AddRange((await EnqueueAsync($"{stem} {i}", new MailRecipient($"দপ্তর {i}", $"office{i}@example.gov.bd"))).Select(m => m.Id));

        await using var twin = App.Twin();
        _ = twin.Services; // starts the second instance on the same database
        var first = Delivery(App, smtp.Port);
        var second = Delivery(twin, smtp.Port);
        async Task Drain(OutboxDelivery d)
        {
            for (var round = 0; round < 20; round++) await d.SendDueAsync(Ct);
        }
        await Task.WhenAll(Task.Run(() => Drain(first), Ct), Task.Run(() => Drain(second), Ct));

        var mine = smtp.Received.Where(m => m.Subject.StartsWith(stem, StringComparison.Ordinal)).Select(m => m.Subject).ToList();
        mine.Count.ShouldBe(30);
        mine.Distinct().Count().ShouldBe(30);
        App.WithDb(db => db.Outbox.AsNoTracking().Where(m => ids.Contains(m.Id)).ToList()).ShouldAllBe(m => m.SentAt != null && m.Attempts == 1);
    }

    [Fact]
    public async Task An_issued_notice_is_mailed_with_its_PDF_attached()
    {
        var title = $"পরিবীক্ষণ কমিটির সভা {Guid.NewGuid():N}";
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(6));
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<Protishruti.Web.Data.AppDbContext>();
            var office = await db.Offices.SingleAsync(o => o.Code == "dc-natore", Ct);
            var post = await db.Posts.Where(p => p.OfficeId == office.Id && p.Email != null).OrderBy(p => p.SortOrder).FirstAsync(Ct);
            var meeting = new Meeting(office.Id, MeetingKind.MonitoringCommittee, title, today.AddDays(7), new TimeOnly(11, 0), "সম্মেলন কক্ষ", null);
            meeting.AddAgendaItem("বিগত সভার সিদ্ধান্ত বাস্তবায়ন পর্যালোচনা");
            meeting.Invite(Party.Post(post.Id, office.Id, post.DesignationBn));
            db.Meetings.Add(meeting);
            await db.SaveChangesAsync(Ct);
            var issued = await scope.ServiceProvider.GetRequiredService<NoticeIssuing>().IssueAsync(meeting, today, ct: Ct); // as the demo data calls it
            issued.Mail.ShouldHaveSingleItem().ToAddress.ShouldBe(post.Email);
        }

        await using var smtp = new FakeSmtpServer();
        var delivery = Delivery(App, smtp.Port);
        while (await delivery.SendDueAsync(Ct) > 0) { }
        var mail = smtp.Received.Single(m => m.Subject.Contains(title, StringComparison.Ordinal));
        mail.Subject.ShouldStartWith("সভার নোটিশ: ");
        mail.Data.ShouldContain("application/pdf");
    }

    [Fact]
    public async Task The_background_sender_runs_when_Smtp_Host_is_configured()
    {
        await using var smtp = new FakeSmtpServer();
        var subject = $"সভা বাতিল সংক্রান্ত নোটিশ {Guid.NewGuid():N}";
        await EnqueueAsync(subject, new MailRecipient("জেলা প্রশাসক, নাটোর", "dc.natore@example.gov.bd"));
        await using var configured = App.WithWebHostBuilder(b => b
            .UseSetting("Smtp:Host", "127.0.0.1").UseSetting("Smtp:Port", $"{smtp.Port}").UseSetting("Smtp:PollSeconds", "1"));
        _ = configured.Services; // starts the host, and with it the sender
        for (var i = 0; i < 100 && !smtp.Received.Any(m => m.Subject == subject); i++) await Task.Delay(200, Ct);
        smtp.Received.Count(m => m.Subject == subject).ShouldBe(1);
    }

    [Fact]
    public async Task A_failure_is_recorded_and_retried_later_not_at_once()
    {
        int closedPort;
        await using (var gone = new FakeSmtpServer()) closedPort = gone.Port; // nothing listens there any more
        var subject = $"সংশোধিত নোটিশ {Guid.NewGuid():N}";
        var message = (await EnqueueAsync(subject, new MailRecipient("জেলা প্রশাসক", "dc@example.gov.bd"))).Single();

        // Other messages of this database (the demo's notices, earlier tests) may be due before ours: send batches
        // until ours has been tried.
        var delivery = Delivery(App, closedPort);
        for (var round = 0; round < 100 && Reload(message.Id).Attempts == 0; round++) await delivery.SendDueAsync(Ct);
        var failed = Reload(message.Id);
        failed.SentAt.ShouldBeNull();
        failed.Attempts.ShouldBe(1);
        failed.LastError.ShouldNotBeNullOrWhiteSpace();
        failed.NextAttemptAt!.Value.ShouldBeGreaterThan(DateTime.UtcNow);
        failed.Status.ShouldBe(OutboxStatus.Waiting);

        await using var smtp = new FakeSmtpServer();
        var working = Delivery(App, smtp.Port);
        for (var round = 0; round < 100 && await working.SendDueAsync(Ct) > 0; round++) { } // everything due is sent; ours is not due
        smtp.Received.ShouldNotContain(m => m.Subject == subject);
        Reload(message.Id).Attempts.ShouldBe(1);
    }
}

public sealed class OutboxTests_Sqlite(SqliteApp app) : OutboxTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Database", "Postgres")]
public sealed class OutboxTests_Postgres(PostgresApp app) : OutboxTests<PostgresApp>(app), IClassFixture<PostgresApp>;
