using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Protishruti.Domain.Charters;
using Protishruti.Domain.Import;
using Protishruti.Domain.Access;
using Protishruti.Domain.Offices;
using Protishruti.Tests.Infrastructure;
using Protishruti.Web.Features.Charters.Exchange;
using Protishruti.Web.Features.Import;
using Protishruti.Web.Infrastructure;
using Protishruti.Web.Infrastructure.Auditing;
using static Protishruti.Tests.Features.Manage.ManageTestKit;

namespace Protishruti.Tests.Features.Import;

/// <summary>
/// The import page (ADR 0042): a document uploaded or pasted, read, shown beside its text as a form with the reader's
/// confidence, corrected, and saved as the office's charter draft through the charter import's checks.
/// </summary>
public abstract partial class ImportPageTests<TApp>(TApp app) : AppTests<TApp>(app) where TApp : TestApp
{
    private static string Url(string code) => $"/offices/{code}/import";

    // A charter typed in Word as offices do: letterhead, vision and mission, a service table per category, expectations, GRS.
    private const string CharterSpec = """
        গণপ্রজাতন্ত্রী বাংলাদেশ সরকার
        উপজেলা সমবায় অফিসারের কার্যালয়, সিংড়া, নাটোর
        সেবা প্রদান প্রতিশ্রুতি (সিটিজেন চার্টার)
        ১. ভিশন ও মিশন
        ভিশন: সমবায়ের মাধ্যমে টেকসই উন্নয়ন।
        মিশন: সমবায়ীদের দক্ষতা বৃদ্ধি ও সমিতির সুশাসন নিশ্চিত করা।
        ২. প্রতিশ্রুত সেবাসমূহ
        ২.১ নাগরিক সেবা
        ক্রমিক	সেবার নাম	সেবা প্রদান পদ্ধতি	প্রয়োজনীয় কাগজপত্র এবং প্রাপ্তিস্থান	সেবামূল্য এবং পরিশোধ পদ্ধতি	সেবা প্রদানের সময়সীমা	দায়িত্বপ্রাপ্ত কর্মকর্তা
        ১	সমবায় সমিতির নিবন্ধন	আবেদন গ্রহণ ও যাচাই	নির্ধারিত ফরমে আবেদন ¶ উপআইনের কপি	৫০০ টাকা, ট্রেজারি চালান	৪৫ কার্যদিবস	উপজেলা সমবায় অফিসার
        ২	সমবায় প্রশিক্ষণ	তালিকা প্রস্তুত ও প্রশিক্ষণ	আবেদনপত্র	বিনামূল্যে	৩০ কার্যদিবস	উপজেলা সমবায় অফিসার
        ২.২ অভ্যন্তরীণ সেবা
        ক্রমিক	সেবার নাম	সেবা প্রদান পদ্ধতি	প্রয়োজনীয় কাগজপত্র এবং প্রাপ্তিস্থান	সেবামূল্য এবং পরিশোধ পদ্ধতি	সেবা প্রদানের সময়সীমা	দায়িত্বপ্রাপ্ত কর্মকর্তা
        ১	অর্জিত ছুটি মঞ্জুর	আবেদন নিষ্পত্তি	নির্ধারিত ফরমে আবেদন	বিনামূল্যে	৩ কার্যদিবস	উপজেলা সমবায় অফিসার
        ৩. আপনার কাছে আমাদের প্রত্যাশা
        ক্রমিক	প্রতিশ্রুত/কাঙ্ক্ষিত সেবা প্রাপ্তির লক্ষ্যে করণীয়
        ১	স্বয়ংসম্পূর্ণ আবেদন জমা প্রদান
        ২	নির্ধারিত সময়ের পূর্বেই উপস্থিত থাকা
        ৪. অভিযোগ প্রতিকার ব্যবস্থাপনা (GRS)
        সেবা প্রাপ্তিতে অসন্তুষ্ট হলে দায়িত্বপ্রাপ্ত কর্মকর্তার সঙ্গে যোগাযোগ করুন।
        ক্রমিক	কখন যোগাযোগ করবেন	কার সঙ্গে যোগাযোগ করবেন	যোগাযোগের ঠিকানা	নিষ্পত্তির সময়সীমা
        ১	দায়িত্বপ্রাপ্ত কর্মকর্তা সমাধান দিতে না পারলে	অভিযোগ নিষ্পত্তি কর্মকর্তা	উপজেলা সমবায় অফিস, সিংড়া	৩০ কার্যদিবস
        ২	অভিযোগ নিষ্পত্তি কর্মকর্তা সমাধান দিতে না পারলে	আপিল কর্মকর্তা	জেলা সমবায় অফিস, নাটোর	২০ কার্যদিবস
        """;

    private static readonly byte[] CharterDocx = DocxSpec.Build(CharterSpec);

    private const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /// <summary>Uploads a file as the office's editor; the answer redirects to the staged file's page, which is returned.</summary>
    private async Task<(HttpClient Client, string PageUrl, string Html)> UploadedAsync(string code, byte[] bytes, string name, string type, string user)
    {
        var client = await App.LoggedInAsync(user);
        var response = await UploadAsync(client, Url(code), name, type, bytes);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, ErrorsIn(await response.Content.ReadAsStringAsync()));
        var page = response.Headers.Location!.OriginalString;
        page.ShouldStartWith(Url(code) + "?file=");
        return (client, page, await client.GetStringAsync(page));
    }

    private async Task<(HttpClient Client, string PageUrl, string Html)> PastedAsync(string code, string text, string user)
    {
        var client = await App.LoggedInAsync(user);
        var response = await PostAsync(client, Url(code), new() { ["Pasted"] = text });
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, ErrorsIn(await response.Content.ReadAsStringAsync()));
        var page = response.Headers.Location!.OriginalString;
        return (client, page, await client.GetStringAsync(page));
    }

    private async Task<Office> OfficeWithEditorAsync() => await App.NewOfficeAsync(null, ("editor.dco-bandarban", OfficeRole.Editor));

    private Task<Charter?> CharterOfAsync(int officeId) => App.WithDbAsync(db => CharterImporter.LoadCharterAsync(db, officeId, default));

    // ---- a DOCX charter: upload → correction → save ----

    [Fact]
    public async Task A_Word_charter_is_read_beside_its_text_corrected_and_saved_as_the_draft_with_the_file_kept()
    {
        var office = await OfficeWithEditorAsync();
        var (client, page, html) = await UploadedAsync(office.Code, CharterDocx, "charter.docx", DocxType, "editor.dco-bandarban");

        // Side by side: the document's text, and the form of what was read, with the reader's confidence.
        html.ShouldContain("class=\"import-grid\"");
        html.ShouldContain("<pre tabindex=\"0\">গণপ্রজাতন্ত্রী বাংলাদেশ সরকার");
        var fields = FormFields(html);
        fields["Docs[0].Kind"].ShouldBe("charter");
        fields["Docs[0].Vision"].ShouldBe("সমবায়ের মাধ্যমে টেকসই উন্নয়ন।");
        fields["Docs[0].Services[0].Name"].ShouldBe("সমবায় সমিতির নিবন্ধন");
        fields["Docs[0].Services[0].Documents"].ShouldBe("নির্ধারিত ফরমে আবেদন উপআইনের কপি");
        fields["Docs[0].Services[2].Category"].ShouldBe("internal");
        fields["Docs[0].Expectations"].ShouldBe("স্বয়ংসম্পূর্ণ আবেদন জমা প্রদান\nনির্ধারিত সময়ের পূর্বেই উপস্থিত থাকা");
        fields["Docs[0].Levels[1].Whom"].ShouldBe("আপিল কর্মকর্তা");
        html.ShouldContain("✓ নিশ্চিত");

        // The editor corrects a service name and the documents, then saves.
        fields["Docs[0].Services[1].Name"] = "সমবায়ীদের প্রশিক্ষণ";
        fields["Docs[0].Services[0].Documents"] = "নির্ধারিত ফরমে আবেদন\nউপআইনের কপি";
        var saved = await PostAsync(client, $"{Url(office.Code)}?handler=Charter&doc=0", fields, page);
        saved.ShouldRedirectTo($"/offices/{office.Code}/charter/draft");
        var draftPage = await client.GetStringAsync($"/offices/{office.Code}/charter/draft");
        draftPage.ShouldContain("নথি থেকে পড়া প্রতিশ্রুতি এই খসড়ায় সংরক্ষিত হয়েছে");
        draftPage.ShouldContain("charter.docx");

        var charter = (await CharterOfAsync(office.Id))!;
        var draft = charter.Open!;
        draft.State.ShouldBe(CharterVersionState.Draft);
        draft.VisionBn.ShouldBe("সমবায়ের মাধ্যমে টেকসই উন্নয়ন।");
        draft.ServicesInPrintedOrder().Select(s => s.NameBn).ShouldBe(["সমবায় সমিতির নিবন্ধন", "সমবায়ীদের প্রশিক্ষণ", "অর্জিত ছুটি মঞ্জুর"]);
        var registration = draft.ServicesInPrintedOrder().First();
        registration.Documents.OrderBy(d => d.Order).Select(d => d.NameBn).ShouldBe(["নির্ধারিত ফরমে আবেদন", "উপআইনের কপি"]);
        registration.Fee!.Amount.ShouldBe(500m);
        registration.TimeLimit!.Value.ShouldBe(45);
        draft.ServicesInPrintedOrder().Last().Category.ShouldBe(ServiceCategory.Internal);
        draft.Expectations.OrderBy(e => e.Order).Select(e => e.TextBn).ShouldBe(["স্বয়ংসম্পূর্ণ আবেদন জমা প্রদান", "নির্ধারিত সময়ের পূর্বেই উপস্থিত থাকা"]);
        draft.GrievanceLevels.OrderBy(l => l.Order).Select(l => l.WhomBn).ShouldBe(["অভিযোগ নিষ্পত্তি কর্মকর্তা", "আপিল কর্মকর্তা"]);

        // The original Word file is the draft's attachment, recorded in the audit, and downloads as it was uploaded.
        var source = await App.WithDbAsync(db => db.SourceDocuments.SingleAsync(d => d.OfficeId == office.Id));
        source.RecordType.ShouldBe(SourceDocument.CharterVersionRecord);
        source.RecordId.ShouldBe(draft.Id);
        source.FileName.ShouldBe("charter.docx");
        App.WithDb(db => db.AuditEntries.Any(a => a.EntityType == nameof(SourceDocument) && a.Action == AuditAction.Created && a.OfficeId == office.Id)).ShouldBeTrue();
        var original = await client.GetAsync(Protishruti.Web.Links.ImportOriginal(office.Code, source.Id));
        original.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await original.Content.ReadAsByteArrayAsync()).ShouldBe(CharterDocx);

        // The staged file is gone once saved: the same page cannot save twice.
        (await client.GetStringAsync(page)).ShouldContain("আপলোড করা নথিটি আর নেই");
    }

    [Fact]
    public async Task An_open_draft_is_replaced_only_after_the_editor_confirms()
    {
        var office = await OfficeWithEditorAsync();
        var (client, page, html) = await UploadedAsync(office.Code, CharterDocx, "charter.docx", DocxType, "editor.dco-bandarban");
        var fields = FormFields(html);
        (await PostAsync(client, $"{Url(office.Code)}?handler=Charter&doc=0", new(fields), page)).ShouldRedirectTo($"/offices/{office.Code}/charter/draft");

        // The same document again, corrected: the draft of the first import is open, so the page asks first.
        (client, page, html) = await UploadedAsync(office.Code, CharterDocx, "charter-v2.docx", DocxType, "editor.dco-bandarban");
        fields = FormFields(html);
        fields["Docs[0].Vision"] = "নতুন রূপকল্প";
        var asked = await (await PostAsync(client, $"{Url(office.Code)}?handler=Charter&doc=0", new(fields), page)).ShouldBeRejectedAsync();
        asked.ShouldContain("এই দপ্তরের খসড়া সংস্করণ ১ খোলা আছে।");
        asked.ShouldContain("হ্যাঁ, খসড়া প্রতিস্থাপন করুন");
        FormFields(asked)["Docs[0].Vision"].ShouldBe("নতুন রূপকল্প"); // what was typed is kept while asking
        (await CharterOfAsync(office.Id))!.Open!.VisionBn.ShouldBe("সমবায়ের মাধ্যমে টেকসই উন্নয়ন।");

        fields["Replace"] = "true";
        (await PostAsync(client, $"{Url(office.Code)}?handler=Charter&doc=0", fields, page)).ShouldRedirectTo($"/offices/{office.Code}/charter/draft");
        var charter = (await CharterOfAsync(office.Id))!;
        charter.Versions.Count.ShouldBe(1);
        charter.Open!.VisionBn.ShouldBe("নতুন রূপকল্প");
        App.WithDb(db => db.SourceDocuments.Count(d => d.OfficeId == office.Id)).ShouldBe(2);
    }

    [Fact]
    public async Task A_rejected_correction_comes_back_with_what_was_typed_and_the_error_beside_the_field()
    {
        var office = await OfficeWithEditorAsync();
        var (client, page, html) = await UploadedAsync(office.Code, CharterDocx, "charter.docx", DocxType, "editor.dco-bandarban");
        var fields = FormFields(html);
        fields["Docs[0].Mission"] = "টাইপ করা নতুন অভিলক্ষ্য";
        fields["Docs[0].Services[1].Name"] = "";
        fields["Docs[0].Services[2].Fee"] = "অনেক টাকা";

        var rejected = await (await PostAsync(client, $"{Url(office.Code)}?handler=Charter&doc=0", fields, page)).ShouldBeRejectedAsync();
        FieldError(rejected, "Docs[0].Services[1].Name").ShouldNotBeNull();
        FieldError(rejected, "Docs[0].Services[2].Fee")!.ShouldContain("'অনেক টাকা' সেবামূল্য নয়");
        var kept = FormFields(rejected);
        kept["Docs[0].Mission"].ShouldBe("টাইপ করা নতুন অভিলক্ষ্য");
        kept["Docs[0].Services[2].Fee"].ShouldBe("অনেক টাকা");
        kept["Docs[0].Services[0].Name"].ShouldBe("সমবায় সমিতির নিবন্ধন");
        (await CharterOfAsync(office.Id)).ShouldBeNull(); // nothing saved
    }

    [Fact]
    public async Task Rows_are_added_and_removed_without_losing_what_was_typed()
    {
        var office = await OfficeWithEditorAsync();
        var (client, page, html) = await UploadedAsync(office.Code, CharterDocx, "charter.docx", DocxType, "editor.dco-bandarban");
        var fields = FormFields(html);
        fields["Docs[0].Vision"] = "সম্পাদিত রূপকল্প";
        fields["Docs[0].Services[0].Remove"] = "true";
        var added = await (await PostAsync(client, $"{Url(office.Code)}?handler=AddRow&doc=0&table=services", fields, page)).ShouldBeRejectedAsync();
        var now = FormFields(added);
        now["Docs[0].Vision"].ShouldBe("সম্পাদিত রূপকল্প");
        now["Docs[0].Services[0].Name"].ShouldBe("সমবায় প্রশিক্ষণ"); // the first row was removed
        now["Docs[0].Services[2].Name"].ShouldBe(""); // the new row
        now.ShouldNotContainKey("Docs[0].Services[3].Name");
        added.ShouldContain("আপনার যোগ করা");
    }

    // ---- a pasted portal page with its chrome ----

    private const string PastedPortalMinutes = "নলডাঙ্গা উপজেলা\nপ্রথম পাতা\nউপজেলা সম্পর্কিত\nText size A A+ A-\nপ্রথম পাতা » সভার কার্যবিবরণী\n"
        + "গণপ্রজাতন্ত্রী বাংলাদেশ সরকার\nউপজেলা নির্বাহী অফিসারের কার্যালয়, নলডাঙ্গা, নাটোর\n"
        + "উপজেলা আইন-শৃঙ্খলা কমিটির মাসিক সভার কার্যবিবরণী\n"
        + "সভাপতি : জনাব মোঃ মাসুদ রানা, উপজেলা নির্বাহী অফিসার\nতারিখ : ১৭/০৪/২০২৪ খ্রিঃ\nসময় : সকাল ১০.৩০ টা\nস্থান : উপজেলা পরিষদ সভাকক্ষ, নলডাঙ্গা\n"
        + "ক্রমিক\tআলোচনা\tসিদ্ধান্ত\tবাস্তবায়নকারী\n"
        + "০১\tমাদক নিয়ন্ত্রণ নিয়ে আলোচনা হয়।\tমাদকবিরোধী অভিযান জোরদার করতে হবে।\tঅফিসার ইনচার্জ, নলডাঙ্গা থানা\n"
        + "০২\tনামজারি আবেদন নিষ্পত্তি নিয়ে আলোচনা হয়।\tনামজারি ২৮ দিনে নিষ্পত্তি করতে হবে।\tসহকারী কমিশনার (ভূমি)\n"
        + "আর কোন আলোচনা না থাকায় সভাপতি সকলকে ধন্যবাদ জানিয়ে সভার সমাপ্তি ঘোষণা করেন।\n"
        + "মোঃ মাসুদ রানা\nউপজেলা নির্বাহী অফিসার\nনলডাঙ্গা, নাটোর\n"
        + "স্মারক নং: ০৫.৪৩.৬৯৫৫.০০০.০৬.০০১.২৪.২৫৫    তারিখ: ২১/০৪/২০২৪ খ্রিঃ\n"
        + "অনুলিপি:\n১। জেলা প্রশাসক, নাটোর\n২। পুলিশ সুপার, নাটোর\n"
        + "জরুরি হটলাইন\n৯৯৯\nপরিকল্পনা ও বাস্তবায়নে: মন্ত্রিপরিষদ বিভাগ, এটুআই, বিসিসি, ডিওআইসিটি ও বেসিস।\n";

    [Fact]
    public async Task Pasted_portal_minutes_show_their_decision_rows_and_labels_for_correction()
    {
        var office = await OfficeWithEditorAsync();
        var (_, _, html) = await PastedAsync(office.Code, PastedPortalMinutes, "editor.dco-bandarban");
        var fields = FormFields(html);
        fields["Docs[0].Kind"].ShouldBe("minutes");
        fields["Docs[0].Chair"].ShouldBe("জনাব মোঃ মাসুদ রানা, উপজেলা নির্বাহী অফিসার");
        fields["Docs[0].Date"].ShouldBe("2024-04-17");
        fields["Docs[0].Time"].ShouldBe("10:30");
        fields["Docs[0].Venue"].ShouldBe("উপজেলা পরিষদ সভাকক্ষ, নলডাঙ্গা");
        fields["Docs[0].MemoNumber"].ShouldBe("০৫.৪৩.৬৯৫৫.০০০.০৬.০০১.২৪.২৫৫");
        fields["Docs[0].IssuedOn"].ShouldBe("2024-04-21");
        fields["Docs[0].Rows[1].Decision"].ShouldBe("নামজারি ২৮ দিনে নিষ্পত্তি করতে হবে।");
        fields["Docs[0].Rows[1].Implementer"].ShouldBe("সহকারী কমিশনার (ভূমি)");
        fields["Docs[0].Copies"].ShouldBe("জেলা প্রশাসক, নাটোর\nপুলিশ সুপার, নাটোর");
        // The portal's footer is not part of the document's text.
        html.ShouldNotContain("পরিকল্পনা ও বাস্তবায়নে");
        // Minutes are not a charter: no charter save is offered.
        html.ShouldNotContain("প্রতিশ্রুতির খসড়া হিসেবে সংরক্ষণ করুন");
    }

    [Fact]
    public async Task Pasted_minutes_are_saved_as_a_past_meeting_with_the_minutes_issued_under_the_printed_number()
    {
        var office = await OfficeWithEditorAsync();
        var post = await App.NewPostAsync(office.Code, "Upazila Nirbahi Officer");
        var (client, page, html) = await PastedAsync(office.Code, PastedPortalMinutes, "editor.dco-bandarban");
        var fields = FormFields(html);
        fields["Docs[0].MeetingKind"] = "MonitoringCommittee";
        fields["Docs[0].SignatoryPostId"] = post.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var saved = await PostAsync(client, $"{Url(office.Code)}?handler=Meeting&doc=0", fields, page);
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect, ErrorsIn(await saved.Content.ReadAsStringAsync()));

        var meeting = await App.WithDbAsync(db => Protishruti.Web.Features.Meetings.Minutes.MeetingQueries.Whole(db).AsNoTracking().SingleAsync(m => m.OfficeId == office.Id));
        saved.ShouldRedirectTo($"/offices/{office.Code}/meetings/{meeting.Id}/manage");
        meeting.Date.ShouldBe(new DateOnly(2024, 4, 17));
        meeting.Time.ShouldBe(new TimeOnly(10, 30));
        meeting.Venue.ShouldBe("উপজেলা পরিষদ সভাকক্ষ, নলডাঙ্গা");
        meeting.Chair.ShouldBe("জনাব মোঃ মাসুদ রানা, উপজেলা নির্বাহী অফিসার");
        meeting.MinutesState.ShouldBe(Protishruti.Domain.Meetings.MinutesState.Issued);
        meeting.MinutesDate.ShouldBe(new DateOnly(2024, 4, 21));
        meeting.MinutesMemoNumber.ShouldBe("05.43.6955.000.06.001.24.255"); // as printed, digits stored as ASCII (ADR 0043)
        var decisions = meeting.Agenda.SelectMany(a => a.Decisions).ToList();
        decisions.Select(d => d.Text).ShouldBe(["মাদকবিরোধী অভিযান জোরদার করতে হবে।", "নামজারি ২৮ দিনে নিষ্পত্তি করতে হবে।"]);
        decisions.ShouldAllBe(d => d.Due == null); // a record: never overdue
        decisions[1].Implementers.Single().LabelBn.ShouldBe("সহকারী কমিশনার (ভূমি)");
        App.WithDb(db => db.SourceDocuments.Single(d => d.OfficeId == office.Id).RecordType).ShouldBe(SourceDocument.MeetingRecord);

        // The same printed number again is refused beside the memo number, with what was typed kept.
        (_, page, html) = await PastedAsync(office.Code, PastedPortalMinutes, "editor.dco-bandarban");
        fields = FormFields(html);
        fields["Docs[0].SignatoryPostId"] = post.ToString(System.Globalization.CultureInfo.InvariantCulture);
        fields["Docs[0].Venue"] = "টাইপ করা স্থান";
        fields["Docs[0].MeetingKind"] = "MonitoringCommittee";
        var again = await (await PostAsync(client, $"{Url(office.Code)}?handler=Meeting&doc=0", fields, page)).ShouldBeRejectedAsync();
        FieldError(again, "Docs[0].MemoNumber").ShouldNotBeNull();
        FormFields(again)["Docs[0].Venue"].ShouldBe("টাইপ করা স্থান");
        App.WithDb(db => db.Meetings.Count(m => m.OfficeId == office.Id)).ShouldBe(1);
    }

    [Fact]
    public async Task Pasted_minutes_that_printed_no_memo_number_are_saved_without_one_and_both_choices_at_once_are_refused()
    {
        var office = await OfficeWithEditorAsync();
        var post = await App.NewPostAsync(office.Code, "Upazila Nirbahi Officer");
        var (client, page, html) = await PastedAsync(office.Code, PastedPortalMinutes, "editor.dco-bandarban");
        html.ShouldContain("name=\"Docs[0].WithoutNumber\" value=\"true\"");
        var fields = FormFields(html);
        fields.ShouldNotContainKey("Docs[0].WithoutNumber"); // unticked until the editor says so
        fields["Docs[0].MeetingKind"] = "MonitoringCommittee";
        fields["Docs[0].SignatoryPostId"] = post.ToString(System.Globalization.CultureInfo.InvariantCulture);
        fields["Docs[0].WithoutNumber"] = "true";

        // a number and "without a number" together: refused beside the box, nothing saved, what was typed kept
        fields["Docs[0].Venue"] = "টাইপ করা স্থান";
        var refused = await (await PostAsync(client, $"{Url(office.Code)}?handler=Meeting&doc=0", fields, page)).ShouldBeRejectedAsync();
        FieldError(refused, "Docs[0].WithoutNumber").ShouldNotBeNull().ShouldContain("দুটো একসাথে নয়");
        FormFields(refused)["Docs[0].WithoutNumber"].ShouldBe("true");
        FormFields(refused)["Docs[0].Venue"].ShouldBe("টাইপ করা স্থান");
        App.WithDb(db => db.Meetings.Count(m => m.OfficeId == office.Id)).ShouldBe(0);

        fields["Docs[0].MemoNumber"] = "";
        var saved = await PostAsync(client, $"{Url(office.Code)}?handler=Meeting&doc=0", fields, page);
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect, ErrorsIn(await saved.Content.ReadAsStringAsync()));
        var meeting = await App.WithDbAsync(db => Protishruti.Web.Features.Meetings.Minutes.MeetingQueries.Whole(db).AsNoTracking().SingleAsync(m => m.OfficeId == office.Id));
        meeting.MinutesUnnumbered.ShouldBeTrue();
        meeting.MinutesDate.ShouldBe(new DateOnly(2024, 4, 21));
        var memo = App.WithDb(db => db.IssuedMemos.Single(m => m.OfficeId == office.Id));
        (memo.Number, memo.MemoFileId).ShouldBe(("", (int?)null));
        var text = new PdfFile(await App.CreateClient().GetByteArrayAsync($"/offices/{office.Code}/meetings/{meeting.Id}/minutes.pdf")).Text();
        text.ShouldContain("মাদকবিরোধী অভিযান");
        text.ShouldNotContain("স্মারক নম্বর");
    }

    [Fact]
    public async Task A_notice_whose_venue_was_guessed_from_its_sentence_is_marked_for_checking()
    {
        var office = await OfficeWithEditorAsync();
        var text = "গণপ্রজাতন্ত্রী বাংলাদেশ সরকার\nউপজেলা নির্বাহী অফিসারের কার্যালয়, সিংড়া, নাটোর\nস্মারক নং: ০৫.৪৪.৬৯৯১.০০০.০৬.০০১.২৪.১২          তারিখ: ০২/০৫/২০২৪ খ্রিঃ\n"
            + "সভার নোটিশ\nআগামী ০৯/০৫/২০২৪ খ্রিঃ তারিখ সকাল ১০.০০ টায় উপজেলা পরিষদ সভাকক্ষে উপজেলা আইন-শৃঙ্খলা কমিটির মাসিক সভা অনুষ্ঠিত হবে। সভায় যথাসময়ে উপস্থিত থাকার জন্য অনুরোধ করা হলো।\n"
            + "মোঃ আব্দুল করিম\nউপজেলা নির্বাহী অফিসার\nসিংড়া, নাটোর\n";
        var (_, _, html) = await PastedAsync(office.Code, text, "editor.dco-bandarban");
        var fields = FormFields(html);
        fields["Docs[0].Kind"].ShouldBe("notice");
        fields["Docs[0].MeetingDate"].ShouldBe("2024-05-09");
        fields["Docs[0].Venue"].ShouldBe("উপজেলা পরিষদ সভাকক্ষ");
        // The venue came from the sentence, not a স্থান: label: it carries the check mark beside it.
        Regex.IsMatch(html, @"for=""Docs_0__Venue"">[^<]*</label>\s*<span class=""conf conf-low""").ShouldBeTrue();
        Regex.IsMatch(html, @"for=""Docs_0__MemoNumber"">[^<]*</label>\s*<span class=""conf conf-high""").ShouldBeTrue();
    }

    // ---- notices saved as past meetings (alone, or with the minutes that follow them) ----

    private const string PastNotice = "গণপ্রজাতন্ত্রী বাংলাদেশ সরকার\nউপজেলা নির্বাহী অফিসারের কার্যালয়, সিংড়া, নাটোর\nস্মারক নং: ০৫.৪৪.৬৯৯১.০০০.০৬.০০১.২৪.১২          তারিখ: ০২/০৫/২০২৪ খ্রিঃ\n"
        + "সভার নোটিশ\nআগামী ০৯/০৫/২০২৪ খ্রিঃ তারিখ সকাল ১০.০০ টায় উপজেলা পরিষদ সভাকক্ষে উপজেলা আইন-শৃঙ্খলা কমিটির মাসিক সভা অনুষ্ঠিত হবে। সভায় যথাসময়ে উপস্থিত থাকার জন্য অনুরোধ করা হলো।\n"
        + "মোঃ আব্দুল করিম\nউপজেলা নির্বাহী অফিসার\nসিংড়া, নাটোর\nবিতরণ:\n১। অফিসার ইনচার্জ, সিংড়া থানা\n২। উপজেলা কৃষি অফিসার, সিংড়া\n";

    private static string NoticeThenMinutes() =>
        File.ReadAllText(Path.Combine(ImportEvaluation.ImportEvaluation.CasesDirectory, "c01-notice-then-minutes.txt"));

    private static string Id(int id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private Task<Protishruti.Domain.Meetings.Meeting> MeetingOfAsync(int officeId) =>
        App.WithDbAsync(db => Protishruti.Web.Features.Meetings.Minutes.MeetingQueries.Whole(db).AsNoTracking().SingleAsync(m => m.OfficeId == officeId));

    private int MemosOf(int officeId) => App.WithDb(db => db.IssuedMemos.Count(m => m.OfficeId == officeId));

    [Fact]
    public async Task A_notice_alone_is_saved_as_a_past_meeting_with_its_notice_issued_as_printed_and_nobody_mailed()
    {
        var office = await OfficeWithEditorAsync();
        var post = await App.NewPostAsync(office.Code, "Upazila Nirbahi Officer");
        var (client, page, html) = await PastedAsync(office.Code, PastNotice, "editor.dco-bandarban");
        html.ShouldContain("অতীতের সভা হিসেবে সংরক্ষণ করুন (নোটিশ জারিসহ)");
        var fields = FormFields(html);
        fields["Docs[0].Kind"].ShouldBe("notice");
        fields["Docs[0].MeetingKind"] = "MonitoringCommittee";
        fields["Docs[0].SignatoryPostId"] = Id(post);
        var saved = await PostAsync(client, $"{Url(office.Code)}?handler=Meeting&doc=0", fields, page);
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect, ErrorsIn(await saved.Content.ReadAsStringAsync()));

        var meeting = await MeetingOfAsync(office.Id);
        saved.ShouldRedirectTo($"/offices/{office.Code}/meetings/{meeting.Id}/manage");
        meeting.Date.ShouldBe(new DateOnly(2024, 5, 9));
        meeting.Time.ShouldBe(new TimeOnly(10, 0));
        meeting.Venue.ShouldBe("উপজেলা পরিষদ সভাকক্ষ");
        meeting.NoticeState.ShouldBe(Protishruti.Domain.Meetings.NoticeState.Issued);
        var issue = meeting.NoticeIssues.Single();
        issue.MemoNumber.ShouldBe("05.44.6991.000.06.001.24.12"); // as printed (ADR 0043)
        issue.IssuedOn.ShouldBe(new DateOnly(2024, 5, 2));
        meeting.NoticeBody!.ShouldStartWith("আগামী ০৯/০৫/২০২৪ খ্রিঃ তারিখ সকাল ১০.০০ টায়"); // the text as printed, not a template
        meeting.NoticeOmitsDetails.ShouldBeTrue();
        meeting.Agenda.ShouldBeEmpty(); // the notice listed none, and none was invented
        meeting.NoticeDistribution.Lines.Select(l => l.Text).ShouldBe(["অফিসার ইনচার্জ, সিংড়া থানা", "উপজেলা কৃষি অফিসার, সিংড়া"]);
        meeting.MinutesState.ShouldBe(Protishruti.Domain.Meetings.MinutesState.Draft);
        MemosOf(office.Id).ShouldBe(1);
        App.WithDb(db => db.Outbox.Count(m => m.OfficeId == office.Id)).ShouldBe(0); // a record: nobody is mailed
        var source = await App.WithDbAsync(db => db.SourceDocuments.SingleAsync(d => d.OfficeId == office.Id));
        (source.RecordType, source.RecordId, source.Kind).ShouldBe((SourceDocument.MeetingRecord, (long)meeting.Id, "notice"));
    }

    [Fact]
    public async Task A_notice_that_lists_its_agenda_gives_the_meeting_those_items_and_one_that_lists_none_gives_none()
    {
        var office = await OfficeWithEditorAsync();
        var post = await App.NewPostAsync(office.Code, "Upazila Nirbahi Officer");
        var withAgenda = PastNotice.Replace("সভায় যথাসময়ে উপস্থিত থাকার জন্য অনুরোধ করা হলো।\n",
            "সভায় যথাসময়ে উপস্থিত থাকার জন্য অনুরোধ করা হলো।\nআলোচ্যসূচি:\n১। বিগত সভার সিদ্ধান্ত বাস্তবায়ন পর্যালোচনা\n২। মাদক নিয়ন্ত্রণ\n৩। বিবিধ\n", StringComparison.Ordinal);
        var (client, page, html) = await PastedAsync(office.Code, withAgenda, "editor.dco-bandarban");
        var fields = FormFields(html);
        fields["Docs[0].Agenda"].ShouldBe("বিগত সভার সিদ্ধান্ত বাস্তবায়ন পর্যালোচনা\nমাদক নিয়ন্ত্রণ\nবিবিধ");
        fields["Docs[0].MeetingKind"] = "MonitoringCommittee";
        fields["Docs[0].SignatoryPostId"] = Id(post);
        var saved = await PostAsync(client, $"{Url(office.Code)}?handler=Meeting&doc=0", fields, page);
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect, ErrorsIn(await saved.Content.ReadAsStringAsync()));
        var meeting = await MeetingOfAsync(office.Id);
        meeting.Agenda.Select(a => a.Title).ShouldBe(["বিগত সভার সিদ্ধান্ত বাস্তবায়ন পর্যালোচনা", "মাদক নিয়ন্ত্রণ", "বিবিধ"]);
        meeting.NoticeOmitsAgenda.ShouldBeTrue(); // the body as printed already lists them
        meeting.NoticeBody!.ShouldContain("২। মাদক নিয়ন্ত্রণ");

        (_, _, html) = await PastedAsync(office.Code, PastNotice, "editor.dco-bandarban");
        FormFields(html)["Docs[0].Agenda"].ShouldBe("");
    }

    [Fact]
    public async Task A_notice_followed_by_its_minutes_in_one_file_is_one_meeting_with_both_issued_each_under_its_printed_number()
    {
        var office = await OfficeWithEditorAsync();
        var post = await App.NewPostAsync(office.Code, "Upazila Nirbahi Officer");
        var (client, page, html) = await UploadedAsync(office.Code, Encoding.UTF8.GetBytes(NoticeThenMinutes()), "notice-and-minutes.txt", "text/plain", "editor.dco-bandarban");
        html.ShouldContain("নোটিশ ও কার্যবিবরণীসহ অতীতের সভা হিসেবে সংরক্ষণ করুন");
        var fields = FormFields(html);
        (fields["Docs[0].Kind"], fields["Docs[1].Kind"]).ShouldBe(("notice", "minutes"));
        foreach (var d in new[] { 0, 1 })
        {
            fields[$"Docs[{d}].MeetingKind"] = "MonitoringCommittee";
            fields[$"Docs[{d}].SignatoryPostId"] = Id(post);
        }
        fields["Docs[1].Rows[0].Decision"] = "সকল দপ্তরে সিটিজেন চার্টার দৃশ্যমান স্থানে প্রদর্শন নিশ্চিত করতে হবে।"; // one correction
        var saved = await PostAsync(client, $"{Url(office.Code)}?handler=Meeting&doc=1", fields, page);
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect, ErrorsIn(await saved.Content.ReadAsStringAsync()));

        var meeting = await MeetingOfAsync(office.Id); // one meeting
        meeting.Title.ShouldBe("সেবা প্রদান প্রতিশ্রুতি পরিবীক্ষণ কমিটির ২য় ত্রৈমাসিক সভার কার্যবিবরণী");
        meeting.Date.ShouldBe(new DateOnly(2024, 1, 8));
        meeting.NoticeIssues.Single().MemoNumber.ShouldBe("05.43.6915.000.06.002.23.188");
        meeting.NoticeIssues.Single().IssuedOn.ShouldBe(new DateOnly(2024, 1, 3));
        meeting.MinutesState.ShouldBe(Protishruti.Domain.Meetings.MinutesState.Issued);
        meeting.MinutesMemoNumber.ShouldBe("05.43.6915.000.06.002.23.201");
        meeting.MinutesDate.ShouldBe(new DateOnly(2024, 1, 10));
        meeting.Decisions.Select(d => d.Text).ShouldBe(["সকল দপ্তরে সিটিজেন চার্টার দৃশ্যমান স্থানে প্রদর্শন নিশ্চিত করতে হবে।", "প্রতিটি দপ্তরে মতামত রেজিস্টার সংরক্ষণ করতে হবে।"]);
        meeting.Decisions.ShouldAllBe(d => d.Due == null);
        meeting.NoticeDistribution.Lines.Count.ShouldBe(3);
        MemosOf(office.Id).ShouldBe(2); // the notice, then the minutes
        var memos = App.WithDb(db => db.IssuedMemos.Where(m => m.OfficeId == office.Id).OrderBy(m => m.Id).Select(m => m.Number).ToList());
        memos.ShouldBe(["05.43.6915.000.06.002.23.188", "05.43.6915.000.06.002.23.201"]);
        App.WithDb(db => db.Outbox.Count(m => m.OfficeId == office.Id)).ShouldBe(0);
        var source = await App.WithDbAsync(db => db.SourceDocuments.SingleAsync(d => d.OfficeId == office.Id));
        (source.RecordId, source.Kind, source.FileName).ShouldBe(((long)meeting.Id, "notice+minutes", "notice-and-minutes.txt"));
        (await client.GetStringAsync(page)).ShouldContain("আপলোড করা নথিটি আর নেই"); // saved once; the staged file is gone
    }

    [Fact]
    public async Task A_printed_number_already_in_the_register_is_refused_beside_its_field_and_nothing_of_the_meeting_is_saved()
    {
        var office = await OfficeWithEditorAsync();
        var post = await App.NewPostAsync(office.Code, "Upazila Nirbahi Officer");
        var (client, page, html) = await UploadedAsync(office.Code, Encoding.UTF8.GetBytes(NoticeThenMinutes()), "notice-and-minutes.txt", "text/plain", "editor.dco-bandarban");
        var fields = FormFields(html);
        foreach (var d in new[] { 0, 1 })
        {
            fields[$"Docs[{d}].MeetingKind"] = "MonitoringCommittee";
            fields[$"Docs[{d}].SignatoryPostId"] = Id(post);
        }
        // The minutes typed with the notice's number: the notice is issued first, then the minutes are refused —
        // and the notice's issue is rolled back with them: no meeting, no memo, no kept file.
        fields["Docs[1].MemoNumber"] = "০৫.৪৩.৬৯১৫.০০০.০৬.০০২.২৩. ১৮৮";
        fields["Docs[1].Venue"] = "টাইপ করা স্থান";
        var refused = await (await PostAsync(client, $"{Url(office.Code)}?handler=Meeting&doc=0", fields, page)).ShouldBeRejectedAsync();
        FieldError(refused, "Docs[1].MemoNumber").ShouldNotBeNull();
        FormFields(refused)["Docs[1].Venue"].ShouldBe("টাইপ করা স্থান");
        FormFields(refused)["Docs[1].MemoNumber"].ShouldBe("০৫.৪৩.৬৯১৫.০০০.০৬.০০২.২৩. ১৮৮");
        App.WithDb(db => db.Meetings.Count(m => m.OfficeId == office.Id)).ShouldBe(0);
        MemosOf(office.Id).ShouldBe(0);
        App.WithDb(db => db.SourceDocuments.Count(d => d.OfficeId == office.Id)).ShouldBe(0);

        // Corrected, it saves from the same page (the refusal gave the staged file back).
        fields["Docs[1].MemoNumber"] = "০৫.৪৩.৬৯১৫.০০০.০৬.০০২.২৩.২০১";
        (await PostAsync(client, $"{Url(office.Code)}?handler=Meeting&doc=0", fields, page)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        MemosOf(office.Id).ShouldBe(2);

        // The same notice pasted again on its own: its number is in the register now, refused beside the notice's field.
        (client, page, html) = await UploadedAsync(office.Code, Encoding.UTF8.GetBytes(NoticeThenMinutes().Split("\n\n\n")[0]), "notice.txt", "text/plain", "editor.dco-bandarban");
        fields = FormFields(html);
        fields.ShouldNotContainKey("Docs[1].Kind");
        fields["Docs[0].MeetingKind"] = "MonitoringCommittee";
        fields["Docs[0].SignatoryPostId"] = Id(post);
        fields["Docs[0].Body"] = "সম্পাদিত বিষয়বস্তু";
        refused = await (await PostAsync(client, $"{Url(office.Code)}?handler=Meeting&doc=0", fields, page)).ShouldBeRejectedAsync();
        FieldError(refused, "Docs[0].MemoNumber")!.ShouldContain("স্মারক");
        FormFields(refused)["Docs[0].Body"].ShouldBe("সম্পাদিত বিষয়বস্তু");
        App.WithDb(db => db.Meetings.Count(m => m.OfficeId == office.Id)).ShouldBe(1);
        MemosOf(office.Id).ShouldBe(2);
    }

    [Fact]
    public async Task A_double_submit_saves_one_meeting_with_one_memo_and_the_other_click_sees_it_was_saved()
    {
        var office = await OfficeWithEditorAsync();
        var post = await App.NewPostAsync(office.Code, "Upazila Nirbahi Officer");
        var (client, page, html) = await PastedAsync(office.Code, PastNotice, "editor.dco-bandarban");
        var fields = FormFields(html);
        fields["Docs[0].MeetingKind"] = "MonitoringCommittee";
        fields["Docs[0].SignatoryPostId"] = Id(post);

        var ct = TestContext.Current.CancellationToken;
        var tokens = new List<string>();
        for (var i = 0; i < 5; i++)
            tokens.Add(WebUtility.HtmlDecode(TokenField().Match(await client.GetStringAsync(page, ct)).Groups[1].Value));
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var posts = tokens.Select(token => Task.Run(async () =>
        {
            var form = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token };
            await start.Task;
            using var response = await client.PostAsync($"{Url(office.Code)}?handler=Meeting&doc=0", new FormUrlEncodedContent(form), ct);
            return (response.StatusCode, Body: WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(ct)));
        }, ct)).ToList();
        start.SetResult();
        var outcomes = await Task.WhenAll(posts);

        outcomes.Count(o => o.StatusCode == HttpStatusCode.Redirect).ShouldBe(1, string.Join("\n", outcomes.Select(o => $"{(int)o.StatusCode}: {ErrorsIn(o.Body)}")));
        foreach (var loser in outcomes.Where(o => o.StatusCode != HttpStatusCode.Redirect))
        {
            loser.StatusCode.ShouldBe(HttpStatusCode.OK);
            (loser.Body.Contains("এইমাত্র সংরক্ষিত হয়েছে", StringComparison.Ordinal) || loser.Body.Contains("আপলোড করা নথিটি আর নেই", StringComparison.Ordinal)).ShouldBeTrue(ErrorsIn(loser.Body));
        }
        App.WithDb(db => db.Meetings.Count(m => m.OfficeId == office.Id)).ShouldBe(1);
        MemosOf(office.Id).ShouldBe(1);
        App.WithDb(db => db.SourceDocuments.Count(d => d.OfficeId == office.Id)).ShouldBe(1);
    }

    [Fact]
    public async Task A_current_notice_is_not_issued_as_a_record_and_may_be_kept_as_a_draft_meeting_instead()
    {
        var office = await OfficeWithEditorAsync();
        var post = await App.NewPostAsync(office.Code, "Upazila Nirbahi Officer");
        var today = App.Services.GetRequiredService<TimeProvider>().TodayInBangladesh();
        var (client, page, html) = await PastedAsync(office.Code, PastNotice, "editor.dco-bandarban");
        var fields = FormFields(html);
        fields["Docs[0].MeetingKind"] = "MonitoringCommittee";
        fields["Docs[0].SignatoryPostId"] = Id(post);
        fields["Docs[0].MeetingDate"] = today.AddDays(5).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        fields["Docs[0].IssuedOn"] = today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        fields["Docs[0].MemoNumber"] = "";

        var refused = await (await PostAsync(client, $"{Url(office.Code)}?handler=Meeting&doc=0", fields, page)).ShouldBeRejectedAsync();
        FieldError(refused, "Docs[0].MeetingDate")!.ShouldContain("চলতি");
        refused.ShouldContain("খসড়া সভা হিসেবে সংরক্ষণ করুন");
        App.WithDb(db => db.Meetings.Count(m => m.OfficeId == office.Id)).ShouldBe(0);
        MemosOf(office.Id).ShouldBe(0);
        App.WithDb(db => db.Outbox.Count(m => m.OfficeId == office.Id)).ShouldBe(0);
        var english = await (await PostAsync(client, $"{Url(office.Code)}?handler=Meeting&doc=0&lang=en", fields, page)).ShouldBeRejectedAsync();
        FieldError(english, "Docs[0].MeetingDate")!.ShouldContain("not a record of the past");

        var draft = await PostAsync(client, $"{Url(office.Code)}?handler=Draft&doc=0", fields, page);
        draft.StatusCode.ShouldBe(HttpStatusCode.Redirect, ErrorsIn(await draft.Content.ReadAsStringAsync()));
        var meeting = await MeetingOfAsync(office.Id);
        draft.ShouldRedirectTo($"/offices/{office.Code}/meetings/{meeting.Id}/notice");
        meeting.NoticeState.ShouldBe(Protishruti.Domain.Meetings.NoticeState.Draft);
        meeting.Date.ShouldBe(today.AddDays(5));
        meeting.NoticeBody!.ShouldStartWith("আগামী");
        MemosOf(office.Id).ShouldBe(0);
        App.WithDb(db => db.SourceDocuments.Single(d => d.OfficeId == office.Id).RecordId).ShouldBe(meeting.Id);
    }

    [Fact]
    public async Task Only_those_who_manage_the_offices_meetings_may_save_a_notice_and_nothing_is_saved_for_the_others()
    {
        var office = await App.NewOfficeAsync(null, ("editor.dco-bandarban", OfficeRole.Editor), ("officeadmin.dc-natore", OfficeRole.OfficeAdmin),
            ("gro.dc-natore", OfficeRole.GrievanceOfficer), ("head.dc-natore", OfficeRole.Approver));
        var post = await App.NewPostAsync(office.Code, "Upazila Nirbahi Officer");
        var (_, page, html) = await PastedAsync(office.Code, PastNotice, "editor.dco-bandarban");
        var fields = FormFields(html);
        fields["Docs[0].MeetingKind"] = "MonitoringCommittee";
        fields["Docs[0].SignatoryPostId"] = Id(post);
        foreach (var user in new[] { "officeadmin.dc-natore", "gro.dc-natore", "editor.uno-singra", "monitor.mopa" })
            (await PostAsync(await App.LoggedInAsync(user), $"{Url(office.Code)}?handler=Meeting&doc=0", new(fields), "/")).ShouldBeDenied();
        App.WithDb(db => db.Meetings.Count(m => m.OfficeId == office.Id)).ShouldBe(0);

        // The office's head may (Approver): the editor's page, saved by the head.
        var head = await App.LoggedInAsync("head.dc-natore");
        var saved = await PostAsync(head, $"{Url(office.Code)}?handler=Meeting&doc=0", fields, page);
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect, ErrorsIn(await saved.Content.ReadAsStringAsync()));
        App.WithDb(db => db.Meetings.Count(m => m.OfficeId == office.Id)).ShouldBe(1);
    }

    // ---- a Bijoy PDF ----

    [Fact]
    public async Task A_Bijoy_PDF_is_read_as_Unicode_Bengali()
    {
        var office = await OfficeWithEditorAsync();
        var pdf = await File.ReadAllBytesAsync(Path.Combine(ImportEvaluation.ImportEvaluation.CasesDirectory, "n06-notice-bijoy-pdf.pdf"), TestContext.Current.CancellationToken);
        var (_, _, html) = await UploadedAsync(office.Code, pdf, "notice.pdf", "application/pdf", "editor.dco-bandarban");
        var fields = FormFields(html);
        fields["Docs[0].Kind"].ShouldBe("notice");
        fields["Docs[0].Office"].ShouldBe("উপজেলা নির্বাহী অফিসারের কার্যালয়, কালিয়া, নড়াইল");
        fields["Docs[0].MeetingDate"].ShouldBe("2023-12-10");
        fields["Docs[0].MemoNumber"].ShouldBe("০৫.৪৪.৬৫৫১.০০১.০৬.০০২.২৩.৭৭");
        html.ShouldContain("উপজেলা নির্বাহী অফিসারের কার্যালয়, কালিয়া"); // the text beside the form is Unicode too
    }

    // ---- files refused with a message ----

    [Fact]
    public async Task Files_that_cannot_be_read_are_refused_beside_the_upload_with_a_message_in_both_languages()
    {
        var office = await OfficeWithEditorAsync();
        var client = await App.LoggedInAsync("editor.dco-bandarban");
        var png = new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52 };
        var html = await (await UploadAsync(client, Url(office.Code), "charter.pdf", "application/pdf", png)).ShouldBeRejectedAsync();
        FieldError(html, "Upload")!.ShouldContain("'charter.pdf' সমর্থিত ফাইল নয়");

        var scan = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
            + "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
        html = await (await UploadAsync(client, Url(office.Code), "scan.pdf", "application/pdf", scan)).ShouldBeRejectedAsync();
        FieldError(html, "Upload")!.ShouldContain("ওসিআর");

        html = await (await PostAsync(client, Url(office.Code), new() { ["Pasted"] = "" })).ShouldBeRejectedAsync();
        FieldError(html, "Pasted")!.ShouldContain("লেখাটি পেস্ট করুন");

        html = await (await UploadAsync(client, Url(office.Code) + "?lang=en", "scan.pdf", "application/pdf", scan, formPage: Url(office.Code))).ShouldBeRejectedAsync();
        FieldError(html, "Upload")!.ShouldContain("needs OCR");

        App.WithDb(db => db.SourceDocuments.Count(d => d.OfficeId == office.Id)).ShouldBe(0);
    }

    // ---- a .doc file (converted with LibreOffice) ----

    [Fact]
    public async Task A_doc_file_is_read_like_the_Word_file_it_was_saved_as_and_one_that_cannot_be_converted_gets_a_clear_message()
    {
        if (!OnPath("soffice"))
            Assert.Skip("LibreOffice (soffice) is not installed here: test.sh installs libreoffice-writer-nogui, so this runs in CI.");
        var ct = TestContext.Current.CancellationToken;
        var dir = Directory.CreateTempSubdirectory("protishruti-doc-test-");
        try
        {
            var wordDocx = DocxSpec.Build(CharterSpec, endWithParagraph: true); // as Word saves it
            var docx = Path.Combine(dir.FullName, "charter.docx");
            await File.WriteAllBytesAsync(docx, wordDocx, ct);
            using (var soffice = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("soffice",
                       ["--headless", "--norestore", $"-env:UserInstallation=file://{dir.FullName}/profile", "--convert-to", "doc", "--outdir", dir.FullName, docx])
                   { RedirectStandardOutput = true, RedirectStandardError = true })!)
                await soffice.WaitForExitAsync(ct).WaitAsync(TimeSpan.FromMinutes(3), ct);
            var doc = await File.ReadAllBytesAsync(Path.Combine(dir.FullName, "charter.doc"), ct);
            doc.AsSpan(0, 4).ToArray().ShouldBe(new byte[] { 0xD0, 0xCF, 0x11, 0xE0 }); // an OLE (Word 97-2003) file

            var office = await OfficeWithEditorAsync();
            var (_, _, fromDocx) = await UploadedAsync(office.Code, wordDocx, "charter.docx", DocxType, "editor.dco-bandarban");
            var (_, _, fromDoc) = await UploadedAsync(office.Code, doc, "charter.doc", "application/msword", "editor.dco-bandarban");
            static Dictionary<string, string> Read(string html) => FormFields(html).Where(f => f.Key.StartsWith("Docs[", StringComparison.Ordinal)).ToDictionary();
            Read(fromDoc).ShouldBe(Read(fromDocx));
            Read(fromDoc)["Docs[0].Services[0].Name"].ShouldBe("সমবায় সমিতির নিবন্ধন");

            // An OLE file LibreOffice cannot open: said plainly beside the upload, not "not installed", and nothing kept.
            var client = await App.LoggedInAsync("editor.dco-bandarban");
            var broken = new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.Concat(new byte[4096]).ToArray();
            var html = await (await UploadAsync(client, Url(office.Code), "old.doc", "application/msword", broken)).ShouldBeRejectedAsync();
            FieldError(html, "Upload")!.ShouldContain(".doc ফাইলটি রূপান্তর করা যায়নি");
            html = await (await UploadAsync(client, Url(office.Code) + "?lang=en", "old.doc", "application/msword", broken, formPage: Url(office.Code))).ShouldBeRejectedAsync();
            FieldError(html, "Upload")!.ShouldContain("could not be converted");
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void Without_LibreOffice_a_doc_upload_says_what_to_install_or_to_save_as_docx()
    {
        var e = ImportFiles.Unreadable(["LibreOffice is not installed: install libreoffice-writer-nogui (sudo apt-get install libreoffice-writer-nogui) to import .doc files, or save the file as .docx."]);
        e.Message.ShouldContain("libreoffice-writer-nogui");
        e.MessageBn.ShouldContain(".docx হিসেবে সংরক্ষণ");
    }

    private static bool OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Any(d => File.Exists(Path.Combine(d, program)));

    // ---- who may ----

    [Fact]
    public async Task Only_the_offices_charter_editors_and_head_may_import()
    {
        (await (await App.LoggedInAsync("editor.dc-natore")).GetAsync(Url("dc-natore"))).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await (await App.LoggedInAsync("head.dc-natore")).GetAsync(Url("dc-natore"))).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await (await App.LoggedInAsync("officeadmin.dc-natore")).GetAsync(Url("dc-natore"))).ShouldBeDenied();
        (await (await App.LoggedInAsync("editor.uno-singra")).GetAsync(Url("dc-natore"))).ShouldBeDenied();
        (await (await App.LoggedInAsync("monitor.mopa")).GetAsync(Url("dc-natore"))).ShouldBeDenied();
        (await (await App.LoggedInAsync("gro.dc-natore")).GetAsync(Url("dc-natore"))).ShouldBeDenied();
        (await App.Browser().GetAsync(Url("dc-natore"))).ShouldAskToLogIn();
        (await (await App.LoggedInAsync("editor.dc-natore")).GetAsync(Url("no-such-office"))).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // Another office's editor cannot post into this office, nor read its staged file, nor save from it.
        var office = await OfficeWithEditorAsync();
        var (_, page, html) = await UploadedAsync(office.Code, CharterDocx, "charter.docx", DocxType, "editor.dco-bandarban");
        var stranger = await App.LoggedInAsync("editor.uno-singra");
        (await stranger.GetAsync(page)).ShouldBeDenied();
        (await PostAsync(stranger, $"{Url(office.Code)}?handler=Charter&doc=0", FormFields(html), "/")).ShouldBeDenied();
        (await CharterOfAsync(office.Id)).ShouldBeNull();

        // The page is linked from the charter editor and the meetings workspace.
        var editor = await App.LoggedInAsync("editor.dc-natore");
        (await editor.GetStringAsync("/offices/dc-natore/charter/draft")).ShouldContain($"href=\"{Url("dc-natore")}\"");
        (await editor.GetStringAsync("/offices/dc-natore/meetings/manage")).ShouldContain($"href=\"{Url("dc-natore")}\"");
    }

    // ---- helpers ----

    /// <summary>What a browser would post from the page's import form: inputs (ticked boxes only), text areas, selected options.</summary>
    internal static Dictionary<string, string> FormFields(string html)
    {
        var start = html.IndexOf("<input type=\"hidden\" name=\"file\"", StringComparison.Ordinal);
        start.ShouldBeGreaterThan(0, "the page has no form of what was read");
        var form = html[start..html.IndexOf("</form>", start, StringComparison.Ordinal)];
        var fields = new Dictionary<string, string>();
        foreach (Match m in InputTag().Matches(form))
        {
            var tag = m.Value;
            var name = Attr(tag, "name");
            if (name is null) continue;
            var type = Attr(tag, "type") ?? "text";
            if (type == "checkbox" && !tag.Contains("checked", StringComparison.Ordinal)) continue;
            if (type is "submit" or "file") continue;
            fields[name] = WebUtility.HtmlDecode(Attr(tag, "value") ?? "");
        }
        foreach (Match m in TextareaTag().Matches(form))
            fields[WebUtility.HtmlDecode(m.Groups["name"].Value)] = WebUtility.HtmlDecode(m.Groups["text"].Value).Replace("\r\n", "\n", StringComparison.Ordinal).TrimStart('\n');
        foreach (Match m in SelectTag().Matches(form))
        {
            var selected = Regex.Match(m.Groups["options"].Value, "<option value=\"([^\"]*)\" selected=\"selected\"");
            fields[WebUtility.HtmlDecode(m.Groups["name"].Value)] = selected.Success ? selected.Groups[1].Value : "";
        }
        return fields;
    }

    private static string? Attr(string tag, string name) =>
        Regex.Match(tag, $"\\s{name}=\"([^\"]*)\"") is { Success: true } a ? WebUtility.HtmlDecode(a.Groups[1].Value) : null;

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();

    [GeneratedRegex("<input\\b[^>]*>")]
    private static partial Regex InputTag();

    [GeneratedRegex("<textarea\\b[^>]*\\sname=\"(?<name>[^\"]*)\"[^>]*>(?<text>[^<]*)</textarea>")]
    private static partial Regex TextareaTag();

    [GeneratedRegex("<select\\b[^>]*\\sname=\"(?<name>[^\"]*)\"[^>]*>(?<options>.*?)</select>", RegexOptions.Singleline)]
    private static partial Regex SelectTag();
}

public sealed class ImportPageTests_Sqlite(SqliteApp app) : ImportPageTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Database", "Postgres")]
public sealed class ImportPageTests_Postgres(PostgresApp app) : ImportPageTests<PostgresApp>(app), IClassFixture<PostgresApp>;
