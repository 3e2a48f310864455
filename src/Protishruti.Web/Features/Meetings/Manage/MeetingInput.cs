using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Protishruti.Domain;
using Protishruti.Domain.Calendar;
using Protishruti.Domain.Meetings;
using Protishruti.Domain.Offices;
using Protishruti.Web.Data;

namespace Protishruti.Web.Features.Meetings.Manage;

/// <summary>A meeting's details as typed: kept as text so a wrong date comes back as it was typed, beside its message.</summary>
public sealed class MeetingInput
{
    /// <summary>Null when the posted kind could not be read ("Kind=bogus"): refused, never taken as the first kind.</summary>
    public MeetingKind? Kind { get; set; }
    public string? Title { get; set; }
    public string? Date { get; set; }
    public string? Time { get; set; }
    public string? Venue { get; set; }
    public string? OnlineLink { get; set; }
    /// <summary>The branch line the documents print under the office's name (ADR 0035).</summary>
    public string? Section { get; set; }

    public static MeetingInput From(Meeting m) => new()
    {
        Kind = m.Kind, Title = m.Title, Date = FormErrors.Iso(m.Date), Time = m.Time.ToString("HH:mm", CultureInfo.InvariantCulture),
        Venue = m.Venue, OnlineLink = m.OnlineLink, Section = m.Section,
    };

    /// <summary>The quarter the typed date falls in, for the form to show; null until the date reads.</summary>
    public FiscalQuarter? Quarter => FormErrors.TryParseDate(Date, out var d) ? FiscalQuarter.Of(d) : null;

    /// <summary>The title, or the kind's standard one when left blank.</summary>
    public string TitleOrStandard => string.IsNullOrWhiteSpace(Title) ? StandardTitle : Title.Trim();

    /// <summary>The title a meeting of the chosen kind gets when none is typed.</summary>
    public string StandardTitle => Kind is { } k && Enum.IsDefined(k) ? MeetingPages.StandardTitle(k) : "";

    /// <summary>Checks every field, each message beside its field; true with the parsed date and time when all is well.</summary>
    public bool Validate(ModelStateDictionary state, string prefix, out DateOnly date, out TimeOnly time)
    {
        var ok = true;
        if (Kind is not { } kind || !Enum.IsDefined(kind))
        {
            state.AddModelError($"{prefix}.Kind", Ui.T("সভার ধরন বেছে নিন।", "Choose the kind of meeting."));
            ok = false;
        }
        if (!FormErrors.TryParseDate(Date, out date))
        {
            state.AddModelError($"{prefix}.Date", FormErrors.OutsideCalendar(Date) ? FormErrors.CalendarRange()
                : Ui.T("তারিখ দিন (যেমন ২০২৫-১১-২০)।", "Give the date (e.g. 2025-11-20)."));
            ok = false;
        }
        if (!TimeOnly.TryParseExact(BengaliDigits.ToAscii((Time ?? "").Trim()), ["HH:mm", "H:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out time))
        {
            state.AddModelError($"{prefix}.Time", Ui.T("সময় দিন (যেমন ১০:৩০)।", "Give the time (e.g. 10:30)."));
            ok = false;
        }
        if (!ok) return false;
        try
        {
            new Meeting(1, Kind!.Value, TitleOrStandard, date, time, Venue, OnlineLink).SetSection(Section);
            return true;
        }
        catch (DomainException e)
        {
            state.AddDomainError($"{prefix}.{e.Field ?? "Title"}", e);
            return false;
        }
    }

    /// <summary>
    /// Invitees a new meeting starts with: for a coordination meeting, every office of each kind directly under this one,
    /// as groups ("উপজেলা নির্বাহী অফিসারের কার্যালয় (সকল)") — the way the real notices address them.
    /// </summary>
    public static async Task<List<Party>> DefaultInviteesAsync(AppDbContext db, PartyCatalog catalog, MeetingKind kind, CancellationToken ct)
    {
        if (kind != MeetingKind.CharterCoordination) return [];
        var office = catalog.Office;
        var kinds = await db.Offices.AsNoTracking().Where(o => o.ParentId == office.Id).Select(o => o.Kind).Distinct().ToListAsync(ct);
        return kinds.Order().Select(k => catalog.Find($"group:{k}:{office.Id}")).OfType<PartyChoice>().Select(c => c.ToParty()).ToList();
    }

    /// <summary>An office with offices under it holds coordination meetings; one without, stakeholder meetings (domain.md §3.2).</summary>
    public static async Task<MeetingKind> DefaultKindAsync(AppDbContext db, Office office, CancellationToken ct) =>
        await db.Offices.AnyAsync(o => o.ParentId == office.Id, ct) ? MeetingKind.CharterCoordination : MeetingKind.CharterStakeholder;
}
