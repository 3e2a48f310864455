using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Protishruti.Domain;
using Protishruti.Domain.Access;
using Protishruti.Domain.Offices;
using Protishruti.Web.Data;
using Protishruti.Web.Infrastructure.Identity;
using Protishruti.Web.Infrastructure;

namespace Protishruti.Web.Features.Offices.Manage;

/// <summary>An office's names, contacts, letterhead lines and file-number blocks; its kind and place in the hierarchy only for a system admin.</summary>
[Authorize]
public sealed class EditModel(AppDbContext db, OfficeAccess access) : OfficePage(db, access)
{
    public bool CanMove { get; private set; }
    public string? CurrentParentCode { get; private set; }
    public string? CurrentParentName { get; private set; }

    [BindProperty]
    public OfficeInput Input { get; set; } = new();

    [TempData]
    public string? Saved { get; set; }

    public sealed class OfficeInput
    {
        public string? NameBn { get; set; }
        public string? NameEn { get; set; }
        public OfficeKind? Kind { get; set; }
        public string? ParentCode { get; set; }
        public string? AddressBn { get; set; }
        public string? AddressEn { get; set; }
        public string? Phone { get; set; }
        public string? Email { get; set; }
        public string? Website { get; set; }
        public string? LetterheadParentLine { get; set; }
        public string? LetterheadMotto { get; set; }
        public string? LetterheadName { get; set; }
        public bool LetterheadHidesWebsite { get; set; }
        public string? MinistryCode { get; set; }
        public string? OfficeCode { get; set; }
        public string? GeoCode { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        if (await LoadAsync(code, ct) is { } denied) return denied;
        Input = new OfficeInput
        {
            NameBn = Office.NameBn,
            NameEn = Office.NameEn,
            Kind = Office.Kind,
            ParentCode = CurrentParentCode,
            AddressBn = Office.AddressBn,
            AddressEn = Office.AddressEn,
            Phone = Office.Phone,
            Email = Office.Email,
            Website = Office.Website,
            LetterheadParentLine = Office.LetterheadParentLine,
            LetterheadMotto = Office.LetterheadMotto,
            LetterheadName = Office.LetterheadName,
            LetterheadHidesWebsite = Office.LetterheadHidesWebsite,
            MinistryCode = Office.MinistryCode,
            OfficeCode = Office.OfficeCode,
            GeoCode = Office.GeoCode,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, CancellationToken ct)
    {
        if (await LoadAsync(code, ct) is { } denied) return denied;
        var o = Office;
        var i = Input;

        // Each field is checked on its own, on a scratch office, so every mistake shows on one submit and the
        // tracked office is changed only once all is well.
        var probe = new Office("probe", "-", "-", OfficeKind.Other);
        ModelState.Check("Input.NameBn", () => probe.Rename(i.NameBn!, "-"));
        ModelState.Check("Input.NameEn", () => probe.Rename("-", i.NameEn!));
        if (WithinLimit("Input.AddressBn", i.AddressBn, 500) & WithinLimit("Input.AddressEn", i.AddressEn, 500)
            & WithinLimit("Input.Phone", i.Phone, 50) & WithinLimit("Input.Email", i.Email, 200) & WithinLimit("Input.Website", i.Website, 300))
        {
            ModelState.Check("Input.Email", () => probe.SetContacts(null, null, null, i.Email, null));
            ModelState.Check("Input.Website", () => probe.SetContacts(null, null, null, null, i.Website));
        }
        if (WithinLimit("Input.LetterheadParentLine", i.LetterheadParentLine, Office.MaxLetterheadLineLength)
            & WithinLimit("Input.LetterheadMotto", i.LetterheadMotto, Office.MaxLetterheadLineLength))
            probe.SetLetterhead(i.LetterheadParentLine, i.LetterheadMotto);
        ModelState.Check("Input.LetterheadName", () => probe.SetLetterheadName(i.LetterheadName, i.LetterheadHidesWebsite));
        ModelState.Check("Input.MinistryCode", () => probe.SetFileNumberBlocks(i.MinistryCode, null, null));
        ModelState.Check("Input.OfficeCode", () => probe.SetFileNumberBlocks(null, i.OfficeCode, null));
        ModelState.Check("Input.GeoCode", () => probe.SetFileNumberBlocks(null, null, i.GeoCode));

        // An office admin's form has neither field; absent means "leave as it is", while an empty parent means "top level".
        var kind = Request.Form.ContainsKey("Input.Kind") ? i.Kind : o.Kind;
        var parentCode = Request.Form.ContainsKey("Input.ParentCode") ? NormalCode(i.ParentCode) : CurrentParentCode;
        Office? parent = null;
        if (!CanMove)
        {
            // Enforced here, not only by leaving the fields off the form.
            if (kind != o.Kind) ModelState.AddModelError("Input.Kind", Ui.T("দপ্তরের ধরন কেবল সিস্টেম প্রশাসক পরিবর্তন করতে পারেন।", "Only a system administrator can change the kind of office."));
            if (parentCode != CurrentParentCode) ModelState.AddModelError("Input.ParentCode", Ui.T("ঊর্ধ্বতন দপ্তর কেবল সিস্টেম প্রশাসক পরিবর্তন করতে পারেন।", "Only a system administrator can change the parent office."));
        }
        else
        {
            if (kind is null || !Enum.IsDefined(kind.Value)) ModelState.AddModelError("Input.Kind", Ui.T("দপ্তরের ধরন বাছাই করুন।", "Choose the kind of office."));
            if (parentCode is not null && parentCode != CurrentParentCode)
            {
                parent = await Db.FindByCodeAsync(parentCode, ct);
                if (parent is null) ModelState.AddModelError("Input.ParentCode", Ui.T($"'{parentCode}' কোডের কোনো দপ্তর প্রতিশ্রুতিতে নেই।", $"There is no office with the code '{parentCode}' in Protishruti."));
            }
        }
        if (!ModelState.IsValid) return Page();

        if (CanMove && parentCode != CurrentParentCode)
        {
            // First, so that a refused move (under its own subordinate) leaves the office untouched.
            try
            {
                await OfficeHierarchy.MoveAsync(Db, o, parent, ct);
            }
            catch (DomainException e)
            {
                ModelState.AddDomainError("Input.ParentCode", e);
                return Page();
            }
        }
        if (CanMove) o.ChangeKind(kind!.Value);
        o.Rename(i.NameBn!, i.NameEn!);
        o.SetContacts(i.AddressBn, i.AddressEn, i.Phone, i.Email, i.Website);
        o.SetFileNumberBlocks(i.MinistryCode, i.OfficeCode, i.GeoCode);
        o.SetLetterhead(i.LetterheadParentLine, i.LetterheadMotto);
        o.SetLetterheadName(i.LetterheadName, i.LetterheadHidesWebsite);
        await Search.ServiceSearchIndex.SaveOfficeChangesAsync(Db, ct); // search results carry the office's name
        Saved = "1";
        return RedirectToPage(new { code = o.Code });
    }

    private async Task<IActionResult?> LoadAsync(string code, CancellationToken ct)
    {
        if (await LoadOfficeAsync(code, OfficeAction.ManageOffice, ct) is { } denied) return denied;
        var office = Office;
        CanMove = await Access.IsSystemAdminAsync(User, ct);
        if (office.ParentId is int parentId && await Db.Offices.FindAsync([parentId], ct) is { } parent)
            (CurrentParentCode, CurrentParentName) = (parent.Code, parent.Name(Ui.Bn));
        return null;
    }

    private static string? NormalCode(string? code) => (code ?? "").Trim().ToLowerInvariant() is { Length: > 0 } c ? c : null;

    /// <summary>The entity's own message for an over-long field does not say which field; this one is put beside it.</summary>
    private bool WithinLimit(string key, string? value, int max)
    {
        if ((value?.Trim().Length ?? 0) <= max) return true;
        ModelState.AddModelError(key, Ui.T($"{Ui.N(max)} অক্ষরের বেশি লেখা যাবে না।", $"Must not be longer than {Ui.N(max)} characters."));
        return false;
    }
}
