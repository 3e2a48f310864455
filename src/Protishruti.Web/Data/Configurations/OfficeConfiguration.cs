using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Protishruti.Domain.Offices;

namespace Protishruti.Web.Data.Configurations;

public sealed class OfficeConfiguration : IEntityTypeConfiguration<Office>
{
    public void Configure(EntityTypeBuilder<Office> b)
    {
        b.HasIndex(o => o.Code).IsUnique();
        b.HasIndex(o => o.Path);
        b.HasIndex(o => o.ParentId);
        b.Property(o => o.Code).HasMaxLength(60);
        b.Property(o => o.NameBn).HasMaxLength(Office.MaxNameLength);
        b.Property(o => o.NameEn).HasMaxLength(Office.MaxNameLength);
        b.Property(o => o.Path).HasMaxLength(400);
        b.Property(o => o.AddressBn).HasMaxLength(500);
        b.Property(o => o.AddressEn).HasMaxLength(500);
        b.Property(o => o.Phone).HasMaxLength(50);
        b.Property(o => o.Email).HasMaxLength(200);
        b.Property(o => o.Website).HasMaxLength(300);
        b.Property(o => o.LetterheadParentLine).HasMaxLength(Office.MaxLetterheadLineLength);
        b.Property(o => o.LetterheadMotto).HasMaxLength(Office.MaxLetterheadLineLength);
        b.Property(o => o.LetterheadName).HasMaxLength(2 * Office.MaxLetterheadLineLength + 1);
        b.Property(o => o.MinistryCode).HasMaxLength(2);
        b.Property(o => o.OfficeCode).HasMaxLength(2);
        b.Property(o => o.GeoCode).HasMaxLength(4);
        b.HasOne(o => o.Parent).WithMany(o => o.Children).HasForeignKey(o => o.ParentId).OnDelete(DeleteBehavior.Restrict);
        b.Navigation(o => o.Children).HasField("_children");
        b.HasMany(o => o.Posts).WithOne(p => p.Office).HasForeignKey(p => p.OfficeId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(o => o.Posts).HasField("_posts");
    }
}
