namespace Protishruti.Domain.Search;

/// <summary>
/// A line of the search dictionary added on the admin page (the repository's synonyms.tsv holds the rest): the
/// <see cref="Terms"/> charters use, and the <see cref="Variants"/> citizens type for them. A query with any of them is
/// also searched for every term. Phrases are separated by ";" as in the file.
/// </summary>
public sealed class SearchSynonym
{
    public const int MaxPhraseWords = 6;
    public const int MaxPhraseLength = 100;
    public const int MaxListLength = 1000;
    public const int MaxNoteLength = 300;

    private SearchSynonym() { }

    public SearchSynonym(string terms, string? variants, string? note, int? officeId, string createdBy, DateTimeOffset createdAt)
    {
        Terms = ValidTerms(terms);
        Variants = ValidVariants(variants);
        Note = ValidNote(note);
        OfficeId = officeId;
        CreatedBy = createdBy;
        CreatedAt = createdAt;
    }

    public int Id { get; private set; }
    /// <summary>What charters say, " ; "-separated; searched whenever the line is recognised in a query.</summary>
    public string Terms { get; private set; } = "";
    /// <summary>What citizens type, " ; "-separated; recognised in a query, not searched for itself.</summary>
    public string Variants { get; private set; } = "";
    public string? Note { get; private set; }
    /// <summary>The office that added the line; null for a national line added by a system administrator.</summary>
    public int? OfficeId { get; private set; }
    public string CreatedBy { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>The terms as stored (" ; "-separated), or the reason they cannot be.</summary>
    public static string ValidTerms(string? terms)
    {
        var list = Phrases(terms, "terms", "শব্দ");
        if (list.Count == 0)
            throw new DomainException("Give at least one term as charters write it.", "সেবা প্রদান প্রতিশ্রুতিতে যেভাবে লেখা থাকে এমন অন্তত একটি শব্দ দিন।");
        return Joined(list);
    }

    public static string ValidVariants(string? variants) => Joined(Phrases(variants, "variants", "বিকল্প"));

    public static string? ValidNote(string? note)
    {
        var trimmed = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (trimmed is { Length: > MaxNoteLength })
            throw new DomainException($"The note may be at most {MaxNoteLength} characters long.", "মন্তব্য সর্বোচ্চ ৩০০ অক্ষরের হতে পারে।");
        return trimmed;
    }

    private static string Joined(List<string> phrases)
    {
        var joined = string.Join(" ; ", phrases);
        if (joined.Length > MaxListLength)
            throw new DomainException($"A list may be at most {MaxListLength} characters long.", "একটি তালিকা সর্বোচ্চ ১০০০ অক্ষরের হতে পারে।");
        return joined;
    }

    /// <summary>The phrases of a ";"-separated list, trimmed, without empties and repeats; each checked for length.</summary>
    public static List<string> Phrases(string? list, string whatEn = "list", string whatBn = "তালিকা")
    {
        var phrases = new List<string>();
        if (string.IsNullOrWhiteSpace(list)) return phrases;
        foreach (var part in list.Split([';', '\n'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var phrase = string.Join(' ', part.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            if (phrase.Length > MaxPhraseLength)
                throw new DomainException($"'{phrase}' in the {whatEn} is longer than {MaxPhraseLength} characters.",
                    $"{whatBn} এর '{phrase}' ১০০ অক্ষরের বেশি।");
            if (phrase.Split(' ').Length > MaxPhraseWords)
                throw new DomainException($"'{phrase}' in the {whatEn} has more than {MaxPhraseWords} words; a phrase is a name, not a sentence.",
                    $"{whatBn} এর '{phrase}' এ ৬টির বেশি শব্দ; একটি নাম লিখুন, বাক্য নয়।");
            if (!phrases.Contains(phrase, StringComparer.OrdinalIgnoreCase)) phrases.Add(phrase);
        }
        return phrases;
    }
}
