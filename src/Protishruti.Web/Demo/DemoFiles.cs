using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Protishruti.Domain.Access;
using Protishruti.Domain.Calendar;
using Protishruti.Domain.Charters;
using Protishruti.Domain.Committees;
using Protishruti.Domain.Meetings;
using Protishruti.Domain.Memos;
using Protishruti.Domain.Monitoring;
using Protishruti.Domain.Offices;

namespace Protishruti.Web.Demo;

// The shapes of the demo's data files (the `demo/` folder of the build output). They name things as people do — offices
// by code, posts by designation, decisions by their number in the minutes — and the loader turns names into ids.

/// <summary>The demo's files: copied beside the app as content, read only when the demo is loaded.</summary>
internal static class DemoFiles
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip, // the files say why, as code comments did
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow, // a misspelt field fails loudly instead of vanishing
        Converters = { new JsonStringEnumConverter() },
    };

    public static string Folder
    {
        get
        {
            // The build copies Demo/ to demo/ beside the assembly (the app's and, through the project reference, the tests').
            var folder = Path.Combine(AppContext.BaseDirectory, "demo");
            if (!Directory.Exists(folder)) folder = Path.Combine(Path.GetDirectoryName(typeof(DemoFiles).Assembly.Location) ?? "", "demo");
            return Directory.Exists(folder) ? folder
                : throw new InvalidOperationException($"The demo's data files are missing: no {folder}. They are copied there by the build.");
        }
    }

    public static string PathOf(string file) => Path.Combine(Folder, file);

    public static Task<string> TextAsync(string file, CancellationToken ct) => File.ReadAllTextAsync(PathOf(file), ct);

    public static Task<byte[]> BytesAsync(string file, CancellationToken ct) => File.ReadAllBytesAsync(PathOf(file), ct);

    public static async Task<T> ReadAsync<T>(string file, CancellationToken ct)
    {
        await using var stream = File.OpenRead(PathOf(file));
        try
        {
            return await JsonSerializer.DeserializeAsync<T>(stream, Json, ct) ?? throw new InvalidOperationException($"Demo {file} is empty.");
        }
        catch (JsonException e)
        {
            throw new InvalidOperationException($"Demo {file}: {e.Message}", e);
        }
    }

    public static T Read<T>(string file)
    {
        try
        {
            return JsonSerializer.Deserialize<T>(File.ReadAllText(PathOf(file)), Json) ?? throw new InvalidOperationException($"Demo {file} is empty.");
        }
        catch (JsonException e)
        {
            throw new InvalidOperationException($"Demo {file}: {e.Message}", e);
        }
    }
}

// ---- accounts.json ------------------------------------------------------------------------------------------------------

public sealed record DemoAccount(string UserName, string DisplayName, OfficeRole Role, string? Office);

// ---- charters.json ------------------------------------------------------------------------------------------------------

internal sealed class ChartersData
{
    public required List<CharterTemplateRule> Templates { get; init; }
    /// <summary>Days before today each office's first version was published: office code → days, "default" for the rest.</summary>
    public required Dictionary<string, int> PublishedDaysAgo { get; init; }
    /// <summary>Offices whose charter was first published earlier (days ago), re-published unchanged on <see cref="PublishedDaysAgo"/>: a year of applications needs a charter in force all year.</summary>
    public Dictionary<string, int> FirstPublishedDaysAgo { get; init; } = [];
    public List<CharterUpdate> Updates { get; init; } = [];
}

/// <summary>applications.json: the spec the demo's year of applications is generated from (deterministically, per office).</summary>
internal sealed class ApplicationsSpec
{
    public required List<string> Offices { get; init; }
    public int Days { get; init; } = 365;
    /// <summary>Applications per working day per office, the least and the most.</summary>
    public int MinPerDay { get; init; } = 2;
    public int MaxPerDay { get; init; } = 9;
    /// <summary>How steeply volume falls from the busiest service: weight of the n-th service = 1 / n^skew.</summary>
    public double Skew { get; init; } = 1.4;
    /// <summary>Shares of the applications whose due date has passed: delivered late, rejected, withdrawn, still open; the rest on time.</summary>
    public double Late { get; init; } = 0.1;
    public double Rejected { get; init; } = 0.04;
    public double Withdrawn { get; init; } = 0.01;
    public double OpenOverdue { get; init; } = 0.02;
    /// <summary>Share of applications not yet due that are already delivered.</summary>
    public double DeliveredEarly { get; init; } = 0.4;
    public List<string> RejectionReasons { get; init; } = [];
}

internal sealed class CharterTemplateRule
{
    public OfficeKind? Kind { get; init; }
    public string? CodePrefix { get; init; }
    public required string File { get; init; }
}

internal sealed class CharterUpdate
{
    public required string Office { get; init; }
    public int? PublishedDaysAgo { get; init; }
    public int? SubmittedDaysAgo { get; init; }
    public List<ServiceChange> Services { get; init; } = [];
}

internal sealed class ServiceChange
{
    /// <summary>An existing service, by its English name; or <see cref="Add"/> a new one.</summary>
    public string? NameEn { get; init; }
    public NewService? Add { get; init; }
    public DeliveryText? Delivery { get; init; }
    public List<DocumentText> Documents { get; init; } = [];
    public bool NoDocumentsRequired { get; init; }
    public FeeText? Fee { get; init; }
    public string? TimeLimit { get; init; }
    public PostName? Responsible { get; init; }
    public PostName? Supervising { get; init; }
    public int? MoveTo { get; init; }
}

internal sealed record NewService(ServiceCategory Category, string NameBn, string? NameEn);

internal sealed record DeliveryText(string Bn, string? En, DeliveryChannels Channels);

internal sealed record DocumentText(string NameBn, string? NameEn, string? WhereBn, string? WhereEn);

internal sealed class FeeText
{
    public bool Free { get; init; }
    public decimal? Amount { get; init; }
    public PaymentMethod? Method { get; init; }
    public string? Note { get; init; }

    public Fee ToFee() => Free ? Fee.Free
        : Fee.Of(Amount ?? throw new InvalidOperationException("A demo fee needs an amount."), Method ?? throw new InvalidOperationException("A demo fee needs a method."), note: Note);
}

internal sealed record PostName(string Office, string DesignationBn);

// ---- memo-files.json ----------------------------------------------------------------------------------------------------

internal sealed class MemoFilesData
{
    /// <summary>The first entry that matches an office gives its files.</summary>
    public required List<MemoFileRule> Offices { get; init; }
    public List<IssuedMemoText> Issued { get; init; } = [];
}

internal sealed class MemoFileRule
{
    public string? Office { get; init; }
    public List<string> CodePrefixes { get; init; } = [];
    public required List<MemoFileText> Files { get; init; }
}

internal sealed class MemoFileText
{
    /// <summary>The file number; {ministry}, {code} and {geo} are the office's codes.</summary>
    public required string Number { get; init; }
    public required string LabelBn { get; init; }
    public string? LabelEn { get; init; }
    public int FirstSerial { get; init; } = 1;
    public MemoDocumentKind? Purpose { get; init; }
    public bool Default { get; init; }
}

internal sealed record IssuedMemoText(string Office, MemoDocumentKind Kind, string Subject);

// ---- committees.json ----------------------------------------------------------------------------------------------------

internal sealed class CommitteesData
{
    public required string OrderedBy { get; init; }
    public required List<CommitteeStep> Steps { get; init; }
}

internal sealed class CommitteeStep
{
    public required string Office { get; init; }
    public CommitteeKind Kind { get; init; } = CommitteeKind.CharterMonitoring;
    /// <summary>A new office order reconstituting the committee with these seats…</summary>
    public List<SeatText>? Reconstitute { get; init; }
    public DemoDate? Dated { get; init; }
    /// <summary>…or the head's certificate that it stands unchanged.</summary>
    public CertificateText? CertifyUnchanged { get; init; }
}

internal sealed record SeatText(string Office, string Post, CommitteeRole Role);

internal sealed record CertificateText(DemoDate On, string By, string Note);

// ---- meetings.json ------------------------------------------------------------------------------------------------------

internal sealed class MeetingText
{
    /// <summary>How a later meeting names this one (its review of decisions).</summary>
    public string? Key { get; init; }
    public required string Office { get; init; }
    public MeetingKind Kind { get; init; }
    /// <summary>Documents/Samples gives what is not written here: the Natore meeting is the sample, word for word.</summary>
    public bool FromSamples { get; init; }
    /// <summary>The kind's name when absent.</summary>
    public string? Title { get; init; }
    public DemoDate? Date { get; init; }
    public TimeOnly? Time { get; init; }
    public string? Venue { get; init; }
    public string? ReviewOf { get; init; }
    public List<string> Agenda { get; init; } = [];
    public Dictionary<string, PartyText> Parties { get; init; } = [];
    public List<PartyUse> Invitees { get; init; } = [];
    public MemoFileUse? MemoFile { get; init; }
    public IssueText? Notice { get; init; }
    public List<PartyUse>? Attendance { get; init; }
    public string? Chair { get; init; }
    /// <summary>{fiscalYear} is the meeting's fiscal year.</summary>
    public string? Opening { get; init; }
    public string? Closing { get; init; }
    /// <summary>The designation of the meeting office's post that signs the minutes.</summary>
    public string? Signatory { get; init; }
    public List<ItemText> Items { get; init; } = [];
    public IssueText? Minutes { get; init; }
    public List<FollowUpText> FollowUp { get; init; } = [];
    /// <summary>The notice's body as the office wrote it (ADR 0035); absent: the suggested text.</summary>
    public string? NoticeBody { get; init; }
    /// <summary>The letterhead's branch line of the notice and minutes ("(সাধারণ শাখা)"), as printed (ADR 0035).</summary>
    public string? Section { get; init; }
    /// <summary>The minutes' decision table as the sample prints it; absent: the default 4 columns.</summary>
    public TableText? Table { get; init; }
    /// <summary>The meeting office's letterhead as the sample prints it (its name on two lines, no website); absent: unchanged.</summary>
    public LetterheadText? Letterhead { get; init; }
    /// <summary>The minutes' distribution as the sample prints it (an empty list prints none); absent: the suggestion.</summary>
    public DistributionText? MinutesDistribution { get; init; }
    /// <summary>Holders of the office's posts in the meeting's time, recorded beside today's (ADR 0043).</summary>
    public List<PastHolderText> PastHolders { get; init; } = [];
}

/// <summary>Columns (3, 4 or 5), headings by <see cref="MinutesColumn"/> order (null = default), serial and sub-decision style.</summary>
internal sealed class TableText
{
    public int Columns { get; init; } = 4;
    public List<string?>? Headings { get; init; }
    public MinutesSerialStyle Serial { get; init; }
    public DecisionNumbering Numbering { get; init; }
    /// <summary>The printed wording around the table: header date form and labels, signatures' names, the issuer's contacts.</summary>
    public MinutesDateForm DateForm { get; init; }
    public bool MeetingLabels { get; init; }
    public SignatureName ChairName { get; init; }
    public SignatureName IssuerName { get; init; }
    public bool HideContacts { get; init; }
    /// <summary>The signing post's phone and e-mail under the chair's signature (ADR 0048 addendum).</summary>
    public bool ChairContacts { get; init; }
    /// <summary>The minutes' wording (ADR 0048): title ("" = none; absent = the suggestion), the time's word/dot/ghotika,
    /// the attendance line ("" = none), the appendix left out, the chair's role in the signature (lines).</summary>
    public string? MinutesTitle { get; init; }
    public string? TimeWord { get; init; }
    public bool TimeDot { get; init; }
    public bool Ghotika { get; init; }
    public string? AttendanceLine { get; init; }
    public bool HideAppendix { get; init; }
    public string? ChairRole { get; init; }
    public bool ChairRoleWithPost { get; init; }
}

/// <summary>The office's name as its letterhead prints it (one or two lines) and whether the website is left off.</summary>
internal sealed record LetterheadText(string? Name, bool HidesWebsite);

internal sealed class DistributionText
{
    public ListNumbering Numbering { get; init; }
    public string? Heading { get; init; }
    public string? CopyHeading { get; init; }
    public List<DistributionLineText> Lines { get; init; } = [];
}

internal sealed record DistributionLineText(string Text, string? Note, bool Copy);

/// <summary>Someone who held a post of the meeting's office from one day to another (a past term).</summary>
internal sealed record PastHolderText(string Post, string Name, DateOnly From, DateOnly To);

/// <summary>
/// Someone the minutes name: a post (its designation in <see cref="Of"/>, the meeting's office when absent), an
/// office, every office of a <see cref="Group"/> kind under the meeting's office, or a name outside the hierarchy
/// (<see cref="Text"/>; with <see cref="Role"/>, someone who walked in).
/// </summary>
internal sealed class PartyText
{
    public string? Post { get; init; }
    public string? Of { get; init; }
    public string? Office { get; init; }
    public OfficeKind? Group { get; init; }
    public string? Text { get; init; }
    public string? Label { get; init; }
    public string? Role { get; init; }
}

/// <summary>A party in a list: the name of one of the meeting's <see cref="MeetingText.Parties"/>, or written in place.</summary>
[JsonConverter(typeof(PartyUseConverter))]
internal sealed record PartyUse(string? Name, PartyText? Party);

internal sealed class PartyUseConverter : JsonConverter<PartyUse>
{
    public override PartyUse Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String
            ? new PartyUse(reader.GetString(), null)
            : new PartyUse(null, JsonSerializer.Deserialize<PartyText>(ref reader, options));

    public override void Write(Utf8JsonWriter writer, PartyUse value, JsonSerializerOptions options) => throw new NotSupportedException();
}

/// <summary>A memo file the meeting's notice and minutes were numbered from, instead of the office's current ones.</summary>
internal sealed class MemoFileUse
{
    public required string Number { get; init; }
    /// <summary>Opened for this meeting (a file of its year), with these labels and first serial.</summary>
    public string? OpenLabelBn { get; init; }
    public string? OpenLabelEn { get; init; }
    public int? OpenFirstSerial { get; init; }
    /// <summary>Closed once the minutes are issued.</summary>
    public bool Close { get; init; }
}

internal sealed class IssueText
{
    public DemoDate? On { get; init; }
    /// <summary>The serial it took in the paper register, where the sample shows one.</summary>
    public int? Serial { get; init; }
    /// <summary>The memo number as the sample prints it, in any form (ADR 0043); the file's number when absent.</summary>
    public string? Printed { get; init; }
    /// <summary>The sample prints no memo number at all: recorded without one (minutes of the past, ADR 0048 addendum).</summary>
    public bool WithoutNumber { get; init; }
}

internal sealed class ItemText
{
    public string? Discussion { get; init; }
    public List<DecisionText> Decisions { get; init; } = [];
}

internal sealed class DecisionText
{
    public string? Text { get; init; }
    public required List<PartyUse> Implementers { get; init; }
    /// <summary>The implementer column as the sample prints it (ADR 0048); the implementers above are still tracked.</summary>
    public string? Printed { get; init; }
    public DemoDate? Due { get; init; }
}

internal sealed class FollowUpText
{
    /// <summary>As the minutes number it: "item.decision".</summary>
    public required string Decision { get; init; }
    public DecisionStatus Status { get; init; }
    public required DemoDate On { get; init; }
    public required string Note { get; init; }
    public required List<string> Offices { get; init; }
}

// ---- monitoring.json ----------------------------------------------------------------------------------------------------

internal sealed class MonitoringData
{
    public int FiscalYearStart { get; init; }
    public PlanKind PlanKind { get; init; }
    public ReportPeriod Period { get; init; }
    public required CertificateText CertifyCommittees { get; init; }
    public required string EvidenceFile { get; init; }
    public required string EvidenceName { get; init; }
    /// <summary>The manual row an office may have done early; every other manual row is entered as not yet done.</summary>
    public required string HeldIndicator { get; init; }
    public required string HeldNote { get; init; }
    public required string NotYetNote { get; init; }
    /// <summary>{office} is the office's name.</summary>
    public required string SubmittedBy { get; init; }
    /// <summary>Who reviews an office without a parent office.</summary>
    public required string TopReviewer { get; init; }
    public required string AcceptComment { get; init; }
    public required string ReturnComment { get; init; }
    public required string ReturnIndicator { get; init; }
    public required string ReturnIndicatorComment { get; init; }
    public required List<ReportText> Reports { get; init; }
}

internal sealed class ReportText
{
    public required string Office { get; init; }
    public DateTimeOffset Sent { get; init; }
    public bool Held { get; init; }
    public DateTimeOffset? Accepted { get; init; }
    public DateTimeOffset? Returned { get; init; }
}

// ---- dates --------------------------------------------------------------------------------------------------------------

/// <summary>
/// A date in the data: fixed ("2022-11-20"), or relative so the demo stays current — days from an anchor ("today",
/// "thisQuarter", "lastQuarter", "nextQuarter" (their first days), "thisQuarterEnd", "meeting", "minutes"), then moved
/// off the weekend, then kept inside bounds.
/// </summary>
[JsonConverter(typeof(DemoDateConverter))]
internal sealed class DemoDate
{
    public DateOnly? Fixed { get; init; }
    public string? From { get; init; }
    public int Days { get; init; }
    /// <summary>Friday and Saturday are the weekend: a date falling on one moves back to Thursday.</summary>
    public bool Workday { get; init; }
    public string? NotBefore { get; init; }
    public bool NotAfterToday { get; init; }

    public DateOnly Resolve(DemoCalendar calendar)
    {
        if (Fixed is { } date) return date;
        var d = calendar.Anchor(From ?? "today").AddDays(Days);
        if (Workday)
            d = d.DayOfWeek switch { DayOfWeek.Friday => d.AddDays(-1), DayOfWeek.Saturday => d.AddDays(-2), _ => d };
        if (NotBefore is not null && d < calendar.Anchor(NotBefore)) d = calendar.Anchor(NotBefore);
        if (NotAfterToday && d > calendar.Today) d = calendar.Today;
        return d;
    }
}

internal sealed class DemoDateConverter : JsonConverter<DemoDate>
{
    private sealed class Relative
    {
        public string? From { get; init; }
        public int Days { get; init; }
        public bool Workday { get; init; }
        public string? NotBefore { get; init; }
        public bool NotAfterToday { get; init; }
    }

    public override DemoDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
            return new DemoDate { Fixed = DateOnly.ParseExact(reader.GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture) };
        var r = JsonSerializer.Deserialize<Relative>(ref reader, options)!;
        return new DemoDate { From = r.From, Days = r.Days, Workday = r.Workday, NotBefore = r.NotBefore, NotAfterToday = r.NotAfterToday };
    }

    public override void Write(Utf8JsonWriter writer, DemoDate value, JsonSerializerOptions options) => throw new NotSupportedException();
}

/// <summary>Today and the anchors relative dates count from.</summary>
internal sealed class DemoCalendar(DateOnly today)
{
    public DateOnly Today { get; } = today;
    public DateOnly? Meeting { get; set; }
    public DateOnly? Minutes { get; set; }

    public DateOnly Anchor(string name)
    {
        var quarter = FiscalQuarter.Of(Today);
        return name switch
        {
            "today" => Today,
            "thisQuarter" => quarter.Start,
            "thisQuarterEnd" => quarter.End,
            "lastQuarter" => FiscalQuarter.Of(quarter.Start.AddDays(-1)).Start,
            "nextQuarter" => quarter.End.AddDays(1),
            "meeting" => Meeting ?? throw new InvalidOperationException("A demo date counts from a meeting's date outside a meeting."),
            "minutes" => Minutes ?? throw new InvalidOperationException("A demo date counts from minutes not yet issued."),
            _ => throw new InvalidOperationException($"Demo date anchor '{name}' is unknown."),
        };
    }
}
