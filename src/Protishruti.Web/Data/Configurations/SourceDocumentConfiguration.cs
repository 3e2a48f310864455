using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Protishruti.Domain.Import;
using Protishruti.Domain.Offices;

namespace Protishruti.Web.Data.Configurations;

public sealed class SourceDocumentConfiguration : IEntityTypeConfiguration<SourceDocument>
{
    public void Configure(EntityTypeBuilder<SourceDocument> b)
    {
        b.HasIndex(d => new { d.OfficeId, d.RecordType, d.RecordId });
        b.Property(d => d.RecordType).HasMaxLength(30);
        b.Property(d => d.Kind).HasMaxLength(40);
        b.Property(d => d.FileName).HasMaxLength(SourceDocument.MaxFileNameLength);
        b.Property(d => d.StoredPath).HasMaxLength(200);
        b.Property(d => d.Sha256).HasMaxLength(64);
        b.HasOne<Office>().WithMany().HasForeignKey(d => d.OfficeId).OnDelete(DeleteBehavior.Cascade);
    }
}
