using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Protishruti.Domain.Calendar;
using Protishruti.Domain.Charters;
using Protishruti.Domain.Charters.Templates;
using Protishruti.Domain.Offices;

namespace Protishruti.Web.Features.Templates;

/// <summary>
/// A template service as typed. Everything but the name may be left empty: the adopting office fills it in its draft.
/// Documents are one per line, "name | where to get it", optionally followed by "| English name | English where".
/// </summary>
public sealed class TemplateInput
{
    public const string FeeFree = "free";
    public const string FeeAmount = "amount";

    public OfficeKind? Kind { get; set; }
    public ServiceCategory? Category { get; set; }
    public string? NameBn { get; set; }
    public string? NameEn { get; set; }
    public string? DeliveryBn { get; set; }
    public string? DeliveryEn { get; set; }
    public bool InPerson { get; set; }
    public bool Online { get; set; }
    public bool ByPost { get; set; }
    public bool ByEmail { get; set; }
    public bool ByPhone { get; set; }
    public string? OnlineUrl { get; set; }
    public bool NoDocuments { get; set; }
    public string? Documents { get; set; }
    /// <summary>"" (the office fills it), "free" or "amount".</summary>
    public string? FeeKind { get; set; }
    // Text, not decimal: people type Bengali digits.
    public string? FeeAmountText { get; set; }
    public PaymentMethod? PaymentMethod { get; set; }
    public string? OtherMethod { get; set; }
    public string? FeeNote { get; set; }
    public string? TimeLimit { get; set; }

    public static TemplateInput From(OfficeKind kind, ServiceContent c)
    {
        var channels = c.DeliveryMethod?.Channels ?? DeliveryChannels.None;
        return new TemplateInput
        {
            Kind = kind,
            Category = c.Category,
            NameBn = c.Name.Bn,
            NameEn = c.Name.En,
            DeliveryBn = c.DeliveryMethod?.TextBn,
            DeliveryEn = c.DeliveryMethod?.TextEn,
            InPerson = channels.HasFlag(DeliveryChannels.InPerson),
            Online = channels.HasFlag(DeliveryChannels.Online),
            ByPost = channels.HasFlag(DeliveryChannels.Post),
            ByEmail = channels.HasFlag(DeliveryChannels.Email),
            ByPhone = channels.HasFlag(DeliveryChannels.Phone),
            OnlineUrl = c.DeliveryMethod?.OnlineUrl,
            NoDocuments = c.Documents.NoneRequired,
            Documents = string.Join("\n", c.Documents.Lines.Select(FormatLine)),
            FeeKind = c.Fee is null ? "" : c.Fee.IsFree ? FeeFree : FeeAmount,
            FeeAmountText = c.Fee?.Amount?.ToString("0.##", CultureInfo.InvariantCulture),
            PaymentMethod = c.Fee?.PaymentMethod,
            OtherMethod = c.Fee?.OtherMethodText,
            FeeNote = c.Fee?.Note,
            TimeLimit = c.TimeLimit?.Text,
        };
    }

    /// <summary>Checks every field, putting each message beside its field; on success gives the content to store.</summary>
    public bool Validate(ModelStateDictionary state, string prefix, out ServiceContent? content)
    {
        content = null;
        string Key(string field) => $"{prefix}.{field}";
        if (Kind is null || !Enum.IsDefined(Kind.Value)) state.AddModelError(Key(nameof(Kind)), Ui.T("দপ্তরের ধরন নির্বাচন করুন।", "Choose the kind of office."));
        if (Category is null || !Enum.IsDefined(Category.Value)) state.AddModelError(Key(nameof(Category)), Ui.T("সেবার ধরন নির্বাচন করুন।", "Choose the service category."));
        state.Check(Key(nameof(NameBn)), () => CharterText.Required(NameBn, "The service name (Bengali)", "সেবার নাম (বাংলা)", CharterText.MaxNameLength));
        state.Check(Key(nameof(NameEn)), () => CharterText.Optional(NameEn, "The service name (English)", "সেবার নাম (ইংরেজি)", CharterText.MaxNameLength));

        DeliveryMethod? delivery = null;
        var channels = Channels();
        var anyDelivery = !string.IsNullOrWhiteSpace(DeliveryBn) || !string.IsNullOrWhiteSpace(DeliveryEn) || channels != DeliveryChannels.None || !string.IsNullOrWhiteSpace(OnlineUrl);
        if (anyDelivery
            && state.Check(Key(nameof(DeliveryBn)), () => _ = new DeliveryMethod(DeliveryBn!, null, DeliveryChannels.None))
            && state.Check(Key(nameof(DeliveryEn)), () => _ = new DeliveryMethod("-", DeliveryEn, DeliveryChannels.None)))
            state.Check(Key(nameof(OnlineUrl)), () => delivery = new DeliveryMethod(DeliveryBn!, DeliveryEn, channels, OnlineUrl));

        var lines = ParseDocuments(Documents);
        ServiceDocuments documents = new(NoDocuments, lines);
        state.Check(Key(nameof(Documents)), () => ServiceContent.Create(ServiceCategory.Citizen, "-", null, null, documents, null, null));

        Fee? fee = null;
        if (FeeKind == FeeFree)
        {
            fee = Fee.Free;
        }
        else if (FeeKind == FeeAmount)
        {
            var method = PaymentMethod ?? 0;
            if (!decimal.TryParse(BengaliDigits.ToAscii((FeeAmountText ?? "").Trim()), NumberStyles.Number, CultureInfo.InvariantCulture, out var amount))
                state.AddModelError(Key(nameof(FeeAmountText)), Ui.T("টাকার পরিমাণ সংখ্যায় লিখুন (যেমন ৫০ বা ১২.৫০)।", "Write the amount in figures (e.g. 50 or 12.50)."));
            else if (!Enum.IsDefined(method))
                state.AddModelError(Key(nameof(PaymentMethod)), Ui.T("পরিশোধ পদ্ধতি নির্বাচন করুন।", "Choose how the fee is paid."));
            else if (state.Check(Key(nameof(FeeAmountText)), () => Fee.Of(amount, Domain.Charters.PaymentMethod.TreasuryChallan))
                     && state.Check(Key(nameof(OtherMethod)), () => Fee.Of(1, method, OtherMethod)))
                state.Check(Key(nameof(FeeNote)), () => fee = Fee.Of(amount, method, OtherMethod, FeeNote));
        }
        else if (!string.IsNullOrEmpty(FeeKind))
        {
            state.AddModelError(Key(nameof(FeeKind)), Ui.T("সেবামূল্যের একটি বিকল্প নির্বাচন করুন।", "Choose one of the fee options."));
        }

        TimeLimit? limit = null;
        if (!string.IsNullOrWhiteSpace(TimeLimit))
            state.Check(Key(nameof(TimeLimit)), () => limit = Domain.Charters.TimeLimit.FromText(TimeLimit));

        if (!state.IsValid) return false;
        content = ServiceContent.Create(Category!.Value, NameBn!, NameEn, delivery, documents, fee, limit);
        return true;
    }

    private DeliveryChannels Channels() =>
        (InPerson ? DeliveryChannels.InPerson : 0) | (Online ? DeliveryChannels.Online : 0) | (ByPost ? DeliveryChannels.Post : 0)
        | (ByEmail ? DeliveryChannels.Email : 0) | (ByPhone ? DeliveryChannels.Phone : 0);

    private static List<DocumentLine> ParseDocuments(string? text) =>
        (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.Split('|', StringSplitOptions.TrimEntries))
            .Select(p => new DocumentLine(p[0], Part(p, 2), Part(p, 1), Part(p, 3)))
            .ToList();

    private static string? Part(string[] parts, int i) => parts.Length > i && parts[i].Length > 0 ? parts[i] : null;

    private static string FormatLine(DocumentLine d)
    {
        var parts = new[] { d.NameBn, d.WhereToGetBn ?? "", d.NameEn ?? "", d.WhereToGetEn ?? "" };
        var last = Array.FindLastIndex(parts, p => p.Length > 0);
        return string.Join(" | ", parts.Take(last + 1));
    }
}
