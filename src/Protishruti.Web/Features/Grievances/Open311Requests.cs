using System.Globalization;
using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using Protishruti.Domain;
using Protishruti.Domain.Delivery;
using Protishruti.Domain.Grievances;
using Protishruti.Web.Data;
using Protishruti.Web.Features.Charters.Public;
using Protishruti.Web.Features.OpenData;
using Protishruti.Web.Infrastructure;

namespace Protishruti.Web.Features.Grievances;

/// <summary>
/// Open311 GeoReport v2 service requests (issue 19): a complaint made through a client app (POST, form-encoded as the
/// spec says) and its public status (GET). The request id is the complaint's tracking number — the one the citizen is
/// sent. Nothing in the answers names or reaches the complainant. Citizens need no API key (the per-address limit of
/// the public API counts them); the POST reads no cookie and changes nothing of a signed-in user, so it needs no
/// antiforgery token (<see cref="CookielessSubmission"/>).
/// </summary>
public static class Open311Requests
{
    /// <summary>Marks an endpoint that takes anonymous submissions and reads no cookie: the antiforgery check does not apply.</summary>
    public sealed class CookielessSubmission;

    public sealed record Created(string ServiceRequestId, string ServiceNotice, string? AccountId);

    public sealed record RequestDto(string ServiceRequestId, string Status, string? StatusNotes, string? ServiceName, string? ServiceCode,
        string? Description, string AgencyResponsible, string? ServiceNotice, DateTimeOffset RequestedDatetime, DateTimeOffset UpdatedDatetime,
        DateTimeOffset? ExpectedDatetime);

    public static void MapOpen311Requests(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/open311/v2").WithTags("Open311");
        group.MapPost("/requests.{format}", PostAsync).WithMetadata(new CookielessSubmission()).DisableAntiforgery();
        group.MapGet("/requests.{format}", ListAsync);
        group.MapGet("/requests/{id}.{format}", GetAsync);
    }

    private static async Task<IResult> PostAsync(string format, HttpContext http, AppDbContext db, GrievanceDesk desk, CancellationToken ct)
    {
        if (OpenData.Open311.FormatOf(format) is not { } xml) return Error(false, 404, $"Unknown format '{format}'; use requests.json or requests.xml.");
        if (!http.Request.HasFormContentType) return Error(xml, 400, "Send the request form-encoded (application/x-www-form-urlencoded), as GeoReport v2 says.");
        var form = await http.Request.ReadFormAsync(ct);
        string? F(string name) => form.TryGetValue(name, out var v) ? v.ToString() : null;
        if (string.IsNullOrWhiteSpace(F("jurisdiction_id"))) return Error(xml, 400, "jurisdiction_id is required: the code of the office, e.g. uno-singra.");
        if (await db.PublicOfficeAsync(F("jurisdiction_id"), ct) is not { } office)
            return Error(xml, 404, $"'{F("jurisdiction_id")}' is not an office.");
        var service = F("service_code");
        if (string.IsNullOrWhiteSpace(service)) return Error(xml, 400, "service_code is required: a service's code from services.json, or 'other'.");
        var name = string.Join(' ', new[] { F("first_name"), F("last_name") }.Where(s => !string.IsNullOrWhiteSpace(s))).Trim();
        var input = new ComplaintInput
        {
            Service = GrievanceDesk.IsOther(service) ? null : service,
            WhatHappened = F("description"),
            Application = F("attribute[tracking]"),
            Name = name,
            Mobile = F("phone"),
            Email = F("email"),
            Anonymous = name.Length == 0 && string.IsNullOrWhiteSpace(F("phone")) && string.IsNullOrWhiteSpace(F("email")),
        };
        if (!input.Anonymous && name.Length == 0) input.Name = Ui.T("নাম জানানো হয়নি", "Name not given");
        try
        {
            var (g, _) = await desk.SubmitAsync(office, input, english: !Ui.Bn, [], ct);
            var notice = Ui.T($"অভিযোগ গৃহীত; নিষ্পত্তির শেষ তারিখ {Ui.Date(g.DueOn)}।", $"Complaint received; to be decided by {Ui.Date(g.DueOn)}.");
            var created = new Created(g.TrackingNumber, notice, null);
            return xml
                ? OpenData.Open311.Xml(new XElement("service_requests", new XElement("request",
                    new XElement("service_request_id", created.ServiceRequestId), new XElement("service_notice", created.ServiceNotice), new XElement("account_id"))), 201)
                : TypedResults.Json(new[] { created }, OpenDataJson.SnakeCase, statusCode: 201);
        }
        catch (DomainException e)
        {
            var field = e.Field switch
            {
                nameof(ComplaintInput.Service) => "service_code",
                nameof(ComplaintInput.WhatHappened) => "description",
                nameof(ComplaintInput.Application) => "attribute[tracking]",
                nameof(ComplaintInput.Mobile) => "phone",
                nameof(ComplaintInput.Email) => "email",
                nameof(ComplaintInput.Name) => "first_name",
                _ => "request",
            };
            return Error(xml, 400, $"{field}: {e.Message} / {e.MessageBn}");
        }
    }

    private static async Task<IResult> ListAsync(string format, string? jurisdiction_id, string? service_request_id, string? status, string? service_code,
        AppDbContext db, TimeProvider time, CancellationToken ct)
    {
        if (OpenData.Open311.FormatOf(format) is not { } xml) return Error(false, 404, $"Unknown format '{format}'; use requests.json or requests.xml.");
        var q = db.Grievances.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(service_request_id))
        {
            var ids = service_request_id.Split(',').Select(TrackingNumber.Normalize).OfType<string>().ToList();
            q = q.Where(g => ids.Contains(g.TrackingNumber));
        }
        else
        {
            if (string.IsNullOrWhiteSpace(jurisdiction_id)) return Error(xml, 400, "jurisdiction_id is required: the code of an office, e.g. uno-singra.");
            if (await db.PublicOfficeAsync(jurisdiction_id, ct) is not { } office) return Error(xml, 404, $"'{jurisdiction_id}' is not an office.");
            q = q.Where(g => g.OfficeId == office.Id);
        }
        if (status is "open") q = q.Where(g => g.State != GrievanceState.Closed);
        else if (status is "closed") q = q.Where(g => g.State == GrievanceState.Closed);
        if (GrievanceDesk.ServiceKey(service_code) is { } key) q = q.Where(g => g.ServiceKey == key);
        // The spec's default window: the last 90 days, newest first, at most 1,000.
        var since = time.TodayInBangladesh().AddDays(-90);
        var list = await q.Where(g => g.SubmittedOn >= since).OrderByDescending(g => g.Id).Take(1000).Include(g => g.Steps).AsSplitQuery().ToListAsync(ct);
        return await AnswerAsync(db, list, xml, ct);
    }

    private static async Task<IResult> GetAsync(string id, string format, AppDbContext db, CancellationToken ct)
    {
        if (OpenData.Open311.FormatOf(format) is not { } xml) return Error(false, 404, $"Unknown format '{format}'; use .json or .xml.");
        var number = TrackingNumber.Normalize(id);
        var g = number is null ? null : await db.Grievances.AsNoTracking().Include(x => x.Steps).AsSplitQuery().SingleOrDefaultAsync(x => x.TrackingNumber == number, ct);
        if (g is null) return Error(xml, 404, $"No service request has the id '{id}'.");
        return await AnswerAsync(db, [g], xml, ct);
    }

    private static async Task<IResult> AnswerAsync(AppDbContext db, List<Grievance> list, bool xml, CancellationToken ct)
    {
        var officeIds = list.Select(g => g.HandlingOfficeId ?? g.OfficeId).Distinct().ToList();
        var names = await db.Offices.AsNoTracking().Where(o => officeIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name(Ui.Bn), ct);
        var cell = Ui.T(RedressLevel.Cell.Bn(), RedressLevel.Cell.En());
        var bd = Clock.BangladeshOffset;
        var dtos = list.Select(g => new RequestDto(
            g.TrackingNumber,
            g.IsClosed ? "closed" : "open",
            g.IsClosed ? $"{Ui.T(g.Outcome!.Value.Bn(), g.Outcome!.Value.En())}: {g.Decision}" : Ui.T(g.State.Bn(), g.State.En()),
            g.ServiceNameBn, g.ServiceKey?.ToString(),
            // Not the citizen's text: it may name them or others. Only the officers handling it read it.
            null,
            g.HandlingOfficeId is { } h ? names.GetValueOrDefault(h, "") : cell,
            null,
            g.SubmittedAt.ToOffset(bd),
            g.Steps.Count == 0 ? g.SubmittedAt.ToOffset(bd) : g.Steps.Max(s => s.At).ToOffset(bd),
            g.IsClosed ? null : new DateTimeOffset(g.DueOn.ToDateTime(new TimeOnly(17, 0)), bd))).ToList();
        if (!xml) return TypedResults.Json(dtos, OpenDataJson.SnakeCase);
        return OpenData.Open311.Xml(new XElement("service_requests", dtos.Select(d => new XElement("request",
            new XElement("service_request_id", d.ServiceRequestId), new XElement("status", d.Status), new XElement("status_notes", d.StatusNotes),
            new XElement("service_name", d.ServiceName), new XElement("service_code", d.ServiceCode), new XElement("description", d.Description),
            new XElement("agency_responsible", d.AgencyResponsible), new XElement("service_notice"),
            new XElement("requested_datetime", d.RequestedDatetime.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture)),
            new XElement("updated_datetime", d.UpdatedDatetime.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture)),
            new XElement("expected_datetime", d.ExpectedDatetime?.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture))))));
    }

    private static IResult Error(bool xml, int status, string description)
    {
        var e = new OpenData.Open311.Error(status, description);
        return xml ? OpenData.Open311.Xml(OpenData.Open311.ToXml(e), status) : TypedResults.Json(new[] { e }, OpenDataJson.SnakeCase, statusCode: status);
    }
}
