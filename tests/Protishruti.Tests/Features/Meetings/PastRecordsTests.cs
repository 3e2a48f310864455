using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Protishruti.Domain;
using Protishruti.Domain.Calendar;
using Protishruti.Domain.Meetings;
using Protishruti.Domain.Offices;
using Protishruti.Tests.Infrastructure;
using Protishruti.Web;
using Protishruti.Web.Data;
using Protishruti.Web.Features.Meetings;
using Protishruti.Web.Features.Meetings.Notices;
using Protishruti.Web.Infrastructure;
using static Protishruti.Tests.Features.Manage.ManageTestKit;
using static Protishruti.Tests.Features.Meetings.MinutesKit;

namespace Protishruti.Tests.Features.Meetings;

/// <summary>
/// Backfilling the past (issue 17, ADR 0043): a meeting of an earlier quarter is a record — its notice and minutes go
/// out with the number they were printed with (unique in the office, any form), no e-mail, no default due date, and
/// the holders of the posts on that date.
/// </summary>
public abstract class PastRecordsTests<TApp>(TApp app) : AppTests<TApp>(app) where TApp : TestApp
{
    private static readonly DateOnly Day = new(2019, 3, 12);
    private const string Decision = "সকল দপ্তরের সেবা প্রদান প্রতিশ্রুতি ওয়েবসাইটে হালনাগাদ করতে হবে।";

    private DateOnly Today => App.Services.GetRequiredService<TimeProvider>().TodayInBangladesh();

    /// <summary>A number no other test of the run has printed: "স্মারক নং- ১১৬৪"-like, with Bengali digits.</summary>
    private static string Printed(string form) => form.Replace("#", BengaliDigits.ToBengali(Random.Shared.Next(10_000, 99_999).ToString(System.Globalization.CultureInfo.InvariantCulture)), StringComparison.Ordinal);

    /// <summary>A draft meeting of dc-natore on <paramref name="date"/>, one agenda item, the UNO offices invited.</summary>
    private async Task<Made> DraftAsync(DateOnly date)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var office = await db.Offices.SingleAsync(o => o.Code == MinutesKit.Office);
        var catalog = await scope.ServiceProvider.GetRequiredService<MeetingParties>().ForAsync(office);
        var group = catalog.Groups.Single(g => g.Key.StartsWith("group:UpazilaOffice:", StringComparison.Ordinal));
        var title = $"সেবা প্রদান প্রতিশ্রুতি বিষয়ক {Guid.NewGuid().ToString("N")[..6]} সভা";
        var m = new Meeting(office.Id, MeetingKind.CharterCoordination, title, date, new TimeOnly(11, 0), Venue, null);
        var item = m.AddAgendaItem("সেবা প্রদান প্রতিশ্রুতি হালনাগাদকরণ");
        m.Invite(catalog.Parse(group.Key, "উপজেলা নির্বাহী অফিসার (সকল), নাটোর"));
        db.Meetings.Add(m);
        await db.SaveChangesAsync();
        var post = await db.Posts.Where(p => p.OfficeId == office.Id).OrderBy(p => p.SortOrder).ThenBy(p => p.Id).Select(p => p.Id).FirstAsync();
        return new Made(m.Id, item.Id, group.Key, 0, post, title);
    }

    private Task<int> MailOfAsync(int meetingId) =>
        App.WithDbAsync(db => db.Outbox.CountAsync(o => o.Source != null && o.Source.StartsWith($"meeting:{meetingId}:")));

    [Fact]
    public async Task A_past_meetings_notice_is_recorded_with_its_printed_number_and_date_sends_no_mail_and_takes_no_serial()
    {
        var m = await DraftAsync(Day);
        var client = await App.LoggedInAsync("editor.dc-natore");
        var page = WebUtility.HtmlDecode(await client.GetStringAsync(Url(m.Id, "notice")));
        page.ShouldContain("কোনো ই-মেইল পাঠানো হবে না");
        page.ShouldContain("স্মারক নম্বর (যেভাবে ছাপা হয়েছিল)");
        page.ShouldContain("value=\"2019-03-12\""); // issued on: defaults to the meeting's day, not today
        await client.GetAsync("/?lang=en");
        var en = WebUtility.HtmlDecode(await client.GetStringAsync(Url(m.Id, "notice")));
        en.ShouldContain("No e-mails will be sent.");
        en.ShouldContain("Memo number as printed");
        await client.GetAsync("/?lang=bn");

        var serials = await App.NextSerialsAsync();
        var reminders = await App.WithDbAsync(db => db.Reminders.CountAsync());
        var printed = Printed("স্মারক নং- #");
        (await PostAsync(client, Url(m.Id, "notice") + "?handler=Issue", new()
        {
            ["SignatoryPostId"] = m.SignatoryPostId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["IssuedOn"] = "2019-03-05",
            ["PrintedNumber"] = printed,
        }, Url(m.Id, "notice"))).ShouldRedirectTo(Url(m.Id, "notice"));

        var number = BengaliDigits.ToAscii(printed["স্মারক নং- ".Length..]);
        var meeting = await App.MeetingAsync(m.Id);
        meeting.NoticeState.ShouldBe(NoticeState.Issued);
        meeting.NoticeIssues.Single().MemoNumber.ShouldBe(number); // the label dropped, the number as printed
        meeting.NoticeIssues.Single().IssuedOn.ShouldBe(new DateOnly(2019, 3, 5));
        var memo = await App.MemoAsync(number);
        memo.MemoFileId.ShouldBeNull();
        memo.Serial.ShouldBeNull();
        (await MailOfAsync(m.Id)).ShouldBe(0);
        (await App.NextSerialsAsync()).ShouldBe(serials); // no serial taken from any file
        (await App.WithDbAsync(db => db.Reminders.CountAsync())).ShouldBe(reminders);

        var pdf = await App.CreateClient().GetAsync(Links.Memos.Document(MinutesKit.Office, memo.Id) + ".pdf");
        pdf.StatusCode.ShouldBe(HttpStatusCode.OK);
        var text = new PdfFile(await pdf.Content.ReadAsByteArrayAsync()).Text();
        text.ShouldContain(printed["স্মারক নং- ".Length..]);
        text.ShouldContain("৫ মার্চ ২০১৯");
    }

    [Fact]
    public async Task A_printed_number_the_office_already_has_is_refused_however_typed_and_the_page_keeps_the_form()
    {
        var first = await DraftAsync(Day);
        var second = await DraftAsync(Day.AddDays(7));
        var client = await App.LoggedInAsync("editor.dc-natore");
        var printed = Printed("০৫.৪৪.৬৯৭০.০০০.০৬.০০১.২০- ২৬৭/#");
        Dictionary<string, string> Form(Made m, string number) => new()
        {
            ["SignatoryPostId"] = m.SignatoryPostId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["IssuedOn"] = FormDate(Day), ["PrintedNumber"] = number,
        };
        (await PostAsync(client, Url(first.Id, "notice") + "?handler=Issue", Form(first, printed), Url(first.Id, "notice"))).ShouldRedirectTo(Url(first.Id, "notice"));
        (await App.MeetingAsync(first.Id)).NoticeIssues.Single().MemoNumber.ShouldBe(BengaliDigits.ToAscii(printed)); // kept as printed, space and slash too

        // the same number in ASCII digits and without the space is the same number
        var again = BengaliDigits.ToAscii(printed).Replace("- ", "-", StringComparison.Ordinal);
        var refused = WebUtility.HtmlDecode(await (await PostAsync(client, Url(second.Id, "notice") + "?handler=Issue", Form(second, again), Url(second.Id, "notice"))).ShouldBeRejectedAsync());
        refused.ShouldContain("নম্বরের স্মারক আগেই জারি হয়েছে");
        refused.ShouldContain($"value=\"{again}\""); // what was typed is kept
        await client.GetAsync("/?lang=en");
        WebUtility.HtmlDecode(await (await PostAsync(client, Url(second.Id, "notice") + "?handler=Issue", Form(second, again), Url(second.Id, "notice"))).ShouldBeRejectedAsync())
            .ShouldContain("This office has already issued memo number");
        (await App.MeetingAsync(second.Id)).NoticeState.ShouldBe(NoticeState.Draft);

        // another office may have printed the same number
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var other = await db.Offices.SingleAsync(o => o.Code == "uno-singra");
        var m = new Meeting(other.Id, MeetingKind.CharterCoordination, "সেবা প্রদান প্রতিশ্রুতি বিষয়ক সভা", Day, new TimeOnly(10, 0), "সভাকক্ষ", null);
        m.AddAgendaItem("হালনাগাদকরণ");
        db.Meetings.Add(m);
        await db.SaveChangesAsync();
        var done = await scope.ServiceProvider.GetRequiredService<NoticeIssuing>().IssuePastAsync(m, Day, printed);
        done.Memo.OfficeId.ShouldBe(other.Id);
        done.Mail.ShouldBeEmpty(); // and no invitee was needed for a record
    }

    [Fact]
    public async Task A_current_meeting_takes_no_printed_number_and_still_mails_its_invitees()
    {
        var m = await DraftAsync(Today.AddDays(5));
        var client = await App.LoggedInAsync("editor.dc-natore");
        WebUtility.HtmlDecode(await client.GetStringAsync(Url(m.Id, "notice"))).ShouldNotContain("স্মারক নম্বর (যেভাবে ছাপা হয়েছিল)");

        await using (var scope = App.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var meeting = await db.Meetings.Include(x => x.Agenda).SingleAsync(x => x.Id == m.Id);
            var e = await Should.ThrowAsync<DomainException>(() => scope.ServiceProvider.GetRequiredService<NoticeIssuing>().IssuePastAsync(meeting, Today, "১১৬৪"));
            e.Field.ShouldBe("PrintedNumber");
        }
        (await PostAsync(client, Url(m.Id, "notice") + "?handler=Issue", new()
        {
            ["SignatoryPostId"] = m.SignatoryPostId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["IssuedOn"] = FormDate(Today), ["PrintedNumber"] = "১১৬৪", // a field the page does not offer is ignored
        }, Url(m.Id, "notice"))).ShouldRedirectTo(Url(m.Id, "notice"));
        var issued = await App.MeetingAsync(m.Id);
        var memo = await App.MemoAsync(issued.NoticeIssues.Single().MemoNumber);
        memo.MemoFileId.ShouldNotBeNull();
        (await MailOfAsync(m.Id)).ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task Past_minutes_keep_their_printed_number_give_no_default_due_date_and_print_the_holder_of_that_day()
    {
        var m = await DraftAsync(Day);
        // the head post's holder in 2019, recorded although a later holder is there
        var (postId, pastName) = await App.WithDbAsync(async db =>
        {
            var post = await db.Posts.Include(p => p.Incumbencies).ThenInclude(i => i.Person).SingleAsync(p => p.Id == m.SignatoryPostId);
            var person = new Person($"মোঃ শাহরিয়াজ {Guid.NewGuid().ToString("N")[..4]}", "Md. Shahriaz");
            db.Add(person);
            post.RecordHolder(person, new DateOnly(2018, 7, 1), new DateOnly(2020, 6, 30));
            await db.SaveChangesAsync();
            return (post.Id, person.NameBn);
        });
        var client = await App.LoggedInAsync("editor.dc-natore");
        var page = WebUtility.HtmlDecode(await client.GetStringAsync(Url(m.Id, "minutes")));
        page.ShouldContain($"value=\"{pastName},"); // the chair defaults to the head of that day
        page.ShouldContain("কোনো ই-মেইল পাঠানো হবে না");
        page.ShouldContain("না দিলে: কোনো শেষ তারিখ নেই");

        var serials = await App.NextSerialsAsync();
        var reminders = await App.WithDbAsync(db => db.Reminders.CountAsync());
        var printed = Printed("০৫.৪৪.৬৯৭০.০০০.০৬.০০১.১৯- ২৬৭/#");
        var form = MinutesForm(m, Decision, m.GroupKey, "2019-03-20");
        form["Input.Chair"] = $"{pastName}, জেলা প্রশাসক, নাটোর";
        form["PrintedNumber"] = printed;
        (await PostAsync(client, Url(m.Id, "minutes") + "?handler=issue", form, Url(m.Id, "minutes"))).ShouldRedirectTo(Url(m.Id, "minutes"));

        var issued = await App.MeetingAsync(m.Id);
        issued.MinutesState.ShouldBe(MinutesState.Issued);
        issued.MinutesMemoNumber.ShouldBe(BengaliDigits.ToAscii(printed));
        var decision = issued.Decisions.Single();
        decision.Due.ShouldBeNull(); // asked, not defaulted: never overdue
        decision.Progress.Count.ShouldBe(7); // still followed up by every UNO office
        (await App.NextSerialsAsync()).ShouldBe(serials);
        (await MailOfAsync(m.Id)).ShouldBe(0);
        (await App.WithDbAsync(db => db.Reminders.CountAsync())).ShouldBe(reminders);
        var singra = await App.LoggedInAsync("editor.uno-singra");
        WebUtility.HtmlDecode(await singra.GetStringAsync("/offices/uno-singra/decisions?status=Overdue")).ShouldNotContain(Decision);

        var pdf = await App.CreateClient().GetAsync(Url(m.Id, "minutes.pdf"));
        pdf.StatusCode.ShouldBe(HttpStatusCode.OK);
        var text = new PdfFile(await pdf.Content.ReadAsByteArrayAsync()).Text(layout: true);
        text.ShouldContain(printed);
        text.ShouldContain($"({pastName})"); // the signatory's holder on the minutes' date
        text.ShouldContain("২০ মার্চ ২০১৯");
        _ = postId;
    }

    [Fact]
    public async Task A_printed_number_on_minutes_that_is_already_in_the_register_is_refused_and_nothing_is_issued()
    {
        var noticed = await DraftAsync(Day);
        var m = await DraftAsync(Day.AddDays(1));
        var printed = Printed("স্মারক নং- #");
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var meeting = await db.Meetings.Include(x => x.Agenda).SingleAsync(x => x.Id == noticed.Id);
            await scope.ServiceProvider.GetRequiredService<NoticeIssuing>().IssuePastAsync(meeting, Day, printed);
        }
        var client = await App.LoggedInAsync("editor.dc-natore");
        var form = MinutesForm(m, Decision, m.GroupKey, FormDate(Day.AddDays(2)));
        form["PrintedNumber"] = BengaliDigits.ToAscii(printed["স্মারক নং- ".Length..]);
        var refused = WebUtility.HtmlDecode(await (await PostAsync(client, Url(m.Id, "minutes") + "?handler=issue", form, Url(m.Id, "minutes"))).ShouldBeRejectedAsync());
        refused.ShouldContain("নম্বরের স্মারক আগেই জারি হয়েছে");
        (await App.MeetingAsync(m.Id)).MinutesState.ShouldBe(MinutesState.Draft);
    }

    [Fact]
    public void A_printed_number_is_kept_as_written_and_compared_without_spaces_or_digit_script()
    {
        Protishruti.Domain.Memos.PrintedMemoNumber.Clean("স্মারক নং- ১১৬৪").ShouldBe("1164");
        Protishruti.Domain.Memos.PrintedMemoNumber.Clean("০৫.৪৪.৬৯৭০.০০০.০৬.০০১.২০-  ২৬৭/১৬৫").ShouldBe("05.44.6970.000.06.001.20- 267/165");
        Protishruti.Domain.Memos.PrintedMemoNumber.Key("05.44.6970.000.06.001.20- 267/165")
            .ShouldBe(Protishruti.Domain.Memos.PrintedMemoNumber.Key("০৫.৪৪.৬৯৭০.০০০.০৬.০০১.২০–২৬৭/১৬৫"));
        Should.Throw<DomainException>(() => Protishruti.Domain.Memos.PrintedMemoNumber.Clean("   ")).Field.ShouldBe("PrintedNumber");
    }

    [Fact]
    public void A_past_holder_is_recorded_beside_a_later_one_and_only_an_overlap_is_refused()
    {
        var office = new Protishruti.Domain.Offices.Office("test-office", "পরীক্ষা কার্যালয়", "Test office", OfficeKind.DistrictOffice);
        var post = new Post(office, "জেলা প্রশাসক", "Deputy Commissioner");
        post.AssignHolder(new Person("বর্তমান কর্মকর্তা", "Current"), new DateOnly(2024, 1, 1));
        var past = post.RecordHolder(new Person("আগের কর্মকর্তা", "Earlier"), new DateOnly(2019, 1, 1), new DateOnly(2020, 12, 31));
        post.HolderOn(new DateOnly(2019, 3, 12)).ShouldBe(past);
        post.HolderOn(new DateOnly(2025, 1, 1))!.Person.NameBn.ShouldBe("বর্তমান কর্মকর্তা");
        Should.Throw<DomainException>(() => post.RecordHolder(new Person("তৃতীয় জন", "Third"), new DateOnly(2020, 6, 1), new DateOnly(2021, 1, 1)))
            .MessageBn.ShouldContain("আগের কর্মকর্তা");
        Should.Throw<DomainException>(() => post.RecordHolder(new Person("চতুর্থ জন", "Fourth"), new DateOnly(2023, 1, 1), null)); // open-ended runs into 2024
        post.RecordHolder(new Person("পঞ্চম জন", "Fifth"), new DateOnly(2021, 1, 1), new DateOnly(2023, 12, 31)).ShouldNotBeNull();
    }

    private static string FormDate(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}

public sealed class PastRecordsTests_Sqlite(SqliteApp app) : PastRecordsTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Database", "Postgres")]
public sealed class PastRecordsTests_Postgres(PostgresApp app) : PastRecordsTests<PostgresApp>(app), IClassFixture<PostgresApp>;
