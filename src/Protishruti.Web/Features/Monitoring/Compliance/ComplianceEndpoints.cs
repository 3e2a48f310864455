using System.Globalization;
using System.Net;
using System.Text;
using MiniExcelLibs;
using Protishruti.Domain.Access;
using Protishruti.Domain.Monitoring;
using Protishruti.Web.Data;
using Protishruti.Web.Features.Charters.Public;
using Protishruti.Web.Features.OpenData;
using Protishruti.Web.Infrastructure;
using Protishruti.Web.Infrastructure.Csv;
using Protishruti.Web.Infrastructure.Identity;

namespace Protishruti.Web.Features.Monitoring.Compliance;

/// <summary>
/// The dashboard's figures as files (XLSX, CSV — for the officer who works in Excel) and as JSON. The files need the same
/// permission as the page; the JSON is open data, like the meetings API: how government offices keep their reporting
/// obligations is public information, and it holds no personal data (ADR 0022).
/// </summary>
public static class ComplianceEndpoints
{
    public static void MapCompliance(this IEndpointRouteBuilder app)
    {
        app.MapGet("/offices/{code}/compliance.csv", (string code, HttpContext http, AppDbContext db, OfficeAccess access, ComplianceQueries queries,
                TimeProvider time, CancellationToken ct) => FileAsync(code, http, db, access, queries, time, csv: true, ct)).RequireAuthorization();
        app.MapGet("/offices/{code}/compliance.xlsx", (string code, HttpContext http, AppDbContext db, OfficeAccess access, ComplianceQueries queries,
                TimeProvider time, CancellationToken ct) => FileAsync(code, http, db, access, queries, time, csv: false, ct)).RequireAuthorization();
        app.MapGet("/api/v1/offices/{code}/compliance", ApiAsync).WithTags("Open data");
    }

    private static async Task<IResult> FileAsync(string code, HttpContext http, AppDbContext db, OfficeAccess access, ComplianceQueries queries,
        TimeProvider time, bool csv, CancellationToken ct)
    {
        var office = await db.PublicOfficeAsync(code, ct);
        if (office is null) return Message(404, "দপ্তর পাওয়া যায়নি / Office not found", $"'{code}' কোডের কোনো দপ্তর নেই।", $"There is no office with the code '{code}'.");
        if (!await access.CanAsync(http.User, OfficeAction.Monitor, office, ct)) return Results.Forbid();
        var q = http.Request.Query;
        var today = time.TodayInBangladesh();
        var (args, bn, en) = ComplianceArgs.Parse(q["fy"], q["quarter"], q["plan"], await MonitoringPeriods.DefaultAsync(db, today, q["plan"], ct));
        if (args is null) return Message(400, "ভুল অনুসন্ধান / Wrong query", bn!, en!);
        var report = await queries.ForAsync(office, args.Year, args.Period, args.Plan, today, ct);
        var name = $"compliance-{office.Code}-{args.Year.LabelEn}-{args.Period.Slug()}";
        return csv
            ? Results.File(Csv(report), "text/csv; charset=utf-8", name + ".csv")
            : Results.File(Xlsx(report), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name + ".xlsx");
    }

    private static IResult Message(int status, string title, string bn, string en) =>
        Results.Content(CharterPrints.Message(WebUtility.HtmlEncode(title), WebUtility.HtmlEncode(bn), WebUtility.HtmlEncode(en), null),
            "text/html; charset=utf-8", Encoding.UTF8, status);

    // ---- files ----------------------------------------------------------------------------------------------------

    public static readonly string[] OfficeColumns =
    [
        "কোড / Code", "দপ্তর / Office", "Office", "নিজ প্রতিবেদন / Own report", "দপ্তর সংখ্যা / Offices", "দাখিল প্রাপ্য / Due",
        "সময়মতো / On time", "বিলম্বে / Late", "ফেরত / Returned", "দাখিল হয়নি / Missing", "সময় বাকি / Not yet due", "গৃহীত / Accepted",
        "পর্যালোচনাধীন / Awaiting review", "সময়মতো দাখিলের হার % / On-time rate %", "প্রতিশ্রুতি প্রকাশ / Charter published",
        "কমিটি পুনর্গঠন বা প্রত্যয়ন / Committee acted", "সভা অনুষ্ঠিত / Meetings held", "সিদ্ধান্ত বাস্তবায়িত / Decisions implemented",
        "গণ্য সিদ্ধান্ত / Decisions counted", "বাস্তবায়নের হার % / Implemented %",
    ];

    public static readonly string[] IndicatorColumns =
    [
        "সূচক / Indicator", "সূচকের বিবরণ / Text", "Text", "লক্ষ্যমাত্রা / Target", "প্রযোজ্য দপ্তর / Offices applicable",
        "লক্ষ্য অর্জিত / Reached", "লক্ষ্যের নিচে / Below", "তথ্য নেই / No figure",
    ];

    /// <summary>The drill-down table: the root with the figures of its whole subtree, then each direct subordinate.</summary>
    public static IEnumerable<object?[]> OfficeRows(ComplianceReport r)
    {
        yield return Row(r.RootCode, r.RootNameBn, r.RootNameEn, r.RootOwn, r.Total);
        foreach (var c in r.Children) yield return Row(c.Code, c.NameBn, c.NameEn, c.Own, c.Figures);

        static object?[] Row(string code, string bn, string en, OwnReport own, ComplianceFigures f) =>
        [
            code, bn, en, $"{own.Status.Bn()} / {own.Status.En()}", f.Offices, f.Due, f.OnTime, f.Late, f.Returned, f.Missing, f.NotDue,
            f.Accepted, f.AwaitingReview, f.OnTimeRate, f.CharterPublished, f.CommitteeActed, f.MeetingsHeld, f.DecisionsImplemented,
            f.DecisionsCounted, f.DecisionsShare,
        ];
    }

    public static IEnumerable<object?[]> IndicatorRows(ComplianceReport r) => r.Indicators.Select(i => new object?[]
    {
        i.Code, i.TextBn, i.TextEn, i.Unit == IndicatorUnit.Date ? i.TargetDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : i.Target,
        i.Applicable, i.Reached, i.Below, i.NoFigure,
    });

    private static string? Text(object? v) => v switch
    {
        null => "",
        decimal d => d.ToString("0.##", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => v.ToString(),
    };

    /// <summary>UTF-8 with a BOM, so Excel shows the Bengali; the indicator table follows the office table after an empty line.</summary>
    public static byte[] Csv(ComplianceReport r)
    {
        var rows = OfficeRows(r).Select(x => (IReadOnlyList<string?>)x.Select(Text).ToList())
            .Append([])
            .Append(IndicatorColumns)
            .Concat(IndicatorRows(r).Select(x => (IReadOnlyList<string?>)x.Select(Text).ToList()));
        return CsvWriter.ToUtf8WithBom(OfficeColumns, rows);
    }

    /// <summary>Two sheets, figures as numbers.</summary>
    public static byte[] Xlsx(ComplianceReport r)
    {
        static List<Dictionary<string, object?>> Sheet(string[] columns, IEnumerable<object?[]> rows) =>
            rows.Select(x => columns.Select((c, i) => (c, v: x[i])).ToDictionary(p => p.c, p => p.v)).ToList();
        var book = new Dictionary<string, object>
        {
            ["Offices"] = Sheet(OfficeColumns, OfficeRows(r)),
            ["Indicators"] = Sheet(IndicatorColumns, IndicatorRows(r)),
        };
        using var stream = new MemoryStream();
        stream.SaveAs(book, excelType: ExcelType.XLSX);
        return stream.ToArray();
    }

    // ---- the JSON API -------------------------------------------------------------------------------------------------

    public sealed record OfficeDto(string Code, string Name, string NameEn, Domain.Offices.OfficeKind Kind, string Url, string Api);
    public sealed record OwnDto(ComplianceStatus Status, string StatusBn, string StatusEn, ReportState? State, DateOnly DueOn);
    public sealed record StatusesDto(int NotDue, int Missing, int OnTime, int Late, int Returned);
    public sealed record DecisionsDto(int Implemented, int Counted, decimal? Percent);
    public sealed record FiguresDto(int Offices, StatusesDto Statuses, int Accepted, int AwaitingReview, int Due, int OnTimeOfDue, decimal? OnTimeRate,
        int CharterPublished, int CommitteeActed, int MeetingsHeld, DecisionsDto Decisions);
    public sealed record ChildDto(OfficeDto Office, bool HasSubordinates, OwnDto Own, FiguresDto Figures);
    public sealed record IndicatorDto(int Id, string Code, string Text, string TextEn, IndicatorUnit Unit, decimal? Target, DateOnly? TargetDate,
        Applicability Applicability, int Applicable, int Reached, int Below, int NoFigure);
    public sealed record DeadlineDto(Domain.Offices.OfficeKind Tier, DateOnly DueOn);
    /// <summary><c>Quarter</c> is 1–4, or null for the annual report; <c>Period</c> is "q1"–"q4" or "annual".</summary>
    public sealed record ComplianceDto(OfficeDto Office, string FiscalYear, int? Quarter, string Period, string Plan, string? PlanTitle, DateOnly AsOf,
        IReadOnlyList<DeadlineDto> Deadlines, OwnDto Own, FiguresDto Total, IReadOnlyList<ChildDto> Children, IReadOnlyList<IndicatorDto> Indicators);

    private static async Task<IResult> ApiAsync(string code, HttpContext http, AppDbContext db, ComplianceQueries queries, TimeProvider time, CancellationToken ct)
    {
        var office = await db.PublicOfficeAsync(code, ct);
        if (office is null)
            return TypedResults.Problem(title: "দপ্তর পাওয়া যায়নি / Office not found",
                detail: $"'{code}' কোডের কোনো দপ্তর নেই। / There is no office with the code '{code}'.", statusCode: 404);
        var q = http.Request.Query;
        var today = time.TodayInBangladesh();
        var (args, bn, en) = ComplianceArgs.Parse(q["fy"], q["quarter"], q["plan"], await MonitoringPeriods.DefaultAsync(db, today, q["plan"], ct));
        if (args is null) return TypedResults.Problem(title: "ভুল অনুসন্ধান / Wrong query", detail: $"{bn} / {en}", statusCode: 400);
        var r = await queries.ForAsync(office, args.Year, args.Period, args.Plan, today, ct);
        return TypedResults.Json(Dto(r, args, $"{http.Request.Scheme}://{http.Request.Host}"), OpenDataJson.Options);
    }

    public static ComplianceDto Dto(ComplianceReport r, ComplianceArgs args, string site)
    {
        OfficeDto Office(string code, string bn, string en, Domain.Offices.OfficeKind kind) => new(code, bn, en, kind,
            site + Links.Monitoring.Compliance(code, args.Query), site + Links.Monitoring.ComplianceApi(code, args.Query));
        static OwnDto Own(OwnReport o) => new(o.Status, o.Status.Bn(), o.Status.En(), o.State, o.DueOn);
        static FiguresDto Figures(ComplianceFigures f) => new(f.Offices, new StatusesDto(f.NotDue, f.Missing, f.OnTime, f.Late, f.Returned),
            f.Accepted, f.AwaitingReview, f.Due, f.OnTimeOfDue, f.OnTimeRate, f.CharterPublished, f.CommitteeActed, f.MeetingsHeld,
            new DecisionsDto(f.DecisionsImplemented, f.DecisionsCounted, f.DecisionsShare));
        return new ComplianceDto(Office(r.RootCode, r.RootNameBn, r.RootNameEn, r.RootKind), r.Year.LabelEn, args.Quarter, args.Period.Slug(), args.Plan.Slug(),
            r.PlanTitleBn, r.Today, r.Deadlines.OrderBy(d => d.Key).Select(d => new DeadlineDto(d.Key, d.Value)).ToList(),
            Own(r.RootOwn), Figures(r.Total),
            r.Children.Select(c => new ChildDto(Office(c.Code, c.NameBn, c.NameEn, c.Kind), c.HasSubordinates, Own(c.Own), Figures(c.Figures))).ToList(),
            r.Indicators.Select(i => new IndicatorDto(i.IndicatorId, i.Code, i.TextBn, i.TextEn, i.Unit, i.Target, i.TargetDate,
                i.Applicability, i.Applicable, i.Reached, i.Below, i.NoFigure)).ToList());
    }
}
