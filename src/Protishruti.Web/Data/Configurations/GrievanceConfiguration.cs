using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Protishruti.Domain.Delivery;
using Protishruti.Domain.Grievances;
using Protishruti.Domain.Offices;
using Protishruti.Web.Features.Sms;

namespace Protishruti.Web.Data.Configurations;

/// <summary>
/// A complaint and its steps (ADR 0038, 0041). The complainant's identity lives in three columns of the complaint's own
/// row and nowhere else: not in the steps, not in the audit log (the steps, with the officer who acted, are the
/// complaint's history), not in any statistic.
/// </summary>
public sealed class GrievanceConfiguration : IEntityTypeConfiguration<Grievance>
{
    public const string OpenFilter = "\"State\" <> 3";

    public void Configure(EntityTypeBuilder<Grievance> b)
    {
        b.HasTransitionVersion();
        b.HasIndex(g => g.TrackingNumber).IsUnique();
        b.HasIndex(g => g.SubmissionKey).IsUnique();
        b.Property(g => g.SubmissionKey).HasMaxLength(64);
        // An officer's queue: the open complaints at their office, by deadline; the cell's queue has no office.
        b.HasIndex(g => new { g.HandlingOfficeId, g.DueOn }).HasFilter(OpenFilter).HasDatabaseName("IX_Grievances_Open_HandlingOfficeId_DueOn");
        b.HasIndex(g => g.DueOn).HasFilter(OpenFilter).HasDatabaseName("IX_Grievances_Open_DueOn");
        // Statistics by office and quarter of receipt.
        b.HasIndex(g => new { g.OfficeId, g.SubmittedOn });
        b.Property(g => g.TrackingNumber).HasMaxLength(TrackingNumber.Length);
        b.Property(g => g.ServiceNameBn).HasMaxLength(500);
        b.Property(g => g.ApplicationTrackingNumber).HasMaxLength(TrackingNumber.Length);
        b.Property(g => g.WhatHappened).HasMaxLength(Grievance.MaxTextLength);
        b.Property(g => g.WhatTheyWant).HasMaxLength(Grievance.MaxWishLength);
        b.Property(g => g.Decision).HasMaxLength(Grievance.MaxNoteLength);
        b.Ignore(g => g.IsAnonymous);
        b.Ignore(g => g.IsClosed);
        b.Ignore(g => g.CountsAsResolved);
        b.Ignore(g => g.ClosedWithinDeadline);
        b.OwnsOne(g => g.Complainant, c =>
        {
            c.Property(x => x.Name).HasColumnName("ComplainantName").HasMaxLength(Complainant.MaxNameLength);
            c.Property(x => x.Mobile).HasColumnName("ComplainantMobile").HasMaxLength(11);
            c.Property(x => x.Email).HasColumnName("ComplainantEmail").HasMaxLength(320);
        });
        b.Navigation(g => g.Complainant).IsRequired(false);
        b.HasMany(g => g.Steps).WithOne().HasForeignKey(s => s.GrievanceId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(g => g.Steps).HasField("_steps").UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasMany(g => g.Attachments).WithOne().HasForeignKey(a => a.GrievanceId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(g => g.Attachments).HasField("_attachments").UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasOne<Office>().WithMany().HasForeignKey(g => g.OfficeId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Office>().WithMany().HasForeignKey(g => g.HandlingOfficeId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class GrievanceStepConfiguration : IEntityTypeConfiguration<GrievanceStep>
{
    public void Configure(EntityTypeBuilder<GrievanceStep> b)
    {
        b.HasIndex(s => s.GrievanceId);
        b.Property(s => s.Note).HasMaxLength(Grievance.MaxNoteLength);
        b.Property(s => s.Actor).HasMaxLength(256);
    }
}

public sealed class GrievanceAttachmentConfiguration : IEntityTypeConfiguration<GrievanceAttachment>
{
    public void Configure(EntityTypeBuilder<GrievanceAttachment> b)
    {
        b.HasIndex(a => a.GrievanceId);
        b.Property(a => a.Path).HasMaxLength(200);
        b.Property(a => a.Sha256).HasMaxLength(64);
        b.Property(a => a.ContentType).HasMaxLength(100);
        b.Property(a => a.FileName).HasMaxLength(200);
    }
}

public sealed class SmsMessageConfiguration : IEntityTypeConfiguration<SmsMessage>
{
    public void Configure(EntityTypeBuilder<SmsMessage> b)
    {
        b.ToTable("SmsMessages");
        b.HasOne<Office>().WithMany().HasForeignKey(m => m.OfficeId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(m => new { m.SentAt, m.NextAttemptAt });
        b.HasIndex(m => m.Source);
        b.Property(m => m.ToNumber).HasMaxLength(11);
        b.Property(m => m.Text).HasMaxLength(SmsMessage.MaxTextLength);
        b.Property(m => m.Source).HasMaxLength(SmsMessage.MaxSourceLength);
        b.Property(m => m.LastError).HasMaxLength(SmsMessage.MaxErrorLength);
        b.Ignore(m => m.Parts);
        var utc = new ValueConverter<DateTime, DateTime>(v => v, v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
        b.Property(m => m.CreatedAt).HasConversion(utc);
        b.Property(m => m.SentAt).HasConversion(utc);
        b.Property(m => m.NextAttemptAt).HasConversion(utc);
        b.Property(m => m.ClaimedUntil).HasConversion(utc);
    }
}

/// <summary>
/// The complaint statistics' facts (ADR 0045): read by fiscal year and path prefix; recounted by office; checked for
/// open complaints whose deadline has come (<c>NextDue</c>) and for a clock set back (<c>CountedOn</c>).
/// </summary>
public sealed class GrievanceFactConfiguration : IEntityTypeConfiguration<Features.Grievances.GrievanceFact>
{
    public void Configure(EntityTypeBuilder<Features.Grievances.GrievanceFact> b)
    {
        b.ToTable("GrievanceFacts");
        b.HasIndex(f => new { f.OfficeId, f.FiscalYearStart });
        b.HasIndex(f => f.NextDue);
        b.HasIndex(f => f.CountedOn);
        b.Property(f => f.Path).HasMaxLength(400);
        b.Property(f => f.ServiceNameBn).HasMaxLength(500);
        b.HasOne<Office>().WithMany().HasForeignKey(f => f.OfficeId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class GrievanceOfficeFactConfiguration : IEntityTypeConfiguration<Features.Grievances.GrievanceOfficeFact>
{
    public void Configure(EntityTypeBuilder<Features.Grievances.GrievanceOfficeFact> b)
    {
        b.ToTable("GrievanceOfficeFacts");
        b.HasKey(f => new { f.FiscalYearStart, f.Quarter, f.OfficeId });
        b.HasIndex(f => new { f.FiscalYearStart, f.Quarter, f.Path });
        b.HasIndex(f => f.OfficeId);
        b.Property(f => f.Path).HasMaxLength(400);
        b.HasOne<Office>().WithMany().HasForeignKey(f => f.OfficeId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class GrievanceFactYearConfiguration : IEntityTypeConfiguration<Features.Grievances.GrievanceFactYear>
{
    public void Configure(EntityTypeBuilder<Features.Grievances.GrievanceFactYear> b)
    {
        b.ToTable("GrievanceFactYears");
        b.HasKey(y => y.FiscalYearStart);
        b.Property(y => y.FiscalYearStart).ValueGeneratedNever();
    }
}

public sealed class GrievanceChangeConfiguration : IEntityTypeConfiguration<Features.Grievances.GrievanceChange>
{
    public void Configure(EntityTypeBuilder<Features.Grievances.GrievanceChange> b) => b.ToTable("GrievanceChanges");
}
