namespace Protishruti.Domain;

// Rules are broken by users, so every message is shown to one of them; the Web layer picks the language.
public class DomainException : Exception
{
    public DomainException(string messageEn, string messageBn)
        : base(messageEn)
    {
        MessageBn = messageBn;
    }

    public DomainException(string messageEn, string messageBn, Exception? innerException)
        : base(messageEn, innerException)
    {
        MessageBn = messageBn;
    }

    public string MessageBn { get; }

    /// <summary>The property the message is about (e.g. "NameBn"), when it is about one; forms and importers put it beside that field.</summary>
    public string? Field { get; init; }

    public string LocalizedMessage(bool bengali) => bengali ? MessageBn : Message;
}
