using Microsoft.EntityFrameworkCore;
using Protishruti.Domain.Access;
using Protishruti.Domain.Charters;
using Protishruti.Domain.Offices;
using Protishruti.Tests.Features.Manage;
using Protishruti.Tests.Infrastructure;

namespace Protishruti.Tests.Features.Charters;

/// <summary>
/// An office of its own under DC Natore (so MoPA's monitor watches it from above) with an editor, an approver and three
/// posts: the head and an officer with holders, and a vacant one.
/// </summary>
public sealed record EditorOffice(Office Office, int HeadPost, int OfficerPost, int VacantPost)
{
    public string Code => Office.Code;
    public string Draft => $"/offices/{Office.Code}/charter/draft";
}

public static class CharterEditorKit
{
    public const string Editor = "editor.uno-singra";
    public const string Approver = "head.uno-singra";

    public static async Task<EditorOffice> NewEditorOfficeAsync(this TestApp app)
    {
        var office = await app.NewOfficeAsync("dc-natore", (Editor, OfficeRole.Editor), (Approver, OfficeRole.Approver));
        return await app.WithDbAsync(async db =>
        {
            var o = db.Offices.Single(x => x.Id == office.Id);
            Post NewPost(string bn, string en, string? phone, string? email, string? holderBn)
            {
                var post = new Post(o, bn, en);
                post.SetDetails(null, null, "১০১", phone, email, 0);
                if (holderBn is not null) post.AssignHolder(new Person(holderBn, holderBn + " (en)"), new DateOnly(2024, 1, 1));
                db.Posts.Add(post);
                return post;
            }
            var head = NewPost("দপ্তর প্রধান", "Head of office", "01700000001", "head@example.gov.bd", "রহিম উদ্দিন");
            var officer = NewPost("সহকারী কমিশনার", "Assistant Commissioner", "01700000002", "ac@example.gov.bd", "করিম মিয়া");
            var vacant = NewPost("প্রশাসনিক কর্মকর্তা", "Administrative Officer", null, null, null);
            await db.SaveChangesAsync();
            return new EditorOffice(o, head.Id, officer.Id, vacant.Id);
        });
    }

    public static Task<CharterVersion?> OpenVersionAsync(this TestApp app, EditorOffice office) =>
        app.WithDbAsync(async db =>
        {
            var charter = await db.Charters.AsNoTracking().Include(c => c.Versions).ThenInclude(v => v.Services).ThenInclude(s => s.Documents)
                .Include(c => c.Versions).ThenInclude(v => v.Expectations)
                .Include(c => c.Versions).ThenInclude(v => v.GrievanceLevels)
                .AsSplitQuery().FirstOrDefaultAsync(c => c.OfficeId == office.Office.Id);
            return charter?.Open;
        });

    public static Task<Charter> CharterAsync(this TestApp app, EditorOffice office) =>
        app.WithDbAsync(db => db.Charters.AsNoTracking().Include(c => c.Versions).ThenInclude(v => v.Services).ThenInclude(s => s.Documents)
            .Include(c => c.Versions).ThenInclude(v => v.Expectations)
            .Include(c => c.Versions).ThenInclude(v => v.History)
            .AsSplitQuery().SingleAsync(c => c.OfficeId == office.Office.Id));

    public static async Task<string> RevisionAsync(this TestApp app, EditorOffice office) =>
        ((await app.OpenVersionAsync(office))?.Revision ?? 0).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A complete, submittable service: free, 7 working days, documents, responsible and supervising officers.</summary>
    public static Dictionary<string, string> ServiceForm(EditorOffice o, string nameBn, string revision) => new()
    {
        ["Revision"] = revision,
        ["Input.Category"] = "Citizen",
        ["Input.NameBn"] = nameBn,
        ["Input.NameEn"] = "",
        ["Input.MethodBn"] = "আবেদন দাখিলের পর সরাসরি প্রদান",
        ["Input.InPerson"] = "true",
        ["Input.Documents[0].NameBn"] = "নির্ধারিত ফরমে আবেদন",
        ["Input.Documents[0].WhereBn"] = "দপ্তরের অভ্যর্থনা কক্ষ",
        ["Input.Documents[1].NameBn"] = "",
        ["Input.FeeKind"] = "free",
        ["Input.TimeLimitText"] = "০৭ (সাত) কার্যদিবস",
        ["Input.ResponsiblePostId"] = o.OfficerPost.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Input.SupervisingPostId"] = o.HeadPost.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    public static Dictionary<string, string> VisionForm(string revision, string visionBn = "সবার জন্য মানসম্মত সেবা", string missionBn = "দ্রুত ও স্বচ্ছ সেবা প্রদান") => new()
    {
        ["Revision"] = revision, ["Input.VisionBn"] = visionBn, ["Input.VisionEn"] = "", ["Input.MissionBn"] = missionBn, ["Input.MissionEn"] = "",
        ["Input.Layout"] = "Hq7",
    };
}
