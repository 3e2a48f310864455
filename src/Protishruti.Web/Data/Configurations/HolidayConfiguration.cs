using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Protishruti.Domain.Calendar;

namespace Protishruti.Web.Data.Configurations;

public sealed class HolidayConfiguration : IEntityTypeConfiguration<Holiday>
{
    public void Configure(EntityTypeBuilder<Holiday> b)
    {
        b.HasIndex(h => new { h.Date, h.Kind });
        b.Property(h => h.NameBn).HasMaxLength(200);
        b.Property(h => h.NameEn).HasMaxLength(200);
    }
}
