using Microsoft.EntityFrameworkCore;
using Protishruti.Domain;
using Protishruti.Domain.Charters;
using Protishruti.Domain.Delivery;
using Protishruti.Domain.Grievances;
using Protishruti.Domain.Offices;
using Protishruti.Web.Data;
using Protishruti.Web.Features.Calendar;
using Protishruti.Web.Features.Charters.Public;
using Protishruti.Web.Infrastructure;
using Protishruti.Web.Infrastructure.Files;

namespace Protishruti.Web.Features.Grievances;

/// <summary>What a citizen typed into the complaint form (or sent through Open311).</summary>
public sealed class ComplaintInput
{
    /// <summary>The charter service's key, or empty for "other".</summary>
    public string? Service { get; set; }
    public string? Application { get; set; }
    public string? WhatHappened { get; set; }
    public string? WhatTheyWant { get; set; }
    public bool Anonymous { get; set; }
    public string? Name { get; set; }
    public string? Mobile { get; set; }
    public string? Email { get; set; }
    /// <summary>The form's one-time key (a second send of the same form makes no second complaint).</summary>
    public string? Key { get; set; }
}

public sealed record ComplaintUpload(string? FileName, long Length, Func<Stream> Open);

/// <summary>A service of the office's published charter, as the form offers it.</summary>
public sealed record ServiceChoice(Guid Key, string NameBn, string? NameEn, string? TimeLimit);

/// <summary>What the application a complaint names says about the promise.</summary>
public sealed record ApplicationCheck(string TrackingNumber, ApplicationStatus Status, DateOnly? DueOn, Guid ServiceKey, string ServiceNameBn, string? ServiceNameEn)
{
    /// <summary>The time limit has not passed and the application is still open: the promise is not (yet) broken.</summary>
    public bool NotYetDue => Status == ApplicationStatus.OpenWithinLimit;
}

/// <summary>
/// Receives complaints (the public form and Open311 come through here): checks what was typed, field by field in both
/// languages, stores the complaint with its files and queues the citizen's acknowledgement in the same transaction
/// (ADR 0041). The same form sent twice is one complaint.
/// </summary>
public sealed class GrievanceDesk(AppDbContext db, TimeProvider time, FileStore files, GrievanceNotices notices)
{
    public const long MaxFileBytes = 5L * 1024 * 1024;
    public static readonly FileKind[] FileKinds = [FileKind.Pdf, FileKind.Jpeg, FileKind.Png];
    /// <summary>How far back an identical complaint to the same office is flagged as a possible duplicate.</summary>
    public const int DuplicateWindowDays = 30;

    private (int OfficeId, List<ServiceChoice> Services)? _services;

    /// <summary>The office's published services, read once per request (the form page, its check and the save all ask).</summary>
    public async Task<List<ServiceChoice>> ServicesAsync(int officeId, CancellationToken ct)
    {
        if (_services is { } known && known.OfficeId == officeId) return known.Services;
        var version = await db.PublishedVersionAsync(officeId, null, ct);
        var services = version is null ? [] : version.ServicesInPrintedOrder().Select(s => new ServiceChoice(s.Key, s.NameBn, s.NameEn, s.TimeLimit?.Text)).ToList();
        _services = (officeId, services);
        return services;
    }

    public async Task<ApplicationCheck?> CheckApplicationAsync(int officeId, string? typed, CancellationToken ct)
    {
        if (TrackingNumber.Normalize(typed) is not { } number) return null;
        var row = await (from a in db.Applications.AsNoTracking()
                         where a.TrackingNumber == number && a.OfficeId == officeId
                         join s in db.Set<CharterService>() on a.CharterServiceId equals s.Id
                         select new { a, s.NameBn, s.NameEn }).FirstOrDefaultAsync(ct);
        if (row is null) return null;
        return new ApplicationCheck(number, row.a.StatusOn(time.TodayInBangladesh()), row.a.DueOn, row.a.ServiceKey, row.NameBn, row.NameEn);
    }

    /// <summary>Every problem with what was typed, each with the form field it belongs to; empty when it can be received.</summary>
    public async Task<List<DomainException>> ValidateAsync(Office office, ComplaintInput input, IReadOnlyList<ComplaintUpload> uploads, CancellationToken ct)
    {
        var errors = new List<DomainException>();
        void Try(string field, Action rule)
        {
            try { rule(); }
            catch (DomainException e) { errors.Add(WithField(e, field)); }
        }
        var services = await ServicesAsync(office.Id, ct);
        if (ServiceKey(input.Service) is { } key && services.All(s => s.Key != key))
            errors.Add(new DomainException("This service is not in the office's published charter; choose one from the list, or \"Other\".",
                "সেবাটি দপ্তরের প্রকাশিত সিটিজেন চার্টারে নেই; তালিকা থেকে বেছে নিন, অথবা \"অন্যান্য\"।") { Field = nameof(ComplaintInput.Service) });
        else if (ServiceKey(input.Service) is null && !string.IsNullOrWhiteSpace(input.Service) && !IsOther(input.Service))
            errors.Add(new DomainException("Choose the service from the list, or \"Other\".", "তালিকা থেকে সেবা বেছে নিন, অথবা \"অন্যান্য\"।") { Field = nameof(ComplaintInput.Service) });
        Try(nameof(ComplaintInput.WhatHappened), () => Scratch(input.WhatHappened, "x"));
        Try(nameof(ComplaintInput.WhatTheyWant), () => Scratch(new string('x', Grievance.MinTextLength), input.WhatTheyWant));
        if (!string.IsNullOrWhiteSpace(input.Application))
        {
            if (TrackingNumber.Normalize(input.Application) is null)
                errors.Add(new DomainException("This is not a tracking number: 10 letters and digits, like K7M-4QX-9TPA.",
                    "এটি ট্র্যাকিং নম্বর নয়: ১০টি ইংরেজি অক্ষর ও অঙ্ক, যেমন K7M-4QX-9TPA।") { Field = nameof(ComplaintInput.Application) });
            else if (await CheckApplicationAsync(office.Id, input.Application, ct) is null)
                errors.Add(new DomainException("This office has no application with this tracking number. Check the number on your receipt, or leave it empty.",
                    "এই দপ্তরে এই ট্র্যাকিং নম্বরের কোনো আবেদন নেই। রসিদের নম্বরটি আবার দেখুন, অথবা ঘরটি খালি রাখুন।") { Field = nameof(ComplaintInput.Application) });
        }
        if (!input.Anonymous)
        {
            Try(nameof(ComplaintInput.Name), () => Complainant.Of(input.Name, null, "a@b.cd"));
            Try(nameof(ComplaintInput.Mobile), () => Complainant.NormalizeMobile(input.Mobile));
            Try(nameof(ComplaintInput.Email), () => Complainant.NormalizeEmail(input.Email));
            if (errors.All(e => e.Field is not (nameof(ComplaintInput.Mobile) or nameof(ComplaintInput.Email))))
                Try(nameof(ComplaintInput.Mobile), () => Complainant.Of("x", input.Mobile, input.Email));
        }
        if (uploads.Count > Grievance.MaxAttachments)
            errors.Add(new DomainException($"At most {Grievance.MaxAttachments} files can be attached.",
                $"সর্বোচ্চ {Ui.N(Grievance.MaxAttachments)}টি ফাইল সংযুক্ত করা যায়।") { Field = "Files" });
        foreach (var u in uploads.Where(u => u.Length > MaxFileBytes))
            errors.Add(new DomainException($"'{u.FileName}' is larger than 5 MB; attach a smaller file (a photo at lower size, or fewer pages).",
                $"'{u.FileName}' ৫ মেগাবাইটের বেশি; ছোট ফাইল সংযুক্ত করুন (কম আকারের ছবি, অথবা কম পাতা)।") { Field = "Files" });
        return errors;
    }

    /// <summary>Receives the complaint, or returns the one this form already made. Throws the first problem when the input is not valid.</summary>
    public async Task<(Grievance Grievance, bool AlreadyReceived)> SubmitAsync(Office office, ComplaintInput input, bool english,
        IReadOnlyList<ComplaintUpload> uploads, CancellationToken ct)
    {
        if (await BySubmissionKeyAsync(input.Key, ct) is { } earlier) return (earlier, true);
        if ((await ValidateAsync(office, input, uploads, ct)).FirstOrDefault() is { } problem) throw problem;

        var stored = new List<(StoredFile File, string? Name)>();
        foreach (var u in uploads)
        {
            await using var stream = u.Open();
            try
            {
                stored.Add((await files.SaveAsync(stream, FileKinds, MaxFileBytes, ct), u.FileName));
            }
            catch (DomainException e)
            {
                throw WithField(new DomainException($"{u.FileName}: {e.Message}", $"{u.FileName}: {e.MessageBn}"), "Files");
            }
        }

        var calendar = await new WorkingCalendarSource(db).LoadAsync(ct);
        var services = await ServicesAsync(office.Id, ct);
        var service = ServiceKey(input.Service) is { } key ? services.Single(s => s.Key == key) : null;
        var complainant = input.Anonymous ? null : Complainant.Of(input.Name, input.Mobile, input.Email);
        var now = time.GetUtcNow();
        for (var attempt = 0; ; attempt++)
        {
            var g = Grievance.Submit(TrackingNumber.New(), office.Id, service?.Key, service?.NameBn,
                TrackingNumber.Normalize(input.Application), input.WhatHappened, input.WhatTheyWant, complainant, now, calendar, RedressLimits.Default);
            g.CameFrom(english, input.Key);
            foreach (var (file, name) in stored) g.Attach(file.Path, file.Sha256, file.ContentType, file.Length, name);
            var since = g.SubmittedOn.AddDays(-DuplicateWindowDays);
            var text = g.WhatHappened;
            var duplicate = await db.Grievances.AsNoTracking()
                .Where(x => x.OfficeId == office.Id && x.SubmittedOn >= since && x.WhatHappened == text)
                .OrderBy(x => x.Id).Select(x => (int?)x.Id).FirstOrDefaultAsync(ct);
            if (duplicate is { } d) g.MarkPossibleDuplicateOf(d);

            await using var tx = await db.Database.BeginTransactionAsync(ct);
            db.Grievances.Add(g);
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException e) when (Transitions.IsUniqueViolation(e))
            {
                await tx.RollbackAsync(ct);
                db.ChangeTracker.Clear();
                if (await BySubmissionKeyAsync(input.Key, ct) is { } same) return (same, true);
                if (attempt < 3) continue; // a tracking number drawn twice: draw again
                throw;
            }
            await notices.ReceivedAsync(g, office, ct);
            await tx.CommitAsync(ct);
            return (g, false);
        }
    }

    private async Task<Grievance?> BySubmissionKeyAsync(string? key, CancellationToken ct)
    {
        var k = key?.Trim();
        if (string.IsNullOrEmpty(k)) return null;
        return await db.Grievances.AsNoTracking().FirstOrDefaultAsync(g => g.SubmissionKey == k, ct);
    }

    public static Guid? ServiceKey(string? typed) => Guid.TryParse(typed?.Trim(), out var k) ? k : null;

    public static bool IsOther(string? typed) => string.Equals(typed?.Trim(), "other", StringComparison.OrdinalIgnoreCase);

    private static void Scratch(string? text, string? wish) =>
        Grievance.Submit("X", 1, null, null, null, text, wish, null, DateTimeOffset.UnixEpoch.AddYears(56), Scratchpad.Calendar, RedressLimits.Default);

    private static DomainException WithField(DomainException e, string field) => new(e.Message, e.MessageBn) { Field = field };

    private static class Scratchpad
    {
        public static readonly Domain.Calendar.WorkingDayCalendar Calendar = new([]);
    }
}
