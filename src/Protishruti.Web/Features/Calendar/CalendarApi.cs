using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Protishruti.Domain.Calendar;
using Protishruti.Web.Data;

namespace Protishruti.Web.Features.Calendar;

/// <summary>The public calendar API other government software calls: Bangla dates, fiscal quarters, working days.</summary>
public static class CalendarApi
{
    public static void MapCalendarApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/calendar").WithTags("Calendar");
        api.MapGet("/date", GetDate);
        api.MapGet("/add-working-days", AddWorkingDays);
    }

    public sealed record BanglaDateDto(int Day, int Month, int Year, string MonthNameBn, string MonthNameEn, string TextBn, string TextEn);
    public sealed record QuarterDto(int Number, string Start, string End, string LabelBn, string LabelEn);
    public sealed record HolidayDto(string NameBn, string NameEn, string Kind);
    public sealed record DateDto(string Date, string DayOfWeek, BanglaDateDto BanglaDate, string FiscalYear, string FiscalYearBn,
        QuarterDto Quarter, bool IsWorkingDay, IReadOnlyList<HolidayDto> Holidays, string OfficialLineBn, string OfficialLineEn);
    public sealed record AddWorkingDaysDto(string From, int Days, string Date, BanglaDateDto BanglaDate, string Convention);

    private static async Task<Results<Ok<DateDto>, ProblemHttpResult>> GetDate(string? date, WorkingCalendarSource calendars, AppDbContext db, CancellationToken ct)
    {
        if (!TryDate(date, out var d, out var problem)) return problem!;
        var calendar = await calendars.LoadAsync(ct);
        var holidays = await db.Holidays.AsNoTracking().Where(h => h.Date == d).ToListAsync(ct);
        var fq = FiscalQuarter.Of(d);
        return TypedResults.Ok(new DateDto(
            Iso(d), d.DayOfWeek.ToString(), Bangla(d), fq.FiscalYear.LabelEn, fq.FiscalYear.LabelBn,
            new QuarterDto(fq.Number, Iso(fq.Start), Iso(fq.End), fq.LabelBn, fq.LabelEn),
            calendar.IsWorkingDay(d),
            holidays.Select(h => new HolidayDto(h.NameBn, h.NameEn, h.Kind.ToString())).ToList(),
            OfficialDate.Line(d), OfficialDate.EnglishLine(d)));
    }

    private static async Task<Results<Ok<AddWorkingDaysDto>, ProblemHttpResult>> AddWorkingDays(string? from, string? days, WorkingCalendarSource calendars, CancellationToken ct)
    {
        if (!TryDate(from, out var start, out var problem, "from")) return problem!;
        if (!BengaliDigits.TryParseInt(days, out var n) || n < 0 || n > 3650)
            return Bad("days", $"'days' must be a whole number from 0 to 3650; got '{days}'.");
        var calendar = await calendars.LoadAsync(ct);
        DateOnly result;
        try
        {
            result = calendar.AddWorkingDays(start, n);
        }
        catch (ArgumentOutOfRangeException)
        {
            return Bad("days", $"The result of adding {n} working days to {Iso(start)} is outside the supported calendar range.");
        }
        return TypedResults.Ok(new AddWorkingDaysDto(Iso(start), n, Iso(result), Bangla(result),
            "Day 1 is the first working day after 'from'; Fridays, Saturdays and general or executive-order holidays are skipped."));
    }

    private static bool TryDate(string? text, out DateOnly date, out ProblemHttpResult? problem, string name = "date")
    {
        problem = null;
        if (DateOnly.TryParseExact(BengaliDigits.ToAscii(text ?? ""), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            try
            {
                _ = BanglaDate.FromGregorian(date);
                return true;
            }
            catch (ArgumentOutOfRangeException)
            {
                problem = Bad(name, $"'{name}' {text} is outside the supported range of the Bangla calendar.");
                return false;
            }
        }
        problem = Bad(name, $"'{name}' must be a date in the form YYYY-MM-DD, e.g. 2022-11-22; got '{text}'.");
        return false;
    }

    private static ProblemHttpResult Bad(string parameter, string detail) =>
        TypedResults.Problem(detail: detail, statusCode: 400, title: "Invalid parameter: " + parameter,
            extensions: new Dictionary<string, object?> { ["parameter"] = parameter });

    private static BanglaDateDto Bangla(DateOnly d)
    {
        var b = BanglaDate.FromGregorian(d);
        return new BanglaDateDto(b.Day, b.Month, b.Year, b.MonthNameBn, b.MonthNameEn, b.ToBengaliString(), b.ToEnglishString());
    }

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
