using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Protishruti.Domain.Memos;
using Protishruti.Domain.Offices;

namespace Protishruti.Web.Data.Configurations;

public sealed class MemoFileConfiguration : IEntityTypeConfiguration<MemoFile>
{
    public void Configure(EntityTypeBuilder<MemoFile> b)
    {
        // One file number once per office: two files with one number would issue the same memo numbers.
        b.HasIndex(f => new { f.OfficeId, f.FileNumber }).IsUnique();
        // A bare serial file has the number "", so an office has one (two would print the same numbers).
        b.Property(f => f.FileNumber).HasMaxLength(MemoFile.MaxPrefixLength);
        b.Property(f => f.LabelBn).HasMaxLength(MemoFile.MaxLabelLength);
        b.Property(f => f.LabelEn).HasMaxLength(MemoFile.MaxLabelLength);
        b.Ignore(f => f.Number);
        b.Ignore(f => f.NextNumber);
        b.Ignore(f => f.HasIssued);
        b.HasOne<Office>().WithMany().HasForeignKey(f => f.OfficeId).OnDelete(DeleteBehavior.Cascade);
    }
}
