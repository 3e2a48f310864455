using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Protishruti.Domain.Access;
using Protishruti.Domain.Calendar;
using Protishruti.Web.Features.Admin.Holidays;
using Protishruti.Domain.Offices;
using Protishruti.Web.Data;
using Protishruti.Web.Infrastructure;
using Protishruti.Web.Infrastructure.Auditing;
using Protishruti.Web.Infrastructure.Identity;

namespace Protishruti.Web.Features.Offices.Manage.Audit;

/// <summary>An office's audit log, newest first: who changed what, and each changed field's value before and after.</summary>
[Authorize]
public sealed class IndexModel(AppDbContext db, OfficeAccess access) : OfficePage(db, access)
{
    public const int PageSize = 50;
    public List<Row> Rows { get; } = [];
    public int PageNumber { get; private set; }
    public int PageCount { get; private set; }
    public int Total { get; private set; }

    public sealed record Change(string Field, string? Before, string? After);

    public sealed record Row(AuditEntry Entry, string? Label, IReadOnlyList<Change> Changes)
    {
        public DateTime LocalTime => DateTime.SpecifyKind(Entry.At, DateTimeKind.Utc) + Clock.BangladeshOffset;
    }

    public async Task<IActionResult> OnGetAsync(string code, [FromQuery(Name = "page")] int? page, CancellationToken ct)
    {
        if (await LoadOfficeAsync(code, OfficeAction.ViewAuditLog, ct) is { } denied) return denied;
        var office = Office;

        var entries = Db.AuditEntries.AsNoTracking().Where(a => a.OfficeId == office.Id);
        Total = await entries.CountAsync(ct);
        PageCount = Math.Max(1, (Total + PageSize - 1) / PageSize);
        PageNumber = Math.Clamp(page ?? 1, 1, PageCount);
        var list = await entries.OrderByDescending(a => a.At).ThenByDescending(a => a.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize).ToListAsync(ct);

        var snapshots = list.Select(e => (Entry: e, Before: Parse(e.Before), After: Parse(e.After))).ToList();
        // Role grants store a user id; show the user name instead.
        var userIds = snapshots.Where(s => s.Entry.EntityType == nameof(RoleGrant))
            .SelectMany(s => new[] { s.Before, s.After })
            .Select(d => d?.GetValueOrDefault("UserId")).OfType<string>().Distinct().ToList();
        var userNames = userIds.Count == 0 ? [] : await Db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => u.UserName ?? u.Id, ct);

        foreach (var (entry, before, after) in snapshots)
        {
            var fields = (after?.Keys ?? Enumerable.Empty<string>()).Union(before?.Keys ?? Enumerable.Empty<string>()).Order(StringComparer.Ordinal);
            var changes = new List<Change>();
            foreach (var f in fields)
            {
                var b = before?.GetValueOrDefault(f);
                var a = after?.GetValueOrDefault(f);
                if (b == a) continue;
                if (entry.Action == AuditAction.Created && f == "Id") continue;
                changes.Add(new Change(f, Show(entry.EntityType, f, b, userNames), Show(entry.EntityType, f, a, userNames)));
            }
            Rows.Add(new Row(entry, Label(after ?? before), changes));
        }
        return Page();
    }

    /// <summary>A snapshot is a JSON object of property name to value; values are kept as their text.</summary>
    private static Dictionary<string, string?>? Parse(string? json)
    {
        if (string.IsNullOrWhiteSpace(json)) return null;
        using var doc = JsonDocument.Parse(json);
        return doc.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.ValueKind switch
        {
            JsonValueKind.Null or JsonValueKind.Undefined => null,
            JsonValueKind.String => p.Value.GetString(),
            _ => p.Value.GetRawText(),
        }, StringComparer.Ordinal);
    }

    private string? Show(string entityType, string field, string? value, Dictionary<string, string> userNames)
    {
        if (value is null) return null;
        var number = int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : (int?)null;
        return (entityType, field) switch
        {
            (nameof(Office), "Kind") when number is { } k => ((OfficeKind)k).Name(Ui.Bn),
            (nameof(RoleGrant), "Role") when number is { } r => ((OfficeRole)r).Name(Ui.Bn),
            (nameof(Holiday), "Kind") when number is { } h => ((HolidayKind)h).Name(),
            (nameof(RoleGrant), "UserId") => userNames.GetValueOrDefault(value, value),
            _ => value,
        };
    }

    private static string? Label(Dictionary<string, string?>? snapshot)
    {
        if (snapshot is null) return null;
        foreach (var (bn, en) in new[] { ("NameBn", "NameEn"), ("DesignationBn", "DesignationEn") })
            if (snapshot.GetValueOrDefault(bn) is { } nameBn)
                return Ui.Pick(nameBn, snapshot.GetValueOrDefault(en));
        return null;
    }
}
