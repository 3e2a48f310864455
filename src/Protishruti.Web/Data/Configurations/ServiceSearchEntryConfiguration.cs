using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Protishruti.Domain.Charters;
using Protishruti.Domain.Offices;
using Protishruti.Web.Features.Search;

namespace Protishruti.Web.Data.Configurations;

/// <summary>
/// The search read model. The trigram index on Terms is provider-specific raw SQL in its own migration
/// (SQLite: an FTS5 trigram table kept by triggers; PostgreSQL: pg_trgm GIN), see ADR 0010.
/// </summary>
public sealed class ServiceSearchEntryConfiguration : IEntityTypeConfiguration<ServiceSearchEntry>
{
    public void Configure(EntityTypeBuilder<ServiceSearchEntry> builder)
    {
        builder.ToTable("ServiceSearchEntries");
        builder.HasIndex(e => e.OfficeId);
        builder.HasIndex(e => e.DistrictCode);
        builder.HasIndex(e => e.OfficeKind);
        builder.HasIndex(e => e.Category);
        builder.HasOne<Office>().WithMany().HasForeignKey(e => e.OfficeId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(e => e.OfficeCode).HasMaxLength(60);
        builder.Property(e => e.OfficeNameBn).HasMaxLength(Office.MaxNameLength);
        builder.Property(e => e.OfficeNameEn).HasMaxLength(Office.MaxNameLength);
        builder.Property(e => e.DistrictCode).HasMaxLength(2);
        builder.Property(e => e.NameBn).HasMaxLength(CharterText.MaxNameLength);
        builder.Property(e => e.NameEn).HasMaxLength(CharterText.MaxNameLength);
        builder.Property(e => e.TimeLimitBn).HasMaxLength(TimeLimit.MaxTextLength);
        builder.Property(e => e.TimeLimitEn).HasMaxLength(TimeLimit.MaxTextLength);
    }
}
