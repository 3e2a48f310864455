using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Protishruti.Domain.Charters;

namespace Protishruti.Web.Data.Configurations;

public sealed class GrievanceLevelConfiguration : IEntityTypeConfiguration<GrievanceLevel>
{
    public void Configure(EntityTypeBuilder<GrievanceLevel> builder)
    {
        builder.Property(g => g.WhenBn).HasMaxLength(CharterText.MaxTextLength);
        builder.Property(g => g.WhenEn).HasMaxLength(CharterText.MaxTextLength);
        builder.Property(g => g.WhomBn).HasMaxLength(CharterText.MaxNameLength);
        builder.Property(g => g.WhomEn).HasMaxLength(CharterText.MaxNameLength);
        builder.Property(g => g.AddressBn).HasMaxLength(CharterText.MaxTextLength);
        builder.Property(g => g.AddressEn).HasMaxLength(CharterText.MaxTextLength);
        builder.ComplexProperty(g => g.ResolutionLimit, t => t.Property(x => x.Text).HasMaxLength(TimeLimit.MaxTextLength));
    }
}
