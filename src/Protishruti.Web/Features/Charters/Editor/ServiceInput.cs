using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Protishruti.Domain.Calendar;
using Protishruti.Domain.Charters;

namespace Protishruti.Web.Features.Charters.Editor;

/// <summary>One row of the documents list as typed; a row with nothing in it is a spare row and is ignored.</summary>
public sealed class DocumentRow
{
    public string? NameBn { get; set; }
    public string? NameEn { get; set; }
    public string? WhereBn { get; set; }
    public string? WhereEn { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(NameBn) && string.IsNullOrWhiteSpace(NameEn)
        && string.IsNullOrWhiteSpace(WhereBn) && string.IsNullOrWhiteSpace(WhereEn);
}

/// <summary>
/// The service form as typed. <see cref="Validate"/> runs each field's domain rule on its own so every problem shows on
/// one submit; the values it returns are then applied to the tracked service.
/// </summary>
public sealed class ServiceInput
{
    public const int SpareRows = 2;

    public ServiceCategory Category { get; set; } = ServiceCategory.Citizen;
    public string? NameBn { get; set; }
    public string? NameEn { get; set; }
    public string? MethodBn { get; set; }
    public string? MethodEn { get; set; }
    public bool InPerson { get; set; }
    public bool Online { get; set; }
    public string? OnlineUrl { get; set; }
    public bool ByPost { get; set; }
    public bool ByEmail { get; set; }
    public bool ByPhone { get; set; }
    public bool NoDocuments { get; set; }
    public List<DocumentRow> Documents { get; set; } = [];
    /// <summary>"free", "amount", or empty (not yet filled).</summary>
    public string? FeeKind { get; set; }
    public string? Amount { get; set; }
    public PaymentMethod? PaymentMethod { get; set; }
    public string? OtherMethod { get; set; }
    public string? FeeNote { get; set; }
    public string? TimeLimitText { get; set; }
    public int? ResponsiblePostId { get; set; }
    public int? SupervisingPostId { get; set; }

    public IEnumerable<DocumentRow> FilledDocuments => Documents.Where(d => !d.IsBlank);

    public static ServiceInput From(CharterService s)
    {
        var channels = s.DeliveryMethod?.Channels ?? DeliveryChannels.None;
        var input = new ServiceInput
        {
            Category = s.Category, NameBn = s.NameBn, NameEn = s.NameEn,
            MethodBn = s.DeliveryMethod?.TextBn, MethodEn = s.DeliveryMethod?.TextEn, OnlineUrl = s.DeliveryMethod?.OnlineUrl,
            InPerson = channels.HasFlag(DeliveryChannels.InPerson), Online = channels.HasFlag(DeliveryChannels.Online),
            ByPost = channels.HasFlag(DeliveryChannels.Post), ByEmail = channels.HasFlag(DeliveryChannels.Email), ByPhone = channels.HasFlag(DeliveryChannels.Phone),
            NoDocuments = s.NoDocumentsRequired,
            Documents = s.Documents.OrderBy(d => d.Order).Select(d => new DocumentRow { NameBn = d.NameBn, NameEn = d.NameEn, WhereBn = d.WhereToGetBn, WhereEn = d.WhereToGetEn }).ToList(),
            FeeKind = s.Fee is null ? "" : s.Fee.IsFree ? "free" : "amount",
            Amount = s.Fee?.Amount?.ToString(s.Fee.Amount % 1 == 0 ? "0" : "0.00", CultureInfo.InvariantCulture),
            PaymentMethod = s.Fee?.PaymentMethod, OtherMethod = s.Fee?.OtherMethodText, FeeNote = s.Fee?.Note,
            TimeLimitText = s.TimeLimit?.Text,
            ResponsiblePostId = s.ResponsibleOfficerPostId, SupervisingPostId = s.SupervisingOfficerPostId,
        };
        return input.WithSpareRows(SpareRows);
    }

    /// <summary>Drops empty rows and adds <paramref name="spare"/> blank ones at the end (the no-JS "add rows").</summary>
    public ServiceInput WithSpareRows(int spare)
    {
        Documents = [.. FilledDocuments, .. Enumerable.Range(0, Math.Max(spare, Documents.Count == 0 ? SpareRows : 0)).Select(_ => new DocumentRow())];
        return this;
    }

    /// <summary>After a refused save: rows stay where they were posted (errors are keyed by index), plus a blank one.</summary>
    public void KeepRows()
    {
        if (!Documents.Any(d => d.IsBlank)) Documents.Add(new DocumentRow());
    }

    public DeliveryChannels Channels =>
        (InPerson ? DeliveryChannels.InPerson : 0) | (Online ? DeliveryChannels.Online : 0) | (ByPost ? DeliveryChannels.Post : 0)
        | (ByEmail ? DeliveryChannels.Email : 0) | (ByPhone ? DeliveryChannels.Phone : 0);

    /// <summary>What the values become when valid: delivery method, fee and time limit (null = not filled in).</summary>
    public sealed record Parsed(DeliveryMethod? Method, Fee? Fee, TimeLimit? TimeLimit, List<DocumentRow> Documents);

    public Parsed? Validate(ModelStateDictionary state, string prefix, ISet<int> officePosts)
    {
        string K(string field) => $"{prefix}.{field}";
        bool Bn = Ui.Bn;
        if (!Enum.IsDefined(Category))
            state.AddModelError(K(nameof(Category)), Bn ? "সেবার ধরন নির্বাচন করুন।" : "Choose the kind of service.");
        state.Check(K(nameof(NameBn)), () => CharterText.Required(NameBn, "The service name (Bengali)", "সেবার নাম (বাংলা)", CharterText.MaxNameLength));
        state.Check(K(nameof(NameEn)), () => CharterText.Optional(NameEn, "The service name (English)", "সেবার নাম (ইংরেজি)", CharterText.MaxNameLength));

        DeliveryMethod? method = null;
        var methodGiven = !string.IsNullOrWhiteSpace(MethodBn) || !string.IsNullOrWhiteSpace(MethodEn) || Channels != 0 || !string.IsNullOrWhiteSpace(OnlineUrl);
        if (methodGiven
            && state.Check(K(nameof(MethodBn)), () => CharterText.Required(MethodBn, "The method of delivery (Bengali)", "সেবা প্রদান পদ্ধতি (বাংলা)"))
            && state.Check(K(nameof(MethodEn)), () => CharterText.Optional(MethodEn, "The method of delivery (English)", "সেবা প্রদান পদ্ধতি (ইংরেজি)")))
            state.Check(K(nameof(OnlineUrl)), () => method = new DeliveryMethod(MethodBn!, MethodEn, Channels, OnlineUrl));

        var rows = FilledDocuments.ToList();
        for (var i = 0; i < Documents.Count; i++)
        {
            var d = Documents[i];
            if (d.IsBlank) continue;
            var row = $"{prefix}.Documents[{i}]";
            state.Check($"{row}.NameBn", () => CharterText.Required(d.NameBn, "The document's name (Bengali)", "কাগজপত্রের নাম (বাংলা)", CharterText.MaxNameLength));
            state.Check($"{row}.NameEn", () => CharterText.Optional(d.NameEn, "The document's name (English)", "কাগজপত্রের নাম (ইংরেজি)", CharterText.MaxNameLength));
            state.Check($"{row}.WhereBn", () => CharterText.Optional(d.WhereBn, "Where to get the document (Bengali)", "কাগজপত্রের প্রাপ্তিস্থান (বাংলা)"));
            state.Check($"{row}.WhereEn", () => CharterText.Optional(d.WhereEn, "Where to get the document (English)", "কাগজপত্রের প্রাপ্তিস্থান (ইংরেজি)"));
        }
        if (rows.Count > CharterService.MaxDocuments)
            state.AddModelError(K(nameof(Documents)), Bn ? $"একটি সেবায় সর্বোচ্চ {BengaliDigits.ToBengali(CharterService.MaxDocuments)}টি কাগজপত্র থাকতে পারে।" : $"A service can list at most {CharterService.MaxDocuments} documents.");
        if (NoDocuments && rows.Count > 0)
            state.AddModelError(K(nameof(Documents)), Bn ? "কাগজপত্রের তালিকা দিলে \"কোনো কাগজপত্র লাগবে না\" টিক দেবেন না; যেকোনো একটি বেছে নিন।" : "Either list the documents or tick \"no documents needed\", not both.");

        Fee? fee = null;
        if (FeeKind == "free")
        {
            fee = Fee.Free;
        }
        else if (FeeKind == "amount")
        {
            var text = BengaliDigits.ToAscii((Amount ?? "").Trim()).Replace(",", "", StringComparison.Ordinal);
            if (!decimal.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var amount))
                state.AddModelError(K(nameof(Amount)), Bn ? "সেবামূল্য টাকায় সংখ্যা দিয়ে লিখুন (যেমন ৫০ বা ১২.৫০)।" : "Write the fee in taka as a number (e.g. 50 or 12.50).");
            else if (PaymentMethod is not { } pm || !Enum.IsDefined(pm))
                state.AddModelError(K(nameof(PaymentMethod)), Bn ? "পরিশোধ পদ্ধতি নির্বাচন করুন।" : "Choose how the fee is paid.");
            else if (state.Check(K(nameof(FeeNote)), () => CharterText.Optional(FeeNote, "The fee note", "সেবামূল্যের টীকা"))
                && state.Check(K(nameof(OtherMethod)), () => Fee.Of(1, pm, OtherMethod)))
                state.Check(K(nameof(Amount)), () => fee = Fee.Of(amount, pm, OtherMethod, FeeNote));
        }

        TimeLimit? limit = null;
        if (!string.IsNullOrWhiteSpace(TimeLimitText))
            state.Check(K(nameof(TimeLimitText)), () => limit = TimeLimit.FromText(TimeLimitText));

        foreach (var (field, id) in new[] { (nameof(ResponsiblePostId), ResponsiblePostId), (nameof(SupervisingPostId), SupervisingPostId) })
            if (id is int p && !officePosts.Contains(p))
                state.AddModelError(K(field), Bn ? "দপ্তরের তালিকা থেকে একটি পদ নির্বাচন করুন।" : "Choose a post from the office's list.");

        return state.IsValid ? new Parsed(method, fee, limit, rows) : null;
    }

    /// <summary>How the typed time limit is read, for the line under the field.</summary>
    public (TimeLimit? Limit, string? Error) Understood()
    {
        if (string.IsNullOrWhiteSpace(TimeLimitText)) return (null, null);
        try
        {
            return (TimeLimit.FromText(TimeLimitText), null);
        }
        catch (Domain.DomainException e)
        {
            return (null, e.LocalizedMessage(Ui.Bn));
        }
    }
}
