using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Protishruti.Domain.Offices;
using Protishruti.Web.Features.Monitoring.Compliance;

namespace Protishruti.Web.Data.Configurations;

/// <summary>
/// The compliance dashboard's per-office facts (ADR 0022). The key leads with the period, so a dashboard reads one
/// period's rows in key order; an office's rows go with it when it is deleted. The triggers that fill
/// <c>ComplianceChanges</c> are in the ComplianceFacts migration.
/// </summary>
public sealed class ComplianceFactConfiguration : IEntityTypeConfiguration<ComplianceFact>
{
    public void Configure(EntityTypeBuilder<ComplianceFact> builder)
    {
        builder.ToTable("ComplianceFacts");
        builder.HasKey(f => new { f.FiscalYearStart, f.Period, f.PlanKind, f.OfficeId });
        builder.HasIndex(f => f.OfficeId);
        builder.Property(f => f.Path).HasMaxLength(400);
        builder.HasOne<Office>().WithMany().HasForeignKey(f => f.OfficeId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class ComplianceFactPeriodConfiguration : IEntityTypeConfiguration<ComplianceFactPeriod>
{
    public void Configure(EntityTypeBuilder<ComplianceFactPeriod> builder)
    {
        builder.ToTable("ComplianceFactPeriods");
        builder.HasKey(p => new { p.FiscalYearStart, p.Period, p.PlanKind });
    }
}

public sealed class ComplianceChangeConfiguration : IEntityTypeConfiguration<ComplianceChange>
{
    public void Configure(EntityTypeBuilder<ComplianceChange> builder)
    {
        builder.ToTable("ComplianceChanges");
    }
}
