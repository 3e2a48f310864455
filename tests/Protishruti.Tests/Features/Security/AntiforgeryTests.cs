using System.Net;
using System.Text;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Protishruti.Domain.Access;
using Protishruti.Domain.Meetings;
using Protishruti.Domain.Monitoring;
using Protishruti.Tests.Features.Manage;
using Protishruti.Tests.Infrastructure;
using Protishruti.Web.Data;
using Protishruti.Web.Features.Monitoring.Reports;
using Protishruti.Web.Infrastructure.Security;
using static Protishruti.Tests.Features.Monitoring.Review.ReviewKit;

namespace Protishruti.Tests.Features.Security;

/// <summary>
/// A request that changes something must carry the antiforgery token of the session's own form: every POST handler of
/// every page and endpoint (found in the app's endpoint data source, so a new one is covered the day it is added)
/// refuses one without it, urlencoded or multipart with a file it would refuse, before it does anything.
/// </summary>
public abstract class AntiforgeryTests<TApp>(TApp app) : AppTests<TApp>(app) where TApp : TestApp
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Every (method, URL) an unsafe request can reach: each page's POST/PUT/DELETE handlers, each endpoint's unsafe methods.</summary>
    private async Task<List<(string Method, string Url)>> UnsafeTargetsAsync()
    {
        var loader = App.Services.GetRequiredService<PageLoader>();
        var targets = new List<(string, string)>();
        foreach (var endpoint in App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var path = Fill(endpoint.RoutePattern);
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is { } page)
            {
                var compiled = await loader.LoadAsync(page, endpoint.Metadata);
                foreach (var h in compiled.HandlerMethods.Where(h => AntiforgeryEverywhere.IsUnsafe(h.HttpMethod)))
                    targets.Add((h.HttpMethod.ToUpperInvariant(), h.Name is null ? path : $"{path}?handler={h.Name}"));
            }
            else if (endpoint.Metadata.GetMetadata<IHttpMethodMetadata>() is { } methods)
            {
                // Open311's anonymous submission reads no cookie: there is nothing of a signed-in user to forge (its own test below).
                if (endpoint.Metadata.GetMetadata<Protishruti.Web.Features.Grievances.Open311Requests.CookielessSubmission>() is not null) continue;
                foreach (var m in methods.HttpMethods.Where(AntiforgeryEverywhere.IsUnsafe))
                    targets.Add((m, path));
            }
        }
        return targets.Distinct().OrderBy(t => t.Item2, StringComparer.Ordinal).ToList();
    }

    /// <summary>A URL the route matches, with values its constraints accept (the office and period exist, so a page would act).</summary>
    private static string Fill(RoutePattern pattern) =>
        "/" + string.Join("/", pattern.PathSegments.Select(s => string.Concat(s.Parts.Select(part => part switch
        {
            RoutePatternLiteralPart l => l.Content,
            RoutePatternSeparatorPart sep => sep.Content,
            RoutePatternParameterPart p => p.ParameterPolicies.Any(x => x.Content is "int" or "long") ? "1"
                : p.ParameterPolicies.Any(x => x.Content == "guid") ? Guid.Empty.ToString()
                : p.Name switch { "code" => "dc-natore", "fy" => "2024-25", "period" => "q1", "kind" => "charter-monitoring", _ => "x" },
            _ => "",
        }))));

    [Fact]
    public async Task Every_post_handler_refuses_a_request_without_a_token_whatever_its_body()
    {
        var targets = await UnsafeTargetsAsync();
        targets.Count.ShouldBeGreaterThan(60, "the walk found the app's POST handlers");
        targets.ShouldContain(("POST", "/offices/dc-natore/monitoring/2024-25/q1?handler=Submit"));
        targets.ShouldContain(("POST", "/account/login"));

        var admin = await App.LoggedInAsync("admin");
        var accepted = new List<string>();
        foreach (var (method, url) in targets)
        {
            using var form = new HttpRequestMessage(new HttpMethod(method), url)
            {
                Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.Name"] = "x" }),
            };
            var plain = await admin.SendAsync(form, Ct);
            if (plain.StatusCode != HttpStatusCode.BadRequest) accepted.Add($"{method} {url} (form): {(int)plain.StatusCode}");

            // A file the handler would refuse, and no token: the shape that once skipped the check.
            using var multipart = new HttpRequestMessage(new HttpMethod(method), url)
            {
                Content = new MultipartFormDataContent
                {
                    { new StringContent("x"), "Input.Name" },
                    { new ByteArrayContent(Encoding.ASCII.GetBytes("not a PDF at all")), "Evidence", "proof.pdf" },
                },
            };
            var upload = await admin.SendAsync(multipart, Ct);
            if (upload.StatusCode != HttpStatusCode.BadRequest) accepted.Add($"{method} {url} (multipart): {(int)upload.StatusCode}");
        }
        accepted.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_forged_multipart_submit_with_a_refused_file_leaves_the_report_a_draft_and_the_real_form_still_submits()
    {
        var child = await ManageTestKit.NewOfficeAsync(App, "dc-natore");
        var editor = await App.LoggedInAsync(await NewUserAsync(App, child, OfficeRole.Editor));
        var reportId = await DraftReadyToSubmitAsync(child.Id);
        var url = $"/offices/{child.Code}/monitoring/{Q1}";
        (await editor.GetStringAsync(url, Ct)).ShouldContain("handler=submit");

        // What another site's form can send: the session's cookies, no token, a file the page refuses first.
        using var forged = new MultipartFormDataContent
        {
            { new ByteArrayContent(Encoding.ASCII.GetBytes("this is only text")), "Evidence", "proof.pdf" },
        };
        var response = await editor.PostAsync($"{url}?handler=submit", forged, Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await StateAsync(reportId)).ShouldBe(ReportState.Draft);

        // The token of another session does not do either.
        var stranger = await App.LoggedInAsync(await NewUserAsync(App, child, OfficeRole.Editor));
        var theirs = System.Text.RegularExpressions.Regex.Match(await stranger.GetStringAsync(url, Ct),
            "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        using var borrowed = new MultipartFormDataContent { { new StringContent(WebUtility.HtmlDecode(theirs)), "__RequestVerificationToken" } };
        (await editor.PostAsync($"{url}?handler=submit", borrowed, Ct)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await StateAsync(reportId)).ShouldBe(ReportState.Draft);

        // The page's own form, with its token, submits.
        (await TestApp.PostFormAsync(editor, $"{url}?handler=submit", [], url)).ShouldRedirectTo(url);
        (await StateAsync(reportId)).ShouldBe(ReportState.Submitted);
    }

    [Fact]
    public async Task The_upload_forms_send_their_token_before_the_file_so_the_check_never_buffers_the_upload()
    {
        var child = await ManageTestKit.NewOfficeAsync(App, "dc-natore");
        var editor = await App.LoggedInAsync(await NewUserAsync(App, child, OfficeRole.Editor));
        await DraftReadyToSubmitAsync(child.Id);
        TokenComesBeforeTheFile(await editor.GetStringAsync($"/offices/{child.Code}/monitoring/{Q1}", Ct), "handler=entry");

        var progressId = await App.WithDbAsync(db => db.Set<DecisionProgress>().Where(p => db.Offices.Any(o => o.Id == p.OfficeId && o.Code == "uno-singra"))
            .Select(p => p.Id).FirstAsync(Ct));
        var uno = await App.LoggedInAsync("editor.uno-singra");
        TokenComesBeforeTheFile(await uno.GetStringAsync($"/offices/uno-singra/decisions/{progressId}", Ct), "enctype=\"multipart/form-data\"");
    }

    private static void TokenComesBeforeTheFile(string page, string formMarker)
    {
        var form = System.Text.RegularExpressions.Regex.Match(page, $"<form[^>]*{System.Text.RegularExpressions.Regex.Escape(formMarker)}[^>]*>(.*?)</form>",
            System.Text.RegularExpressions.RegexOptions.Singleline).Groups[1].Value;
        var token = form.IndexOf("__RequestVerificationToken", StringComparison.Ordinal);
        token.ShouldBeGreaterThanOrEqualTo(0, "the form has its token");
        token.ShouldBeLessThan(form.IndexOf("type=\"file\"", StringComparison.Ordinal));
        System.Text.RegularExpressions.Regex.Count(form, "__RequestVerificationToken").ShouldBe(1);
    }

    private Task<ReportState> StateAsync(int reportId) =>
        App.WithDbAsync(db => db.ProgressReports.AsNoTracking().Where(r => r.Id == reportId).Select(r => r.State).SingleAsync());

    /// <summary>The office's 2024-25 Q1 charter report with every manual row entered and evidenced: a submit would succeed.</summary>
    private async Task<int> DraftReadyToSubmitAsync(int officeId)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var reports = scope.ServiceProvider.GetRequiredService<ProgressReports>();
        var office = await db.Offices.SingleAsync(o => o.Id == officeId, Ct);
        var plan = (await reports.PlanAsync(Year, PlanKind.CitizenCharter, Ct))!;
        var report = await reports.OpenAsync(office, plan, ReportPeriod.Q1, Ct);
        foreach (var i in plan.For(hasSubordinates: false).Where(i => !i.IsComputed))
        {
            if (i.Unit == IndicatorUnit.Date) report.Enter(i, null, new DateOnly(2024, 9, 1), "সম্পন্ন");
            else report.Enter(i, 1, null, "সম্পন্ন");
            report.AttachEvidence(i, "files/ab/cdef", "photo.jpg", "image/jpeg");
        }
        await db.SaveChangesAsync(Ct);
        return report.Id;
    }
}

public sealed class AntiforgeryTests_Sqlite(SqliteApp app) : AntiforgeryTests<SqliteApp>(app), IClassFixture<SqliteApp>;
[Trait("Database", "Postgres")]
public sealed class AntiforgeryTests_Postgres(PostgresApp app) : AntiforgeryTests<PostgresApp>(app), IClassFixture<PostgresApp>;
