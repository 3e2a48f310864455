using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Protishruti.Domain.Charters;

namespace Protishruti.Web.Data.Configurations;

/// <summary>Delivery method, fee and time limit are values (complex types): columns of the service's row, shared freely.</summary>
public sealed class CharterServiceConfiguration : IEntityTypeConfiguration<CharterService>
{
    public void Configure(EntityTypeBuilder<CharterService> builder)
    {
        builder.HasIndex(s => new { s.CharterVersionId, s.Category, s.Order });
        builder.HasIndex(s => s.Key);
        builder.Property(s => s.NameBn).HasMaxLength(CharterText.MaxNameLength);
        builder.Property(s => s.NameEn).HasMaxLength(CharterText.MaxNameLength);
        builder.ComplexProperty(s => s.DeliveryMethod, d =>
        {
            d.Property(m => m.TextBn).HasMaxLength(CharterText.MaxTextLength);
            d.Property(m => m.TextEn).HasMaxLength(CharterText.MaxTextLength);
            d.Property(m => m.OnlineUrl).HasMaxLength(500);
        });
        builder.ComplexProperty(s => s.Fee, f =>
        {
            f.Property(x => x.Amount).HasPrecision(12, 2);
            f.Property(x => x.OtherMethodText).HasMaxLength(CharterText.MaxNameLength);
            f.Property(x => x.Note).HasMaxLength(CharterText.MaxTextLength);
        });
        builder.ComplexProperty(s => s.TimeLimit, t => t.Property(x => x.Text).HasMaxLength(TimeLimit.MaxTextLength));
        builder.HasMany(s => s.Documents).WithOne().HasForeignKey("CharterServiceId").OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(s => s.Documents).HasField("_documents");
    }
}
