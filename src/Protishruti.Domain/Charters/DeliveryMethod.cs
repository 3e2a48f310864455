namespace Protishruti.Domain.Charters;

[Flags]
public enum DeliveryChannels
{
    None = 0,
    InPerson = 1,
    Online = 2,
    Post = 4,
    Email = 8,
    Phone = 16,
}

/// <summary>সেবা প্রদান পদ্ধতি: the description as printed, plus the channels it uses.</summary>
public sealed record DeliveryMethod
{
    private DeliveryMethod() { }

    public DeliveryMethod(string textBn, string? textEn, DeliveryChannels channels, string? onlineUrl = null)
    {
        TextBn = CharterText.Required(textBn, "The method of delivery (Bengali)", "সেবা প্রদান পদ্ধতি (বাংলা)");
        TextEn = CharterText.Optional(textEn, "The method of delivery (English)", "সেবা প্রদান পদ্ধতি (ইংরেজি)");
        if ((channels & ~AllChannels) != 0)
            throw new DomainException("Unknown delivery channel.", "অজানা সেবা প্রদানের মাধ্যম।");
        Channels = channels;
        OnlineUrl = CharterText.Optional(onlineUrl, "The online address", "অনলাইন ঠিকানা", 500);
        if (channels.HasFlag(DeliveryChannels.Online))
        {
            if (OnlineUrl is null)
                throw new DomainException("An online service needs its web address (https://…).", "অনলাইন সেবার ওয়েব ঠিকানা (https://…) দিন।");
            if (!Uri.TryCreate(OnlineUrl, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
                throw new DomainException($"'{OnlineUrl}' is not a web address (http:// or https://).", $"'{OnlineUrl}' সঠিক ওয়েব ঠিকানা নয় (http:// বা https://)।");
        }
        else if (OnlineUrl is not null)
        {
            throw new DomainException("A web address is given but the online channel is not ticked.", "ওয়েব ঠিকানা দেওয়া হয়েছে কিন্তু অনলাইন মাধ্যম নির্বাচন করা হয়নি।");
        }
    }

    private const DeliveryChannels AllChannels =
        DeliveryChannels.InPerson | DeliveryChannels.Online | DeliveryChannels.Post | DeliveryChannels.Email | DeliveryChannels.Phone;

    public string TextBn { get; private init; } = "";
    public string? TextEn { get; private init; }
    public DeliveryChannels Channels { get; private init; }
    public string? OnlineUrl { get; private init; }

    public string Text(bool bengali) => bengali || TextEn is null ? TextBn : TextEn;

    public override string ToString() => OnlineUrl is null ? $"{TextBn} [{Channels}]" : $"{TextBn} [{Channels}: {OnlineUrl}]";
}
