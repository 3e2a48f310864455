using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Protishruti.Domain.Committees;
using Protishruti.Domain.Offices;

namespace Protishruti.Web.Data.Configurations;

/// <summary>An office has at most one committee of each kind; its seats and quarter records are its own rows.</summary>
public sealed class CommitteeConfiguration : IEntityTypeConfiguration<Committee>
{
    public void Configure(EntityTypeBuilder<Committee> builder)
    {
        builder.HasIndex(c => new { c.OfficeId, c.Kind }).IsUnique(); // also the claim of a first constitution (ADR 0033)
        builder.HasTransitionVersion(); // office orders and certificates happen once
        builder.HasOne<Office>().WithMany().HasForeignKey(c => c.OfficeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Members).WithOne(m => m.Committee).HasForeignKey(m => m.CommitteeId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Members).HasField("_members");
        builder.HasMany(c => c.Quarters).WithOne(q => q.Committee).HasForeignKey(q => q.CommitteeId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Quarters).HasField("_quarters");
    }
}

public sealed class CommitteeMemberConfiguration : IEntityTypeConfiguration<CommitteeMember>
{
    public void Configure(EntityTypeBuilder<CommitteeMember> builder)
    {
        builder.HasOne<Post>().WithMany().HasForeignKey(m => m.PostId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(m => new { m.CommitteeId, m.From });
    }
}

public sealed class CommitteeQuarterRecordConfiguration : IEntityTypeConfiguration<CommitteeQuarterRecord>
{
    public void Configure(EntityTypeBuilder<CommitteeQuarterRecord> builder)
    {
        builder.HasIndex(q => new { q.CommitteeId, q.FiscalYearStart, q.Quarter }).IsUnique(); // one record a quarter
        builder.Property(q => q.By).HasMaxLength(450);
        builder.Property(q => q.MemoNumber).HasMaxLength(100);
        builder.Property(q => q.Note).HasMaxLength(2000);
        builder.Ignore(q => q.FiscalQuarter);
    }
}
