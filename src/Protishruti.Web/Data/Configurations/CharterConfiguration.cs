using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Protishruti.Domain.Charters;
using Protishruti.Domain.Offices;

namespace Protishruti.Web.Data.Configurations;

public sealed class CharterConfiguration : IEntityTypeConfiguration<Charter>
{
    public void Configure(EntityTypeBuilder<Charter> builder)
    {
        builder.HasIndex(c => c.OfficeId).IsUnique(); // one charter per office; its versions are the history
        builder.HasOne<Office>().WithMany().HasForeignKey(c => c.OfficeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Versions).WithOne(v => v.Charter).HasForeignKey(v => v.CharterId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Versions).HasField("_versions");
        builder.Ignore(c => c.Current);
        builder.Ignore(c => c.Open);
        builder.Ignore(c => c.PublishedVersions);
    }
}
