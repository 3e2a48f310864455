using Microsoft.EntityFrameworkCore;
using Protishruti.Domain;
using Protishruti.Domain.Calendar;
using Protishruti.Web.Data;
using Protishruti.Web.Features.Offices.Import;
using Protishruti.Web.Infrastructure.Csv;

namespace Protishruti.Web.Features.Admin.Holidays;

/// <summary>
/// Imports the year's holidays from CSV (date,kind,name_bn,name_en; see docs/import-format.md). All or nothing:
/// every row is checked first and one bad row means nothing is saved. A row for a date that already has a holiday
/// with the same Bengali or English name updates it, so importing a corrected প্রজ্ঞাপন again does not duplicate.
/// </summary>
public sealed class HolidayCsvImporter(AppDbContext db)
{
    public static readonly string[] Columns = ["date", "kind", "name_bn", "name_en"];
    public const int MaxRows = 5_000;

    public static bool TryParseKind(string? text, out HolidayKind kind)
    {
        var t = (text ?? "").Trim().ToLowerInvariant().Replace("_", "").Replace("-", "").Replace(" ", "");
        (var ok, kind) = t switch
        {
            "general" => (true, HolidayKind.General),
            "executive" or "executiveorder" => (true, HolidayKind.ExecutiveOrder),
            "optional" => (true, HolidayKind.Optional),
            _ => (false, HolidayKind.General),
        };
        return ok;
    }

    public async Task<ImportReport> ImportAsync(string csvText, CancellationToken ct = default)
    {
        CsvTable table;
        try { table = CsvTable.Parse(csvText); }
        catch (CsvFormatException e) { return new ImportReport("holidays", 0, 0, [ImportError.Of(e)]); }
        var errors = new List<ImportError>();
        foreach (var missing in table.MissingColumns(Columns))
            errors.Add(new ImportError(1, missing, $"Column '{missing}' is missing; the header must be date,kind,name_bn,name_en.",
                $"'{missing}' কলাম নেই; শিরোনাম হতে হবে date,kind,name_bn,name_en।"));
        if (errors.Count == 0 && table.Rows.Count == 0)
            errors.Add(new ImportError(1, null, "The file has no data rows.", "ফাইলে কোনো তথ্যের সারি নেই।"));
        if (table.Rows.Count > MaxRows)
            errors.Add(new ImportError(1, null, $"The file has more than {MaxRows} rows; split it.",
                $"ফাইলে {BengaliDigits.ToBengali(MaxRows)}টির বেশি সারি; ভাগ করে আমদানি করুন।"));
        if (errors.Count > 0) return new ImportReport("holidays", 0, 0, errors);

        var parsed = new List<(int Line, DateOnly Date, HolidayKind Kind, string NameBn, string NameEn)>();
        foreach (var row in table.Rows)
        {
            var rowOk = true;
            void Fail(string column, string en, string bn) { errors.Add(new ImportError(row.Line, column, en, bn)); rowOk = false; }

            var dateText = row["date"];
            var outside = FormErrors.OutsideCalendar(dateText);
            if (!FormErrors.TryParseDate(dateText, out var date) && !outside)
                Fail("date", $"Date '{dateText}' must be written like 2026-02-21.", $"তারিখ '{dateText}' ২০২৬-০২-২১ আকারে লিখুন।");
            else if (outside)
                Fail("date", $"Date {dateText} is outside the supported range {BanglaDate.MinGregorian:yyyy-MM-dd} to {BanglaDate.MaxGregorian:yyyy-MM-dd}.",
                    $"তারিখ {dateText} সমর্থিত সীমার ({BengaliDigits.ToBengali(FormErrors.Iso(BanglaDate.MinGregorian))} থেকে {BengaliDigits.ToBengali(FormErrors.Iso(BanglaDate.MaxGregorian))}) বাইরে।");
            if (!TryParseKind(row["kind"], out var kind))
                Fail("kind", $"Kind '{row["kind"]}' is not one of general, executive, optional.",
                    $"ধরন '{row["kind"]}' সঠিক নয়: general, executive, optional এর একটি লিখুন।");
            foreach (var (column, en, bn) in new[] { ("name_bn", "Bengali name", "বাংলা নাম"), ("name_en", "English name", "ইংরেজি নাম") })
            {
                var value = row[column];
                if (value is null) Fail(column, $"The {en} is required.", $"{bn} দিতে হবে।");
                else if (value.Length > Holiday.MaxNameLength)
                    Fail(column, $"The {en} is longer than {Holiday.MaxNameLength} characters.", $"{bn} {BengaliDigits.ToBengali(Holiday.MaxNameLength)} অক্ষরের বেশি।");
            }
            if (!rowOk) continue;

            var (nameBn, nameEn) = (row["name_bn"]!, row["name_en"]!);
            if (parsed.FirstOrDefault(p => p.Date == date && (p.NameBn == nameBn || p.NameEn.Equals(nameEn, StringComparison.OrdinalIgnoreCase))) is { Line: > 0 } twin)
            {
                Fail("date", $"This holiday is already on line {twin.Line}.", $"এই ছুটি {BengaliDigits.ToBengali(twin.Line)} নম্বর লাইনে আগেই আছে।");
                continue;
            }
            parsed.Add((row.Line, date, kind, nameBn, nameEn));
        }
        if (errors.Count > 0) return new ImportReport("holidays", 0, 0, errors);

        var dates = parsed.Select(p => p.Date).Distinct().ToList();
        var existing = await db.Holidays.Where(h => dates.Contains(h.Date)).ToListAsync(ct);
        int created = 0, updated = 0;
        var movedFrom = new List<DateOnly>();
        foreach (var p in parsed)
        {
            var match = existing.FirstOrDefault(h => h.Date == p.Date && (h.NameBn == p.NameBn || h.NameEn.Equals(p.NameEn, StringComparison.OrdinalIgnoreCase)));
            try
            {
                if (match is null)
                {
                    var holiday = new Holiday(p.Date, p.Kind, p.NameBn, p.NameEn);
                    db.Holidays.Add(holiday);
                    existing.Add(holiday);
                    created++;
                }
                else
                {
                    movedFrom.Add(match.Date);
                    match.Update(p.Date, p.Kind, p.NameBn, p.NameEn);
                    updated++;
                }
            }
            catch (DomainException e)
            {
                errors.Add(new ImportError(p.Line, null, e.Message, e.MessageBn));
            }
        }
        if (errors.Count > 0)
        {
            db.ChangeTracker.Clear();
            return new ImportReport("holidays", 0, 0, errors);
        }
        await db.SaveChangesAsync(ct);
        // Updated rows may have moved from another date, so the range spans the old dates too.
        var changed = dates.Concat(movedFrom).ToList();
        await Delivery.DueDates.RecomputeOpenAsync(db, changed.Min(), changed.Max(), ct);
        return new ImportReport("holidays", created, updated, []);
    }
}
