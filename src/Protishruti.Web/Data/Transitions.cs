using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Protishruti.Domain;

namespace Protishruti.Web.Data;

/// <summary>What a request that lost a transition race (or a form sent twice) was too late for, in both languages.</summary>
public sealed record AlreadyDone(string En, string Bn)
{
    public static readonly AlreadyDone Issued = new("This was already issued; its current state is shown below.",
        "এটি ইতোমধ্যে জারি হয়েছে; নিচে এর বর্তমান অবস্থা দেখানো হলো।");
    public static readonly AlreadyDone Cancelled = new("The meeting was already cancelled; its current state is shown below.",
        "সভাটি ইতোমধ্যে বাতিল করা হয়েছে; নিচে এর বর্তমান অবস্থা দেখানো হলো।");
    public static readonly AlreadyDone Certified = new("This quarter's record was already made; it is shown below.",
        "এই ত্রৈমাসিকের রেকর্ড ইতোমধ্যে করা হয়েছে; নিচে দেখানো হলো।");
    public static readonly AlreadyDone Submitted = new("This was already submitted; its current state is shown below.",
        "এটি ইতোমধ্যে দাখিল করা হয়েছে; নিচে এর বর্তমান অবস্থা দেখানো হলো।");
    public static readonly AlreadyDone Published = new("This was already published; the charter as published is shown on its public page.",
        "এটি ইতোমধ্যে প্রকাশিত হয়েছে; প্রকাশিত প্রতিশ্রুতি এর জনসাধারণের পাতায় দেখা যাবে।");
    public static readonly AlreadyDone Decided = new("Another reviewer has just decided on this report; see its history below.",
        "অন্য একজন পর্যালোচক এইমাত্র প্রতিবেদনটির বিষয়ে সিদ্ধান্ত দিয়েছেন; নিচের ইতিহাস দেখুন।");
    /// <summary>A plain save that met a record a transition had moved on meanwhile (mapped in one place, the error handler).</summary>
    public static readonly AlreadyDone Changed = new("Someone else changed this after you opened the page, and nothing of yours was saved. Open the page again to see its current state.",
        "আপনি পাতাটি খোলার পর অন্য কেউ এটি পরিবর্তন করেছেন; আপনার কিছুই সংরক্ষিত হয়নি। বর্তমান অবস্থা দেখতে পাতাটি আবার খুলুন।");
}

/// <summary>The loser of a transition: nothing was stored, no memo number taken, no document made, no e-mail queued.</summary>
public sealed class AlreadyDoneException(AlreadyDone what) : DomainException(what.En, what.Bn);

/// <summary>
/// Exactly once, for every official transition (ADR 0033). An aggregate that has transitions — a meeting (notice,
/// minutes, corrigenda), a committee (office orders, certificates), a progress report (submit, accept, return) — carries
/// a <c>Version</c> column, an EF concurrency token that only transitions move. A transition first <em>claims</em> its
/// aggregate in the transaction that takes the memo serial:
/// <c>UPDATE … SET "Version" = "Version" + 1 WHERE "Id" = @id AND "Version" = @seen</c>. Of several requests that
/// loaded the same version, the first claim changes one row; PostgreSQL makes the others wait on its row lock and
/// re-check the condition after it commits, SQLite's writer lock lets them in one at a time — either way they change
/// nothing and get <see cref="AlreadyDoneException"/> before they take a number, freeze a document or queue an e-mail.
/// A form may carry the version it was shown at (<see cref="Expect"/>), so a second click after the first completed is
/// refused the same way even where the state alone does not tell (an amendment, a corrigendum). Plain saves of the
/// aggregate are checked against the version and refused when a transition came between (the error handler shows
/// <see cref="AlreadyDone.Changed"/>). The charter's version keeps its own revision token (ADR 0008), which the claim also works with.
/// </summary>
public static class Transitions
{
    public const string Version = "Version";

    /// <summary>Gives the aggregate its transition version (a shadow column; the domain does not see it).</summary>
    public static void HasTransitionVersion<T>(this EntityTypeBuilder<T> builder) where T : class =>
        builder.Property<int>(Version).IsConcurrencyToken();

    /// <summary>The version the aggregate was loaded at, for the form to carry.</summary>
    public static int VersionOf<T>(this AppDbContext db, T aggregate) where T : class =>
        (int)db.Entry(aggregate).Property(TokenOf(db, aggregate)).OriginalValue!;

    /// <summary>The stored version of the aggregate with this id (for a page that read it without tracking).</summary>
    public static Task<int> VersionOfAsync<T>(this AppDbContext db, int id, CancellationToken ct) where T : class =>
        db.Set<T>().Where(e => EF.Property<int>(e, "Id") == id).Select(e => EF.Property<int>(e, Version)).SingleAsync(ct);

    /// <summary>
    /// The form was shown at <paramref name="seen"/>: when the aggregate has moved on since (another transition came
    /// first), refuses with <paramref name="already"/>; otherwise the claim will expect that version. Null (a form
    /// without the field) leaves the version the request loaded.
    /// </summary>
    public static void Expect<T>(this AppDbContext db, T aggregate, int? seen, AlreadyDone already) where T : class
    {
        if (seen is { } v && v != db.VersionOf(aggregate)) throw new AlreadyDoneException(already);
    }

    /// <summary>
    /// Claims the aggregate for one transition in the current transaction: moves its version on by one, provided it
    /// is still the version this request loaded; otherwise throws <see cref="AlreadyDoneException"/> and changes nothing.
    /// An aggregate not yet saved needs no claim (nobody else can see it).
    /// </summary>
    public static async Task ClaimAsync<T>(this AppDbContext db, T aggregate, AlreadyDone already, CancellationToken ct) where T : class
    {
        var entry = db.Entry(aggregate);
        if (entry.State == EntityState.Added) return;
        if (db.Database.CurrentTransaction is null)
            throw new InvalidOperationException("A claim belongs in the transaction of its transition (the one that takes the memo number).");
        var token = TokenOf(db, aggregate);
        var expected = (int)entry.Property(token).OriginalValue!;
        var id = (int)entry.Property("Id").CurrentValue!;
        var claimed = await db.Set<T>()
            .Where(e => EF.Property<int>(e, "Id") == id && EF.Property<int>(e, token) == expected)
            .ExecuteUpdateAsync(s => s.SetProperty(e => EF.Property<int>(e, token), e => EF.Property<int>(e, token) + 1), ct);
        if (claimed == 0) throw new AlreadyDoneException(already);
        // The save that follows checks (and, for the charter's revision, moves on from) the claimed version.
        var current = (int)entry.Property(token).CurrentValue!;
        entry.Property(token).OriginalValue = expected + 1;
        entry.Property(token).CurrentValue = current == expected ? expected + 1 : current + 1;
    }

    /// <summary>
    /// Saves a new aggregate whose unique index is its claim (a committee's first constitution: one per office and
    /// kind). Of two inserted at once the index refuses the second, which gets <paramref name="already"/>.
    /// </summary>
    public static async Task InsertOnceAsync(this AppDbContext db, AlreadyDone already, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (IsUniqueViolation(e))
        {
            throw new AlreadyDoneException(already);
        }
    }

    public static bool IsUniqueViolation(DbUpdateException e) => e.InnerException switch
    {
        Microsoft.Data.Sqlite.SqliteException s => s.SqliteExtendedErrorCode is 2067 or 1555, // SQLITE_CONSTRAINT_UNIQUE, _PRIMARYKEY
        Npgsql.PostgresException p => p.SqlState == Npgsql.PostgresErrorCodes.UniqueViolation,
        _ => false,
    };

    private static string TokenOf<T>(AppDbContext db, T aggregate) where T : class =>
        db.Entry(aggregate).Metadata.GetProperties().SingleOrDefault(p => p.IsConcurrencyToken && p.ClrType == typeof(int))?.Name
        ?? throw new InvalidOperationException($"{typeof(T).Name} has no transition version (HasTransitionVersion in its configuration).");
}
