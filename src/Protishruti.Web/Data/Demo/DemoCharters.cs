using Microsoft.EntityFrameworkCore;
using Protishruti.Domain.Charters;
using Protishruti.Domain.Offices;
using Protishruti.Web.Features.Charters;
using Protishruti.Web.Features.Charters.Exchange;
using Protishruti.Web.Infrastructure;

namespace Protishruti.Web.Data.Demo;

/// <summary>
/// A published charter for every demo office, from one file per kind of office (Data/Demo/Charters/*.csv, in the
/// exchange format of docs/charter-format.md) loaded through the charter importer, then submitted and published
/// through the domain like any charter. The files name the office with tokens ({name_bn}, {place_bn},
/// {parent_code}…) filled per office. dc-natore gets a second version with real changes; uno-singra a submitted
/// update waiting for its approver.
/// </summary>
public static class DemoCharters
{
    public static async Task LoadAsync(IServiceProvider services, CancellationToken ct = default)
    {
        var db = services.GetRequiredService<AppDbContext>();
        var time = services.GetRequiredService<TimeProvider>();
        var now = time.GetUtcNow();
        var today = time.TodayInBangladesh();
        var users = await db.Users.AsNoTracking().ToDictionaryAsync(u => u.UserName!, u => u.Id, ct);
        var admin = users["admin"];
        var offices = await db.Offices.AsNoTracking().OrderBy(o => o.Id).ToListAsync(ct);
        var codes = offices.ToDictionary(o => o.Id, o => o.Code);
        var files = new Dictionary<string, string>();
        var posts = await PostReferences.AllAsync(db, ct);
        var contacts = await db.PostContactsAsync(posts.Select(p => p.Id), today, ct);
        var lookup = contacts.AsLookup();

        for (var i = 0; i < offices.Count; i++)
        {
            var office = offices[i];
            var file = FileFor(office);
            if (!files.TryGetValue(file, out var template)) files[file] = template = await ReadAsync(file);
            var parent = office.ParentId is { } p ? codes[p] : office.Code;
            var (charter, errors) = CharterImporter.NewCharter(office, CharterSheets.ReadCsv(Fill(template, office, parent)), PostReferences.For(office, posts));
            if (charter is null)
                throw new InvalidOperationException($"Demo charter for {office.Code} ({file}.csv) failed to import: "
                    + string.Join("; ", errors.Select(e => $"{e.Sheet} row {e.Row} {e.Column}: {e.MessageEn}")));
            db.Charters.Add(charter);
            var first = charter.Open!;

            var editor = users.GetValueOrDefault($"editor.{office.Code}", admin);
            var head = users.GetValueOrDefault($"head.{office.Code}", admin);
            CoverVacancies(first, contacts);
            // A third of the offices last published in an earlier quarter, so the monitoring view has offices to chase.
            var published = office.Code == "dc-natore" ? now.AddDays(-150) : now.AddDays(i % 3 == 0 ? -100 : -8);
            Publish(first, editor, head, published, lookup);

            if (office.Code == "dc-natore")
            {
                var next = charter.StartNextDraft();
                await UpdateDcNatoreAsync(db, office, next, ct);
                Publish(next, editor, head, now.AddDays(-10), lookup);
            }
            else if (office.Code == "uno-singra")
            {
                var next = charter.StartNextDraft();
                await UpdateUnoSingraAsync(db, office, next, ct);
                next.Submit(editor, now.AddDays(-1), lookup);
            }
        }
        // Everything is saved at once: a save per office cost a quarter of a second each (the rows are the same).
        await services.GetRequiredService<CharterPublishing>().SaveAsync(ct);
    }

    // Where the kind file's responsible officer is vacant in this office (uno-lalpur, uno-tala), the supervising
    // officer holds the additional charge, and the appeal officer above supervises, as offices print it.
    private static void CoverVacancies(CharterVersion draft, Dictionary<int, PostContact> contacts)
    {
        var appeal = draft.GrievanceLevels.OrderBy(l => l.Order).Skip(1).FirstOrDefault()?.WhomPostId;
        foreach (var s in draft.Services.Where(s => s.ResponsibleOfficerPostId is { } r && contacts[r].IsVacant))
        {
            s.SetResponsibleOfficer(s.SupervisingOfficerPostId);
            s.SetSupervisingOfficer(appeal);
        }
    }

    private static void Publish(CharterVersion version, string editor, string head, DateTimeOffset at, Func<int, PostInfo?> lookup)
    {
        version.Submit(editor, at.AddDays(-2), lookup);
        version.Publish(head, at, lookup);
    }

    // The quarter's update: a faster certified copy, a dearer map, and the weekly public hearing added.
    private static async Task UpdateDcNatoreAsync(AppDbContext db, Office office, CharterVersion draft, CancellationToken ct)
    {
        var copy = draft.Services.Single(s => s.NameEn == "Certified copy of khatian (record of rights)");
        copy.SetTimeLimit(TimeLimit.FromText("৫ কার্যদিবস"));
        var map = draft.Services.Single(s => s.NameEn == "Certified copy of mouza maps");
        map.SetFee(Fee.Of(700, PaymentMethod.EPayment, note: "প্রতি শিট"));
        var hearing = draft.AddService(ServiceCategory.Citizen, "গণশুনানিতে অভিযোগ ও আবেদন গ্রহণ", "Public hearing of complaints and petitions");
        hearing.SetDeliveryMethod(new DeliveryMethod(
            "প্রতি বুধবার সকাল ১০টা থেকে জেলা প্রশাসক সরাসরি আবেদন ও অভিযোগ শোনেন; প্রয়োজনীয় নির্দেশনা তাৎক্ষণিক প্রদান",
            "Every Wednesday from 10 a.m. the Deputy Commissioner hears petitions and complaints in person and gives directions on the spot",
            DeliveryChannels.InPerson));
        hearing.SetNoDocumentsRequired();
        hearing.SetFee(Fee.Free);
        hearing.SetTimeLimit(TimeLimit.FromText("তাৎক্ষণিক"));
        hearing.SetResponsibleOfficer(await PostAsync(db, office, "জেলা প্রশাসক", ct));
        hearing.SetSupervisingOfficer(await PostAsync(db, "divcom-rajshahi", "বিভাগীয় কমিশনার", ct));
        draft.MoveService(hearing.Key, 1);
    }

    // The update waiting for approval: allowances decided sooner, and help with online applications.
    private static async Task UpdateUnoSingraAsync(AppDbContext db, Office office, CharterVersion draft, CancellationToken ct)
    {
        draft.Services.Single(s => s.NameEn == "Old-age, widow and disability allowances").SetTimeLimit(TimeLimit.FromText("২১ কার্যদিবস"));
        var help = draft.AddService(ServiceCategory.Citizen, "উপজেলা ডিজিটাল সেন্টারে অনলাইন আবেদনে সহায়তা", "Help with online applications at the upazila digital centre");
        help.SetDeliveryMethod(new DeliveryMethod("উপজেলা পরিষদের ডিজিটাল সেন্টারে সরাসরি উপস্থিত হয়ে সহায়তা গ্রহণ",
            "Come to the upazila parishad's digital centre for help", DeliveryChannels.InPerson));
        help.AddDocument("জাতীয় পরিচয়পত্র", "National ID", "নিজ", "Self");
        help.SetFee(Fee.Free);
        help.SetTimeLimit(TimeLimit.FromText("১ কার্যদিবস"));
        help.SetResponsibleOfficer(await PostAsync(db, office, "অফিস সহকারী কাম কম্পিউটার মুদ্রাক্ষরিক", ct));
        help.SetSupervisingOfficer(await PostAsync(db, office, "উপজেলা নির্বাহী অফিসার", ct));
    }

    private static Task<int> PostAsync(AppDbContext db, Office office, string designationBn, CancellationToken ct) =>
        PostAsync(db, office.Code, designationBn, ct);

    private static Task<int> PostAsync(AppDbContext db, string officeCode, string designationBn, CancellationToken ct) =>
        db.Posts.Where(p => p.Office.Code == officeCode && p.DesignationBn == designationBn).Select(p => p.Id).SingleAsync(ct);

    /// <summary>The kind file an office's charter comes from.</summary>
    public static string FileFor(Office office) => office.Kind switch
    {
        OfficeKind.MinistryOrDivision => "ministry",
        OfficeKind.DivisionalOffice => "divisional",
        OfficeKind.DistrictOffice => office.Code.StartsWith("dco-", StringComparison.Ordinal) ? "dco" : "dc",
        OfficeKind.UpazilaOffice => office.Code.StartsWith("uco-", StringComparison.Ordinal) ? "uco" : "uno",
        _ => "department",
    };

    private static string Fill(string template, Office office, string parentCode)
    {
        // "জেলা প্রশাসকের কার্যালয়, নাটোর" → নাটোর; "উপজেলা নির্বাহী অফিসারের কার্যালয়, সিংড়া, নাটোর" → সিংড়া.
        static string Place(string name) => name.Split(", ") is { Length: > 1 } parts ? parts[1] : name;
        return template
            .Replace("{name_bn}", office.NameBn, StringComparison.Ordinal)
            .Replace("{name_en}", office.NameEn, StringComparison.Ordinal)
            .Replace("{place_bn}", Place(office.NameBn), StringComparison.Ordinal)
            .Replace("{place_en}", Place(office.NameEn), StringComparison.Ordinal)
            .Replace("{parent_code}", parentCode, StringComparison.Ordinal)
            .Replace("{website}", office.Website ?? "https://bangladesh.gov.bd", StringComparison.Ordinal);
    }

    private static async Task<string> ReadAsync(string file)
    {
        var stream = typeof(DemoCharters).Assembly.GetManifestResourceStream($"Protishruti.Web.Data.Demo.Charters.{file}.csv")
            ?? throw new InvalidOperationException($"Embedded demo charter {file}.csv is missing.");
        using var reader = new StreamReader(stream);
        return await reader.ReadToEndAsync();
    }
}
