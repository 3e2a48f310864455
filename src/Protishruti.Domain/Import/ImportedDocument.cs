namespace Protishruti.Domain.Import;

/// <summary>What the importer read from one document: a charter, minutes or a notice (ADR 0040). Null = not found.</summary>
public sealed class ImportedDocument
{
    public const string Charter = "charter";
    public const string Minutes = "minutes";
    public const string Notice = "notice";

    public required string Kind { get; init; }
    public string? Office { get; set; }
    public string? Title { get; set; }
    public string? Chair { get; set; }
    public string? Date { get; set; }
    public string? Time { get; set; }
    public string? Venue { get; set; }
    public string? MeetingDate { get; set; }
    public string? MeetingTime { get; set; }
    public string? Body { get; set; }
    public List<ImportedDecisionRow>? Rows { get; set; }
    public string? MemoNumber { get; set; }
    public string? IssuedOn { get; set; }
    public ImportedSignatory? Signatory { get; set; }
    public List<string>? Distribution { get; set; }
    public List<string>? Copies { get; set; }
    public string? Vision { get; set; }
    public string? Mission { get; set; }
    public List<ImportedService>? Services { get; set; }
    public string? Grievance { get; set; }
    public List<string>? Expectations { get; set; }
    public List<ImportedGrievanceLevel>? GrievanceLevels { get; set; }

    /// <summary>
    /// How sure the reader is of each field it filled, by the field's JSON name (rows as "rows[0]", services as
    /// "services[0]"): "high" when read from a labelled line or a table under its headings, "low" when guessed from a
    /// sentence or when something in it could not be read (ADR 0042).
    /// </summary>
    public Dictionary<string, string>? Confidence { get; set; }

    /// <summary>What a person should check, beside the field it concerns, in Bengali and English.</summary>
    public List<ImportNote>? Notes { get; set; }

    public const string High = "high";
    public const string Low = "low";

    public bool IsLow(string field) => Confidence is not null && Confidence.TryGetValue(field, out var c) && c == Low;
}

public sealed record ImportNote(string Field, string En, string Bn);

public sealed class ImportedGrievanceLevel
{
    public string? Serial { get; set; }
    public string? When { get; set; }
    public string? Whom { get; set; }
    public string? Address { get; set; }
    public string? TimeLimit { get; set; }
}

public sealed class ImportedDecisionRow
{
    public string? Serial { get; set; }
    public string? Subject { get; set; }
    public string? Discussion { get; set; }
    public string? Decision { get; set; }
    public string? Implementer { get; set; }
}

public sealed class ImportedSignatory
{
    public string? Name { get; set; }
    public string? Designation { get; set; }
}

public sealed class ImportedService
{
    public string? Category { get; set; }
    public string? Serial { get; set; }
    public string? Name { get; set; }
    public string? Method { get; set; }
    public string? Documents { get; set; }
    public string? Fee { get; set; }
    public string? TimeLimit { get; set; }
    public string? Officer { get; set; }
}

/// <summary>The documents found in a text, and what a person should check.</summary>
public sealed record ImportResult(List<ImportedDocument> Documents, List<string> Warnings);
