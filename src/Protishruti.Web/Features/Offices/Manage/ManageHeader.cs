using Protishruti.Domain.Offices;

namespace Protishruti.Web.Features.Offices.Manage;

/// <summary>The breadcrumb, heading and section links shared by an office's management pages (_ManageHeader.cshtml).</summary>
public sealed record ManageHeader(Office Office, string Current, string Title);
