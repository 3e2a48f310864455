using Microsoft.EntityFrameworkCore;
using Protishruti.Domain;
using Protishruti.Domain.Calendar;
using Protishruti.Domain.Grievances;
using Protishruti.Web.Data;
using Protishruti.Web.Features.Calendar;

namespace Protishruti.Web.Features.Grievances;

/// <summary>
/// Every step of a complaint after it was received — the officer's (ask, forward, investigate, close) and the
/// citizen's (answer, rate, appeal) — as one transition each: the complaint is claimed at the version the page showed
/// (ADR 0033), changed by its own rules, saved with its step, and the messages it causes are queued in the same
/// transaction. Of two officers pressing "close" at once, one closes it; the other sees it closed.
/// </summary>
public sealed class GrievanceHandling(AppDbContext db, TimeProvider time, GrievanceNotices notices)
{
    public static readonly AlreadyDone Moved = new("Someone else acted on this complaint after you opened the page; nothing of yours was saved. Its current state is shown below.",
        "আপনি পাতাটি খোলার পর অন্য কেউ অভিযোগটিতে পদক্ষেপ নিয়েছেন; আপনার কিছুই সংরক্ষিত হয়নি। নিচে এর বর্তমান অবস্থা দেখানো হলো।");

    /// <summary>The complaint with its steps and files, tracked, for a transition.</summary>
    public Task<Grievance?> LoadAsync(int id, CancellationToken ct) =>
        db.Grievances.Include(g => g.Steps).Include(g => g.Attachments).AsSplitQuery().SingleOrDefaultAsync(g => g.Id == id, ct);

    public Task<Grievance?> LoadByTrackingAsync(string trackingNumber, CancellationToken ct) =>
        db.Grievances.Include(g => g.Steps).Include(g => g.Attachments).AsSplitQuery().SingleOrDefaultAsync(g => g.TrackingNumber == trackingNumber, ct);

    public Task RequestInformationAsync(Grievance g, int? seen, string? question, string actor, CancellationToken ct) =>
        RunAsync(g, seen, (now, _) => g.RequestInformation(question, now, actor), GrievanceEvent.InformationRequested, ct);

    public Task InvestigateAsync(Grievance g, int? seen, string? note, string actor, CancellationToken ct) =>
        RunAsync(g, seen, (now, calendar) => g.OpenInvestigation(note, now, calendar, RedressLimits.Default, actor), null, ct);

    public Task CloseAsync(Grievance g, int? seen, GrievanceOutcome outcome, string? decision, string actor, CancellationToken ct) =>
        RunAsync(g, seen, (now, _) => g.Close(outcome, decision, now, actor), GrievanceEvent.Closed, ct);

    public async Task ForwardAsync(Grievance g, int? seen, string? toOfficeCode, string? reason, string actor, CancellationToken ct)
    {
        var code = (toOfficeCode ?? "").Trim().ToLowerInvariant();
        var to = code.Length == 0 ? null : await db.Offices.AsNoTracking().FirstOrDefaultAsync(o => o.Code == code, ct);
        if (to is null)
            throw new DomainException("Write the code of the office the complaint belongs to (as in its address, e.g. ac-land-singra).",
                "যে দপ্তরের অভিযোগ, সেই দপ্তরের কোড লিখুন (ঠিকানায় যেমন আছে, যেমন ac-land-singra)।") { Field = "ToOffice" };
        await RunAsync(g, seen, (now, calendar) => g.Forward(to.Id, reason, now, calendar, RedressLimits.Default, actor), GrievanceEvent.Forwarded, ct);
    }

    public Task GiveInformationAsync(Grievance g, int? seen, string? answer, CancellationToken ct) =>
        RunAsync(g, seen, (now, _) => g.GiveInformation(answer, now), null, ct);

    public Task RateAsync(Grievance g, int? seen, CitizenVerdict verdict, CancellationToken ct) =>
        RunAsync(g, seen, (now, _) => g.Rate(verdict, now), null, ct);

    /// <summary>To the appeal officer of the office above (its parent), or from there to the national cell.</summary>
    public async Task AppealAsync(Grievance g, int? seen, string? reason, CancellationToken ct)
    {
        var next = await NextOfficeAsync(g, ct);
        await RunAsync(g, seen, (now, calendar) => g.Appeal(reason, next, now, calendar, RedressLimits.Default), GrievanceEvent.Appealed, ct);
    }

    /// <summary>Where the complaint goes when it moves up: the parent of the office complained about, or (above the appeal) the cell.</summary>
    public async Task<int?> NextOfficeAsync(Grievance g, CancellationToken ct) =>
        g.Level == RedressLevel.Office
            ? await db.Offices.AsNoTracking().Where(o => o.Id == g.OfficeId).Select(o => o.ParentId).SingleOrDefaultAsync(ct)
            : null;

    private async Task RunAsync(Grievance g, int? seen, Action<DateTimeOffset, WorkingDayCalendar> change, GrievanceEvent? notify, CancellationToken ct)
    {
        db.Expect(g, seen, Moved);
        var calendar = await new WorkingCalendarSource(db).LoadAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        change(time.GetUtcNow(), calendar);
        await db.ClaimAsync(g, Moved, ct);
        await db.SaveChangesAsync(ct);
        if (notify is { } what)
        {
            var office = await db.Offices.AsNoTracking().SingleAsync(o => o.Id == g.OfficeId, ct);
            await notices.SendAsync(g, office, what, ct);
        }
        await tx.CommitAsync(ct);
    }
}
