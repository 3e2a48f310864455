namespace Protishruti.Domain.Charters;

public enum CharterChangeKind
{
    VisionChanged = 1,
    MissionChanged,
    LayoutChanged,
    ServiceAdded,
    ServiceRemoved,
    ServiceChanged,
    ServicesReordered,
    ExpectationAdded,
    ExpectationRemoved,
    ExpectationChanged,
    ExpectationsReordered,
    GrievanceLevelAdded,
    GrievanceLevelRemoved,
    GrievanceLevelChanged,
}

/// <summary>
/// One field's values before and after, as domain values (string, <see cref="Fee"/>, <see cref="TimeLimit"/>,
/// <see cref="DeliveryMethod"/>, a post id, a list of <see cref="DocumentLine"/>…) so the page formats them in the
/// reader's language exactly as the charter itself is formatted.
/// </summary>
public sealed record FieldChange(string Field, object? Before, object? After);

public sealed record DocumentLine(string NameBn, string? NameEn, string? WhereToGetBn, string? WhereToGetEn);

/// <param name="SubjectBn">What changed, for the reader: the service's name, the expectation's text, "ধাপ ২".</param>
/// <param name="Position">The service's order in its category, the expectation's or grievance level's number (in the newer version when it exists there).</param>
public sealed record CharterChange(
    CharterChangeKind Kind,
    IReadOnlyList<FieldChange> Fields,
    string? SubjectBn = null,
    string? SubjectEn = null,
    Guid? ServiceKey = null,
    ServiceCategory? Category = null,
    int? Position = null);

/// <summary>What changed between two versions of a charter; services are matched by their stable key.</summary>
public static class CharterDiff
{
    public static IReadOnlyList<CharterChange> Between(CharterVersion older, CharterVersion newer)
    {
        ArgumentNullException.ThrowIfNull(older);
        ArgumentNullException.ThrowIfNull(newer);
        var changes = new List<CharterChange>();

        var vision = Fields(("Vision.Bn", older.VisionBn, newer.VisionBn), ("Vision.En", older.VisionEn, newer.VisionEn));
        if (vision.Count > 0) changes.Add(new CharterChange(CharterChangeKind.VisionChanged, vision, "রূপকল্প", "Vision"));
        var mission = Fields(("Mission.Bn", older.MissionBn, newer.MissionBn), ("Mission.En", older.MissionEn, newer.MissionEn));
        if (mission.Count > 0) changes.Add(new CharterChange(CharterChangeKind.MissionChanged, mission, "অভিলক্ষ্য", "Mission"));
        if (older.Layout != newer.Layout)
            changes.Add(new CharterChange(CharterChangeKind.LayoutChanged, [new FieldChange("Layout", older.Layout, newer.Layout)], "ছক", "Layout"));

        CompareServices(older, newer, changes);
        CompareExpectations(older, newer, changes);
        CompareLadders(older, newer, changes);
        return changes;
    }

    private static void CompareServices(CharterVersion older, CharterVersion newer, List<CharterChange> changes)
    {
        var before = older.Services.ToDictionary(s => s.Key);
        var after = newer.Services.ToDictionary(s => s.Key);

        foreach (var s in newer.ServicesInPrintedOrder())
        {
            if (!before.TryGetValue(s.Key, out var old))
            {
                changes.Add(ServiceChange(CharterChangeKind.ServiceAdded, [], s));
                continue;
            }
            // Fields in the order of the printed columns.
            var fields = Fields(
                ("Name.Bn", old.NameBn, s.NameBn),
                ("Name.En", old.NameEn, s.NameEn),
                ("Category", old.Category, s.Category),
                ("DeliveryMethod", old.DeliveryMethod, s.DeliveryMethod));
            var (oldDocs, newDocs) = (Lines(old), Lines(s));
            if (!oldDocs.SequenceEqual(newDocs)) fields.Add(new FieldChange("Documents", oldDocs, newDocs));
            fields.AddRange(Fields(
                ("NoDocumentsRequired", old.NoDocumentsRequired, s.NoDocumentsRequired),
                ("Fee", old.Fee, s.Fee),
                ("TimeLimit", old.TimeLimit, s.TimeLimit),
                ("ResponsibleOfficer", old.ResponsibleOfficerPostId, s.ResponsibleOfficerPostId),
                ("SupervisingOfficer", old.SupervisingOfficerPostId, s.SupervisingOfficerPostId)));
            if (fields.Count > 0) changes.Add(ServiceChange(CharterChangeKind.ServiceChanged, fields, s));
        }

        foreach (var s in older.ServicesInPrintedOrder().Where(s => !after.ContainsKey(s.Key)))
            changes.Add(ServiceChange(CharterChangeKind.ServiceRemoved, [], s));

        // Adding or removing a service renumbers the rest; only a change in the relative order of kept services is news.
        foreach (var category in Enum.GetValues<ServiceCategory>())
        {
            var kept = older.ServicesIn(category).Where(s => after.TryGetValue(s.Key, out var n) && n.Category == category).ToList();
            var keptAfter = newer.ServicesIn(category).Where(s => before.TryGetValue(s.Key, out var o) && o.Category == category).ToList();
            if (!kept.Select(s => s.Key).SequenceEqual(keptAfter.Select(s => s.Key)))
                changes.Add(new CharterChange(CharterChangeKind.ServicesReordered,
                    [new FieldChange("Order", kept.Select(s => s.NameBn).ToList(), keptAfter.Select(s => s.NameBn).ToList())],
                    category.Bn(), category.En(), Category: category));
        }
    }

    private static void CompareExpectations(CharterVersion older, CharterVersion newer, List<CharterChange> changes)
    {
        var olds = older.Expectations.OrderBy(e => e.Order).ToList();
        var news = newer.Expectations.OrderBy(e => e.Order).ToList();
        var matched = new Dictionary<Expectation, Expectation>();
        var unmatchedNew = new List<Expectation>();
        var pool = olds.ToList();
        foreach (var n in news)
        {
            var o = pool.FirstOrDefault(o => CharterText.Key(o.TextBn) == CharterText.Key(n.TextBn));
            if (o is null)
            {
                unmatchedNew.Add(n);
                continue;
            }
            pool.Remove(o);
            matched[n] = o;
        }

        foreach (var n in news)
        {
            if (matched.TryGetValue(n, out var o))
            {
                var en = Fields(("Text.En", o.TextEn, n.TextEn));
                if (en.Count > 0) changes.Add(new CharterChange(CharterChangeKind.ExpectationChanged, en, n.TextBn, n.TextEn, Position: n.Order));
                continue;
            }
            // A rewording keeps its place, so an unmatched old line at the same position is the same expectation.
            var same = pool.FirstOrDefault(p => p.Order == n.Order);
            if (same is not null)
            {
                pool.Remove(same);
                changes.Add(new CharterChange(CharterChangeKind.ExpectationChanged,
                    Fields(("Text.Bn", same.TextBn, n.TextBn), ("Text.En", same.TextEn, n.TextEn)), n.TextBn, n.TextEn, Position: n.Order));
            }
            else
            {
                changes.Add(new CharterChange(CharterChangeKind.ExpectationAdded, [new FieldChange("Text.Bn", null, n.TextBn)], n.TextBn, n.TextEn, Position: n.Order));
            }
        }

        foreach (var o in pool)
            changes.Add(new CharterChange(CharterChangeKind.ExpectationRemoved, [new FieldChange("Text.Bn", o.TextBn, null)], o.TextBn, o.TextEn, Position: o.Order));

        var keptOrder = news.Where(matched.ContainsKey).Select(n => matched[n]).ToList();
        if (!keptOrder.SequenceEqual(keptOrder.OrderBy(o => o.Order)))
            changes.Add(new CharterChange(CharterChangeKind.ExpectationsReordered,
                [new FieldChange("Order", keptOrder.OrderBy(o => o.Order).Select(o => o.TextBn).ToList(), keptOrder.Select(o => o.TextBn).ToList())],
                "প্রত্যাশা", "Expectations"));
    }

    private static void CompareLadders(CharterVersion older, CharterVersion newer, List<CharterChange> changes)
    {
        var olds = older.GrievanceLevels.OrderBy(l => l.Order).ToList();
        var news = newer.GrievanceLevels.OrderBy(l => l.Order).ToList();
        for (var i = 0; i < Math.Max(olds.Count, news.Count); i++)
        {
            var (bn, en) = ($"ধাপ {Calendar.BengaliDigits.ToBengali(i + 1)}", $"Level {i + 1}");
            if (i >= olds.Count)
            {
                changes.Add(new CharterChange(CharterChangeKind.GrievanceLevelAdded, [], bn, en, Position: i + 1));
            }
            else if (i >= news.Count)
            {
                changes.Add(new CharterChange(CharterChangeKind.GrievanceLevelRemoved, [], bn, en, Position: i + 1));
            }
            else
            {
                var (o, n) = (olds[i], news[i]);
                var fields = Fields(
                    ("When.Bn", o.WhenBn, n.WhenBn), ("When.En", o.WhenEn, n.WhenEn),
                    ("WhomPost", o.WhomPostId, n.WhomPostId), ("Whom.Bn", o.WhomBn, n.WhomBn), ("Whom.En", o.WhomEn, n.WhomEn),
                    ("Address.Bn", o.AddressBn, n.AddressBn), ("Address.En", o.AddressEn, n.AddressEn),
                    ("ResolutionLimit", o.ResolutionLimit, n.ResolutionLimit));
                if (fields.Count > 0) changes.Add(new CharterChange(CharterChangeKind.GrievanceLevelChanged, fields, bn, en, Position: i + 1));
            }
        }
    }

    private static CharterChange ServiceChange(CharterChangeKind kind, List<FieldChange> fields, CharterService s) =>
        new(kind, fields, s.NameBn, s.NameEn, s.Key, s.Category, s.Order);

    private static List<DocumentLine> Lines(CharterService s) =>
        s.Documents.OrderBy(d => d.Order).Select(d => new DocumentLine(d.NameBn, d.NameEn, d.WhereToGetBn, d.WhereToGetEn)).ToList();

    private static List<FieldChange> Fields(params (string Field, object? Before, object? After)[] pairs) =>
        pairs.Where(p => !Equals(p.Before, p.After)).Select(p => new FieldChange(p.Field, p.Before, p.After)).ToList();
}
