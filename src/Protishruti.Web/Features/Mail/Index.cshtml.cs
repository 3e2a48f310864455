using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Protishruti.Domain.Offices;
using Protishruti.Web.Data;
using Protishruti.Web.Features.Meetings.Manage;
using Protishruti.Web.Infrastructure.Identity;

namespace Protishruti.Web.Features.Mail;

/// <summary>
/// The office's outbox: every e-mail it sent or will send, with its state — waiting (and why), sent, failed with the
/// error — and the recipients without an address, to reach by hand; each with a mailto: link to send it oneself.
/// </summary>
[Authorize]
public sealed class IndexModel(AppDbContext db, OfficeAccess access, IOptions<SmtpOptions> smtp) : MeetingsPage(db, access)
{
    public const int PageSize = 50;
    public bool SmtpConfigured => smtp.Value.Configured;
    public List<OutboxMessage> Messages { get; private set; } = [];
    public int Total { get; private set; }
    public int ByHand { get; private set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        if (await LoadMeetingsOfficeAsync(code, toAct: false, ct) is { } denied) return denied;
        var all = Outbox.OfOffice(Db, Office.Id);
        Total = await all.CountAsync(ct);
        ByHand = await all.CountAsync(m => m.ToAddress == null, ct);
        PageNumber = Math.Clamp(PageNumber, 1, Math.Max(1, (Total + PageSize - 1) / PageSize));
        Messages = await all.OrderByDescending(m => m.Id).Skip((PageNumber - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        return Page();
    }

    /// <summary>A mailto: link with the subject and body, for sending it from one's own mail program.</summary>
    public static string MailTo(OutboxMessage m) =>
        $"mailto:{Uri.EscapeDataString(m.ToAddress ?? "")}?subject={Uri.EscapeDataString(m.Subject)}&body={Uri.EscapeDataString(m.Body.Length > 1500 ? m.Body[..1500] : m.Body)}";
}
