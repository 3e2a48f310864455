using Protishruti.Web.Data;
using Protishruti.Web.Features.Charters.Public;
using Protishruti.Web.Features.OpenData;
using Protishruti.Web.Infrastructure;

namespace Protishruti.Web.Features.Delivery.Performance;

/// <summary>
/// The promise figures as open data (ADR 0037): counts and working days only, never an application's reference, note
/// or reason; no login, like the compliance API.
/// </summary>
public static class PerformanceEndpoints
{
    public static void MapPerformance(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/offices/{code}/performance", ApiAsync).WithTags("Open data");
        app.MapGet("/api/v1/offices/{code}/performance.csv", (string code, HttpContext http, AppDbContext db, PerformanceQueries queries, TimeProvider time, CancellationToken ct) =>
            FileAsync(code, http, db, queries, time, xlsx: false, ct)).WithTags("Open data");
        app.MapGet("/api/v1/offices/{code}/performance.xlsx", (string code, HttpContext http, AppDbContext db, PerformanceQueries queries, TimeProvider time, CancellationToken ct) =>
            FileAsync(code, http, db, queries, time, xlsx: true, ct)).WithTags("Open data");
    }

    /// <summary>The same figures as a CSV or XLSX file (ADR 0039), for the same office and period.</summary>
    private static async Task<IResult> FileAsync(string code, HttpContext http, AppDbContext db, PerformanceQueries queries, TimeProvider time, bool xlsx, CancellationToken ct)
    {
        var office = await db.PublicOfficeAsync(code, ct);
        if (office is null)
            return TypedResults.Problem(title: "দপ্তর পাওয়া যায়নি / Office not found",
                detail: $"'{code}' কোডের কোনো দপ্তর নেই। / There is no office with the code '{code}'.", statusCode: 404);
        var today = time.TodayInBangladesh();
        var (period, bn, en) = PerformancePeriod.Parse(http.Request.Query["fy"], http.Request.Query["quarter"], today);
        if (period is null) return TypedResults.Problem(title: "ভুল অনুসন্ধান / Wrong query", detail: $"{bn} / {en}", statusCode: 400);
        var r = await queries.ForAsync(office, period, today, ct);
        return xlsx
            ? TypedResults.File(PerformanceFiles.Xlsx(r), PerformanceFiles.XlsxContentType, PerformanceFiles.FileName(r, "xlsx"))
            : TypedResults.File(PerformanceFiles.Csv(r), PerformanceFiles.CsvContentType, PerformanceFiles.FileName(r, "csv"));
    }

    public sealed record OfficeDto(string Code, string Name, string NameEn, Domain.Offices.OfficeKind Kind, string Url, string Api);
    public sealed record FiguresDto(int Received, int DeliveredOnTime, int DeliveredLate, int OpenWithinLimit, int OpenOverdue, int Rejected,
        decimal? OnTimeRate, double? MedianWorkingDays, double? P90WorkingDays);
    public sealed record ChildDto(OfficeDto Office, bool HasSubordinates, FiguresDto Own, FiguresDto Total);
    public sealed record ServiceDto(Guid Key, string Name, string? NameEn, string? TimeLimit, string? TimeLimitEn, int Received, int DeliveredOnTime,
        int DeliveredLate, int OpenWithinLimit, int OpenOverdue, int Rejected, decimal? OnTimeRate, double? MedianWorkingDays, double? P90WorkingDays);
    /// <summary><c>Quarter</c> is 1–4, or null for the whole year; <c>Period</c> is "q1"–"q4" or "annual".</summary>
    public sealed record PerformanceDto(OfficeDto Office, string FiscalYear, int? Quarter, string Period, DateOnly From, DateOnly To, DateOnly AsOf,
        FiguresDto Own, FiguresDto Total, IReadOnlyList<ChildDto> Children, IReadOnlyList<ServiceDto> Services);

    private static async Task<IResult> ApiAsync(string code, HttpContext http, AppDbContext db, PerformanceQueries queries, TimeProvider time, CancellationToken ct)
    {
        var office = await db.PublicOfficeAsync(code, ct);
        if (office is null)
            return TypedResults.Problem(title: "দপ্তর পাওয়া যায়নি / Office not found",
                detail: $"'{code}' কোডের কোনো দপ্তর নেই। / There is no office with the code '{code}'.", statusCode: 404);
        var today = time.TodayInBangladesh();
        var (period, bn, en) = PerformancePeriod.Parse(http.Request.Query["fy"], http.Request.Query["quarter"], today);
        if (period is null) return TypedResults.Problem(title: "ভুল অনুসন্ধান / Wrong query", detail: $"{bn} / {en}", statusCode: 400);
        var r = await queries.ForAsync(office, period, today, ct);
        return TypedResults.Json(Dto(r, $"{http.Request.Scheme}://{http.Request.Host}"), OpenDataJson.Options);
    }

    public static FiguresDto Figures(PerformanceFigures f) => new(f.Received, f.DeliveredOnTime, f.DeliveredLate, f.OpenWithinLimit, f.OpenOverdue,
        f.Rejected, f.OnTimeRate, f.MedianWorkingDays, f.P90WorkingDays);

    public static PerformanceDto Dto(PerformanceReport r, string site)
    {
        var query = r.Period.Query;
        OfficeDto Office(OfficePerformance o) => new(o.Code, o.NameBn, o.NameEn, o.Kind,
            site + Links.Performance(o.Code, query), site + Links.PerformanceApi(o.Code, query));
        return new PerformanceDto(Office(r.Root), r.Period.Year.LabelEn, r.Period.Quarter, r.Period.Quarter is { } q ? $"q{q}" : "annual",
            r.Period.Start, r.Period.End, r.AsOf, Figures(r.Own), Figures(r.Total),
            r.Children.Select(c => new ChildDto(Office(c), c.HasSubordinates, Figures(c.Own), Figures(c.Total))).ToList(),
            r.Services.Select(s => new ServiceDto(s.Key, s.NameBn, s.NameEn, s.LimitBn, s.LimitEn, s.Figures.Received, s.Figures.DeliveredOnTime,
                s.Figures.DeliveredLate, s.Figures.OpenWithinLimit, s.Figures.OpenOverdue, s.Figures.Rejected, s.Figures.OnTimeRate,
                s.Figures.MedianWorkingDays, s.Figures.P90WorkingDays)).ToList());
    }
}
