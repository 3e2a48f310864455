using Protishruti.Domain.Access;
using Protishruti.Domain.Calendar;
using Protishruti.Domain.Delivery;
using Protishruti.Domain.Grievances;
using Protishruti.Domain.Offices;
using Protishruti.Web.Data;
using Protishruti.Web.Features.Mail;
using Protishruti.Web.Features.Monitoring.Reminders;
using Protishruti.Web.Features.Sms;

namespace Protishruti.Web.Features.Grievances;

public enum GrievanceEvent { Received, InformationRequested, Forwarded, Closed, Appealed, Escalated }

/// <summary>
/// The messages a complaint causes, queued in the transaction of the step that causes them (ADR 0019, 0041): to the
/// citizen by e-mail and SMS where they gave an address or number (never to an anonymous complainant), in the language
/// they wrote in; to the officers now handling it by e-mail (their work inbox lists it too). The texts never carry
/// the complainant's identity to anyone but the complainant.
/// </summary>
public sealed class GrievanceNotices(AppDbContext db, Outbox outbox, SmsOutbox sms, IConfiguration config, IHttpContextAccessor http)
{
    public Task ReceivedAsync(Grievance g, Office office, CancellationToken ct) => SendAsync(g, office, GrievanceEvent.Received, ct);

    public async Task SendAsync(Grievance g, Office office, GrievanceEvent what, CancellationToken ct)
    {
        var url = $"{BaseUrl()}{Links.Grievances.Status(g.TrackingNumber)}";
        var source = $"grievance:{g.Id}:{what.ToString().ToLowerInvariant()}";
        if (g.Complainant is { } c)
        {
            var en = g.RepliesInEnglish;
            var (subject, body) = CitizenMail(g, office, what, url, en);
            if (c.Email is { } email)
                outbox.Add(office.Id, [new MailRecipient(c.Name, email)], subject, body, source: source);
            if (c.Mobile is { } mobile)
                sms.Add(office.Id, mobile, CitizenSms(g, what, url, en), source);
        }
        if (what is (GrievanceEvent.Received or GrievanceEvent.Forwarded or GrievanceEvent.Appealed or GrievanceEvent.Escalated) && g.HandlingOfficeId is { } handling)
            await OfficersAsync(g, handling, handling == office.Id ? office : null, what, ct);
        // Every message of the step in one round trip, in the step's transaction.
        await db.SaveChangesAsync(ct);
    }

    private async Task OfficersAsync(Grievance g, int handlingOfficeId, Office? known, GrievanceEvent what, CancellationToken ct)
    {
        var role = g.Level == RedressLevel.Office ? OfficeRole.GrievanceOfficer : OfficeRole.AppealOfficer;
        var officers = (await ReminderRecipients.GrantedAsync(db, [handlingOfficeId], [role], ct)).GetValueOrDefault(handlingOfficeId) ?? [];
        if (officers.Count == 0) return;
        var office = known ?? await db.Offices.FindAsync([handlingOfficeId], ct);
        if (office is null) return;
        var url = $"{BaseUrl()}{Links.Grievances.Handle(office.Code, g.Id)}";
        var number = TrackingNumber.Grouped(g.TrackingNumber);
        var head = what switch
        {
            GrievanceEvent.Forwarded => "অন্য দপ্তর থেকে একটি অভিযোগ পাঠানো হয়েছে",
            GrievanceEvent.Appealed => "একটি আপিল দাখিল হয়েছে",
            GrievanceEvent.Escalated => "নির্ধারিত সময়ে নিষ্পত্তি না হওয়ায় একটি অভিযোগ আপনার কাছে এসেছে",
            _ => "নতুন অভিযোগ",
        };
        var subject = $"{head}: {number}";
        var body = $"""
            {head}।
            ট্র্যাকিং নম্বর: {number}
            সেবা: {g.ServiceNameBn ?? "অন্যান্য"}
            নিষ্পত্তির শেষ তারিখ: {OfficialDate.Line(g.DueOn)}

            অভিযোগটি দেখতে ও নিষ্পত্তি করতে: {url}
            """;
        outbox.Add(handlingOfficeId, officers.Select(o => new MailRecipient(o.Name, o.Email)).Where(m => m.Address is not null),
            subject, body, source: $"grievance:{g.Id}:officer:{what.ToString().ToLowerInvariant()}");
    }

    public static (string Subject, string Body) CitizenMail(Grievance g, Office office, GrievanceEvent what, string url, bool english)
    {
        var number = TrackingNumber.Grouped(g.TrackingNumber);
        if (english)
        {
            var officeName = office.Name(bengali: false);
            var (subject, lead) = what switch
            {
                GrievanceEvent.Received => ($"Complaint received: {number}", $"{officeName} has received your complaint. Its grievance officer must decide it by {OfficialDate.EnglishLine(g.DueOn)}."),
                GrievanceEvent.InformationRequested => ($"More information needed on your complaint {number}", $"The officer handling your complaint asks: {g.Steps[^1].Note}\nAnswer on the status page."),
                GrievanceEvent.Forwarded => ($"Your complaint {number} was forwarded", $"Your complaint was sent to the office it concerns; the new deadline is {OfficialDate.EnglishLine(g.DueOn)}."),
                GrievanceEvent.Closed => ($"Your complaint {number} was decided", $"Decision: {g.Outcome?.En()}\n{g.Decision}\n\nIf you are not satisfied, you may appeal from the status page."),
                GrievanceEvent.Appealed => ($"Appeal received: {number}", $"Your appeal was received. It must be decided by {OfficialDate.EnglishLine(g.DueOn)}."),
                _ => ($"Your complaint {number} moved up", $"It was not decided in time, so it went to the {g.Level.En().ToLowerInvariant()}; the new deadline is {OfficialDate.EnglishLine(g.DueOn)}."),
            };
            return (subject, $"{lead}\n\nTracking number: {number}\nFollow it here: {url}\n\n— Protishruti, on behalf of {officeName}\n");
        }
        var name = office.NameBn;
        var (s, l) = what switch
        {
            GrievanceEvent.Received => ($"অভিযোগ গৃহীত: {number}", $"{name} আপনার অভিযোগটি গ্রহণ করেছে। অভিযোগ নিষ্পত্তি কর্মকর্তা {OfficialDate.Line(g.DueOn)}-এর মধ্যে নিষ্পত্তি করবেন।"),
            GrievanceEvent.InformationRequested => ($"আপনার অভিযোগ {number}: আরও তথ্য প্রয়োজন", $"অভিযোগটি নিষ্পত্তিকারী কর্মকর্তা জানতে চেয়েছেন: {g.Steps[^1].Note}\nঅবস্থা দেখার পাতায় উত্তর দিন।"),
            GrievanceEvent.Forwarded => ($"আপনার অভিযোগ {number} সংশ্লিষ্ট দপ্তরে পাঠানো হয়েছে", $"অভিযোগটি সংশ্লিষ্ট দপ্তরে পাঠানো হয়েছে; নিষ্পত্তির নতুন শেষ তারিখ {OfficialDate.Line(g.DueOn)}।"),
            GrievanceEvent.Closed => ($"আপনার অভিযোগ {number}-এর নিষ্পত্তি হয়েছে", $"সিদ্ধান্ত: {g.Outcome?.Bn()}\n{g.Decision}\n\nসন্তুষ্ট না হলে অবস্থা দেখার পাতা থেকে আপিল করতে পারেন।"),
            GrievanceEvent.Appealed => ($"আপিল গৃহীত: {number}", $"আপনার আপিল গৃহীত হয়েছে। {OfficialDate.Line(g.DueOn)}-এর মধ্যে নিষ্পত্তি হওয়ার কথা।"),
            _ => ($"আপনার অভিযোগ {number} পরবর্তী ধাপে গেছে", $"নির্ধারিত সময়ে নিষ্পত্তি না হওয়ায় অভিযোগটি {g.Level.Bn()}-এর কাছে গেছে; নতুন শেষ তারিখ {OfficialDate.Line(g.DueOn)}।"),
        };
        return (s, $"{l}\n\nট্র্যাকিং নম্বর: {number}\nঅবস্থা দেখুন: {url}\n\n— প্রতিশ্রুতি, {name}-এর পক্ষে\n");
    }

    /// <summary>Short: two UCS-2 parts at most for Bengali.</summary>
    public static string CitizenSms(Grievance g, GrievanceEvent what, string url, bool english)
    {
        var number = TrackingNumber.Grouped(g.TrackingNumber);
        var due = english ? g.DueOn.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture) : BengaliDigits.ToBengali(g.DueOn.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture));
        return (english, what) switch
        {
            (true, GrievanceEvent.Received) => $"Complaint {number} received. Decision due by {due}. {url}",
            (true, GrievanceEvent.Closed) => $"Complaint {number} decided: {g.Outcome?.En()}. Details: {url}",
            (true, GrievanceEvent.InformationRequested) => $"Complaint {number}: the officer needs more information. {url}",
            (true, _) => $"Complaint {number}: new deadline {due}. {url}",
            (false, GrievanceEvent.Received) => $"অভিযোগ {number} গৃহীত। নিষ্পত্তির শেষ তারিখ {due}। {url}",
            (false, GrievanceEvent.Closed) => $"অভিযোগ {number}-এর নিষ্পত্তি: {g.Outcome?.Bn()}। বিস্তারিত: {url}",
            (false, GrievanceEvent.InformationRequested) => $"অভিযোগ {number}: কর্মকর্তা আরও তথ্য চেয়েছেন। {url}",
            _ => $"অভিযোগ {number}: নতুন শেষ তারিখ {due}। {url}",
        };
    }

    private string BaseUrl() =>
        config["PublicBaseUrl"]?.TrimEnd('/') is { Length: > 0 } b ? b
        : http.HttpContext?.Request is { } r ? $"{r.Scheme}://{r.Host}{r.PathBase}"
        : "";
}
