using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Protishruti.Domain.Charters;
using Protishruti.Domain.Offices;
using Protishruti.Web.Data;
using Protishruti.Web.Features.Charters.Exchange;

namespace Protishruti.Web.Features.Import;

/// <summary>
/// Saves a corrected charter read from a document as the office's draft through the charter file import's own path
/// (<see cref="CharterImporter"/>: a scratch charter checked by the domain's rules, then applied to the draft, all or
/// nothing), so a document and a CSV/XLSX file are held to the same rules. Each refused cell comes back as the form
/// field it came from.
/// </summary>
public sealed partial class CharterFromDocument(AppDbContext db, CharterImporter importer)
{
    public sealed record Outcome(CharterImportResult Result, Dictionary<string, List<(string En, string Bn)>> FieldErrors);

    /// <summary>The office's open draft (number and state), if any: saving replaces its content, so the page asks first.</summary>
    public async Task<CharterVersion?> OpenDraftAsync(int officeId, CancellationToken ct) =>
        (await db.Charters.Include(c => c.Versions).AsNoTracking().FirstOrDefaultAsync(c => c.OfficeId == officeId, ct))?.Open;

    public async Task<Outcome> SaveAsync(Office office, DocumentInput doc, string prefix, CancellationToken ct)
    {
        var (sheets, rowMap) = Sheets(doc);
        var result = await importer.ImportAsync(office, sheets, ct);
        var errors = new Dictionary<string, List<(string, string)>>();
        foreach (var e in result.Errors)
        {
            var key = FieldOf(e, rowMap, prefix);
            if (!errors.TryGetValue(key, out var list)) errors[key] = list = [];
            list.Add((e.MessageEn, e.MessageBn));
        }
        return new Outcome(result, errors);
    }

    private static string FieldOf(ExchangeError e, Dictionary<(string Sheet, int Row), int> rows, string prefix)
    {
        var index = rows.GetValueOrDefault((e.Sheet, e.Row), -1);
        return e.Sheet switch
        {
            CharterSheets.Charter => e.Column?.StartsWith("mission", StringComparison.Ordinal) == true ? $"{prefix}.Mission" : e.Column is null ? "" : $"{prefix}.Vision",
            CharterSheets.Expectations => $"{prefix}.Expectations",
            CharterSheets.Services when index >= 0 => $"{prefix}.Services[{index}]." + e.Column switch
            {
                "category" => "Category",
                "no" => "Serial",
                "method_bn" or "method_en" or "channels" or "online_url" => "Method",
                "documents_bn" or "documents_en" => "Documents",
                "fee" or "payment_method" or "fee_note" => "Fee",
                "time_limit" => "TimeLimit",
                _ => "Name",
            },
            CharterSheets.Grievance when index >= 0 => $"{prefix}.Levels[{index}]." + e.Column switch
            {
                "whom_bn" or "whom_en" or "whom_post" => "Whom",
                "address_bn" or "address_en" => "Address",
                "resolution_limit" => "TimeLimit",
                _ => "When",
            },
            _ => "",
        };
    }

    /// <summary>The corrected document as the exchange format's sheets; rows keep their form index for the errors.</summary>
    public static (IReadOnlyDictionary<string, Sheet> Sheets, Dictionary<(string Sheet, int Row), int> RowMap) Sheets(DocumentInput doc)
    {
        var map = new Dictionary<(string, int), int>();
        var sheets = new Dictionary<string, Sheet>
        {
            [CharterSheets.Charter] = new(CharterSheets.Charter, ["vision_bn", "mission_bn"],
                [new SheetRow(2, Cells(("vision_bn", doc.Vision), ("mission_bn", doc.Mission)))]),
        };

        var services = new List<SheetRow>();
        var numbers = new Dictionary<string, int>();
        for (var i = 0; i < doc.Services.Count; i++)
        {
            var s = doc.Services[i];
            if (s.Remove) continue;
            var row = services.Count + 2;
            map[(CharterSheets.Services, row)] = i;
            numbers[s.Category] = numbers.GetValueOrDefault(s.Category) + 1;
            var (fee, method) = Fee(s.Fee);
            services.Add(new SheetRow(row, Cells(("category", s.Category), ("no", numbers[s.Category].ToString(System.Globalization.CultureInfo.InvariantCulture)),
                ("name_bn", s.Name), ("method_bn", s.Method), ("documents_bn", s.Documents), ("fee", fee), ("payment_method", method), ("time_limit", s.TimeLimit))));
        }
        sheets[CharterSheets.Services] = new(CharterSheets.Services, ["category", "no", "name_bn", "method_bn", "documents_bn", "fee", "payment_method", "time_limit"], services);

        var expectations = DocumentInput.SplitLines(doc.Expectations)
            .Select((t, i) => new SheetRow(i + 2, Cells(("text_bn", t)))).ToList();
        sheets[CharterSheets.Expectations] = new(CharterSheets.Expectations, ["text_bn"], expectations);

        var levels = new List<SheetRow>();
        for (var i = 0; i < doc.Levels.Count; i++)
        {
            var l = doc.Levels[i];
            if (l.Remove) continue;
            var row = levels.Count + 2;
            map[(CharterSheets.Grievance, row)] = i;
            levels.Add(new SheetRow(row, Cells(("when_bn", l.When), ("whom_bn", l.Whom), ("address_bn", l.Address), ("resolution_limit", l.TimeLimit))));
        }
        sheets[CharterSheets.Grievance] = new(CharterSheets.Grievance, ["when_bn", "whom_bn", "address_bn", "resolution_limit"], levels);
        return (sheets, map);
    }

    private static Dictionary<string, string> Cells(params (string Column, string? Value)[] cells) =>
        cells.Where(c => c.Value is not null).ToDictionary(c => c.Column, c => c.Value!);

    /// <summary>
    /// A fee cell as charters print it: "বিনামূল্যে", or an amount with how it is paid ("৫০ টাকা (ট্রেজারি চালান)"),
    /// which the exchange format keeps as the amount and the printed words as the payment method.
    /// </summary>
    public static (string? Fee, string? Method) Fee(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return (null, null);
        var t = text.Trim();
        if (CharterCells.IsFree(t) || t.Contains("বিনামূল্য", StringComparison.Ordinal) || t.Contains("বিনা মূল্য", StringComparison.Ordinal)) return ("free", null);
        var m = Amount().Match(t);
        if (!m.Success) return (t, null);
        return (m.Groups["n"].Value.Replace(",", "", StringComparison.Ordinal), t);
    }

    [GeneratedRegex(@"(?<n>[0-9০-৯][0-9০-৯,]*(\.[0-9০-৯]+)?)")]
    private static partial Regex Amount();
}
