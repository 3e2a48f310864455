using System.Data;
using System.Globalization;
using MiniExcelLibs;
using Protishruti.Web.Infrastructure.Csv;

namespace Protishruti.Web.Features.Delivery.Performance;

/// <summary>
/// The promise figures as open data files (ADR 0039): one row per figure set — the office itself (<c>own</c>), its
/// subtree (<c>total</c>), each direct subordinate's subtree (<c>child</c>) and each of the office's own services
/// (<c>service</c>) — with the same numbers as the JSON API. Counts and days only; never an application.
/// </summary>
public static class PerformanceFiles
{
    public static readonly string[] Columns =
    [
        "fiscal_year", "period", "from", "to", "as_of", "level", "office_code", "office_name_bn", "office_name_en",
        "service_key", "service_name_bn", "service_name_en", "time_limit_bn", "time_limit_en",
        "received", "delivered_on_time", "delivered_late", "open_within_limit", "open_overdue", "rejected",
        "on_time_rate", "median_working_days", "p90_working_days",
    ];

    private static readonly Type[] Types =
    [
        typeof(string), typeof(string), typeof(string), typeof(string), typeof(string), typeof(string), typeof(string), typeof(string), typeof(string),
        typeof(string), typeof(string), typeof(string), typeof(string), typeof(string),
        typeof(int), typeof(int), typeof(int), typeof(int), typeof(int), typeof(int),
        typeof(decimal), typeof(double), typeof(double),
    ];

    public const string CsvContentType = "text/csv; charset=utf-8";
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static string FileName(PerformanceReport r, string extension) =>
        $"performance-{r.Root.Code}-{r.Period.Year.LabelEn}-{(r.Period.Quarter is { } q ? $"q{q}" : "annual")}.{extension}";

    /// <summary>The rows, each cell a string, a number, or null for "none" (an on-time rate without anything to count).</summary>
    public static IEnumerable<object?[]> Rows(PerformanceReport r)
    {
        var head = new object?[] { r.Period.Year.LabelEn, r.Period.Quarter is { } q ? $"q{q}" : "annual", Iso(r.Period.Start), Iso(r.Period.End), Iso(r.AsOf) };
        object?[] Row(string level, OfficePerformance o, ServicePerformance? s, PerformanceFigures f) =>
        [
            .. head, level, o.Code, o.NameBn, o.NameEn,
            s?.Key.ToString(), s?.NameBn, s?.NameEn, s?.LimitBn, s?.LimitEn,
            f.Received, f.DeliveredOnTime, f.DeliveredLate, f.OpenWithinLimit, f.OpenOverdue, f.Rejected,
            f.OnTimeRate, f.MedianWorkingDays, f.P90WorkingDays,
        ];
        yield return Row("own", r.Root, null, r.Own);
        yield return Row("total", r.Root, null, r.Total);
        foreach (var c in r.Children) yield return Row("child", c, null, c.Total);
        foreach (var s in r.Services) yield return Row("service", r.Root, s, s.Figures);
    }

    public static byte[] Csv(PerformanceReport r) =>
        CsvWriter.ToUtf8WithBom(Columns, Rows(r).Select(row => row.Select(Text).ToList()));

    /// <summary>One sheet, numbers as numbers so that a spreadsheet can sum and sort them.</summary>
    public static byte[] Xlsx(PerformanceReport r)
    {
        var table = new DataTable("performance") { Locale = CultureInfo.InvariantCulture };
        for (var i = 0; i < Columns.Length; i++) table.Columns.Add(Columns[i], Types[i]);
        foreach (var row in Rows(r)) table.Rows.Add(row.Select(v => v ?? DBNull.Value).ToArray());
        using var stream = new MemoryStream();
        stream.SaveAs(table, excelType: ExcelType.XLSX);
        return stream.ToArray();
    }

    private static string? Text(object? v) => v switch
    {
        null => null,
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => v.ToString(),
    };

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
