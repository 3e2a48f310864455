using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Protishruti.Domain.Access;
using Protishruti.Domain.Meetings;
using Protishruti.Tests.Features.Manage;
using Protishruti.Tests.Infrastructure;
using Protishruti.Web.Infrastructure.Files;
using static Protishruti.Tests.Features.Monitoring.Review.ReviewKit;

namespace Protishruti.Tests.Features.Security;

/// <summary>
/// An evidence file is reached only through a record the user may read that names it. The report's evidence URL takes
/// a <c>file</c> parameter (so an old submission keeps opening the file it was sent with); it once served any stored
/// file whose name appeared anywhere in a submission, so an office that typed another office's stored path into a
/// remark could download that office's decision evidence.
/// </summary>
public abstract class EvidenceByNameTests<TApp>(TApp app) : AppTests<TApp>(app) where TApp : TestApp
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<string> StoreAsync(string text)
    {
        var bytes = Encoding.ASCII.GetBytes($"%PDF-1.4\n% {text} {Guid.NewGuid()}\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
        return (await App.Services.GetRequiredService<FileStore>().SaveAsync(new MemoryStream(bytes), [FileKind.Pdf], 1_000_000, Ct)).Path;
    }

    [Fact]
    public async Task Another_offices_decision_evidence_cannot_be_fetched_through_a_report_by_quoting_its_stored_name()
    {
        // Another office's decision evidence, stored as uploads are.
        var secret = await StoreAsync("another office's decision evidence");
        var progressId = await App.WithDbAsync(async db =>
        {
            var progress = await db.Set<DecisionProgress>().Where(p => db.Offices.Any(o => o.Id == p.OfficeId && o.Code == "uno-lalpur")).FirstAsync(Ct);
            progress.AddEvidence(secret);
            await db.SaveChangesAsync(Ct);
            return progress.Id;
        });

        // An office of its own sends its report with its own evidence, and the other file's stored path typed into every remark.
        var office = await ManageTestKit.NewOfficeAsync(App, "dc-natore");
        var own = await StoreAsync("our own evidence");
        await SubmitAsync(App, office, OnTime, remark: $"see {secret} and {Path.GetFileName(secret)}", evidence: own);
        var editor = await App.LoggedInAsync(await NewUserAsync(App, office, OfficeRole.Editor));
        var indicator = await ManualIndicatorAsync(App);
        var url = $"/offices/{office.Code}/monitoring/{Q1}/evidence/{indicator.Id}";

        (await editor.GetAsync($"{url}?file={Uri.EscapeDataString(secret)}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await editor.GetAsync($"{url}?file={Uri.EscapeDataString($"{Path.GetDirectoryName(own)}/../{secret}")}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await editor.GetAsync($"{url}?file={Uri.EscapeDataString(Path.GetFileName(secret))}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        // Its own file opens, by the entry and by the link the submission froze.
        (await editor.GetAsync(url, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await editor.GetAsync($"{url}?file={Uri.EscapeDataString(own)}", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        // The file stays where it belongs: the implementing office reads it there; this office's editor does not.
        var lalpur = await App.WithDbAsync(db => db.Offices.AsNoTracking().SingleAsync(o => o.Code == "uno-lalpur", Ct));
        (await (await App.LoggedInAsync(await NewUserAsync(App, lalpur, OfficeRole.Editor))).GetAsync($"/offices/uno-lalpur/decisions/{progressId}/evidence/0", Ct)).StatusCode
            .ShouldBe(HttpStatusCode.OK);
        (await editor.GetAsync($"/offices/uno-lalpur/decisions/{progressId}/evidence/0", Ct)).ShouldBeDenied();
    }

    [Fact]
    public async Task A_file_a_submission_linked_in_one_row_is_not_served_under_a_row_that_never_linked_it()
    {
        var office = await ManageTestKit.NewOfficeAsync(App, "dc-natore");
        var first = await StoreAsync("first submission's file");
        await SubmitAsync(App, office, OnTime, evidence: first);
        await DecideAsync(App, office, accept: false);
        await SubmitAsync(App, office, Late, evidence: await StoreAsync("second submission's file"));
        var editor = await App.LoggedInAsync(await NewUserAsync(App, office, OfficeRole.Editor));
        var indicator = await ManualIndicatorAsync(App);
        string Url(int id) => $"/offices/{office.Code}/monitoring/{Q1}/evidence/{id}?file={Uri.EscapeDataString(first)}";

        // The first submission linked the file in this manual row: it still opens there.
        (await editor.GetAsync(Url(indicator.Id), Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        // The computed rows (counted from records, with no upload) have entries in the same report but never linked it.
        var computed = await App.WithDbAsync(db => db.ProgressReports.AsNoTracking().Where(r => r.OfficeId == office.Id)
            .SelectMany(r => r.Entries).Where(e => e.Computed).Select(e => e.PlanIndicatorId).ToListAsync(Ct));
        computed.ShouldNotBeEmpty();
        foreach (var id in computed)
            (await editor.GetAsync(Url(id), Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound, $"indicator {id}");
    }
}

public sealed class EvidenceByNameTests_Sqlite(SqliteApp app) : EvidenceByNameTests<SqliteApp>(app), IClassFixture<SqliteApp>;
[Trait("Database", "Postgres")]
public sealed class EvidenceByNameTests_Postgres(PostgresApp app) : EvidenceByNameTests<PostgresApp>(app), IClassFixture<PostgresApp>;
