namespace Protishruti.Web.Infrastructure.Auditing;

public enum AuditAction { Created = 1, Updated = 2, Deleted = 3 }

/// <summary>One change to an audited record: who, when, in which office, and the values before and after.</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }
    public DateTime At { get; set; }
    public string? UserId { get; set; }
    public string UserName { get; set; } = "";
    public int? OfficeId { get; set; }
    public string EntityType { get; set; } = "";
    public string EntityId { get; set; } = "";
    public AuditAction Action { get; set; }
    public string? Before { get; set; }
    public string? After { get; set; }
}

/// <summary>Who is making the change; a web request's user, or the command line / demo loader.</summary>
public interface IAuditActor
{
    (string? UserId, string UserName) Current { get; }
}
