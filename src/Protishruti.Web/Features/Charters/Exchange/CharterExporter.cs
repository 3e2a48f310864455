using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Protishruti.Domain.Charters;
using Protishruti.Domain.Offices;
using Protishruti.Web.Data;

namespace Protishruti.Web.Features.Charters.Exchange;

/// <summary>Writes a charter version in the exchange format (docs/charter-format.md), as CSV or XLSX.</summary>
public static class CharterExporter
{
    /// <summary>The office's current published version with everything the format carries; null when none is published.</summary>
    public static Task<CharterVersion?> PublishedVersionAsync(this AppDbContext db, int officeId, CancellationToken ct) =>
        db.Set<CharterVersion>().AsNoTracking()
            .Where(v => v.Charter.OfficeId == officeId && v.State == CharterVersionState.Published)
            .OrderByDescending(v => v.Number)
            .Include(v => v.Services).ThenInclude(s => s.Documents)
            .Include(v => v.Expectations)
            .Include(v => v.GrievanceLevels)
            .AsSplitQuery()
            .FirstOrDefaultAsync(ct);

    public static async Task<byte[]> ExportAsync(AppDbContext db, Office office, CharterVersion version, bool xlsx, CancellationToken ct)
    {
        var posts = await PostReferences.LoadAsync(db, office, PostContacts.ReferencedPosts(version), [], ct);
        var sheets = ToSheets(office, version, posts);
        return xlsx ? CharterSheets.WriteXlsx(sheets) : CharterSheets.WriteCsv(sheets);
    }

    public static string FileName(Office office, CharterVersion version, bool xlsx) =>
        $"charter-{office.Code}-v{version.Number.ToString(CultureInfo.InvariantCulture)}.{(xlsx ? "xlsx" : "csv")}";

    public static Dictionary<string, List<Dictionary<string, string?>>> ToSheets(Office office, CharterVersion version, PostReferences posts)
    {
        var charter = new Dictionary<string, string?>
        {
            ["office_code"] = office.Code,
            ["version"] = version.Number.ToString(CultureInfo.InvariantCulture),
            ["layout"] = CharterCells.Write(version.Layout),
            ["vision_bn"] = version.VisionBn, ["vision_en"] = version.VisionEn,
            ["mission_bn"] = version.MissionBn, ["mission_en"] = version.MissionEn,
        };
        var services = version.ServicesInPrintedOrder().Select(s =>
        {
            var row = new Dictionary<string, string?>
            {
                ["category"] = CharterCells.Write(s.Category),
                ["no"] = Number(s.Order),
                ["key"] = s.Key.ToString(),
                ["name_bn"] = s.NameBn, ["name_en"] = s.NameEn,
                ["responsible_officer"] = posts.Name(s.ResponsibleOfficerPostId),
                ["supervising_officer"] = posts.Name(s.SupervisingOfficerPostId),
            };
            if (s.DeliveryMethod is { } m)
            {
                row["method_bn"] = m.TextBn;
                row["method_en"] = m.TextEn;
                row["channels"] = CharterCells.Write(m.Channels);
                row["online_url"] = m.OnlineUrl;
            }
            var documents = s.Documents.OrderBy(d => d.Order).ToList();
            if (s.NoDocumentsRequired)
            {
                (row["documents_bn"], row["documents_en"]) = ("নেই", "None");
            }
            else if (documents.Count > 0)
            {
                row["documents_bn"] = CharterCells.WriteDocuments(documents.Select(d => ((string?)d.NameBn, d.WhereToGetBn)));
                if (documents.Any(d => d.NameEn is not null || d.WhereToGetEn is not null))
                    row["documents_en"] = CharterCells.WriteDocuments(documents.Select(d => (d.NameEn, d.WhereToGetEn)));
            }
            if (s.Fee is { } fee)
            {
                (row["fee"], row["payment_method"]) = CharterCells.Write(fee);
                row["fee_note"] = fee.Note;
            }
            WriteLimit(row, s.TimeLimit, "time_limit");
            return row;
        }).ToList();
        var expectations = version.Expectations.OrderBy(e => e.Order).Select(e => new Dictionary<string, string?>
        {
            ["no"] = Number(e.Order), ["text_bn"] = e.TextBn, ["text_en"] = e.TextEn,
        }).ToList();
        var levels = version.GrievanceLevels.OrderBy(l => l.Order).Select(l =>
        {
            var row = new Dictionary<string, string?>
            {
                ["no"] = Number(l.Order),
                ["when_bn"] = l.WhenBn, ["when_en"] = l.WhenEn,
                ["whom_post"] = posts.Name(l.WhomPostId),
                ["whom_bn"] = l.WhomBn, ["whom_en"] = l.WhomEn,
                ["address_bn"] = l.AddressBn, ["address_en"] = l.AddressEn,
            };
            WriteLimit(row, l.ResolutionLimit, "resolution_limit");
            return row;
        }).ToList();
        return new()
        {
            [CharterSheets.Charter] = [charter],
            [CharterSheets.Services] = services,
            [CharterSheets.Expectations] = expectations,
            [CharterSheets.Grievance] = levels,
        };
    }

    private static void WriteLimit(Dictionary<string, string?> row, TimeLimit? limit, string column)
    {
        if (limit is null) return;
        row[column] = limit.Text;
        if (limit.Unit is not { } unit) return;
        row[column + "_unit"] = CharterCells.Write(unit);
        if (unit != TimeLimitUnit.Immediate) row[column + "_value"] = Number(limit.Value!.Value);
    }

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);
}
