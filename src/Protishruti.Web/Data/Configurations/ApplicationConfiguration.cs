using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Protishruti.Domain.Charters;
using Protishruti.Domain.Delivery;
using Protishruti.Domain.Offices;

namespace Protishruti.Web.Data.Configurations;

public sealed class ApplicationConfiguration : IEntityTypeConfiguration<Application>
{
    // The same SQL on SQLite and PostgreSQL: both quote identifiers with double quotes.
    public const string OpenFilter = "\"Outcome\" IS NULL";

    public void Configure(EntityTypeBuilder<Application> b)
    {
        // Idempotency of every recording path: one application per register number in an office.
        b.HasIndex(a => new { a.OfficeId, a.Reference }).IsUnique();
        b.HasIndex(a => a.TrackingNumber).IsUnique();
        // The roll-up and the register read an office's applications by received date.
        b.HasIndex(a => new { a.OfficeId, a.ReceivedOn });
        // Open applications by due date: an office's inbox ("due within three working days") and the holiday recompute.
        b.HasIndex(a => new { a.OfficeId, a.DueOn }).HasFilter(OpenFilter).HasDatabaseName("IX_Applications_Open_OfficeId_DueOn");
        b.HasIndex(a => a.DueOn).HasFilter(OpenFilter).HasDatabaseName("IX_Applications_Open_DueOn");
        b.Property(a => a.Reference).HasMaxLength(Application.MaxReferenceLength);
        b.Property(a => a.TrackingNumber).HasMaxLength(TrackingNumber.Length).IsFixedLength(false);
        b.Property(a => a.Note).HasMaxLength(Application.MaxNoteLength);
        b.Property(a => a.OutcomeReason).HasMaxLength(Application.MaxReasonLength);
        b.Ignore(a => a.IsOpen);
        // Working days from receipt to delivery, stamped on save (ADR 0044); the performance fact triggers read it.
        b.Property<int?>(Features.Delivery.Performance.WorkingDaysTakenStamp.Column);
        b.HasOne<Office>().WithMany().HasForeignKey(a => a.OfficeId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<CharterService>().WithMany().HasForeignKey(a => a.CharterServiceId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<CharterVersion>().WithMany().HasForeignKey(a => a.CharterVersionId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKey>
{
    public void Configure(EntityTypeBuilder<ApiKey> b)
    {
        b.HasIndex(k => k.Hash).IsUnique();
        b.HasIndex(k => k.OfficeId);
        b.Property(k => k.Hash).HasMaxLength(64);
        b.Property(k => k.Prefix).HasMaxLength(16);
        b.Property(k => k.Label).HasMaxLength(ApiKey.MaxLabelLength);
        b.Property(k => k.CreatedBy).HasMaxLength(256);
        b.Property(k => k.RevokedBy).HasMaxLength(256);
        b.Ignore(k => k.IsActive);
        b.HasOne<Office>().WithMany().HasForeignKey(k => k.OfficeId).OnDelete(DeleteBehavior.Cascade);
    }
}
