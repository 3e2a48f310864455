using Microsoft.AspNetCore.Identity;
using Protishruti.Domain.Offices;

namespace Protishruti.Web.Infrastructure.Identity;

public sealed class AppUser : IdentityUser
{
    public string DisplayName { get; set; } = "";
    public int? PersonId { get; set; }
    public Person? Person { get; set; }
}
