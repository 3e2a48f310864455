using Microsoft.EntityFrameworkCore;
using Protishruti.Domain.Calendar;
using Protishruti.Domain.Charters;
using Protishruti.Domain.Offices;
using Protishruti.Web.Data;

namespace Protishruti.Web.Features.Search;

/// <summary>A parameter the caller got wrong, with the message in both languages.</summary>
public sealed record SearchProblem(string Parameter, string MessageEn, string MessageBn);

/// <summary>What a citizen asked for: words (all must match) and optional filters. Parsed from the query string.</summary>
public sealed record ServiceQuery(string Text, IReadOnlyList<string> Terms, ServiceCategory? Category, OfficeKind? Kind, string? District, int Page)
{
    public const int PageSize = 20;
    /// <summary>Results are counted up to this many; beyond it the page says "1,000+" and asks for more words.</summary>
    public const int CountCap = 1000;
    public const int MaxPage = CountCap / PageSize;

    public bool HasFilter => Category is not null || Kind is not null || District is not null;

    /// <summary>Nothing to search for yet: no words and no filter.</summary>
    public bool IsEmpty => Terms.Count == 0 && !HasFilter;

    public static ServiceQuery Parse(string? q, string? category, string? kind, string? district, string? page, List<SearchProblem> problems)
    {
        var text = (q ?? "").Trim();
        List<string> terms = [];
        if (text.Length > SearchText.MaxQueryLength)
            problems.Add(new("q", $"The search text is longer than {SearchText.MaxQueryLength} characters; shorten it.",
                $"অনুসন্ধানের লেখা {BengaliDigits.ToBengali(SearchText.MaxQueryLength)} অক্ষরের বেশি; ছোট করুন।"));
        else
        {
            terms = SearchText.QueryTerms(text);
            if (text.Length > 0 && terms.Count == 0)
                problems.Add(new("q", "Type at least one word of two or more letters.", "অন্তত দুই অক্ষরের একটি শব্দ লিখুন।"));
            else if (terms.Count > SearchText.MaxTerms)
                problems.Add(new("q", $"Use at most {SearchText.MaxTerms} words.", $"সর্বোচ্চ {BengaliDigits.ToBengali(SearchText.MaxTerms)}টি শব্দ লিখুন।"));
        }

        ServiceCategory? cat = null;
        if (!string.IsNullOrWhiteSpace(category))
        {
            cat = category.Trim().ToLowerInvariant() switch
            {
                "citizen" or "1" or "১" => ServiceCategory.Citizen,
                "institutional" or "2" or "২" => ServiceCategory.Institutional,
                "internal" or "3" or "৩" => ServiceCategory.Internal,
                _ => null,
            };
            if (cat is null)
                problems.Add(new("category", $"Unknown service category '{category}'; use citizen, institutional or internal.",
                    $"অজানা সেবার ধরন '{category}'; নাগরিক, প্রাতিষ্ঠানিক বা অভ্যন্তরীণ বেছে নিন।"));
        }

        OfficeKind? officeKind = null;
        if (!string.IsNullOrWhiteSpace(kind))
        {
            if (OfficeKindNames.TryParse(kind, out var k)) officeKind = k;
            else
                problems.Add(new("kind", $"Unknown office kind '{kind}'; use ministry, department, divisional, district, upazila or other.",
                    $"অজানা দপ্তরের ধরন '{kind}'; তালিকা থেকে বেছে নিন।"));
        }

        string? districtCode = null;
        if (!string.IsNullOrWhiteSpace(district))
        {
            var code = BengaliDigits.ToAscii(district.Trim()).PadLeft(2, '0');
            if (Districts.Find(code) is { } d) districtCode = d.Code;
            else
                problems.Add(new("district", $"Unknown district '{district}'; use the two-digit BBS district code, e.g. 69 for Natore.",
                    $"অজানা জেলা '{district}'; জেলার দুই অঙ্কের বিবিএস কোড দিন, যেমন নাটোর ৬৯।"));
        }

        var pageNumber = 1;
        if (!string.IsNullOrWhiteSpace(page)
            && (!BengaliDigits.TryParseInt(page.Trim(), out pageNumber) || pageNumber < 1 || pageNumber > MaxPage))
        {
            problems.Add(new("page", $"The page must be a whole number from 1 to {MaxPage}; got '{page}'.",
                $"পৃষ্ঠা ১ থেকে {BengaliDigits.ToBengali(MaxPage)} এর মধ্যে একটি পূর্ণসংখ্যা হতে হবে; দেওয়া হয়েছে '{page}'।"));
            pageNumber = 1;
        }
        return new ServiceQuery(text, terms, cat, officeKind, districtCode, pageNumber);
    }
}

public sealed record ServiceSearchResult(IReadOnlyList<ServiceSearchEntry> Hits, int Total, bool MoreThanCap, int Page)
{
    public int PageCount => (Math.Min(Total, ServiceQuery.CountCap) + ServiceQuery.PageSize - 1) / ServiceQuery.PageSize;
    public static ServiceSearchResult None { get; } = new([], 0, false, 1);
}

/// <summary>
/// The national service search (ADR 0010): the ids of matching entries in index order, up to the count cap, in one
/// query — SQLite through its FTS5 trigram table, PostgreSQL through LIKE on the pg_trgm GIN index — then one page of rows.
/// </summary>
public sealed class ServiceSearch(AppDbContext db)
{
    public async Task<ServiceSearchResult> SearchAsync(ServiceQuery query, CancellationToken ct = default)
    {
        if (query.IsEmpty) return ServiceSearchResult.None;
        var ids = db.Database.IsSqlite() ? await SqliteIdsAsync(query, ct) : await LikeIdsAsync(query, ct);
        var pageIds = ids.Skip((query.Page - 1) * ServiceQuery.PageSize).Take(ServiceQuery.PageSize).ToList();
        var hits = pageIds.Count == 0
            ? []
            : await db.Set<ServiceSearchEntry>().AsNoTracking().Where(e => pageIds.Contains(e.Id)).OrderBy(e => e.Id).ToListAsync(ct);
        return new ServiceSearchResult(hits, Math.Min(ids.Count, ServiceQuery.CountCap), ids.Count > ServiceQuery.CountCap, query.Page);
    }

    /// <summary>FTS5 trigram: each word is a phrase (a two-letter word with a space before it, so it matches a word's start); filters are tags.</summary>
    private Task<List<int>> SqliteIdsAsync(ServiceQuery query, CancellationToken ct)
    {
        var phrases = query.Terms.Select(t => t.Length < SearchText.SubstringLength ? " " + t : t).ToList();
        if (query.Kind is { } k) phrases.Add($"QK{(int)k}Q");
        if (query.Category is { } c) phrases.Add($"QC{(int)c}Q");
        if (query.District is { } d) phrases.Add($"QD{d}Q");
        var match = string.Join(" AND ", phrases.Select(p => $"\"{p}\"")); // words hold only letters, marks and digits
        return db.Database.SqlQueryRaw<int>(
                """SELECT rowid AS "Value" FROM "ServiceSearchFts" WHERE "ServiceSearchFts" MATCH {0} ORDER BY rowid LIMIT {1}""",
                match, ServiceQuery.CountCap + 1)
            .ToListAsync(ct);
    }

    /// <summary>PostgreSQL: LIKE '%word%' (or '% wo%' for a two-letter word) is answered by the pg_trgm GIN index.</summary>
    private async Task<List<int>> LikeIdsAsync(ServiceQuery query, CancellationToken ct)
    {
        var entries = db.Set<ServiceSearchEntry>().AsNoTracking();
        foreach (var term in query.Terms)
        {
            var pattern = term.Length < SearchText.SubstringLength ? $"% {term}%" : $"%{term}%";
            entries = entries.Where(e => EF.Functions.Like(e.Terms, pattern));
        }
        if (query.Kind is { } k) entries = entries.Where(e => e.OfficeKind == k);
        if (query.Category is { } c) entries = entries.Where(e => e.Category == c);
        if (query.District is { } d) entries = entries.Where(e => e.DistrictCode == d);
        // No ORDER BY in the database: with one, PostgreSQL walks the primary key and filters every row, which reads the
        // whole table for a rare word. Without it the planner takes a sequential scan that stops at the cap for a common
        // word and the trigram bitmap for a rare one; the (at most CountCap + 1) ids are put in order here.
        var ids = await entries.Select(e => e.Id).Take(ServiceQuery.CountCap + 1).ToListAsync(ct);
        ids.Sort();
        return ids;
    }
}
