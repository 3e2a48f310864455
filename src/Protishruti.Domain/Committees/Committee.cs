using Protishruti.Domain.Calendar;

namespace Protishruti.Domain.Committees;

/// <summary>A seat to fill when a committee is (re)constituted: a post of the office and its role.</summary>
public sealed record Seat(int PostId, CommitteeRole Role);

/// <summary>
/// An office's monitoring or ethics committee: who sits on it when (members bound to posts), and for each fiscal
/// quarter whether it was reconstituted by an office order or certified unchanged by the office head (§4; the action
/// plan's indicator "committee reconstituted each quarter").
/// </summary>
public sealed class Committee
{
    private readonly List<CommitteeMember> _members = [];
    private readonly List<CommitteeQuarterRecord> _quarters = [];

    private Committee() { }

    public Committee(int officeId, CommitteeKind kind)
    {
        if (officeId <= 0)
            throw new DomainException("A committee belongs to a saved office.", "কমিটি একটি সংরক্ষিত দপ্তরের হতে হবে।");
        if (!Enum.IsDefined(kind))
            throw new DomainException("Unknown committee kind.", "অজানা কমিটির ধরন।");
        OfficeId = officeId;
        Kind = kind;
    }

    public int Id { get; private set; }
    public int OfficeId { get; private set; }
    public CommitteeKind Kind { get; private set; }
    public IReadOnlyList<CommitteeMember> Members => _members;
    public IReadOnlyList<CommitteeQuarterRecord> Quarters => _quarters;

    public IEnumerable<CommitteeMember> MembersOn(DateOnly date) =>
        _members.Where(m => m.IsOn(date)).OrderBy(m => m.Role).ThenBy(m => m.Id);

    public CommitteeMember? Holding(CommitteeRole role, DateOnly date) => MembersOn(date).FirstOrDefault(m => m.Role == role);

    public CommitteeQuarterRecord? RecordFor(FiscalQuarter quarter) =>
        _quarters.FirstOrDefault(q => q.FiscalYearStart == quarter.FiscalYear.StartYear && q.Quarter == quarter.Number);

    /// <summary>
    /// Forms the committee anew from <paramref name="effectiveFrom"/> by an office order: the seats in force the day
    /// before end, the new ones start. Records the quarter of <paramref name="effectiveFrom"/>; a quarter has one record.
    /// An order dated <paramref name="orderedOn"/> cannot take effect in a quarter already over by then: that would
    /// make evidence for a past quarter after the fact.
    /// </summary>
    public CommitteeQuarterRecord Reconstitute(IReadOnlyCollection<Seat> seats, DateOnly effectiveFrom, string memoNumber, string by, string? note = null,
        DateOnly? orderedOn = null)
    {
        CheckSeats(seats);
        if (TypedText.IsBlank(memoNumber))
            throw new DomainException("The office order needs a memo number.", "অফিস আদেশের স্মারক নম্বর দিন।") { Field = "MemoNumber" };
        var quarter = FiscalQuarter.Of(effectiveFrom);
        if (orderedOn is { } ordered && effectiveFrom < FiscalQuarter.Of(ordered).Start)
        {
            var first = FiscalQuarter.Of(ordered).Start;
            throw new DomainException(
                $"An order issued on {GregorianNames.Format(ordered, false)} cannot take effect in an earlier quarter ({quarter.LabelEn}); choose {GregorianNames.Format(first, false)} or later.",
                $"{GregorianNames.Format(ordered, true)} তারিখের আদেশ আগের কোয়ার্টারে ({quarter.LabelBn}) কার্যকর হতে পারে না; {GregorianNames.Format(first, true)} বা তার পরের তারিখ দিন।")
            { Field = "EffectiveFrom" };
        }
        CheckQuarterFree(quarter);
        if (_members.Any(m => m.From > effectiveFrom))
            throw new DomainException("A later constitution already exists; reconstitute from a later date.",
                "এর পরের তারিখের কমিটি আগেই গঠিত; পরের কোনো তারিখ থেকে পুনর্গঠন করুন।") { Field = "EffectiveFrom" };
        foreach (var m in _members.Where(m => m.To is null || m.To >= effectiveFrom))
            m.End(effectiveFrom.AddDays(-1));
        foreach (var s in seats)
            _members.Add(new CommitteeMember(this, s.PostId, s.Role, effectiveFrom));
        var record = new CommitteeQuarterRecord(this, quarter, CommitteeQuarterAction.Reconstituted, effectiveFrom, by, TypedText.Trim(memoNumber), Clean(note));
        _quarters.Add(record);
        return record;
    }

    /// <summary>The office head's certificate that the committee stays as it is for the quarter of <paramref name="on"/>.</summary>
    public CommitteeQuarterRecord CertifyUnchanged(DateOnly on, string by, string? note = null)
    {
        var quarter = FiscalQuarter.Of(on);
        CheckQuarterFree(quarter);
        if (!MembersOn(on).Any())
            throw new DomainException("There is no committee in force to certify; constitute it first.",
                "প্রত্যয়ন করার মতো কোনো কমিটি বহাল নেই; আগে কমিটি গঠন করুন।");
        var record = new CommitteeQuarterRecord(this, quarter, CommitteeQuarterAction.CertifiedUnchanged, on, by, null, Clean(note));
        _quarters.Add(record);
        return record;
    }

    private void CheckQuarterFree(FiscalQuarter quarter)
    {
        if (RecordFor(quarter) is { } done)
            throw new DomainException(
                $"The committee was already {(done.Action == CommitteeQuarterAction.Reconstituted ? "reconstituted" : "certified unchanged")} for {quarter.LabelEn}.",
                $"{quarter.LabelBn}-এর জন্য কমিটি আগেই {(done.Action == CommitteeQuarterAction.Reconstituted ? "পুনর্গঠিত" : "অপরিবর্তিত মর্মে প্রত্যয়িত")} হয়েছে।");
    }

    private static void CheckSeats(IReadOnlyCollection<Seat> seats)
    {
        if (seats.Any(s => !Enum.IsDefined(s.Role) || s.PostId <= 0))
            throw new DomainException("Every member is a post of the office with a role.", "প্রত্যেক সদস্য দপ্তরের একটি পদ ও তার ভূমিকা।") { Field = "Seats" };
        foreach (var role in new[] { CommitteeRole.Convener, CommitteeRole.MemberSecretary, CommitteeRole.FocalPoint, CommitteeRole.AlternateFocalPoint })
        {
            var count = seats.Count(s => s.Role == role);
            if (count != 1)
                throw new DomainException(
                    $"A committee has exactly one {role.En().ToLowerInvariant()}; this one has {count}.",
                    $"কমিটিতে ঠিক একজন {role.Bn()} থাকবেন; এখানে আছেন {BengaliDigits.ToBengali(count)} জন।") { Field = "Seats" };
        }
        var twice = seats.GroupBy(s => s.PostId).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null)
            throw new DomainException("A post sits on the committee once, in one role.", "একটি পদ কমিটিতে একবারই, একটি ভূমিকায় থাকবে।") { Field = "Seats" };
    }

    private static string? Clean(string? text) => TypedText.TrimToNull(text);
}
