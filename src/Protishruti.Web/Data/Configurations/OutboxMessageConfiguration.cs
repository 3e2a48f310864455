using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Protishruti.Domain.Offices;
using Protishruti.Web.Features.Mail;

namespace Protishruti.Web.Data.Configurations;

/// <summary>
/// The outbox (ADR 0019). Instants are UTC <see cref="DateTime"/>s, not DateTimeOffset: the claim compares them in SQL,
/// which SQLite can do only for DateTime (stored as sortable text). Read back as UTC on both providers.
/// </summary>
public sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("OutboxMessages");
        builder.HasOne<Office>().WithMany().HasForeignKey(m => m.OfficeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(m => new { m.OfficeId, m.Id });
        builder.HasIndex(m => new { m.SentAt, m.NextAttemptAt }); // the sender's scan of what is due
        builder.HasIndex(m => m.Source);
        builder.Property(m => m.ToAddress).HasMaxLength(OutboxMessage.MaxAddressLength);
        builder.Property(m => m.ToName).HasMaxLength(OutboxMessage.MaxNameLength);
        builder.Property(m => m.Subject).HasMaxLength(OutboxMessage.MaxSubjectLength);
        builder.Property(m => m.Body).HasMaxLength(OutboxMessage.MaxBodyLength);
        builder.Property(m => m.Source).HasMaxLength(OutboxMessage.MaxSourceLength);
        builder.Property(m => m.LastError).HasMaxLength(OutboxMessage.MaxErrorLength);
        var utc = new ValueConverter<DateTime, DateTime>(v => v, v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
        builder.Property(m => m.CreatedAt).HasConversion(utc);
        builder.Property(m => m.SentAt).HasConversion(utc);
        builder.Property(m => m.NextAttemptAt).HasConversion(utc);
        builder.Property(m => m.ClaimedUntil).HasConversion(utc);
        builder.Ignore(m => m.Status);
    }
}
