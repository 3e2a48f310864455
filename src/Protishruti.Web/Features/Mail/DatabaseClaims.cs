using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace Protishruti.Web.Features.Mail;

/// <summary>
/// Claims rows for one worker, so that several app instances sharing a database never work on one row at once
/// (ADR 0019). The row type needs <c>long Id</c>, <c>Guid? ClaimToken</c>, <c>DateTime? ClaimedUntil</c> (UTC) and
/// <c>int Attempts</c>. The claim is one conditional UPDATE per batch — "set my token where the claim is free" — which
/// both databases apply row by row atomically: PostgreSQL re-checks the condition on a row another transaction has
/// just updated (so the loser skips it), SQLite runs one writer at a time. Only the rows that carry this worker's token
/// afterwards are its own. A worker that dies leaves its claim to expire at <c>ClaimedUntil</c>.
/// </summary>
public static class DatabaseClaims
{
    public static async Task<List<T>> ClaimAsync<T>(DbSet<T> set, Expression<Func<T, bool>> due, DateTime now, TimeSpan lease, int batch,
        CancellationToken ct) where T : class
    {
        var candidates = await set.AsNoTracking().Where(due).Where(Free<T>(now))
            .OrderBy(e => EF.Property<long>(e, "Id")).Select(e => EF.Property<long>(e, "Id")).Take(batch).ToListAsync(ct);
        if (candidates.Count == 0) return [];

        var token = Guid.NewGuid();
        var until = now + lease;
        var claimed = await set.Where(e => candidates.Contains(EF.Property<long>(e, "Id"))).Where(due).Where(Free<T>(now))
            .ExecuteUpdateAsync(s => s
                .SetProperty(e => EF.Property<Guid?>(e, "ClaimToken"), token)
                .SetProperty(e => EF.Property<DateTime?>(e, "ClaimedUntil"), until)
                .SetProperty(e => EF.Property<int>(e, "Attempts"), e => EF.Property<int>(e, "Attempts") + 1), ct);
        if (claimed == 0) return [];
        return await set.Where(e => EF.Property<Guid?>(e, "ClaimToken") == token).OrderBy(e => EF.Property<long>(e, "Id")).ToListAsync(ct);
    }

    private static Expression<Func<T, bool>> Free<T>(DateTime now) where T : class =>
        e => EF.Property<DateTime?>(e, "ClaimedUntil") == null || EF.Property<DateTime?>(e, "ClaimedUntil") < now;
}
