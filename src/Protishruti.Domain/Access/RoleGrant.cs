namespace Protishruti.Domain.Access;

/// <summary>A user's role in one office (or globally, for SystemAdmin).</summary>
public sealed class RoleGrant
{
    private RoleGrant() { }

    public RoleGrant(string userId, OfficeRole role, int? officeId)
    {
        if (TypedText.IsBlank(userId)) throw new ArgumentException("A grant needs a user.", nameof(userId));
        if (role == OfficeRole.SystemAdmin && officeId is not null)
            throw new DomainException("SystemAdmin is a global role and is not granted in an office.", "সিস্টেম প্রশাসক সার্বিক ভূমিকা; কোনো দপ্তরে দেওয়া হয় না।");
        if (role != OfficeRole.SystemAdmin && officeId is null)
            throw new DomainException("Choose the office where the role applies.", "ভূমিকাটি কোন দপ্তরে প্রযোজ্য তা বাছাই করুন।");
        UserId = userId;
        Role = role;
        OfficeId = officeId;
    }

    public int Id { get; private set; }
    public string UserId { get; private set; } = "";
    public OfficeRole Role { get; private set; }
    public int? OfficeId { get; private set; }
}
