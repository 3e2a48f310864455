using Microsoft.EntityFrameworkCore;
using Protishruti.Domain;
using Protishruti.Domain.Calendar;
using Protishruti.Domain.Committees;
using Protishruti.Domain.Memos;
using Protishruti.Domain.Offices;
using Protishruti.Web.Data;
using Protishruti.Web.Documents;
using Protishruti.Web.Features.Charters;
using Protishruti.Web.Features.Meetings;
using Protishruti.Web.Features.Memos;
using Protishruti.Web.Infrastructure;
using OrderMember = Protishruti.Web.Documents.CommitteeMember;

namespace Protishruti.Web.Features.Committees;

/// <summary>The committee kinds as URLs name them: /offices/{code}/committees/monitoring|ethics/….</summary>
public static class CommitteeSlugs
{
    public static readonly CommitteeKind[] All = [CommitteeKind.CharterMonitoring, CommitteeKind.Ethics];

    public static string Slug(this CommitteeKind kind) => kind == CommitteeKind.Ethics ? "ethics" : "monitoring";

    public static CommitteeKind? Parse(string? slug) => slug?.Trim().ToLowerInvariant() switch
    {
        "monitoring" => CommitteeKind.CharterMonitoring,
        "ethics" => CommitteeKind.Ethics,
        _ => null,
    };

    public static string Name(this CommitteeKind kind, bool bengali) => bengali ? kind.Bn() : kind.En();

    public static string Name(this CommitteeRole role, bool bengali) => bengali ? role.Bn() : role.En();

    /// <summary>The order offices print a committee in: convener, focal points, members, member-secretary last.</summary>
    public static int PrintOrder(this CommitteeRole role) => role switch
    {
        CommitteeRole.Convener => 0,
        CommitteeRole.FocalPoint => 1,
        CommitteeRole.AlternateFocalPoint => 2,
        CommitteeRole.Member => 3,
        _ => 4,
    };
}

/// <summary>
/// Reconstitutes a committee the way an office does on paper: issues the office order (অফিস আদেশ) with the next memo
/// number, naming today's holders of the seated posts, and records the reconstitution with that number — in one
/// transaction, so a rule broken after the number was taken gives the number back. Used by the page and the demo.
/// </summary>
public sealed class CommitteeOrders(AppDbContext db, IssuedDocuments issued, TimeProvider time)
{
    public async Task<IssuedDocument<OfficeOrder>> ReconstituteAsync(Office office, PartyCatalog catalog, CommitteeKind kind,
        IReadOnlyList<Seat> seats, DateOnly effectiveFrom, string by, string? note, DateOnly dated, CancellationToken ct = default)
    {
        var today = time.TodayInBangladesh();
        var offered = catalog.Posts.ToDictionary(p => p.Key);
        foreach (var seat in seats.Where(s => !offered.ContainsKey($"post:{s.PostId}")))
            throw new DomainException(
                $"Post {seat.PostId} is not a post of {office.NameEn} or an office directly under it.",
                $"পদটি {office.NameBn} বা এর সরাসরি অধীন কোনো দপ্তরের পদ নয়।") { Field = "Seats" };

        var headPostId = await db.Posts.AsNoTracking().Where(p => p.OfficeId == office.Id)
            .OrderByDescending(p => p.IsHead).ThenBy(p => p.SortOrder).ThenBy(p => p.Id).Select(p => (int?)p.Id).FirstOrDefaultAsync(ct);
        var contacts = await db.PostContactsAsync(seats.Select(s => s.PostId).Concat(headPostId is int h ? [h] : []), today, ct);
        foreach (var role in new[] { CommitteeRole.FocalPoint, CommitteeRole.AlternateFocalPoint })
        {
            // The public page gives the focal points' names and phones to citizens: a vacant post helps no one.
            if (seats.FirstOrDefault(s => s.Role == role) is { } s && contacts.TryGetValue(s.PostId, out var c) && c.IsVacant)
                throw new DomainException(
                    $"The {role.En().ToLowerInvariant()}'s post ({c.DesignationEn}) is vacant today; choose a post somebody holds.",
                    $"{role.Bn()} হিসেবে বাছাই করা পদটি ({c.DesignationBn}) বর্তমানে শূন্য; কর্মকর্তা আছেন এমন পদ বাছাই করুন।") { Field = "Seats" };
        }
        var parentName = office.ParentId is int pid
            ? await db.Offices.AsNoTracking().Where(o => o.Id == pid).Select(o => o.NameBn).FirstOrDefaultAsync(ct)
            : null;
        var committee = await db.Committees.Include(c => c.Members).Include(c => c.Quarters).AsSplitQuery()
            .SingleOrDefaultAsync(c => c.OfficeId == office.Id && c.Kind == kind, ct);

        var quarter = FiscalQuarter.Of(effectiveFrom);
        var title = $"{kind.Bn()} পুনর্গঠন ({quarter.LabelBn})";
        try
        {
            await using var tx = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
            // Exactly once (ADR 0033), before the number is taken: the committee is claimed, or its first constitution
            // inserted (the unique office-and-kind index refuses a second one made at the same moment).
            if (committee is null)
            {
                committee = new Committee(office.Id, kind);
                db.Committees.Add(committee);
                await db.InsertOnceAsync(AlreadyDone.Issued, ct);
            }
            else await db.ClaimAsync(committee, AlreadyDone.Issued, ct);
            var document = await issued.IssueAsync(office.Id, MemoDocumentKind.OfficeOrder, title, dated,
                memo => Order(office, catalog, kind, seats, contacts, headPostId, parentName, memo, effectiveFrom), ct);
            committee.Reconstitute(seats, effectiveFrom, document.Memo.Number, by, note, dated);
            await db.SaveChangesAsync(ct);
            if (tx is not null) await tx.CommitAsync(ct);
            return document;
        }
        catch
        {
            db.ChangeTracker.Clear(); // the rolled-back register row and committee must not be saved by a later call
            throw;
        }
    }

    /// <summary>The office head's certificate that the committee stays as it is this quarter: claimed, so it is recorded once.</summary>
    public async Task CertifyAsync(Committee committee, DateOnly on, string by, string? note, CancellationToken ct = default)
    {
        try
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            await db.ClaimAsync(committee, AlreadyDone.Certified, ct);
            committee.CertifyUnchanged(on, by, note);
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }
        catch
        {
            db.ChangeTracker.Clear();
            throw;
        }
    }

    private static OfficeOrder Order(Office office, PartyCatalog catalog, CommitteeKind kind, IReadOnlyList<Seat> seats,
        Dictionary<int, PostContact> contacts, int? headPostId, string? parentName, MemoLine memo, DateOnly effectiveFrom)
    {
        var place = Place(office.NameBn);
        string Designation(int postId) =>
            contacts.TryGetValue(postId, out var c) && c.OfficeId == office.Id ? $"{c.DesignationBn}, {place}"
            : catalog.Find($"post:{postId}")?.LabelBn ?? "";
        var ordered = seats.Select((s, i) => (Seat: s, Index: i)).OrderBy(x => x.Seat.Role.PrintOrder()).ThenBy(x => x.Index).Select(x => x.Seat).ToList();
        var members = ordered.Select(s => new OrderMember(
            contacts.TryGetValue(s.PostId, out var c) ? c.HolderNameBn ?? "" : "", Designation(s.PostId), RoleText(s.Role))).ToList();

        var head = headPostId is int h && contacts.TryGetValue(h, out var hc) ? hc : null;
        var signature = new SignatureBlock(head?.HolderNameBn ?? "", head?.DesignationBn ?? "দপ্তর প্রধান", null, place, head?.Phone, head?.Email);

        var copies = new List<Recipient>();
        if (parentName is not null) copies.Add(new Recipient(parentName, DistributionPurpose.KindInformation));
        copies.Add(new Recipient("অফিস কপি"));

        var fy = FiscalQuarter.Of(effectiveFrom).FiscalYear;
        return new OfficeOrder(
            Letterhead.For(office),
            memo,
            "অফিস আদেশ",
            [Opening(kind, office.NameBn, fy, FiscalQuarter.Of(effectiveFrom))],
            members,
            Duties(kind),
            effectiveFrom == memo.Date ? null : effectiveFrom,
            signature,
            [
                new Distribution(DistributionKind.Distribution, ordered.Select(s => new Recipient(Designation(s.PostId), DistributionPurpose.InformationAndAction)).ToList()),
                new Distribution(DistributionKind.Copy, copies),
            ]);
    }

    private static string Opening(CommitteeKind kind, string officeName, FiscalYear fy, FiscalQuarter quarter) => kind == CommitteeKind.Ethics
        ? $"জাতীয় শুদ্ধাচার কৌশল বাস্তবায়নের লক্ষ্যে মন্ত্রিপরিষদ বিভাগের নির্দেশনা এবং {fy.LabelBn} অর্থবছরের জাতীয় শুদ্ধাচার কৌশল কর্মপরিকল্পনা " +
          $"অনুযায়ী {officeName}-এর নৈতিকতা কমিটি {quarter.OrdinalBn} ত্রৈমাসিকে নিম্নরূপভাবে পুনর্গঠন করা হলো:"
        : $"মন্ত্রিপরিষদ বিভাগের সেবা প্রদান প্রতিশ্রুতি সংক্রান্ত নির্দেশিকা এবং {fy.LabelBn} অর্থবছরের বার্ষিক কর্মসম্পাদন চুক্তির সেবা প্রদান প্রতিশ্রুতি " +
          $"বাস্তবায়ন কর্মপরিকল্পনা (ত্রৈমাসিক ভিত্তিতে পরিবীক্ষণ কমিটি পুনর্গঠন) অনুযায়ী {officeName}-এর সেবা প্রদান প্রতিশ্রুতি পরিবীক্ষণ কমিটি " +
          $"{quarter.OrdinalBn} ত্রৈমাসিকে নিম্নরূপভাবে পুনর্গঠন করা হলো:";

    /// <summary>The terms of reference an office order gives each committee (domain.md §3.5, §4).</summary>
    public static IReadOnlyList<string> Duties(CommitteeKind kind) => kind == CommitteeKind.Ethics
        ?
        [
            "প্রতি ত্রৈমাসিকে অন্তত একটি নৈতিকতা কমিটির সভা আয়োজন করা;",
            "জাতীয় শুদ্ধাচার কৌশল কর্মপরিকল্পনা প্রণয়ন এবং এর ত্রৈমাসিক বাস্তবায়ন অগ্রগতি পরিবীক্ষণ করা;",
            "নৈতিকতা কমিটির সভার সিদ্ধান্ত বাস্তবায়ন নিশ্চিত করা; কোনো সিদ্ধান্ত বাস্তবায়িত না হলে তার কারণ কমিটির সভাপতির স্বাক্ষরে লিপিবদ্ধ করা;",
            "ফোকাল পয়েন্ট কর্মকর্তা কমিটির সভা আহ্বান, প্রমাণক সংগ্রহ ও ত্রৈমাসিক প্রতিবেদন প্রেরণ করবেন; তাঁর অনুপস্থিতিতে বিকল্প ফোকাল পয়েন্ট কর্মকর্তা এ দায়িত্ব পালন করবেন।",
        ]
        :
        [
            "প্রতি ত্রৈমাসিকে সেবা প্রদান প্রতিশ্রুতিতে উল্লিখিত অন্তত ১০টি সেবা দৈবচয়নের ভিত্তিতে যাচাই করে প্রতিশ্রুতি অনুযায়ী সেবা প্রদান নিশ্চিত করা;",
            "প্রতি ত্রৈমাসিকে অন্তত একটি সভা আয়োজন করে সেবা প্রদান প্রতিশ্রুতি বাস্তবায়ন পরিবীক্ষণ করা এবং সভার সিদ্ধান্ত বাস্তবায়ন নিশ্চিত করা;",
            "সেবা প্রদান প্রতিশ্রুতি ত্রৈমাসিক ভিত্তিতে হালনাগাদ করে ওয়েবসাইটে প্রকাশ করা;",
            "অর্থবছরে অন্তত দুইটি পরিবীক্ষণ প্রতিবেদন মন্ত্রিপরিষদ বিভাগে প্রেরণ করা;",
            "ফোকাল পয়েন্ট কর্মকর্তা কমিটির সভা আহ্বান, প্রমাণক সংগ্রহ এবং প্রতিবেদন এপিএএমএস ও ওয়েবসাইটে আপলোড করবেন; তাঁর অনুপস্থিতিতে বিকল্প ফোকাল পয়েন্ট কর্মকর্তা এ দায়িত্ব পালন করবেন।",
        ];

    /// <summary>The role as an office order prints it: the focal points are "কর্মকর্তা".</summary>
    public static string RoleText(CommitteeRole role) => role switch
    {
        CommitteeRole.FocalPoint or CommitteeRole.AlternateFocalPoint => $"{role.Bn()} কর্মকর্তা",
        _ => role.Bn(),
    };

    /// <summary>"জেলা প্রশাসকের কার্যালয়, নাটোর" → "নাটোর", as designations are printed ("জেলা প্রশাসক, নাটোর").</summary>
    public static string Place(string officeName)
    {
        var parts = officeName.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return parts.Length > 1 ? parts[1] : officeName;
    }
}
