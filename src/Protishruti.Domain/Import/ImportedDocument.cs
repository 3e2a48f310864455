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
