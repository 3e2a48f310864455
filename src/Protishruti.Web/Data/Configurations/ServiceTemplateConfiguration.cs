using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Protishruti.Domain.Charters;
using Protishruti.Domain.Charters.Templates;
using Protishruti.Domain.Offices;

namespace Protishruti.Web.Data.Configurations;

public sealed class ServiceTemplateConfiguration : IEntityTypeConfiguration<ServiceTemplate>
{
    public void Configure(EntityTypeBuilder<ServiceTemplate> builder)
    {
        builder.HasIndex(t => new { t.Kind, t.OwnerOfficeId });
        builder.HasOne<Office>().WithMany().HasForeignKey(t => t.OwnerOfficeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(t => t.Revisions).WithOne().HasForeignKey(r => r.ServiceTemplateId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(t => t.Revisions).HasField("_revisions");
        builder.Ignore(t => t.IsNational);
        builder.Ignore(t => t.Current);
        builder.Ignore(t => t.Content);
    }
}

/// <summary>A revision's columns match a charter service's; the document list is one JSON column (read whole, never queried).</summary>
public sealed class ServiceTemplateRevisionConfiguration : IEntityTypeConfiguration<ServiceTemplateRevision>
{
    private static readonly JsonSerializerOptions Json = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public void Configure(EntityTypeBuilder<ServiceTemplateRevision> builder)
    {
        builder.HasIndex(r => new { r.ServiceTemplateId, r.Number }).IsUnique();
        builder.Property(r => r.NameBn).HasMaxLength(CharterText.MaxNameLength);
        builder.Property(r => r.NameEn).HasMaxLength(CharterText.MaxNameLength);
        builder.Property(r => r.ChangedBy).HasMaxLength(450);
        builder.ComplexProperty(r => r.DeliveryMethod, d =>
        {
            d.Property(m => m.TextBn).HasMaxLength(CharterText.MaxTextLength);
            d.Property(m => m.TextEn).HasMaxLength(CharterText.MaxTextLength);
            d.Property(m => m.OnlineUrl).HasMaxLength(500);
        });
        builder.ComplexProperty(r => r.Fee, f =>
        {
            f.Property(x => x.Amount).HasPrecision(12, 2);
            f.Property(x => x.OtherMethodText).HasMaxLength(CharterText.MaxNameLength);
            f.Property(x => x.Note).HasMaxLength(CharterText.MaxTextLength);
        });
        builder.ComplexProperty(r => r.TimeLimit, t => t.Property(x => x.Text).HasMaxLength(TimeLimit.MaxTextLength));
        builder.Property(r => r.Documents).HasConversion(
            v => JsonSerializer.Serialize(v, Json),
            v => JsonSerializer.Deserialize<List<DocumentLine>>(v, Json) ?? new List<DocumentLine>(),
            new ValueComparer<List<DocumentLine>>((a, b) => a!.SequenceEqual(b!), v => v.Count, v => v.ToList()));
        builder.Ignore(r => r.Content);
    }
}
