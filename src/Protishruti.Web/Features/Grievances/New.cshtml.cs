using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Protishruti.Domain;
using Protishruti.Domain.Offices;
using Protishruti.Web.Data;
using Protishruti.Web.Features.Charters.Public;

namespace Protishruti.Web.Features.Grievances;

/// <summary>
/// A citizen complains without an account (issue 19): the office, the service from its published charter (or other),
/// what happened, what they want, an application tracking number if they have one, who they are — or anonymous — and
/// up to three files. A honeypot field and a time trap keep machines out without a third-party CAPTCHA; the rate
/// limiter counts sends per address. What was typed comes back with the errors beside the fields.
/// </summary>
[AllowAnonymous]
[UploadLimit]
public sealed class NewModel(AppDbContext db, GrievanceDesk desk, IDataProtectionProvider protection, TimeProvider time, IOptions<GrievanceOptions> options)
    : PageModel
{
    public Office Office { get; private set; } = null!;
    public List<ServiceChoice> Services { get; private set; } = [];
    public ApplicationCheck? Application { get; private set; }

    [BindProperty] public ComplaintInput Input { get; set; } = new();
    [BindProperty] public List<IFormFile> Files { get; set; } = [];
    /// <summary>The honeypot: a field people do not see; a machine fills it.</summary>
    [BindProperty] public string? Website { get; set; }
    /// <summary>When the form was shown, protected so it cannot be forged (the time trap).</summary>
    [BindProperty] public string? Started { get; set; }

    private IDataProtector Protector => protection.CreateProtector("Protishruti.Grievances.FormStarted");

    public async Task<IActionResult> OnGetAsync(string code, Guid? service, string? application, CancellationToken ct)
    {
        if (await LoadAsync(code, ct) is { } missing) return missing;
        Input = new ComplaintInput
        {
            Service = service is { } s && Services.Any(x => x.Key == s) ? s.ToString() : null,
            Application = application,
            Key = Guid.NewGuid().ToString("N"),
        };
        if (Application is { } a && Input.Service is null) Input.Service = a.ServiceKey.ToString();
        Started = StartStamp();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, CancellationToken ct)
    {
        if (await LoadAsync(code, ct) is { } missing) return missing;
        Response.Headers.CacheControl = "no-store";
        if (!string.IsNullOrEmpty(Website))
        {
            // A machine filled the hidden field: answer as if received, store nothing.
            return Redirect(Links.Grievances.Status());
        }
        if (TooFast())
        {
            ModelState.AddModelError(string.Empty, Ui.T("ফর্মটি খুব দ্রুত পাঠানো হয়েছে। লেখাগুলো দেখে নিয়ে আবার পাঠান।",
                "The form was sent very quickly. Check what you wrote and send it again."));
            Started = StartStamp();
            return Page();
        }
        var uploads = Files.Where(f => f.Length > 0)
            .Select(f => new ComplaintUpload(Path.GetFileName(f.FileName), f.Length, f.OpenReadStream)).ToList();
        var errors = await desk.ValidateAsync(Office, Input, uploads, ct);
        foreach (var e in errors) ModelState.AddDomainError($"Input.{e.Field}".Replace("Input.Files", "Files", StringComparison.Ordinal), e);
        if (!ModelState.IsValid) return Page();
        try
        {
            var (g, _) = await desk.SubmitAsync(Office, Input, english: !Ui.Bn, uploads, ct);
            TempData["Received"] = g.TrackingNumber;
            return Redirect(Links.Grievances.Status(g.TrackingNumber));
        }
        catch (DomainException e)
        {
            ModelState.AddDomainError(e.Field is null ? string.Empty : e.Field == "Files" ? "Files" : $"Input.{e.Field}", e);
            return Page();
        }
    }

    private async Task<IActionResult?> LoadAsync(string code, CancellationToken ct)
    {
        if (await db.PublicOfficeAsync(code, ct) is not { } office) return NotFound();
        Office = office;
        Services = await desk.ServicesAsync(office.Id, ct);
        var typed = Request.HasFormContentType ? Input.Application : Request.Query["application"].ToString();
        Application = await desk.CheckApplicationAsync(office.Id, typed, ct);
        return null;
    }

    private string StartStamp() => Protector.Protect(time.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));

    private bool TooFast()
    {
        var minimum = options.Value.MinimumFormSeconds;
        if (minimum <= 0) return false;
        try
        {
            var started = long.Parse(Protector.Unprotect(Started ?? ""), CultureInfo.InvariantCulture);
            return time.GetUtcNow().ToUnixTimeSeconds() - started < minimum;
        }
        catch (Exception e) when (e is System.Security.Cryptography.CryptographicException or FormatException)
        {
            return true; // no stamp, or a forged one
        }
    }
}
