using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Protishruti.Domain.Charters;

namespace Protishruti.Web.Data.Configurations;

public sealed class CharterVersionConfiguration : IEntityTypeConfiguration<CharterVersion>
{
    public void Configure(EntityTypeBuilder<CharterVersion> builder)
    {
        builder.HasIndex(v => new { v.CharterId, v.Number }).IsUnique();
        builder.HasIndex(v => new { v.State, v.PublishedAt });
        builder.Property(v => v.VisionBn).HasMaxLength(CharterText.MaxTextLength);
        builder.Property(v => v.VisionEn).HasMaxLength(CharterText.MaxTextLength);
        builder.Property(v => v.MissionBn).HasMaxLength(CharterText.MaxTextLength);
        builder.Property(v => v.MissionEn).HasMaxLength(CharterText.MaxTextLength);
        builder.Property(v => v.ReturnComment).HasMaxLength(CharterText.MaxTextLength);
        builder.Property(v => v.SubmittedBy).HasMaxLength(450);
        builder.Property(v => v.ReturnedBy).HasMaxLength(450);
        builder.Property(v => v.PublishedBy).HasMaxLength(450);
        builder.Ignore(v => v.IsEditable);
        builder.Property(v => v.Revision).IsConcurrencyToken(); // ADR 0008: every change bumps it, so a stale save fails

        builder.HasMany(v => v.Services).WithOne(s => s.Version).HasForeignKey(s => s.CharterVersionId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(v => v.Services).HasField("_services");
        builder.HasMany(v => v.Expectations).WithOne().HasForeignKey("CharterVersionId").OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(v => v.Expectations).HasField("_expectations");
        builder.HasMany(v => v.GrievanceLevels).WithOne().HasForeignKey("CharterVersionId").OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(v => v.GrievanceLevels).HasField("_grievanceLevels");
        builder.HasMany(v => v.History).WithOne().HasForeignKey("CharterVersionId").OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(v => v.History).HasField("_history");
    }
}
