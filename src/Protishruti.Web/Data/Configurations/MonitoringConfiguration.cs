using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Protishruti.Domain.Monitoring;
using Protishruti.Domain.Offices;
using Protishruti.Web.Features.Monitoring.Reminders;

namespace Protishruti.Web.Data.Configurations;

/// <summary>
/// Action plans and their indicators are rows; a plan is unique per fiscal year and kind. Decimal columns are stored
/// with fixed precision on PostgreSQL; SQLite stores them as text and EF compares them in memory, which no query here needs.
/// </summary>
public sealed class ActionPlanConfiguration : IEntityTypeConfiguration<ActionPlan>
{
    public void Configure(EntityTypeBuilder<ActionPlan> builder)
    {
        builder.HasIndex(p => new { p.FiscalYearStart, p.Kind }).IsUnique();
        builder.Property(p => p.TitleBn).HasMaxLength(300);
        builder.Property(p => p.TitleEn).HasMaxLength(300);
        builder.Property(p => p.SourceNote).HasMaxLength(4000);
        builder.HasMany(p => p.Indicators).WithOne(i => i.Plan).HasForeignKey(i => i.ActionPlanId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Indicators).HasField("_indicators");
        builder.Ignore(p => p.FiscalYear);
    }
}

public sealed class PlanIndicatorConfiguration : IEntityTypeConfiguration<PlanIndicator>
{
    public void Configure(EntityTypeBuilder<PlanIndicator> builder)
    {
        builder.HasIndex(i => new { i.ActionPlanId, i.Code }).IsUnique();
        foreach (var p in new[] { "AreaBn", "AreaEn", "ActivityBn", "ActivityEn", "TextBn", "TextEn", "EvidenceBn", "EvidenceEn" })
            builder.Property<string>(p).HasMaxLength(1000);
        builder.Property(i => i.Code).HasMaxLength(30);
        builder.Property(i => i.ActivityCode).HasMaxLength(30);
        foreach (var p in new[] { "AreaMarks", "Weight", "AnnualTarget" }) builder.Property<decimal>(p).HasPrecision(9, 2);
        foreach (var p in new[] { "TargetQ1", "TargetQ2", "TargetQ3", "TargetQ4" }) builder.Property<decimal?>(p).HasPrecision(9, 2);
        builder.Ignore(i => i.IsComputed);
    }
}

public sealed class ReportingDeadlineConfiguration : IEntityTypeConfiguration<ReportingDeadline>
{
    public void Configure(EntityTypeBuilder<ReportingDeadline> builder)
    {
        builder.HasIndex(d => new { d.FiscalYearStart, d.Period, d.Tier }).IsUnique();
    }
}

/// <summary>
/// One report per office, plan and period. The compliance roll-up reads this table alone, by (year, period) and office
/// (ADR 0022), so the state, lateness and first submission are columns, not derived from the steps.
/// </summary>
public sealed class ProgressReportConfiguration : IEntityTypeConfiguration<ProgressReport>
{
    public void Configure(EntityTypeBuilder<ProgressReport> builder)
    {
        builder.HasIndex(r => new { r.OfficeId, r.ActionPlanId, r.Period }).IsUnique();
        builder.HasTransitionVersion(); // submit, accept and return happen once (ADR 0033)
        builder.HasIndex(r => new { r.FiscalYearStart, r.Period, r.OfficeId });
        builder.HasOne<Office>().WithMany().HasForeignKey(r => r.OfficeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(r => r.Plan).WithMany().HasForeignKey(r => r.ActionPlanId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.Entries).WithOne(e => e.Report).HasForeignKey(e => e.ProgressReportId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.Entries).HasField("_entries");
        builder.HasMany(r => r.Steps).WithOne(s => s.Report).HasForeignKey(s => s.ProgressReportId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.Steps).HasField("_steps");
        var utc = Utc();
        builder.Property(r => r.FirstSubmittedAt).HasConversion(utc);
        builder.Property(r => r.LastSubmittedAt).HasConversion(utc);
        builder.Property(r => r.ReviewedAt).HasConversion(utc);
        builder.Ignore(r => r.FiscalYear);
        builder.Ignore(r => r.IsEditable);
        builder.Ignore(r => r.OpenReturn);
    }

    internal static ValueConverter<DateTime?, DateTime?> Utc() =>
        new(v => v, v => v == null ? null : DateTime.SpecifyKind(v.Value, DateTimeKind.Utc));
}

public sealed class ReportEntryConfiguration : IEntityTypeConfiguration<ReportEntry>
{
    public void Configure(EntityTypeBuilder<ReportEntry> builder)
    {
        builder.HasIndex(e => new { e.ProgressReportId, e.PlanIndicatorId }).IsUnique();
        // Covers the compliance roll-up's per-indicator count (ADR 0022): the figures are read from the index, not the table.
        builder.HasIndex(e => new { e.ProgressReportId, e.PlanIndicatorId, e.Achieved, e.DoneOn }).HasDatabaseName("IX_ReportEntry_Figures");
        builder.HasIndex(e => e.PlanIndicatorId);
        builder.HasOne(e => e.Indicator).WithMany().HasForeignKey(e => e.PlanIndicatorId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(e => e.Achieved).HasPrecision(9, 2);
        builder.Property(e => e.Remarks).HasMaxLength(2000);
        builder.Property(e => e.EvidenceUrl).HasMaxLength(500);
        builder.Property(e => e.EvidenceLabel).HasMaxLength(500);
        builder.Property(e => e.EvidencePath).HasMaxLength(500);
        builder.Property(e => e.EvidenceName).HasMaxLength(260);
        builder.Property(e => e.EvidenceContentType).HasMaxLength(200);
        builder.Ignore(e => e.HasValue);
        builder.Ignore(e => e.Claims);
    }
}

/// <summary>A step's indicator comments are a JSON column: written once with the step, never edited.</summary>
public sealed class ReportStepConfiguration : IEntityTypeConfiguration<ReportStep>
{
    public void Configure(EntityTypeBuilder<ReportStep> builder)
    {
        builder.HasIndex(s => new { s.ProgressReportId, s.Id });
        builder.Property(s => s.By).HasMaxLength(450);
        builder.Property(s => s.ByUserId).HasMaxLength(450);
        builder.Property(s => s.Comment).HasMaxLength(4000);
        builder.Property(s => s.At).HasConversion(new ValueConverter<DateTime, DateTime>(v => v, v => DateTime.SpecifyKind(v, DateTimeKind.Utc)));
        var json = new ValueConverter<List<IndicatorComment>, string>(
            v => JsonSerializer.Serialize(v, (JsonSerializerOptions?)null),
            v => JsonSerializer.Deserialize<List<IndicatorComment>>(v, (JsonSerializerOptions?)null) ?? new List<IndicatorComment>());
        var compare = new ValueComparer<List<IndicatorComment>>((a, b) => a!.SequenceEqual(b!), v => v.Count, v => v.ToList());
        builder.Property<List<IndicatorComment>>("_comments").HasColumnName("IndicatorComments").HasConversion(json, compare);
        builder.Ignore(s => s.IndicatorComments);
    }
}

public sealed class ReminderConfiguration : IEntityTypeConfiguration<Reminder>
{
    public void Configure(EntityTypeBuilder<Reminder> builder)
    {
        builder.HasIndex(r => r.Key).IsUnique(); // the claim: a reminder is written once, whichever instance gets there first
        builder.HasIndex(r => new { r.UserId, r.Id });
        builder.HasOne<Office>().WithMany().HasForeignKey(r => r.OfficeId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(r => r.Key).HasMaxLength(Reminder.MaxKeyLength);
        builder.Property(r => r.UserId).HasMaxLength(450);
        builder.Property(r => r.TextBn).HasMaxLength(1000);
        builder.Property(r => r.TextEn).HasMaxLength(1000);
        builder.Property(r => r.Url).HasMaxLength(500);
        builder.Property(r => r.CreatedAt).HasConversion(new ValueConverter<DateTime, DateTime>(v => v, v => DateTime.SpecifyKind(v, DateTimeKind.Utc)));
        builder.Property(r => r.ReadAt).HasConversion(ProgressReportConfiguration.Utc());
    }
}
