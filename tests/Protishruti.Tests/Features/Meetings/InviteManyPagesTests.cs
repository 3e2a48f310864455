using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Protishruti.Domain.Meetings;
using Protishruti.Tests.Infrastructure;

namespace Protishruti.Tests.Features.Meetings;

/// <summary>
/// Many invitees in one post on the meeting's edit page (issue 17 item 8, ADR 0047): a checklist of posts by office,
/// the head of every office of a kind below, and pasted lines matched to posts or kept by name.
/// </summary>
public abstract partial class InviteManyPagesTests<TApp>(TApp app) : AppTests<TApp>(app) where TApp : TestApp
{
    private const string Office = "dc-natore";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(6));

    private async Task<int> NewMeetingAsync(HttpClient client)
    {
        // A training meeting starts with no invitees, so every count below is the page's doing.
        var response = await TestApp.PostFormAsync(client, $"/offices/{Office}/meetings/new", new()
        {
            ["Input.Kind"] = nameof(MeetingKind.Training), ["Input.Title"] = $"সেবা প্রদান প্রতিশ্রুতি বিষয়ে কর্মশালা {Guid.NewGuid().ToString("N")[..6]}",
            ["Input.Date"] = Today.AddDays(9).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), ["Input.Time"] = "10:00",
            ["Input.Venue"] = "সম্মেলন কক্ষ, জেলা প্রশাসকের কার্যালয়, নাটোর",
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync(Ct));
        return int.Parse(EditUrl().Match(response.Headers.Location!.OriginalString).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    private static Task<HttpResponseMessage> InviteManyAsync(HttpClient client, int id, IEnumerable<KeyValuePair<string, string>> fields, string? formPage = null) =>
        TestApp.PostFormAsync(client, $"/offices/{Office}/meetings/{id}/edit?handler=InviteMany", fields, formPage ?? $"/offices/{Office}/meetings/{id}/edit");

    private Meeting Load(int id) => App.WithDb(db => db.Meetings.AsNoTracking().Single(m => m.Id == id));

    private List<int> PostIds(string designation, string officePrefix) => App.WithDb(db => db.Posts
        .Where(p => p.DesignationBn == designation && p.Office.Code.StartsWith(officePrefix) && p.Office.Parent!.Code == Office)
        .Select(p => p.Id).ToList());

    [Fact]
    public async Task Fourteen_invitees_go_in_with_one_post_and_the_change_is_audited()
    {
        var client = await App.LoggedInAsync("editor.dc-natore");
        var id = await NewMeetingAsync(client);
        var unos = PostIds("উপজেলা নির্বাহী অফিসার", "uno-");
        var lands = PostIds("সহকারী কমিশনার (ভূমি)", "uno-");
        (unos.Count, lands.Count).ShouldBe((7, 7));

        var page = await client.GetStringAsync($"/offices/{Office}/meetings/{id}/edit", Ct);
        page.ShouldContain("একসাথে অনেককে আমন্ত্রণ জানান");
        page.ShouldContain($"name=\"Chosen\" value=\"post:{unos[0]}\"");
        page.ShouldContain("বিভাগীয় কমিশনারের কার্যালয়, রাজশাহী"); // the parent office's block

        var auditsBefore = App.WithDb(db => db.AuditEntries.Count(a => a.EntityType == nameof(Meeting) && a.EntityId == id.ToString()));
        var fields = unos.Concat(lands).Select(p => new KeyValuePair<string, string>("Chosen", $"post:{p}")).ToList();
        var response = await InviteManyAsync(client, id, fields);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync(Ct));

        var invitees = Load(id).Invitees;
        invitees.Count.ShouldBe(14);
        invitees.ShouldAllBe(p => p.Kind == PartyKind.Post);
        invitees.Select(p => p.PostId!.Value).ShouldBe(unos.Concat(lands), ignoreOrder: true);
        invitees.ShouldContain(p => p.LabelBn == "উপজেলা নির্বাহী অফিসার, সিংড়া");
        (await client.GetStringAsync($"/offices/{Office}/meetings/{id}/edit", Ct)).ShouldContain("১৪ জন আমন্ত্রিত যোগ হয়েছে");
        // one save, one audit entry, which holds the list as it now is
        var audits = App.WithDb(db => db.AuditEntries.AsNoTracking().Where(a => a.EntityType == nameof(Meeting) && a.EntityId == id.ToString()).OrderBy(a => a.Id).ToList());
        audits.Count.ShouldBe(auditsBefore + 1);
        audits[^1].UserName.ShouldBe("editor.dc-natore");
        audits[^1].After!.ShouldContain("\"Invitees\"");
        audits[^1].After!.ShouldContain("সহকারী কমিশনার (ভূমি), সিংড়া");
    }

    [Fact]
    public async Task The_head_of_every_upazila_office_and_a_post_of_the_parent_go_in_with_one_post_and_the_notice_issues()
    {
        var client = await App.LoggedInAsync("editor.dc-natore");
        var id = await NewMeetingAsync(client);
        var divcom = App.WithDb(db => db.Posts.Single(p => p.Office.Code == "divcom-rajshahi" && p.DesignationBn == "বিভাগীয় কমিশনার").Id);

        var page = await client.GetStringAsync($"/offices/{Office}/meetings/{id}/edit", Ct);
        page.ShouldContain("name=\"Heads\" value=\"UpazilaOffice\"");
        page.ShouldContain("প্রত্যেকটির প্রধান (৭ জন");

        var response = await InviteManyAsync(client, id, [new("Heads", "UpazilaOffice"), new("Chosen", $"post:{divcom}")]);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync(Ct));
        var invitees = Load(id).Invitees;
        invitees.Count.ShouldBe(8);
        invitees.Where(p => p.PostId != divcom).Select(p => p.PostId!.Value).ShouldBe(PostIds("উপজেলা নির্বাহী অফিসার", "uno-"), ignoreOrder: true);
        invitees.ShouldContain(p => p.PostId == divcom && p.LabelBn == "বিভাগীয় কমিশনার, রাজশাহী");

        // the parent's post is a valid invitee when the notice is issued (and is mailed)
        (await TestApp.PostFormAsync(client, $"/offices/{Office}/meetings/{id}/edit?handler=AddItem", new() { ["ItemTitle"] = "সেবা প্রদান প্রতিশ্রুতি বিষয়ে প্রশিক্ষণ" },
            $"/offices/{Office}/meetings/{id}/edit")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var issue = await TestApp.PostFormAsync(client, $"/offices/{Office}/meetings/{id}/notice?handler=Issue",
            new() { ["IssuedOn"] = Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) }, $"/offices/{Office}/meetings/{id}/notice");
        issue.StatusCode.ShouldBe(HttpStatusCode.Redirect, await issue.Content.ReadAsStringAsync(Ct));
        Load(id).NoticeState.ShouldBe(NoticeState.Issued);
        App.WithDb(db => db.Outbox.Any(m => m.Source == $"meeting:{id}:notice:1" && m.ToAddress == "head.divcom.rajshahi@example.gov.bd")).ShouldBeTrue();
    }

    [Fact]
    public async Task Pasted_lines_are_matched_to_posts_and_offices_and_the_rest_kept_by_name_with_a_message()
    {
        var client = await App.LoggedInAsync("editor.dc-natore");
        var id = await NewMeetingAsync(client);
        var lines = string.Join("\n",
            "১। উপজেলা নির্বাহী অফিসার, সিংড়া",                                    // a post by its place, with a serial
            "২) অতিরিক্ত জেলা প্রশাসক (সার্বিক),জেলা প্রশাসকের কার্যালয়, নাটোর।", // designation and full office name, odd spacing
            "",
            "উপজেলা নির্বাহী অফিসারের কার্যালয়, লালপুর, নাটোর",                   // an office by name
            "সহকারী কমিশনার (ভূমি)",                                              // seven posts share it: not guessed
            "সভাপতি, নাটোর প্রেস ক্লাব");                                          // nobody in the hierarchy
        var response = await InviteManyAsync(client, id, [new("Lines", lines)]);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync(Ct));

        var singraUno = App.WithDb(db => db.Posts.Single(p => p.Office.Code == "uno-singra" && p.DesignationBn == "উপজেলা নির্বাহী অফিসার").Id);
        var adc = App.WithDb(db => db.Posts.Single(p => p.Office.Code == Office && p.DesignationBn == "অতিরিক্ত জেলা প্রশাসক (সার্বিক)").Id);
        var lalpur = App.WithDb(db => db.Offices.Single(o => o.Code == "uno-lalpur").Id);
        var invitees = Load(id).Invitees;
        invitees.Count.ShouldBe(5);
        invitees[0].ShouldSatisfyAllConditions(p => p.Kind.ShouldBe(PartyKind.Post), p => p.PostId.ShouldBe(singraUno));
        invitees[1].ShouldSatisfyAllConditions(p => p.Kind.ShouldBe(PartyKind.Post), p => p.PostId.ShouldBe(adc));
        invitees[2].ShouldSatisfyAllConditions(p => p.Kind.ShouldBe(PartyKind.Office), p => p.OfficeId.ShouldBe(lalpur));
        invitees[3].ShouldSatisfyAllConditions(p => p.Kind.ShouldBe(PartyKind.Text), p => p.LabelBn.ShouldBe("সহকারী কমিশনার (ভূমি)"));
        invitees[4].ShouldSatisfyAllConditions(p => p.Kind.ShouldBe(PartyKind.Text), p => p.LabelBn.ShouldBe("সভাপতি, নাটোর প্রেস ক্লাব"));

        var page = await client.GetStringAsync($"/offices/{Office}/meetings/{id}/edit", Ct);
        page.ShouldContain("কোনো পদের সঙ্গে মেলেনি, তাই নাম লিখে যোগ হয়েছে");
        page.ShouldContain("সহকারী কমিশনার (ভূমি); সভাপতি, নাটোর প্রেস ক্লাব");
    }

    [Fact]
    public async Task Those_already_invited_are_not_added_twice()
    {
        var client = await App.LoggedInAsync("head.dc-natore");
        var id = await NewMeetingAsync(client);
        var singraUno = App.WithDb(db => db.Posts.Single(p => p.Office.Code == "uno-singra" && p.DesignationBn == "উপজেলা নির্বাহী অফিসার").Id);
        var adc = App.WithDb(db => db.Posts.Single(p => p.Office.Code == Office && p.DesignationBn == "অতিরিক্ত জেলা প্রশাসক (সার্বিক)").Id);
        // invited once, one at a time, under a label of one's own
        (await TestApp.PostFormAsync(client, $"/offices/{Office}/meetings/{id}/edit?handler=Invite",
            new() { ["Party"] = $"post:{singraUno}", ["PartyLabel"] = "ইউএনও, সিংড়া" }, $"/offices/{Office}/meetings/{id}/edit")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var page = await client.GetStringAsync($"/offices/{Office}/meetings/{id}/edit", Ct);
        page.ShouldNotContain($"name=\"Chosen\" value=\"post:{singraUno}\""); // shown ticked and disabled instead

        // ticked again (a stale form), pasted again, and the same new post ticked and pasted
        var response = await InviteManyAsync(client, id,
            [new("Chosen", $"post:{singraUno}"), new("Chosen", $"post:{adc}"), new("Lines", "উপজেলা নির্বাহী অফিসার, সিংড়া\nঅতিরিক্ত জেলা প্রশাসক (সার্বিক), নাটোর\nসভাপতি, নাটোর প্রেস ক্লাব\nসভাপতি, নাটোর প্রেস ক্লাব")]);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync(Ct));
        var invitees = Load(id).Invitees;
        invitees.Select(p => p.LabelBn).ShouldBe(["ইউএনও, সিংড়া", "অতিরিক্ত জেলা প্রশাসক (সার্বিক), সার্বিক শাখা", "সভাপতি, নাটোর প্রেস ক্লাব"]);
        (await client.GetStringAsync($"/offices/{Office}/meetings/{id}/edit", Ct)).ShouldContain("২ জন আমন্ত্রিত যোগ হয়েছে। ৪ জন আগেই আমন্ত্রিত ছিলেন।");
    }

    [Fact]
    public async Task A_refused_form_comes_back_as_it_was_filled_and_saves_nothing()
    {
        var client = await App.LoggedInAsync("editor.dc-natore");
        var id = await NewMeetingAsync(client);
        var adc = App.WithDb(db => db.Posts.Single(p => p.Office.Code == Office && p.DesignationBn == "অতিরিক্ত জেলা প্রশাসক (সার্বিক)").Id);
        var tooLong = new string('ক', Party.MaxLabelLength + 1);

        var response = await InviteManyAsync(client, id,
            [new("Chosen", $"post:{adc}"), new("Heads", "UpazilaOffice"), new("Lines", $"সভাপতি, নাটোর প্রেস ক্লাব\n{tooLong}")]);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await response.Content.ReadAsStringAsync(Ct);
        page.ShouldContain("লাইন ২: নাম সর্বোচ্চ ৩০০ অক্ষরের");
        page.ShouldContain($"name=\"Chosen\" value=\"post:{adc}\" checked=\"checked\"");
        page.ShouldContain("name=\"Heads\" value=\"UpazilaOffice\" checked=\"checked\"");
        page.ShouldContain("সভাপতি, নাটোর প্রেস ক্লাব&#xA;" + tooLong); // the textarea as typed (its line break encoded)
        Load(id).Invitees.ShouldBeEmpty();

        // a post outside the hierarchy, and an empty form: refused in both languages
        var dco = App.WithDb(db => db.Posts.First(p => p.Office.Code == "dco-natore").Id);
        page = await (await InviteManyAsync(client, id, [new("Chosen", $"post:{dco}")])).Content.ReadAsStringAsync(Ct);
        page.ShouldContain("দপ্তর কাঠামোর মধ্যে নেই");
        page = await (await InviteManyAsync(client, id, [new("Lines", "  \n ")])).Content.ReadAsStringAsync(Ct);
        page.ShouldContain("অন্তত একটি পদ বা দপ্তরে টিক দিন");
        var english = await App.LoggedInAsync("editor.dc-natore");
        (await english.GetAsync("/?lang=en", Ct)).EnsureSuccessStatusCode();
        page = await (await InviteManyAsync(english, id, [new("Chosen", $"post:{dco}")])).Content.ReadAsStringAsync(Ct);
        page.ShouldContain("is not in");
        Load(id).Invitees.ShouldBeEmpty();
    }

    [Fact]
    public async Task Only_those_who_manage_the_offices_meetings_may_invite_many()
    {
        var editor = await App.LoggedInAsync("editor.dc-natore");
        var id = await NewMeetingAsync(editor);
        var adc = App.WithDb(db => db.Posts.Single(p => p.Office.Code == Office && p.DesignationBn == "অতিরিক্ত জেলা প্রশাসক (সার্বিক)").Id);
        KeyValuePair<string, string>[] fields = [new("Chosen", $"post:{adc}"), new("Heads", "UpazilaOffice")];

        foreach (var user in new[] { "editor.dco-bandarban", "editor.uno-singra", "monitor.mopa" })
        {
            var response = await InviteManyAsync(await App.LoggedInAsync(user), id, fields, formPage: "/"); // the edit page is refused them: a token from the home page
            response.StatusCode.ShouldBe(HttpStatusCode.Redirect, user);
            response.Headers.Location!.AbsolutePath.ShouldBe("/account/access-denied", user);
        }
        var anonymous = await App.Browser().PostAsync($"/offices/{Office}/meetings/{id}/edit?handler=InviteMany",
            new FormUrlEncodedContent(fields), Ct);
        anonymous.StatusCode.ShouldNotBe(HttpStatusCode.OK);
        Load(id).Invitees.ShouldBeEmpty();

        (await InviteManyAsync(editor, id, fields)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        Load(id).Invitees.Count.ShouldBe(8);
    }

    [GeneratedRegex(@"/meetings/(\d+)/edit")]
    private static partial Regex EditUrl();
}

public sealed class InviteManyPagesTests_Sqlite(SqliteApp app) : InviteManyPagesTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Database", "Postgres")]
public sealed class InviteManyPagesTests_Postgres(PostgresApp app) : InviteManyPagesTests<PostgresApp>(app), IClassFixture<PostgresApp>;
