using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Protishruti.Domain.Calendar;
using Protishruti.Domain.Delivery;
using Protishruti.Domain.Grievances;
using Protishruti.Tests.Features.Mail;
using Protishruti.Tests.Infrastructure;
using Protishruti.Web.Data;
using Protishruti.Web.Features.Calendar;
using Protishruti.Web.Features.Grievances;
using Protishruti.Web.Features.Mail;
using Protishruti.Web.Infrastructure;
using static Protishruti.Tests.Features.Grievances.GrievanceKit;
using static Protishruti.Tests.Features.Manage.ManageTestKit;

namespace Protishruti.Tests.Features.Grievances;

/// <summary>
/// Issue 19 end to end over HTTP: a citizen complains without an account, follows it by tracking number, the office's
/// grievance officer decides, the citizen says it was not resolved and appeals to the parent office's appeal officer;
/// the clock moves an unanswered complaint up by itself; e-mails reach a real SMTP server.
/// </summary>
public abstract class GrievanceFlowTests<TApp>(TApp app) : AppTests<TApp>(app) where TApp : TestApp
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string ErrorOf(string page) =>
        System.Text.RegularExpressions.Regex.Match(page, "class=\"(?:notice error|field-error)\"[^>]*>(.*?)</", System.Text.RegularExpressions.RegexOptions.Singleline).Groups[1].Value;

    private Task<WorkingDayCalendar> CalendarAsync() => App.WithDbAsync(db => new WorkingCalendarSource(db).LoadAsync());

    [Fact]
    public async Task A_citizen_complains_without_an_account_and_follows_it_by_number_which_never_shows_who_complained()
    {
        var citizen = App.Browser();
        var service = (await App.WithDbAsync(db => new GrievanceDeskProbe(db).FirstServiceAsync(Office)));
        var servicePage = await citizen.GetStringAsync($"/offices/{Office}/services/{service}", Ct);
        servicePage.ShouldContain($"/offices/{Office}/grievances/new?service={service}");

        var text = Text();
        var fields = Typical(text);
        fields["Input.Service"] = service.ToString();
        var sent = await ComplainAsync(citizen, fields, query: $"?service={service}");
        sent.StatusCode.ShouldBe(HttpStatusCode.Redirect, await sent.Content.ReadAsStringAsync(Ct));
        var tracking = TrackingOf(sent);
        TrackingNumber.Normalize(tracking).ShouldBe(tracking);

        var status = await citizen.GetStringAsync($"/grievances/{tracking}", Ct);
        status.ShouldContain(TrackingNumber.Grouped(tracking));
        status.ShouldContain("আপনার অভিযোগ গৃহীত হয়েছে");
        var calendar = await CalendarAsync();
        var due = calendar.AddWorkingDays(BangladeshTime.DateOf(DateTimeOffset.UtcNow), 30);
        status.ShouldContain(OfficialDate.Line(due));
        status.ShouldNotContain("পরীক্ষা নাগরিক");
        status.ShouldNotContain("01712345678");
        status.ShouldNotContain("০১৭১২৩৪৫৬৭৮");
        status.ShouldNotContain("citizen.test@example.com");
        status.ShouldNotContain(text); // the citizen's text is the officers' to read

        var g = await App.GrievanceAsync(tracking);
        g.Complainant!.Mobile.ShouldBe("01712345678");
        g.ServiceKey.ShouldBe(service);
        g.DueOn.ShouldBe(due);
        // The acknowledgement is queued: e-mail and SMS, with the number; the office's officers are told too.
        var (mails, sms) = await App.WithDbAsync(async db => (
            await db.Outbox.AsNoTracking().Where(m => m.Source!.StartsWith($"grievance:{g.Id}:")).ToListAsync(Ct),
            await db.SmsOutbox.AsNoTracking().Where(m => m.Source!.StartsWith($"grievance:{g.Id}:")).ToListAsync(Ct)));
        mails.ShouldContain(m => m.ToAddress == "citizen.test@example.com" && m.Subject.Contains(TrackingNumber.Grouped(tracking)));
        mails.ShouldContain(m => m.ToAddress == "gro.uno-singra@demo.invalid" && m.Subject.StartsWith("নতুন অভিযোগ"));
        var text1 = sms.ShouldHaveSingleItem();
        text1.ToNumber.ShouldBe("01712345678");
        text1.Text.ShouldContain(TrackingNumber.Grouped(tracking));
        text1.Parts.ShouldBeLessThanOrEqualTo(2);
        // Identity is in no audit entry.
        (await App.WithDbAsync(db => db.AuditEntries.AsNoTracking().CountAsync(a => a.After!.Contains("পরীক্ষা নাগরিক") || a.After!.Contains("01712345678"), Ct))).ShouldBe(0);
    }

    [Fact]
    public async Task Bad_input_comes_back_beside_the_fields_in_Bengali_with_what_was_typed_and_nothing_is_stored()
    {
        var citizen = App.Browser();
        var fields = Typical("ছোট");
        fields["Input.Mobile"] = "12345";
        fields["Input.Application"] = "NOT-A-NUMBER";
        var key = Guid.NewGuid().ToString("N");
        fields["Input.Key"] = key;
        var response = await ComplainAsync(citizen, fields);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await response.Content.ReadAsStringAsync(Ct);
        page.ShouldContain("id=\"Input_WhatHappened-error\"");
        page.ShouldContain("কী ঘটেছে লিখুন");
        page.ShouldContain("id=\"Input_Mobile-error\"");
        page.ShouldContain("বাংলাদেশের মোবাইল নম্বর নয়");
        page.ShouldContain("id=\"Input_Application-error\"");
        page.ShouldContain("value=\"12345\"");
        page.ShouldContain("পরীক্ষা নাগরিক");
        (await App.WithDbAsync(db => db.Grievances.CountAsync(g => g.SubmissionKey == key, Ct))).ShouldBe(0);
    }

    [Fact]
    public async Task The_same_form_sent_twice_makes_one_complaint_and_a_filled_honeypot_stores_nothing()
    {
        var citizen = App.Browser();
        var text = Text();
        var fields = Typical(text);
        fields["Input.Key"] = Guid.NewGuid().ToString("N");
        var first = await ComplainAsync(citizen, new(fields));
        var second = await ComplainAsync(citizen, new(fields));
        TrackingOf(second).ShouldBe(TrackingOf(first));
        (await App.WithDbAsync(db => db.Grievances.CountAsync(g => g.WhatHappened == text, Ct))).ShouldBe(1);

        var bot = Typical(Text());
        bot["Website"] = "http://spam.example";
        var trapped = await ComplainAsync(App.Browser(), bot);
        trapped.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await App.WithDbAsync(db => db.Grievances.CountAsync(g => g.WhatHappened == bot["Input.WhatHappened"], Ct))).ShouldBe(0);
    }

    [Fact]
    public async Task A_form_sent_faster_than_a_person_can_type_is_refused_and_keeps_what_was_typed()
    {
        await using var strict = App.WithWebHostBuilder(b => b.UseSetting("Grievances:MinimumFormSeconds", "60"));
        var client = strict.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        var text = Text();
        var response = await ComplainAsync(client, Typical(text));
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await response.Content.ReadAsStringAsync(Ct);
        page.ShouldContain("ফর্মটি খুব দ্রুত পাঠানো হয়েছে");
        page.ShouldContain(text);
        (await App.WithDbAsync(db => db.Grievances.CountAsync(g => g.WhatHappened == text, Ct))).ShouldBe(0);
    }

    [Fact]
    public async Task Only_the_offices_grievance_officer_sees_the_complainant_and_acts()
    {
        var tracking = TrackingOf(await ComplainAsync(App.Browser(), Typical(Text())));
        var g = await App.GrievanceAsync(tracking);
        var url = $"/offices/{Office}/grievances/{g.Id}";

        var gro = await App.LoggedInAsync("gro.uno-singra");
        (await gro.GetStringAsync($"/offices/{Office}/grievances", Ct)).ShouldContain(TrackingNumber.Grouped(tracking));
        var page = await gro.GetStringAsync(url, Ct);
        page.ShouldContain("পরীক্ষা নাগরিক");
        page.ShouldContain("নিষ্পত্তি করুন");
        (await gro.GetStringAsync($"/dashboard/{Office}", Ct)).ShouldContain(url);

        var editor = await App.LoggedInAsync("editor.uno-singra");
        (await editor.GetAsync(url, Ct)).ShouldBeDenied();
        (await editor.GetAsync($"/offices/{Office}/grievances", Ct)).ShouldBeDenied();
        var otherGro = await App.LoggedInAsync("gro.dc-natore");
        (await otherGro.GetAsync(url, Ct)).ShouldBeDenied();
        (await otherGro.GetAsync($"/offices/dc-natore/grievances/{g.Id}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var monitor = await App.LoggedInAsync("monitor.mopa");
        (await monitor.GetAsync(url, Ct)).ShouldBeDenied();
        // Posting anyway changes nothing.
        (await PostAsync(editor, url + "?handler=Close", new() { ["Input.Outcome"] = "Resolved", ["Input.Decision"] = "সমাধান হয়েছে।" }, $"/offices/{Office}"))
            .ShouldBeDenied();
        (await App.GrievanceAsync(tracking)).State.ShouldBe(GrievanceState.Open);
    }

    [Fact]
    public async Task Two_officers_deciding_at_once_decide_it_once_and_the_other_sees_it_decided()
    {
        var tracking = TrackingOf(await ComplainAsync(App.Browser(), Typical(Text())));
        var g = await App.GrievanceAsync(tracking);
        var url = $"/offices/{Office}/grievances/{g.Id}";
        var a = await App.LoggedInAsync("gro.uno-singra");
        var b = await App.LoggedInAsync("gro.uno-singra");
        var version = await App.WithDbAsync(db => db.VersionOfAsync<Grievance>(g.Id, Ct));
        Task<HttpResponseMessage> Close(HttpClient c, string decision) => PostAsync(c, url + "?handler=Close",
            new() { ["Input.Outcome"] = "Resolved", ["Input.Decision"] = decision, ["Seen"] = $"{version}" }, url);
        var results = await Task.WhenAll(Close(a, "প্রথম সিদ্ধান্ত: সেবা দেওয়া হয়েছে।"), Close(b, "দ্বিতীয় সিদ্ধান্ত: সেবা দেওয়া হয়েছে।"));
        results.Count(r => r.StatusCode == HttpStatusCode.Redirect).ShouldBe(1, string.Join(" | ", await Task.WhenAll(results.Select(async r => $"{(int)r.StatusCode} {ErrorOf(await r.Content.ReadAsStringAsync(Ct))}"))));
        var loser = results.Single(r => r.StatusCode != HttpStatusCode.Redirect);
        loser.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await loser.Content.ReadAsStringAsync(Ct)).ShouldContain("অন্য কেউ অভিযোগটিতে পদক্ষেপ নিয়েছেন");
        var closed = await App.GrievanceAsync(tracking);
        closed.Steps.Count(s => s.Action == GrievanceAction.Closed).ShouldBe(1);
        closed.Steps.Single(s => s.Action == GrievanceAction.Closed).Actor.ShouldBe("gro.uno-singra");
        (await App.WithDbAsync(db => db.Outbox.CountAsync(m => m.Source == $"grievance:{g.Id}:closed", Ct))).ShouldBe(1);
    }

    [Fact]
    public async Task Not_resolved_opens_the_appeal_to_the_parent_offices_appeal_officer_who_has_twenty_working_days()
    {
        var citizen = App.Browser();
        var tracking = TrackingOf(await ComplainAsync(citizen, Typical(Text())));
        var g = await App.GrievanceAsync(tracking);
        var gro = await App.LoggedInAsync("gro.uno-singra");
        var handle = $"/offices/{Office}/grievances/{g.Id}";
        (await PostAsync(gro, handle + "?handler=Close", new() { ["Input.Outcome"] = "Rejected", ["Input.Decision"] = "প্রয়োজনীয় কাগজ জমা দেওয়া হয়নি।" }, handle))
            .ShouldRedirectTo(handle);
        var status = $"/grievances/{tracking}";
        var page = await citizen.GetStringAsync(status, Ct);
        page.ShouldContain("প্রয়োজনীয় কাগজ জমা দেওয়া হয়নি।");
        page.ShouldContain("সিদ্ধান্তে কি আপনার সমস্যার সমাধান হয়েছে?");
        (await PostAsync(citizen, status + "?handler=NotResolved", new(), status)).ShouldRedirectTo(status);
        (await PostAsync(citizen, status + "?handler=Appeal", new() { ["Text"] = "সব কাগজ দেওয়া হয়েছিল, রসিদ আছে।" }, status)).ShouldRedirectTo(status);

        var appealed = await App.GrievanceAsync(tracking);
        appealed.Level.ShouldBe(RedressLevel.Appeal);
        var dc = await App.WithDbAsync(db => db.Offices.SingleAsync(o => o.Code == "dc-natore", Ct));
        appealed.HandlingOfficeId.ShouldBe(dc.Id);
        appealed.DueOn.ShouldBe((await CalendarAsync()).AddWorkingDays(BangladeshTime.DateOf(DateTimeOffset.UtcNow), 20));

        var appeal = await App.LoggedInAsync("appeal.dc-natore");
        var queue = await appeal.GetStringAsync("/offices/dc-natore/grievances", Ct);
        queue.ShouldContain(TrackingNumber.Grouped(tracking));
        var appealPage = $"/offices/dc-natore/grievances/{g.Id}";
        (await PostAsync(appeal, appealPage + "?handler=Close", new() { ["Input.Outcome"] = "Resolved", ["Input.Decision"] = "আপিল মঞ্জুর: সেবা দিতে নির্দেশ দেওয়া হলো।" }, appealPage))
            .ShouldRedirectTo(appealPage);
        var done = await App.GrievanceAsync(tracking);
        done.IsClosed.ShouldBeTrue();
        done.Level.ShouldBe(RedressLevel.Appeal);
        // The grievance officer of Singra still reads it, but can no longer act.
        var readOnly = await gro.GetStringAsync(handle, Ct);
        readOnly.ShouldContain("আপিল মঞ্জুর");
        readOnly.ShouldNotContain("?handler=Close");
    }

    [Fact]
    public async Task An_unanswered_complaint_moves_up_by_itself_and_the_officer_is_reminded_once_before_the_deadline()
    {
        var calendar = await CalendarAsync();
        var today = BangladeshTime.DateOf(DateTimeOffset.UtcNow);
        var (late, soon) = await App.WithDbAsync(async db =>
        {
            var office = await db.Offices.SingleAsync(o => o.Code == Office, Ct);
            var who = Complainant.Of("পুরনো অভিযোগকারী", null, "old.complainant@example.com");
            var lateAt = new DateTimeOffset(today.AddDays(-70).ToDateTime(new TimeOnly(11, 0)), Clock.BangladeshOffset);
            var late = Grievance.Submit(TrackingNumber.New(), office.Id, null, null, null, Text(), null, who, lateAt, calendar, RedressLimits.Default);
            // Received so long ago that its deadline is two working days away.
            var start = today;
            while (calendar.AddWorkingDays(start, 30) > calendar.AddWorkingDays(today, 2)) start = start.AddDays(-1);
            var soonAt = new DateTimeOffset(start.ToDateTime(new TimeOnly(11, 0)), Clock.BangladeshOffset);
            var soon = Grievance.Submit(TrackingNumber.New(), office.Id, null, null, null, Text(), null, null, soonAt, calendar, RedressLimits.Default);
            db.Grievances.AddRange(late, soon);
            await db.SaveChangesAsync(Ct);
            return (late.Id, soon.Id);
        });
        await using (var scope = App.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<GrievanceEscalation>().RunAsync(Ct);
        await using (var scope = App.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<GrievanceEscalation>().RunAsync(Ct); // again: nothing twice

        var moved = await App.WithDbAsync(db => db.Grievances.AsNoTracking().Include(g => g.Steps).SingleAsync(g => g.Id == late, Ct));
        moved.Level.ShouldBe(RedressLevel.Appeal);
        moved.Steps.Count(s => s.Action == GrievanceAction.Escalated).ShouldBe(1);
        moved.DueOn.ShouldBe(calendar.AddWorkingDays(today, 20));
        var sources = await App.WithDbAsync(db => db.Outbox.AsNoTracking().Where(m => m.Source!.StartsWith($"grievance:{late}:") || m.Source!.StartsWith($"grievance:{soon}:"))
            .Select(m => new { m.Source, m.ToAddress }).ToListAsync(Ct));
        sources.Count(s => s.Source == $"grievance:{late}:escalated" && s.ToAddress == "old.complainant@example.com").ShouldBe(1);
        sources.Count(s => s.Source == $"grievance:{late}:officer:escalated" && s.ToAddress == "appeal.dc-natore@demo.invalid").ShouldBe(1);
        sources.Count(s => s.Source!.StartsWith($"grievance:{soon}:reminder:")).ShouldBe(1);
    }

    [Fact]
    public async Task The_citizens_acknowledgement_reaches_a_real_SMTP_server_with_its_Bengali_subject()
    {
        await using var smtp = new FakeSmtpServer();
        var tracking = TrackingOf(await ComplainAsync(App.Browser(), Typical(Text())));
        var delivery = new OutboxDelivery(App.Services.GetRequiredService<IServiceScopeFactory>(), TimeProvider.System,
            Options.Create(new SmtpOptions { Host = "127.0.0.1", Port = smtp.Port, From = "grs@example.gov.bd" }), NullLogger<OutboxDelivery>.Instance);
        while (await delivery.SendDueAsync(Ct) > 0) { }
        var mail = smtp.Received.Where(m => m.To.Contains("citizen.test@example.com") && m.Subject.Contains(TrackingNumber.Grouped(tracking))).ShouldHaveSingleItem();
        mail.Subject.ShouldBe($"অভিযোগ গৃহীত: {TrackingNumber.Grouped(tracking)}");
    }
}

/// <summary>Reads what a test needs from the demo without going through a page.</summary>
internal sealed class GrievanceDeskProbe(AppDbContext db)
{
    public async Task<Guid> FirstServiceAsync(string code)
    {
        var office = await db.Offices.AsNoTracking().SingleAsync(o => o.Code == code);
        var version = await db.Charters.Where(c => c.OfficeId == office.Id).SelectMany(c => c.Versions)
            .Where(v => v.State == Protishruti.Domain.Charters.CharterVersionState.Published).OrderByDescending(v => v.Number).Include(v => v.Services).FirstAsync();
        return version.ServicesInPrintedOrder().First().Key;
    }
}

public sealed class GrievanceFlowTests_Sqlite(SqliteApp app) : GrievanceFlowTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Database", "Postgres")]
public sealed class GrievanceFlowTests_Postgres(PostgresApp app) : GrievanceFlowTests<PostgresApp>(app), IClassFixture<PostgresApp>;
