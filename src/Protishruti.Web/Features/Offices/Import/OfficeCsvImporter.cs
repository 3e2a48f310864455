using Microsoft.EntityFrameworkCore;
using Protishruti.Domain;
using Protishruti.Domain.Calendar;
using Protishruti.Domain.Offices;
using Protishruti.Web.Data;
using Protishruti.Web.Infrastructure;
using Protishruti.Web.Infrastructure.Csv;

namespace Protishruti.Web.Features.Offices.Import;

public sealed record ImportError(int Line, string? Column, string MessageEn, string MessageBn)
{
    /// <summary>A file that is not readable CSV: reported like a bad row, so nothing is imported and the line is named.</summary>
    public static ImportError Of(CsvFormatException e) => new(e.Line, e.ColumnName, e.Message, e.MessageBn);
}

public sealed record ImportReport(string Kind, int Created, int Updated, IReadOnlyList<ImportError> Errors)
{
    public bool Succeeded => Errors.Count == 0;
}

/// <summary>
/// Imports offices or posts from CSV (the format is in docs/import-format.md). Every row is checked first;
/// one bad row means nothing is imported, and the report names each bad row and column.
/// </summary>
public sealed class OfficeCsvImporter(AppDbContext db, TimeProvider time)
{
    public static readonly string[] OfficeColumns =
        ["code", "name_bn", "name_en", "kind", "parent_code", "address_bn", "address_en", "phone", "email", "website", "ministry_code", "office_code", "geo_code"];
    public static readonly string[] PostColumns =
        ["office_code", "designation_bn", "designation_en", "unit_bn", "unit_en", "room", "phone", "email", "sort_order",
         "holder_name_bn", "holder_name_en", "holder_mobile", "holder_email", "holder_from"];

    public const int MaxRows = 50_000;

    public async Task<ImportReport> ImportAsync(string csvText, CancellationToken ct = default)
    {
        CsvTable table;
        try { table = CsvTable.Parse(csvText); }
        catch (CsvFormatException e) { return new ImportReport("unknown", 0, 0, [ImportError.Of(e)]); }
        if (table.Header.Contains("code") && table.Header.Contains("name_bn"))
            return await ImportOfficesAsync(table, ct);
        if (table.Header.Contains("office_code") && table.Header.Contains("designation_bn"))
            return await ImportPostsAsync(table, ct);
        return new ImportReport("unknown", 0, 0, [new ImportError(1, null,
            "The first line must be a header: offices need the columns code,name_bn,name_en,kind,…; posts need office_code,designation_bn,designation_en,….",
            "প্রথম লাইনে শিরোনাম থাকতে হবে: দপ্তরের জন্য code,name_bn,name_en,kind,…; পদের জন্য office_code,designation_bn,designation_en,…।")]);
    }

    private async Task<ImportReport> ImportOfficesAsync(CsvTable table, CancellationToken ct)
    {
        var errors = new List<ImportError>();
        if (!CheckSize(table, errors)) return new ImportReport("offices", 0, 0, errors);
        foreach (var missing in table.MissingColumns("code", "name_bn", "name_en", "kind"))
            errors.Add(new ImportError(1, missing, $"Column '{missing}' is missing.", $"'{missing}' কলাম নেই।"));
        if (errors.Count > 0) return new ImportReport("offices", 0, 0, errors);

        var existing = await db.Offices.ToDictionaryAsync(o => o.Code, ct);
        var rows = new Dictionary<string, (CsvRow Row, Office Office, string? ParentCode, bool IsNew)>();
        foreach (var row in table.Rows)
        {
            string code;
            try { code = Office.ValidCode(row["code"]); }
            catch (DomainException e) { errors.Add(new ImportError(row.Line, ColumnOf(e), e.Message, e.MessageBn)); continue; }
            if (rows.ContainsKey(code))
            {
                errors.Add(new ImportError(row.Line, "code", $"Office code '{code}' appears twice in the file.", $"দপ্তর কোড '{code}' ফাইলে দুইবার আছে।"));
                continue;
            }
            if (!OfficeKindNames.TryParse(row["kind"], out var kind))
            {
                errors.Add(new ImportError(row.Line, "kind", $"Kind '{row["kind"]}' is not one of ministry, department, divisional, district, upazila, other.",
                    $"ধরন '{row["kind"]}' সঠিক নয়: ministry, department, divisional, district, upazila, other এর একটি লিখুন।"));
                continue;
            }
            try
            {
                var isNew = !existing.TryGetValue(code, out var office);
                office ??= new Office(code, row["name_bn"]!, row["name_en"]!, kind);
                office.Rename(row["name_bn"]!, row["name_en"]!);
                office.ChangeKind(kind);
                office.SetContacts(row["address_bn"], row["address_en"], row["phone"], row["email"], row["website"]);
                office.SetFileNumberBlocks(row["ministry_code"], row["office_code"], row["geo_code"]);
                rows[code] = (row, office, row["parent_code"]?.Trim().ToLowerInvariant(), isNew);
            }
            catch (DomainException e)
            {
                errors.Add(new ImportError(row.Line, ColumnOf(e), e.Message, e.MessageBn));
            }
        }

        foreach (var (code, r) in rows)
        {
            if (r.ParentCode is null) continue;
            if (r.ParentCode == code)
                errors.Add(new ImportError(r.Row.Line, "parent_code", "An office cannot be its own parent.", "কোনো দপ্তর নিজের ঊর্ধ্বতন দপ্তর হতে পারে না।"));
            else if (!rows.ContainsKey(r.ParentCode) && !existing.ContainsKey(r.ParentCode))
                errors.Add(new ImportError(r.Row.Line, "parent_code", $"Parent office '{r.ParentCode}' is neither in the file nor in Protishruti.",
                    $"ঊর্ধ্বতন দপ্তর '{r.ParentCode}' ফাইলে বা প্রতিশ্রুতিতে নেই।"));
        }
        var order = errors.Count == 0 ? TopologicalOrder(rows.ToDictionary(kv => kv.Key, kv => kv.Value.ParentCode), errors, rows) : [];
        if (errors.Count > 0) return new ImportReport("offices", 0, 0, errors);

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        // Parents are saved before children so that each child's path can include its parent's id.
        foreach (var level in order)
        {
            foreach (var code in level)
            {
                var (row, office, parentCode, isNew) = rows[code];
                var parent = parentCode is null ? null : rows.TryGetValue(parentCode, out var p) ? p.Office : existing[parentCode];
                try
                {
                    if (isNew)
                    {
                        office.MoveUnder(parent);
                        db.Offices.Add(office);
                    }
                    else if (office.ParentId != parent?.Id)
                    {
                        await OfficeHierarchy.MoveAsync(db, office, parent, ct);
                    }
                }
                catch (DomainException e)
                {
                    // A move the file alone cannot show is wrong: under an office that is already below this one in Protishruti.
                    errors.Add(new ImportError(row.Line, "parent_code", e.Message, e.MessageBn));
                }
            }
            if (errors.Count > 0) break;
            await Search.ServiceSearchIndex.SaveOfficeChangesAsync(db, ct); // renamed offices' search entries too
        }
        if (errors.Count > 0)
        {
            db.ChangeTracker.Clear(); // nothing is imported when a row is wrong: the transaction is rolled back unsaved
            return new ImportReport("offices", 0, 0, errors);
        }
        await tx.CommitAsync(ct);
        return new ImportReport("offices", rows.Values.Count(r => r.IsNew), rows.Values.Count(r => !r.IsNew), []);
    }

    private static List<List<string>> TopologicalOrder(Dictionary<string, string?> parentOf, List<ImportError> errors,
        Dictionary<string, (CsvRow Row, Office Office, string? ParentCode, bool IsNew)> rows)
    {
        var levels = new List<List<string>>();
        var placed = new HashSet<string>();
        var remaining = parentOf.Keys.ToHashSet();
        while (remaining.Count > 0)
        {
            var level = remaining.Where(c => parentOf[c] is not { } p || !parentOf.ContainsKey(p) || placed.Contains(p)).ToList();
            if (level.Count == 0)
            {
                foreach (var c in remaining)
                    errors.Add(new ImportError(rows[c].Row.Line, "parent_code", $"Office '{c}' is part of a parent loop.", $"দপ্তর '{c}' ঊর্ধ্বতন দপ্তরের একটি চক্রের অংশ।"));
                return [];
            }
            levels.Add(level);
            placed.UnionWith(level);
            remaining.ExceptWith(level);
        }
        return levels;
    }

    private async Task<ImportReport> ImportPostsAsync(CsvTable table, CancellationToken ct)
    {
        var errors = new List<ImportError>();
        if (!CheckSize(table, errors)) return new ImportReport("posts", 0, 0, errors);
        var codes = table.Rows.Select(r => r["office_code"]?.Trim().ToLowerInvariant()).Where(c => c is not null).Distinct().ToList();
        var offices = await db.Offices.Where(o => codes.Contains(o.Code))
            .Include(o => o.Posts).ThenInclude(p => p.Incumbencies).ThenInclude(i => i.Person)
            .AsSplitQuery().ToDictionaryAsync(o => o.Code, ct);
        var today = time.TodayInBangladesh();
        int created = 0, updated = 0;
        foreach (var row in table.Rows)
        {
            var columnPrefix = "";
            var code = row["office_code"]?.Trim().ToLowerInvariant();
            if (code is null || !offices.TryGetValue(code, out var office))
            {
                errors.Add(new ImportError(row.Line, "office_code", $"Office '{code}' is not in Protishruti; import the offices first.",
                    $"দপ্তর '{code}' প্রতিশ্রুতিতে নেই; আগে দপ্তর আমদানি করুন।"));
                continue;
            }
            try
            {
                var designationBn = row["designation_bn"]?.Trim();
                var unitBn = row["unit_bn"]?.Trim();
                var post = office.Posts.FirstOrDefault(p => p.DesignationBn == designationBn && p.UnitBn == unitBn);
                if (post is null)
                {
                    post = new Post(office, row["designation_bn"]!, row["designation_en"]);
                    db.Posts.Add(post);
                    created++;
                }
                else
                {
                    post.SetDesignation(row["designation_bn"]!, row["designation_en"]);
                    updated++;
                }
                var sort = 0;
                if (row["sort_order"] is { } s && !BengaliDigits.TryParseInt(s, out sort))
                    throw new DomainException($"sort_order '{s}' is not a whole number.", $"sort_order '{s}' পূর্ণসংখ্যা নয়।") { Field = "SortOrder" };
                post.SetDetails(row["unit_bn"], row["unit_en"], row["room"], row["phone"], row["email"], sort);

                if (row["holder_name_bn"] is { } holderBn)
                {
                    columnPrefix = "holder_"; // from here on, a rule broken is about the holder's columns
                    var from = today;
                    if (row["holder_from"] is { } f && !FormErrors.TryParseDate(f, out from))
                        throw new DomainException($"holder_from '{f}' must be a date like 2024-07-01.", $"holder_from '{f}' তারিখ ২০২৪-০৭-০১ আকারে লিখুন।") { Field = "From" };
                    var current = post.HolderOn(from)?.Person;
                    if (current is null || current.NameBn != holderBn.Trim())
                    {
                        var person = new Person(holderBn, row["holder_name_en"] ?? "");
                        person.SetContacts(row["holder_mobile"], row["holder_email"]);
                        post.AssignHolder(person, from);
                    }
                    else
                    {
                        current.Rename(holderBn, row["holder_name_en"] ?? current.NameEn);
                        current.SetContacts(row["holder_mobile"] ?? current.Mobile, row["holder_email"] ?? current.Email);
                    }
                }
            }
            catch (DomainException e)
            {
                errors.Add(new ImportError(row.Line, ColumnOf(e, columnPrefix), e.Message, e.MessageBn));
            }
        }
        if (errors.Count > 0)
        {
            db.ChangeTracker.Clear();
            return new ImportReport("posts", 0, 0, errors);
        }
        foreach (var office in offices.Values) Post.EnsureHead(office.Posts); // an office whose posts name no head: the first by sort order
        await db.SaveChangesAsync(ct);
        return new ImportReport("posts", created, updated, []);
    }

    private static bool CheckSize(CsvTable table, List<ImportError> errors)
    {
        if (table.Rows.Count == 0)
            errors.Add(new ImportError(1, null, "The file has no data rows.", "ফাইলে কোনো তথ্যের সারি নেই।"));
        else if (table.Rows.Count > MaxRows)
            errors.Add(new ImportError(1, null, $"The file has more than {MaxRows} rows; split it.", $"ফাইলে {BengaliDigits.ToBengali(MaxRows)}টির বেশি সারি; ভাগ করে আমদানি করুন।"));
        return errors.Count == 0;
    }

    /// <summary>The CSV column of the property a rule is about: NameBn → name_bn; a holder's fields carry "holder_".</summary>
    private static string? ColumnOf(DomainException e, string prefix = "") =>
        e.Field is null ? null : prefix + string.Concat(e.Field.Select((c, i) => char.IsUpper(c) && i > 0 ? $"_{char.ToLowerInvariant(c)}" : $"{char.ToLowerInvariant(c)}"));
}
