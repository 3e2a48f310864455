namespace Protishruti.Web.Features.Search;

/// <summary>
/// One word of the search index with the number of entries that hold it (its document frequency), kept by
/// <see cref="ServiceSearchIndex"/> with every rebuild. The search weighs rare words above common ones with it and
/// offers the nearest of these words as "did you mean" (ADR 0010). The row with the empty key counts the entries.
/// </summary>
public sealed class SearchWord
{
    public const int MaxKeyLength = 100;
    /// <summary>The key of the row that counts every entry.</summary>
    public const string TotalKey = "";

    /// <summary>The word as indexed: folded, and stemmed or not (<see cref="SearchText.Build"/>).</summary>
    public string Key { get; set; } = "";
    /// <summary>The word as a charter first wrote it, in lower case: what a suggestion shows.</summary>
    public string Word { get; set; } = "";
    public int Count { get; set; }
}
