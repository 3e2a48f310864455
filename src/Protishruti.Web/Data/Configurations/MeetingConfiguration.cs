using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Protishruti.Domain.Meetings;
using Protishruti.Domain.Offices;

namespace Protishruti.Web.Data.Configurations;

/// <summary>
/// A meeting's agenda items and decisions are rows (decisions are tracked across meetings); who was invited, who came,
/// the notice's issues and the corrigenda are values kept as JSON in the meeting's row — read and written with it.
/// </summary>
public sealed class MeetingConfiguration : IEntityTypeConfiguration<Meeting>
{
    public void Configure(EntityTypeBuilder<Meeting> builder)
    {
        builder.HasOne<Office>().WithMany().HasForeignKey(m => m.OfficeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(m => new { m.OfficeId, m.Date });
        builder.HasTransitionVersion(); // notice, minutes and corrigenda happen once (ADR 0033)
        builder.HasIndex(m => new { m.Kind, m.Date });
        builder.Property(m => m.Title).HasMaxLength(Meeting.MaxTitleLength);
        builder.Property(m => m.Venue).HasMaxLength(Meeting.MaxTitleLength);
        builder.Property(m => m.OnlineLink).HasMaxLength(Meeting.MaxTitleLength);
        builder.Property(m => m.Chair).HasMaxLength(Meeting.MaxTitleLength);
        builder.Property(m => m.Section).HasMaxLength(Meeting.MaxSectionLength);
        builder.Ignore(m => m.MinutesTable);
        builder.Ignore(m => m.MinutesUnnumbered);
        builder.Property(m => m.MinutesHeadings).HasMaxLength(5 * (MinutesTable.MaxHeadingLength + 1));
        builder.Property(m => m.MinutesTitle).HasMaxLength(Meeting.MaxTitleLength + 20);
        builder.Property(m => m.MinutesTimeWord).HasMaxLength(MinutesWording.MaxTimeWordLength);
        builder.Property(m => m.MinutesAttendanceLine).HasMaxLength(MinutesWording.MaxAttendanceLength);
        builder.Property(m => m.MinutesChairRole).HasMaxLength(MinutesWording.MaxChairRoleLength + MinutesWording.MaxChairRoleLines);
        builder.Property(m => m.NoticeBody).HasMaxLength(Meeting.MaxTextLength);
        builder.Property(m => m.Opening).HasMaxLength(Meeting.MaxTextLength);
        builder.Property(m => m.Closing).HasMaxLength(Meeting.MaxTextLength);
        builder.Property(m => m.MinutesMemoNumber).HasMaxLength(100);
        builder.Property(m => m.MinutesIssuedBy).HasMaxLength(450);
        builder.Ignore(m => m.Quarter);
        builder.Ignore(m => m.Decisions);
        builder.Ignore(m => m.ImplementationShare);

        builder.HasMany(m => m.Agenda).WithOne(a => a.Meeting).HasForeignKey(a => a.MeetingId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(m => m.Agenda).HasField("_agenda");
        // EF maps a complex collection only through IList<T>: the lists are mapped by their fields, the read-only views ignored.
        builder.Ignore(m => m.Invitees);
        builder.Ignore(m => m.Attendees);
        builder.Ignore(m => m.NoticeIssues);
        builder.Ignore(m => m.Corrigenda);
        builder.ComplexCollection<List<Party>, Party>("_invitees", b => b.ToJson("Invitees"));
        builder.ComplexCollection<List<Attendee>, Attendee>("_attendees", b =>
        {
            b.ToJson("Attendees");
            b.ComplexProperty(a => a.Who);
        });
        builder.ComplexCollection<List<NoticeIssue>, NoticeIssue>("_noticeIssues", b => b.ToJson("NoticeIssues"));
        builder.ComplexCollection<List<Corrigendum>, Corrigendum>("_corrigenda", b => b.ToJson("Corrigenda"));
        // The distribution lists as the office wrote them (ADR 0035), in print order.
        builder.Ignore(m => m.NoticeDistribution);
        builder.Ignore(m => m.MinutesDistribution);
        builder.ComplexCollection<List<DistributionLine>, DistributionLine>("_noticeDistribution", b => b.ToJson("NoticeDistribution"));
        builder.ComplexCollection<List<DistributionLine>, DistributionLine>("_minutesDistribution", b => b.ToJson("MinutesDistribution"));
        builder.Property(m => m.NoticeDistributionHeading).HasMaxLength(DistributionLine.MaxNoteLength);
        builder.Property(m => m.NoticeCopyHeading).HasMaxLength(DistributionLine.MaxNoteLength);
        builder.Property(m => m.MinutesDistributionHeading).HasMaxLength(DistributionLine.MaxNoteLength);
        builder.Property(m => m.MinutesCopyHeading).HasMaxLength(DistributionLine.MaxNoteLength);
    }
}

public sealed class AgendaItemConfiguration : IEntityTypeConfiguration<AgendaItem>
{
    public void Configure(EntityTypeBuilder<AgendaItem> builder)
    {
        builder.Property(a => a.Title).HasMaxLength(AgendaItem.MaxTitleLength);
        builder.Property(a => a.Details).HasMaxLength(AgendaItem.MaxTextLength);
        builder.Property(a => a.Discussion).HasMaxLength(AgendaItem.MaxTextLength);
        builder.HasMany(a => a.Decisions).WithOne(d => d.Item).HasForeignKey(d => d.AgendaItemId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(a => a.Decisions).HasField("_decisions");
    }
}

public sealed class DecisionConfiguration : IEntityTypeConfiguration<Decision>
{
    public void Configure(EntityTypeBuilder<Decision> builder)
    {
        builder.Property(d => d.Text).HasMaxLength(Decision.MaxTextLength);
        builder.Property(d => d.PrintedImplementers).HasMaxLength(Decision.MaxPrintedImplementersLength);
        builder.Ignore(d => d.IsImplemented);
        builder.Ignore(d => d.IsDropped);
        builder.Ignore(d => d.Implementers);
        builder.ComplexCollection<List<Party>, Party>("_implementers", b => b.ToJson("Implementers"));
        builder.HasMany(d => d.Progress).WithOne(p => p.Decision).HasForeignKey(p => p.DecisionId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(d => d.Progress).HasField("_progress");
    }
}

public sealed class DecisionProgressConfiguration : IEntityTypeConfiguration<DecisionProgress>
{
    public void Configure(EntityTypeBuilder<DecisionProgress> builder)
    {
        builder.HasIndex(p => new { p.DecisionId, p.OfficeId }).IsUnique();
        builder.HasIndex(p => new { p.OfficeId, p.Status }); // "decisions assigned to us"
        builder.HasOne<Office>().WithMany().HasForeignKey(p => p.OfficeId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(p => p.Note).HasMaxLength(DecisionProgress.MaxNoteLength);
        builder.Property(p => p.Reason).HasMaxLength(DecisionProgress.MaxNoteLength);
        builder.Property(p => p.UpdatedBy).HasMaxLength(450);
        builder.PrimitiveCollection(p => p.Evidence).HasField("_evidence");
    }
}
