using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Protishruti.Domain.Memos;
using Protishruti.Domain.Offices;

namespace Protishruti.Web.Data.Configurations;

public sealed class IssuedMemoConfiguration : IEntityTypeConfiguration<IssuedMemo>
{
    public void Configure(EntityTypeBuilder<IssuedMemo> b)
    {
        // The last guard: whatever happens to the serial counter, one file never gives one serial twice.
        b.HasIndex(m => new { m.MemoFileId, m.Serial }).IsUnique();
        b.HasIndex(m => new { m.OfficeId, m.Id });
        b.HasIndex(m => new { m.OfficeId, m.Number });
        // One number once per office, however it was typed (ADR 0043): a past document's printed number included.
        b.HasIndex(m => new { m.OfficeId, m.NumberKey }).IsUnique();
        b.Property(m => m.Number).HasMaxLength(PrintedMemoNumber.MaxLength);
        b.Property(m => m.NumberKey).HasMaxLength(PrintedMemoNumber.MaxLength);
        b.Ignore(m => m.IsPrinted);
        b.Ignore(m => m.IsUnnumbered);
        b.Property(m => m.DocumentType).HasMaxLength(IssuedMemo.MaxDocumentTypeLength);
        b.Property(m => m.Title).HasMaxLength(IssuedMemo.MaxTitleLength);
        b.Property(m => m.IssuedByUserId).HasMaxLength(450);
        b.Property(m => m.IssuedByName).HasMaxLength(256);
        b.Ignore(m => m.NumberBn);
        // Restrict: a file with memos in the register is deactivated, never deleted.
        b.HasOne(m => m.MemoFile).WithMany().HasForeignKey(m => m.MemoFileId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Office>().WithMany().HasForeignKey(m => m.OfficeId).OnDelete(DeleteBehavior.Restrict);
    }
}
