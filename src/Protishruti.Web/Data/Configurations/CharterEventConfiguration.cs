using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Protishruti.Domain.Charters;

namespace Protishruti.Web.Data.Configurations;

public sealed class CharterEventConfiguration : IEntityTypeConfiguration<CharterEvent>
{
    public void Configure(EntityTypeBuilder<CharterEvent> builder)
    {
        builder.Property(e => e.UserId).HasMaxLength(450);
        builder.Property(e => e.Comment).HasMaxLength(CharterText.MaxTextLength);
    }
}
