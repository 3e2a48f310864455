using Microsoft.EntityFrameworkCore;
using Protishruti.Domain;
using Protishruti.Domain.Calendar;
using Protishruti.Domain.Charters;
using Protishruti.Domain.Offices;
using Protishruti.Web.Data;
using Protishruti.Web.Features.Admin;
using Protishruti.Web.Infrastructure.Files;

namespace Protishruti.Web.Features.Charters.Exchange;

/// <summary>A refused cell or row: the sheet (the CSV's record type), the row as Excel or a text editor numbers it, the column.</summary>
public sealed record ExchangeError(string Sheet, int Row, string? Column, string MessageEn, string MessageBn)
{
    public string Message(bool bengali) => bengali ? MessageBn : MessageEn;
}

public sealed record CharterImportResult(IReadOnlyList<ExchangeError> Errors, int VersionNumber = 0, int Services = 0)
{
    /// <summary>The draft the file went into (tracked by the importer's context), when it succeeded.</summary>
    public CharterVersion? Draft { get; init; }

    public bool Succeeded => Errors.Count == 0;
}

/// <summary>
/// Replaces the content of an office's open draft with a charter file (docs/charter-format.md), all or nothing.
/// Every row is first written into a scratch charter, so the domain's own rules (lengths, duplicates, fees, time
/// limits) report each bad cell; only a file without errors touches the real draft. Services are matched to the
/// draft's by their key (then by category and name), so an export edited and imported again keeps their identity
/// and the version diff shows what really changed. Published versions are never touched.
/// </summary>
public sealed class CharterImporter(AppDbContext db)
{
    public const long MaxBytes = CsvUpload.MaxBytes;

    /// <summary>Reads an uploaded file as CSV or XLSX, deciding by its content; file-level problems are thrown.</summary>
    public static IReadOnlyDictionary<string, Sheet> ReadFile(byte[] bytes, string fileName)
    {
        if (bytes.Length == 0) throw CharterSheets.Empty();
        if (bytes.Length > MaxBytes) throw TooLarge();
        using (var stream = new MemoryStream(bytes, writable: false))
        {
            var kind = FileStore.Sniff(stream);
            if (kind == FileKind.Xlsx) return CharterSheets.ReadXlsx(bytes);
            if (kind is not null || bytes.AsSpan().StartsWith("PK\u0003\u0004"u8))
                throw NotCharterFile(fileName);
        }
        return CharterSheets.ReadCsv(CsvUpload.DecodeUtf8(bytes, fileName));
    }

    public static DomainException TooLarge() => new(
        "The file is larger than 5 MB; a charter file is much smaller, so check that it is the right file.",
        "ফাইলটি ৫ মেগাবাইটের বড়; প্রতিশ্রুতির ফাইল এর চেয়ে অনেক ছোট হয়, তাই সঠিক ফাইল কিনা যাচাই করুন।");

    public static DomainException NotCharterFile(string fileName) => new(
        $"'{fileName}' is neither a CSV nor an XLSX file (its content was checked, not its name). Upload a charter exported from Protishruti, edited in Excel.",
        $"'{fileName}' CSV বা XLSX ফাইল নয় (নাম নয়, ফাইলের ভেতরের বিষয়বস্তু যাচাই করা হয়েছে)। প্রতিশ্রুতি থেকে এক্সপোর্ট করা ও এক্সেলে সম্পাদিত ফাইল আপলোড করুন।");

    /// <summary>Loads an office's charter with every version's content, tracked, ready to change.</summary>
    public static Task<Charter?> LoadCharterAsync(AppDbContext db, int officeId, CancellationToken ct) =>
        db.Charters
            .Include(c => c.Versions).ThenInclude(v => v.Services).ThenInclude(s => s.Documents)
            .Include(c => c.Versions).ThenInclude(v => v.Expectations)
            .Include(c => c.Versions).ThenInclude(v => v.GrievanceLevels)
            .Include(c => c.Versions).ThenInclude(v => v.History)
            .AsSplitQuery()
            .FirstOrDefaultAsync(c => c.OfficeId == officeId, ct);

    /// <summary>
    /// A first charter for an office that has none, read from a file with <paramref name="posts"/> already loaded, without
    /// touching the database: the demo loader's path (a query and a save per office made the demo load twice as slow).
    /// </summary>
    internal static (Charter? Charter, IReadOnlyList<ExchangeError> Errors) NewCharter(Office office, IReadOnlyDictionary<string, Sheet> sheets, PostReferences posts)
    {
        var staged = new Staging(office, posts);
        staged.Read(sheets);
        if (staged.Errors.Count > 0) return (null, staged.Errors);
        var charter = new Charter(office.Id, staged.Version.Layout);
        Apply(staged, charter.Open!);
        return (charter, []);
    }

    public async Task<CharterImportResult> ImportAsync(Office office, IReadOnlyDictionary<string, Sheet> sheets, CancellationToken ct = default)
    {
        var charter = await LoadCharterAsync(db, office.Id, ct);
        if (charter?.Open is { State: CharterVersionState.Submitted } submitted)
            return Refused(new ExchangeError(CharterSheets.Charter, 0, null,
                $"Version {submitted.Number} is waiting for the approver; an import cannot replace a submitted draft. Ask the approver to return it first.",
                $"সংস্করণ {BengaliDigits.ToBengali(submitted.Number)} অনুমোদনের অপেক্ষায় আছে; দাখিলকৃত খসড়া ইমপোর্টে বদলানো যায় না। আগে অনুমোদনকারীকে সেটি ফেরত পাঠাতে বলুন।"));

        var cells = sheets.Values.SelectMany(s => s.Rows).SelectMany(r => new[] { r["responsible_officer"], r["supervising_officer"], r["whom_post"] });
        var posts = await PostReferences.LoadAsync(db, office, [], PostReferences.CodesIn(cells), ct);
        var staged = new Staging(office, posts);
        staged.Read(sheets);
        if (staged.Errors.Count > 0) return new CharterImportResult(staged.Errors);
        // A file with no service rows (only its header, say) would empty the draft: that is never what an office means.
        if (staged.Version.Services.Count == 0)
            return Refused(new ExchangeError(CharterSheets.Services, 0, null,
                "The file has no service rows (only a header?). Importing it would remove every service from the draft, so nothing was changed; export the charter, fill in its services and upload that file.",
                "ফাইলটিতে কোনো সেবার সারি নেই (শুধু শিরোনাম?)। এটি ইমপোর্ট করলে খসড়া থেকে সব সেবা মুছে যেত, তাই কিছুই পরিবর্তন করা হয়নি; প্রতিশ্রুতি এক্সপোর্ট করে সেবাগুলো পূরণ করুন এবং সেই ফাইলটি আপলোড করুন।"));

        var isNew = charter is null;
        charter ??= new Charter(office.Id, staged.Version.Layout);
        var draft = charter.Open ?? charter.StartNextDraft();
        try
        {
            Apply(staged, draft);
        }
        catch (DomainException e)
        {
            db.ChangeTracker.Clear();
            return Refused(new ExchangeError(CharterSheets.Charter, 0, e.Field, e.Message, e.MessageBn));
        }
        if (isNew) db.Charters.Add(charter);
        await db.SaveChangesAsync(ct);
        return new CharterImportResult([], draft.Number, draft.Services.Count) { Draft = draft };
    }

    private static CharterImportResult Refused(ExchangeError error) => new([error]);

    /// <summary>Makes <paramref name="draft"/> hold what the scratch version holds, keeping matched services' keys.</summary>
    private static void Apply(Staging staged, CharterVersion draft)
    {
        var source = staged.Version;
        draft.SetLayout(source.Layout);
        draft.SetVisionAndMission(source.VisionBn, source.VisionEn, source.MissionBn, source.MissionEn);

        var unmatched = draft.Services.ToList();
        var pairs = new List<(CharterService From, CharterService? To)>();
        foreach (var from in source.ServicesInPrintedOrder())
        {
            var key = staged.FileKeys.GetValueOrDefault(from);
            var to = unmatched.FirstOrDefault(s => s.Key == key)
                ?? unmatched.FirstOrDefault(s => s.Category == from.Category && CharterText.Key(s.NameBn) == CharterText.Key(from.NameBn) && !staged.FileKeys.ContainsValue(s.Key));
            if (to is not null) unmatched.Remove(to);
            pairs.Add((from, to));
        }
        foreach (var gone in unmatched) draft.RemoveService(gone.Key);

        // Names are unique per category: park changed names first so that two services may swap names.
        foreach (var (from, to) in pairs)
            if (to is not null && (to.NameBn != from.NameBn || to.NameEn != from.NameEn || to.Category != from.Category))
                to.Rename($"\u2063{to.Key}", null);
        var targets = new List<CharterService>();
        foreach (var (from, existing) in pairs)
        {
            var to = existing;
            if (to is null)
            {
                to = draft.AddService(from.Category, from.NameBn, from.NameEn);
            }
            else
            {
                if (to.Category != from.Category) draft.ChangeServiceCategory(to.Key, from.Category);
                if (to.NameBn != from.NameBn || to.NameEn != from.NameEn) to.Rename(from.NameBn, from.NameEn);
            }
            if (to.DeliveryMethod != from.DeliveryMethod) to.SetDeliveryMethod(from.DeliveryMethod);
            if (!SameDocuments(to, from))
            {
                if (from.NoDocumentsRequired) to.SetNoDocumentsRequired();
                else
                {
                    to.ClearDocuments();
                    foreach (var d in from.Documents.OrderBy(d => d.Order)) to.AddDocument(d.NameBn, d.NameEn, d.WhereToGetBn, d.WhereToGetEn);
                }
            }
            if (to.Fee != from.Fee) to.SetFee(from.Fee);
            if (to.TimeLimit != from.TimeLimit) to.SetTimeLimit(from.TimeLimit);
            if (to.ResponsibleOfficerPostId != from.ResponsibleOfficerPostId) to.SetResponsibleOfficer(from.ResponsibleOfficerPostId);
            if (to.SupervisingOfficerPostId != from.SupervisingOfficerPostId) to.SetSupervisingOfficer(from.SupervisingOfficerPostId);
            targets.Add(to);
        }
        foreach (var group in targets.GroupBy(t => t.Category))
        {
            var position = 1;
            foreach (var to in group)
                if (to.Order != position++) draft.MoveService(to.Key, position - 1);
        }

        var expectations = source.Expectations.OrderBy(e => e.Order).Select(e => (e.TextBn, e.TextEn)).ToList();
        if (!draft.Expectations.OrderBy(e => e.Order).Select(e => (e.TextBn, e.TextEn)).SequenceEqual(expectations))
        {
            while (draft.Expectations.Count > 0) draft.RemoveExpectation(0);
            foreach (var (bn, en) in expectations) draft.AddExpectation(bn, en);
        }

        var levels = source.GrievanceLevels.OrderBy(l => l.Order).ToList();
        if (!draft.GrievanceLevels.OrderBy(l => l.Order).Select(LevelValues).SequenceEqual(levels.Select(LevelValues)))
        {
            while (draft.GrievanceLevels.Count > 0) draft.RemoveGrievanceLevel(0);
            foreach (var l in levels)
                draft.AddGrievanceLevel(l.WhenBn, l.WhenEn, l.WhomPostId, l.WhomBn, l.WhomEn, l.AddressBn, l.AddressEn, l.ResolutionLimit);
        }
    }

    private static bool SameDocuments(CharterService a, CharterService b) =>
        a.NoDocumentsRequired == b.NoDocumentsRequired
        && a.Documents.OrderBy(d => d.Order).Select(d => (d.NameBn, d.NameEn, d.WhereToGetBn, d.WhereToGetEn))
            .SequenceEqual(b.Documents.OrderBy(d => d.Order).Select(d => (d.NameBn, d.NameEn, d.WhereToGetBn, d.WhereToGetEn)));

    private static object LevelValues(GrievanceLevel l) =>
        (l.WhenBn, l.WhenEn, l.WhomPostId, l.WhomBn, l.WhomEn, l.AddressBn, l.AddressEn, l.ResolutionLimit);
}
