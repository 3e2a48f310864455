using System.Text;
using Microsoft.EntityFrameworkCore;
using Protishruti.Domain.Meetings;
using Protishruti.Domain.Memos;
using Protishruti.Web.Data;
using Protishruti.Web.Documents;
using Protishruti.Web.Features.Charters.Public;
using Protishruti.Web.Features.Meetings.Minutes;
using Protishruti.Web.Features.Memos;
using Protishruti.Web.Features.OpenData;
using Protishruti.Web.Infrastructure;

namespace Protishruti.Web.Features.Meetings.Public;

/// <summary>
/// What the public sees of an office's meetings: only those with issued minutes, each with its decisions, who
/// implements them and how far each implementing office got. The minutes files are the latest issued document (the
/// last corrigendum's corrected minutes if there is one), served by the issued documents' own code.
/// </summary>
public static class PublicMeetings
{
    public static void MapPublicMeetings(this IEndpointRouteBuilder app)
    {
        app.MapGet("/offices/{code}/meetings/{id:int}/minutes.pdf", async (string code, int id, HttpContext http, AppDbContext db, DocumentHtml documents,
                IssuedPdfFiles files, ILoggerFactory loggers, CancellationToken ct) =>
                await LatestMinutesAsync(db, code, id, ct) is { } memo
                    ? await IssuedDocumentEndpoints.PdfAsync(memo, code, http, documents, files, loggers, ct)
                    : NotFound(code))
            .CacheOutput(PublicPages.Policy);
        app.MapGet("/offices/{code}/meetings/{id:int}/minutes.docx", async (string code, int id, AppDbContext db, CancellationToken ct) =>
                await LatestMinutesAsync(db, code, id, ct) is { } memo ? IssuedDocumentEndpoints.Docx(memo) : NotFound(code))
            .CacheOutput(PublicPages.Policy);
        app.MapGet("/api/v1/offices/{code}/meetings", ApiAsync).CacheOutput(PublicPages.Policy).WithTags("Open data");
    }

    /// <summary>The office's meetings whose minutes are issued, newest first, whole (agenda, decisions, progress).</summary>
    public static Task<List<Meeting>> IssuedAsync(this AppDbContext db, int officeId, CancellationToken ct) =>
        db.Whole().AsNoTracking().Where(m => m.OfficeId == officeId && m.MinutesState == MinutesState.Issued)
            .OrderByDescending(m => m.Date).ThenByDescending(m => m.Id).ToListAsync(ct);

    /// <summary>The memo number of the minutes as they stand: the last corrigendum's, else the minutes'.</summary>
    public static string? LatestMemoNumber(Meeting m) => m.Corrigenda.Count > 0 ? m.Corrigenda[^1].MemoNumber : m.MinutesMemoNumber;

    public static async Task<IssuedMemo?> LatestMinutesAsync(AppDbContext db, string code, int id, CancellationToken ct)
    {
        if (await db.PublicOfficeAsync(code, ct) is not { } office) return null;
        var meeting = await db.Meetings.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id && m.OfficeId == office.Id && m.MinutesState == MinutesState.Issued, ct);
        if (meeting is null) return null;
        if (LatestMemoNumber(meeting) is not { } number) // minutes recorded without a number, never corrected (ADR 0048 addendum)
            return meeting.MinutesUnnumbered ? await IssuedDocuments.FindByKeyAsync(db, office.Id, IssuedMemo.UnnumberedMinutesKey(meeting.Id), ct) : null;
        return await db.IssuedMemos.AsNoTracking().Where(m => m.OfficeId == office.Id && m.Number == number && m.DocumentJson != null)
            .OrderByDescending(m => m.Id).FirstOrDefaultAsync(ct);
    }

    /// <summary>Names and codes of the offices the meetings' progress rows and implementers refer to.</summary>
    public static Task<Dictionary<int, (string Code, string NameBn, string NameEn)>> OfficesAsync(AppDbContext db, IEnumerable<int> ids, CancellationToken ct)
    {
        var list = ids.Distinct().ToList();
        return db.Offices.AsNoTracking().Where(o => list.Contains(o.Id))
            .ToDictionaryAsync(o => o.Id, o => (o.Code, o.NameBn, o.NameEn), ct);
    }

    public static IResult NotFound(string code) =>
        Results.Content(CharterPrints.Message("কার্যবিবরণী পাওয়া যায়নি / Minutes not found",
                "এই দপ্তরের এই সভার কোনো জারি করা কার্যবিবরণী নেই।", "This office has issued no minutes for such a meeting.",
                $"<p><a href=\"{Links.Meetings.Public(code)}\">দপ্তরের সভাসমূহ / The office's meetings</a></p>"),
            "text/html; charset=utf-8", Encoding.UTF8, StatusCodes.Status404NotFound);

    // ---- the JSON API ---------------------------------------------------------------------------------------------

    public sealed record OfficeRef(int Id, string Code, string Name);
    public sealed record ImplementerDto(string Kind, string Label, IReadOnlyList<OfficeRef> Offices);
    public sealed record ProgressDto(OfficeRef Office, DecisionStatus Status, string StatusBn, string StatusEn, DateOnly? UpdatedOn);
    public sealed record DecisionDto(string Number, string Item, string Text, DateOnly? Due, IReadOnlyList<ImplementerDto> Implementers,
        IReadOnlyList<ProgressDto> Progress, bool Implemented, bool Dropped);
    public sealed record ShareDto(int Implemented, int Counted, decimal? Percent);
    public sealed record CorrigendumDto(int Number, string MemoNumber, DateOnly IssuedOn, string Text);
    public sealed record MeetingDto(int Id, MeetingKind Kind, string KindBn, string KindEn, string Title, DateOnly Date, string Time, string? Venue,
        string FiscalYear, int Quarter, string? MemoNumber, DateOnly? MinutesDate, string Url, string MinutesPdf, string MinutesDocx,
        ShareDto Implementation, IReadOnlyList<CorrigendumDto> Corrigenda, IReadOnlyList<DecisionDto> Decisions);
    public sealed record OfficeMeetingsDto(OfficeRef Office, IReadOnlyList<MeetingDto> Meetings);

    private static async Task<IResult> ApiAsync(string code, AppDbContext db, MeetingParties parties, HttpContext http, CancellationToken ct)
    {
        if (await db.PublicOfficeAsync(code, ct) is not { } office)
            return TypedResults.Problem(title: "Office not found", detail: $"There is no office with the code '{code}'.", statusCode: 404);
        var meetings = await db.IssuedAsync(office.Id, ct);
        var catalog = await parties.ForAsync(office, ct);
        var implementers = meetings.SelectMany(m => m.Decisions).SelectMany(d => d.Implementers).Distinct()
            .ToDictionary(p => p, p => catalog.OfficesOf(p));
        var offices = await OfficesAsync(db, implementers.Values.SelectMany(x => x)
            .Concat(meetings.SelectMany(m => m.Decisions).SelectMany(d => d.Progress).Select(p => p.OfficeId)), ct);
        OfficeRef Ref(int id) => offices.TryGetValue(id, out var o) ? new OfficeRef(id, o.Code, o.NameBn) : new OfficeRef(id, "", "");
        var site = $"{http.Request.Scheme}://{http.Request.Host}";
        var dto = new OfficeMeetingsDto(new OfficeRef(office.Id, office.Code, office.NameBn), meetings.Select(m =>
        {
            var url = site + Links.Meetings.Meeting(office.Code, m.Id);
            var share = m.ImplementationShare;
            return new MeetingDto(m.Id, m.Kind, m.Kind.Bn(), m.Kind.En(), m.Title, m.Date, m.Time.ToString("HH:mm"), m.Venue ?? m.OnlineLink,
                m.Quarter.FiscalYear.LabelEn, m.Quarter.Number, LatestMemoNumber(m), m.MinutesDate, url, site + Links.Meetings.MinutesPdf(office.Code, m.Id), site + Links.Meetings.MinutesDocx(office.Code, m.Id),
                new ShareDto(share.Implemented, share.Counted, share.Percent),
                m.Corrigenda.Select(c => new CorrigendumDto(c.Number, c.MemoNumber, c.IssuedOn, c.Text)).ToList(),
                m.Agenda.SelectMany(a => a.Decisions.Select(d => new DecisionDto($"{a.Order}.{d.Order}", a.Title, d.Text, d.Due,
                    d.Implementers.Select(p => new ImplementerDto(p.Kind.ToString().ToLowerInvariant(), p.LabelBn,
                        implementers.GetValueOrDefault(p, []).Select(Ref).ToList())).ToList(),
                    d.Progress.Select(p => new ProgressDto(Ref(p.OfficeId), p.Status, Meeting.StatusBn(p.Status), Meeting.StatusEn(p.Status), p.UpdatedOn)).ToList(),
                    d.IsImplemented, d.IsDropped))).ToList());
        }).ToList());
        return TypedResults.Json(dto, OpenDataJson.Options);
    }
}
