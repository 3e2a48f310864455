using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Protishruti.Domain;
using Protishruti.Domain.Access;
using Protishruti.Domain.Offices;
using Protishruti.Web.Data;
using Protishruti.Web.Infrastructure.Files;
using Protishruti.Web.Infrastructure.Identity;
using Protishruti.Web.Infrastructure;

namespace Protishruti.Web.Features.People;

/// <summary>An office admin sets the photo of a person who holds (or held) a post in the office.</summary>
[Authorize]
[UploadLimit] // a file over the page's own limit is refused beside the field; a body over 32 MB gets the size page
public sealed class PhotoModel(AppDbContext db, OfficeAccess access, FileStore files, IConfiguration config) : OfficePage(db, access)
{
    public static readonly FileKind[] Allowed = [FileKind.Jpeg, FileKind.Png];
    public Person Person { get; private set; } = null!;
    public long MaxBytes => config.GetValue("Uploads:MaxPhotoBytes", 1024L * 1024);

    [BindProperty]
    public IFormFile? Upload { get; set; }

    public async Task<IActionResult> OnGetAsync(string code, int id, CancellationToken ct) =>
        await LoadAsync(code, id, ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(string code, int id, CancellationToken ct)
    {
        if (await LoadAsync(code, id, ct) is { } refused) return refused;
        if (Upload is null || Upload.Length == 0)
        {
            ModelState.AddModelError(nameof(Upload), Ui.T("একটি ছবি বাছাই করুন (JPEG বা PNG)।", "Choose a photo (JPEG or PNG)."));
            return Page();
        }
        try
        {
            await using var stream = Upload.OpenReadStream();
            var stored = await files.SaveAsync(stream, Allowed, MaxBytes, ct);
            Person.SetPhoto(stored.Path);
            Db.AuditOfficeId = Office.Id;
            await Db.SaveChangesAsync(ct);
        }
        catch (DomainException e)
        {
            ModelState.AddModelError(nameof(Upload), e.LocalizedMessage(Ui.Bn));
            return Page();
        }
        return Redirect(Links.Office(Office.Code));
    }

    private async Task<IActionResult?> LoadAsync(string code, int id, CancellationToken ct)
    {
        if (await LoadOfficeAsync(code, OfficeAction.ManageOffice, ct) is { } denied) return denied;
        var person = await Db.People.FirstOrDefaultAsync(p => p.Id == id, ct);
        if (person is null) return NotFound();
        if (!await Db.Incumbencies.AnyAsync(i => i.PersonId == id && i.Post.OfficeId == Office.Id, ct)) return NotFound();
        Person = person;
        return null;
    }
}
