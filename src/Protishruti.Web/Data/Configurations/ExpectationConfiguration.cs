using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Protishruti.Domain.Charters;

namespace Protishruti.Web.Data.Configurations;

public sealed class ExpectationConfiguration : IEntityTypeConfiguration<Expectation>
{
    public void Configure(EntityTypeBuilder<Expectation> builder)
    {
        builder.Property(e => e.TextBn).HasMaxLength(CharterText.MaxTextLength);
        builder.Property(e => e.TextEn).HasMaxLength(CharterText.MaxTextLength);
    }
}
