using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Protishruti.Domain.Access;
using Protishruti.Domain.Offices;
using Protishruti.Web.Data;
using Protishruti.Web.Features.Templates;
using Protishruti.Web.Infrastructure.Identity;

namespace Protishruti.Web.Features.Offices.Templates;

/// <summary>Create or change one of the office's templates for its subordinates; every change is a new revision.</summary>
[Authorize]
public sealed class EditModel(AppDbContext db, OfficeAccess access, TimeProvider time, IStringLocalizer<SharedResource> l)
    : TemplateEditPage(db, time, l)
{
    public Office Office { get; private set; } = null!;

    protected override string ListUrl => Links.Manage.Templates(Office.Code);

    /// <summary>An office's templates are for offices below it, so never for ministries.</summary>
    public override IEnumerable<OfficeKind> Kinds => base.Kinds.Where(k => k != OfficeKind.MinistryOrDivision);

    protected override async Task<(IActionResult? Denied, int? OwnerId)> ScopeAsync(CancellationToken ct)
    {
        var office = await Db.FindByCodeAsync(RouteData.Values["code"] as string, ct);
        if (office is null) return (NotFound(), null);
        if (!await access.CanAsync(User, OfficeAction.EditCharter, office, ct)) return (Forbid(), null);
        Office = office;
        return (null, office.Id);
    }
}
