using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Protishruti.Domain.Meetings;
using Protishruti.Domain.Memos;
using Protishruti.Tests.Infrastructure;
using Protishruti.Web.Data;
using Protishruti.Web.Features.Meetings;
using Protishruti.Web.Features.Memos;

namespace Protishruti.Tests.Features.Meetings;

/// <summary>Meetings of dc-natore made directly with the domain, for the attendance, minutes and public pages' tests.</summary>
public static class MinutesKit
{
    public const string Office = "dc-natore";
    public const string Venue = "সম্মেলন কক্ষ, জেলা প্রশাসকের কার্যালয়, নাটোর";

    public sealed record Made(int Id, int AgendaItemId, string GroupKey, int SingraId, int SignatoryPostId, string Title);

    /// <summary>A noticed meeting of dc-natore on <paramref name="date"/> with one agenda item, inviting every UNO office (a group).</summary>
    public static async Task<Made> NoticedMeetingAsync(this TestApp app, DateOnly date)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var office = await db.Offices.SingleAsync(o => o.Code == Office);
        var catalog = await scope.ServiceProvider.GetRequiredService<MeetingParties>().ForAsync(office);
        var group = catalog.Groups.Single(g => g.Key.StartsWith("group:UpazilaOffice:", StringComparison.Ordinal));
        var title = $"সেবা প্রদান প্রতিশ্রুতি বিষয়ে {Guid.NewGuid().ToString("N")[..8]} দপ্তরের সমন্বয়ে ত্রৈমাসিক সভা";
        var m = new Meeting(office.Id, MeetingKind.CharterCoordination, title, date, new TimeOnly(12, 30), Venue, null);
        var item = m.AddAgendaItem("আওতাধীন দপ্তর/সংস্থার সেবা প্রদান প্রতিশ্রুতি হালনাগাদকরণ");
        m.Invite(catalog.Parse(group.Key, "উপজেলা নির্বাহী অফিসার (সকল), নাটোর"));
        var memo = await scope.ServiceProvider.GetRequiredService<MemoNumbers>().IssueAsync(office.Id, null, MemoDocumentKind.Notice, "সভার নোটিশ");
        m.IssueNotice(memo.Number, date.AddDays(-6), "editor.dc-natore");
        db.Meetings.Add(m);
        await db.SaveChangesAsync();
        var singra = await db.Offices.Where(o => o.Code == "uno-singra").Select(o => o.Id).SingleAsync();
        var post = await db.Posts.Where(p => p.OfficeId == office.Id).OrderBy(p => p.SortOrder).ThenBy(p => p.Id).Select(p => p.Id).FirstAsync();
        return new Made(m.Id, item.Id, group.Key, singra, post, title);
    }

    public static string Url(int id, string step = "") => $"/offices/{Office}/meetings/{id}{(step == "" ? "" : "/" + step)}";

    /// <summary>The minutes form's fields: frame, the item's discussion and one decision.</summary>
    public static Dictionary<string, string> MinutesForm(Made m, string decision, string implementer, string? dated = null) => new()
    {
        ["Input.Chair"] = "রুমানা চৌধুরী, অতিরিক্ত জেলা প্রশাসক (সার্বিক), নাটোর ও ফোকাল পয়েন্ট কর্মকর্তা",
        ["Input.Opening"] = "সভাপতি সভার শুরুতে উপস্থিত সকলকে স্বাগত জানিয়ে সভার কার্যক্রম শুরু করেন।",
        ["Input.Closing"] = "সভায় আর কোন আলোচ্য বিষয় না থাকায় সভাপতি সভার সমাপ্তি ঘোষণা করেন।",
        ["Input.SignatoryPostId"] = m.SignatoryPostId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Input.Items[0].Id"] = m.AgendaItemId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Input.Items[0].Discussion"] = "উপজেলা নির্বাহী অফিসারের কার্যালয়ের ওয়েবসাইটে সেবা বক্স তৈরি করা হয়নি।",
        ["Input.Items[0].Decisions[0].Id"] = "0",
        ["Input.Items[0].Decisions[0].Text"] = decision,
        ["Input.Items[0].Decisions[0].Implementers"] = implementer,
        ["Input.Dated"] = dated ?? "",
    };

    public static Task<int> NextSerialsAsync(this TestApp app) =>
        app.WithDbAsync(async db =>
        {
            var id = await db.Offices.Where(o => o.Code == Office).Select(o => o.Id).SingleAsync();
            return await db.MemoFiles.Where(f => f.OfficeId == id).SumAsync(f => f.NextSerial);
        });

    public static Task<Meeting> MeetingAsync(this TestApp app, int id) =>
        app.WithDbAsync(db => db.Meetings.AsNoTracking().Include(m => m.Agenda).ThenInclude(a => a.Decisions).ThenInclude(d => d.Progress)
            .AsSplitQuery().SingleAsync(m => m.Id == id));

    public static Task<IssuedMemo> MemoAsync(this TestApp app, string number) =>
        app.WithDbAsync(async db =>
        {
            var id = await db.Offices.Where(o => o.Code == Office).Select(o => o.Id).SingleAsync();
            return await db.IssuedMemos.AsNoTracking().SingleAsync(m => m.Number == number && m.OfficeId == id);
        });
}
