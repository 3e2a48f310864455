using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Protishruti.Domain.Memos;
using Protishruti.Domain;
using Protishruti.Tests.Infrastructure;
using Protishruti.Web.Documents;
using Protishruti.Web.Features.Memos;
using Protishruti.Web;

namespace Protishruti.Tests.Features.Memos;

/// <summary>An issued document is kept as it was issued and served as page, PDF and DOCX from that copy.</summary>
public abstract class IssuedDocumentTests<TApp>(TApp app) : AppTests<TApp>(app) where TApp : TestApp
{
    private async Task<IssuedDocument<MeetingNotice>> IssueSampleNoticeAsync(string code)
    {
        var officeId = App.WithDb(db => db.Offices.Single(o => o.Code == code).Id);
        await using var scope = App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IssuedDocuments>().IssueAsync(officeId, MemoDocumentKind.Notice,
            "নাগরিক সেবা সমন্বয় সভার নোটিশ", new DateOnly(2022, 11, 22), memo => Samples.Notice() with { Memo = memo });
    }

    [Fact]
    public async Task An_issued_notice_is_frozen_with_its_memo_number_and_served_as_page_pdf_and_docx()
    {
        var issued = await IssueSampleNoticeAsync("dc-natore");
        issued.Memo.Number.ShouldStartWith("05.43.6900.006.32.001.21.");
        var stored = App.WithDb(db => db.IssuedMemos.Single(m => m.Id == issued.Memo.Id));
        stored.DocumentType.ShouldBe("notice");
        stored.DocumentJson!.ShouldContain("জেলা প্রশাসকের কার্যালয়, নাটোর"); // readable Bengali, not \u escapes
        IssuedDocuments.Read<MeetingNotice>(stored).Memo.Number.ShouldBe(issued.Memo.Number);

        var client = App.CreateClient();
        var url = Links.Memos.Document("dc-natore", issued.Memo.Id);
        var html = WebUtility.HtmlDecode(await client.GetStringAsync(url));
        html.ShouldContain(issued.Memo.NumberBn);
        html.ShouldContain("৭ অগ্রহায়ণ ১৪২৯");

        var docx = await client.GetAsync(url + ".docx");
        docx.StatusCode.ShouldBe(HttpStatusCode.OK);
        docx.Content.Headers.ContentDisposition!.FileNameStar.ShouldBe($"notice-{issued.Memo.Number}.docx");

        var pdf = await client.GetAsync(url + ".pdf");
        pdf.StatusCode.ShouldBe(HttpStatusCode.OK);
        new PdfFile(await pdf.Content.ReadAsByteArrayAsync()).Text().ShouldContain(issued.Memo.NumberBn);
    }

    [Fact]
    public async Task A_document_is_frozen_once_and_is_not_found_under_another_office()
    {
        var issued = await IssueSampleNoticeAsync("dc-natore");
        Should.Throw<DomainException>(() => issued.Memo.Freeze("notice", "{}"));
        var client = App.CreateClient();
        (await client.GetAsync(Links.Memos.Document("uno-singra", issued.Memo.Id))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.GetAsync(Links.Memos.Document("dc-natore", 999_999_999) + ".pdf")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}

public sealed class IssuedDocumentTests_Sqlite(SqliteApp app) : IssuedDocumentTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Database", "Postgres")]
public sealed class IssuedDocumentTests_Postgres(PostgresApp app) : IssuedDocumentTests<PostgresApp>(app), IClassFixture<PostgresApp>;
