using Microsoft.AspNetCore.Mvc;
using Protishruti.Domain.Charters;
using Protishruti.Web.Data;
using Protishruti.Web.Infrastructure.Identity;

namespace Protishruti.Web.Features.Charters.Editor;

/// <summary>Vision and mission (Bengali required, English optional) and the layout the charter is printed in.</summary>
public sealed class VisionModel(AppDbContext db, OfficeAccess access, TimeProvider time) : CharterEditorPage(db, access, time)
{
    [BindProperty]
    public VisionInput Input { get; set; } = new();

    public sealed class VisionInput
    {
        public string? VisionBn { get; set; }
        public string? VisionEn { get; set; }
        public string? MissionBn { get; set; }
        public string? MissionEn { get; set; }
        public LayoutProfile Layout { get; set; } = LayoutProfile.Field8;
    }

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        if (await LoadEditableAsync(code, ct) is { } denied) return denied;
        var v = Version!;
        Input = new VisionInput { VisionBn = v.VisionBn, VisionEn = v.VisionEn, MissionBn = v.MissionBn, MissionEn = v.MissionEn, Layout = v.Layout };
        Revision = v.Revision;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, CancellationToken ct)
    {
        if (await LoadEditableAsync(code, ct) is { } denied) return denied;
        var i = Input;
        ModelState.Check("Input.VisionBn", () => CharterText.Required(i.VisionBn, "The vision (Bengali)", "রূপকল্প (বাংলা)"));
        ModelState.Check("Input.VisionEn", () => CharterText.Optional(i.VisionEn, "The vision (English)", "রূপকল্প (ইংরেজি)"));
        ModelState.Check("Input.MissionBn", () => CharterText.Required(i.MissionBn, "The mission (Bengali)", "অভিলক্ষ্য (বাংলা)"));
        ModelState.Check("Input.MissionEn", () => CharterText.Optional(i.MissionEn, "The mission (English)", "অভিলক্ষ্য (ইংরেজি)"));
        ModelState.Check("Input.Layout", () => Scratch().SetLayout(i.Layout));
        if (!ModelState.IsValid || !RevisionMatches()) return Page();

        Version!.SetVisionAndMission(i.VisionBn, i.VisionEn, i.MissionBn, i.MissionEn);
        if (Version.Layout != i.Layout) Version.SetLayout(i.Layout);
        if (!await SaveAsync(ct)) return Page();
        Done = "saved";
        return Redirect(DraftUrl);
    }
}
