using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Protishruti.Domain.Offices;

namespace Protishruti.Web.Data.Configurations;

public sealed class PostConfiguration : IEntityTypeConfiguration<Post>
{
    public void Configure(EntityTypeBuilder<Post> b)
    {
        b.HasIndex(p => new { p.OfficeId, p.SortOrder });
        b.Property(p => p.DesignationBn).HasMaxLength(200);
        b.Property(p => p.DesignationEn).HasMaxLength(200);
        b.Property(p => p.UnitBn).HasMaxLength(200);
        b.Property(p => p.UnitEn).HasMaxLength(200);
        b.Property(p => p.Room).HasMaxLength(50);
        b.Property(p => p.Phone).HasMaxLength(50);
        b.Property(p => p.Email).HasMaxLength(200);
        b.HasMany(p => p.Incumbencies).WithOne(i => i.Post).HasForeignKey(i => i.PostId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(p => p.Incumbencies).HasField("_incumbencies");
    }
}
