using Protishruti.Domain.Import;

namespace Protishruti.Web.Features.Import;

/// <summary>
/// One document found in an imported file, as the correction form holds it: every field the reader filled, editable,
/// and every table row with the index it had in the reader's output (<c>Source</c>), so the confidence and the notes
/// stay beside the right row after rows are added or removed.
/// </summary>
public sealed partial class DocumentInput
{
    public string Kind { get; set; } = "";
    public string? Office { get; set; }
    public string? Title { get; set; }
    public string? Chair { get; set; }
    public string? Date { get; set; }
    public string? Time { get; set; }
    public string? Venue { get; set; }
    public string? MeetingDate { get; set; }
    public string? MeetingTime { get; set; }
    public string? Body { get; set; }
    public string? MemoNumber { get; set; }
    public string? IssuedOn { get; set; }
    public string? SignatoryName { get; set; }
    public string? SignatoryDesignation { get; set; }
    /// <summary>One line each.</summary>
    public string? Distribution { get; set; }
    public string? Copies { get; set; }
    public string? Vision { get; set; }
    public string? Mission { get; set; }
    public string? Grievance { get; set; }
    /// <summary>A notice's agenda items, one a line (typed; a notice as printed often lists none).</summary>
    public string? Agenda { get; set; }
    /// <summary>One expectation a line.</summary>
    public string? Expectations { get; set; }
    /// <summary>For saving minutes as a past meeting: its kind (a <c>MeetingKind</c> name) and who signed (a post of the office).</summary>
    public string? MeetingKind { get; set; }
    public int? SignatoryPostId { get; set; }
    /// <summary>Minutes printed without any memo number: recorded without one (ADR 0048 addendum).</summary>
    public bool WithoutNumber { get; set; }
    public List<DecisionRowInput> Rows { get; set; } = [];
    public List<ServiceRowInput> Services { get; set; } = [];
    public List<GrievanceLevelInput> Levels { get; set; } = [];

    public bool IsCharter => Kind == ImportedDocument.Charter;

    public static DocumentInput From(ImportedDocument d) => new()
    {
        Kind = d.Kind,
        Office = d.Office,
        Title = d.Title,
        Chair = d.Chair,
        Date = d.Date,
        Time = d.Time,
        Venue = d.Venue,
        MeetingDate = d.MeetingDate,
        MeetingTime = d.MeetingTime,
        Body = d.Body,
        MemoNumber = d.MemoNumber,
        IssuedOn = d.IssuedOn,
        SignatoryName = d.Signatory?.Name,
        SignatoryDesignation = d.Signatory?.Designation,
        Distribution = Lines(d.Distribution),
        Copies = Lines(d.Copies),
        Vision = d.Vision,
        Mission = d.Mission,
        Grievance = d.Grievance,
        Expectations = Lines(d.Expectations),
        Agenda = d.Kind == ImportedDocument.Notice ? Lines(AgendaListed(d.Body)) : null,
        Rows = d.Rows?.Select((r, i) => new DecisionRowInput
        {
            Source = i, Serial = r.Serial, Subject = r.Subject, Discussion = r.Discussion, Decision = r.Decision, Implementer = r.Implementer,
        }).ToList() ?? [],
        Services = d.Services?.Select((s, i) => new ServiceRowInput
        {
            Source = i, Category = CategoryOf(s.Category), Serial = s.Serial, Name = s.Name, Method = s.Method,
            Documents = s.Documents?.Replace("; ", "\n", StringComparison.Ordinal), Fee = s.Fee, TimeLimit = s.TimeLimit, Officer = s.Officer,
        }).ToList() ?? [],
        Levels = d.GrievanceLevels?.Select((l, i) => new GrievanceLevelInput
        {
            Source = i, When = l.When, Whom = l.Whom, Address = l.Address, TimeLimit = l.TimeLimit,
        }).ToList() ?? [],
    };

    /// <summary>
    /// The items a notice lists under "আলোচ্যসূচি"/"আলোচ্য বিষয়" (numbered lines, serials dropped), to prefill its agenda;
    /// none when it lists none — an agenda is never made up (ADR 0042).
    /// </summary>
    public static List<string>? AgendaListed(string? body)
    {
        if (body is null) return null;
        var lines = SplitLines(body);
        var at = lines.FindIndex(l => AgendaHeading().IsMatch(l));
        if (at < 0) return null;
        var items = new List<string>();
        foreach (var line in lines.Skip(at + 1))
        {
            var m = NumberedLine().Match(line);
            if (!m.Success) break;
            items.Add(m.Groups["text"].Value.Trim());
        }
        return items.Count > 0 ? items : null;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(সভার\s+)?আলোচ্য\s*(সূচি|সূচী|বিষয়)(সমূহ)?\s*[:ঃ]?\s*$")]
    private static partial System.Text.RegularExpressions.Regex AgendaHeading();

    [System.Text.RegularExpressions.GeneratedRegex(@"^[(]?[০-৯0-9]{1,2}\s*[।.)]\s*(?<text>\S.*)$")]
    private static partial System.Text.RegularExpressions.Regex NumberedLine();

    private static string? Lines(List<string>? items) => items is { Count: > 0 } ? string.Join("\n", items) : null;

    public static List<string> SplitLines(string? text) =>
        (text ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();

    /// <summary>The charter's category heading as printed ("২.১ নাগরিক সেবা", "দাপ্তরিক সেবা") as the exchange format's word.</summary>
    public static string CategoryOf(string? printed) =>
        printed is null ? "citizen"
        : printed.Contains("প্রাতিষ্ঠানিক", StringComparison.Ordinal) || printed.Contains("দাপ্তরিক", StringComparison.Ordinal) ? "institutional"
        : printed.Contains("অভ্যন্তরীণ", StringComparison.Ordinal) ? "internal"
        : "citizen";
}

public sealed class DecisionRowInput
{
    /// <summary>The row's index in the reader's output; null for a row the user added.</summary>
    public int? Source { get; set; }
    public bool Remove { get; set; }
    public string? Serial { get; set; }
    public string? Subject { get; set; }
    public string? Discussion { get; set; }
    public string? Decision { get; set; }
    public string? Implementer { get; set; }
}

public sealed class ServiceRowInput
{
    public int? Source { get; set; }
    public bool Remove { get; set; }
    public string Category { get; set; } = "citizen";
    public string? Serial { get; set; }
    public string? Name { get; set; }
    public string? Method { get; set; }
    /// <summary>One document a line ("name | where to get it").</summary>
    public string? Documents { get; set; }
    public string? Fee { get; set; }
    public string? TimeLimit { get; set; }
    public string? Officer { get; set; }
}

public sealed class GrievanceLevelInput
{
    public int? Source { get; set; }
    public bool Remove { get; set; }
    public string? When { get; set; }
    public string? Whom { get; set; }
    public string? Address { get; set; }
    public string? TimeLimit { get; set; }
}
