using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Protishruti.Domain.Charters;

namespace Protishruti.Web.Data.Configurations;

public sealed class RequiredDocumentConfiguration : IEntityTypeConfiguration<RequiredDocument>
{
    public void Configure(EntityTypeBuilder<RequiredDocument> builder)
    {
        builder.Property(d => d.NameBn).HasMaxLength(CharterText.MaxTextLength);
        builder.Property(d => d.NameEn).HasMaxLength(CharterText.MaxTextLength);
        builder.Property(d => d.WhereToGetBn).HasMaxLength(CharterText.MaxTextLength);
        builder.Property(d => d.WhereToGetEn).HasMaxLength(CharterText.MaxTextLength);
    }
}
