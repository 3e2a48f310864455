using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Protishruti.Domain.Access;
using Protishruti.Domain.Offices;
using Protishruti.Web.Infrastructure.Identity;

namespace Protishruti.Web.Data.Configurations;

public sealed class RoleGrantConfiguration : IEntityTypeConfiguration<RoleGrant>
{
    public void Configure(EntityTypeBuilder<RoleGrant> b)
    {
        b.HasIndex(g => new { g.UserId, g.OfficeId, g.Role }).IsUnique();
        b.HasIndex(g => g.OfficeId);
        b.HasOne<AppUser>().WithMany().HasForeignKey(g => g.UserId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Office>().WithMany().HasForeignKey(g => g.OfficeId).OnDelete(DeleteBehavior.Cascade);
    }
}
