using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Protishruti.Domain.Charters;
using Protishruti.Domain.Offices;

namespace Protishruti.Web.Features.Delivery;

/// <summary>
/// How an office's register file was mapped the last time it was recorded: each field by the text of the header it
/// stood under, and the channel given to every row when no column holds one. An office uploads the same register
/// month after month; the next file with those headers is mapped the same way, wherever the columns now stand.
/// </summary>
public sealed class UploadMapping
{
    public int OfficeId { get; set; }

    /// <summary>JSON object: field name → the header's text as the file wrote it.</summary>
    public string Headers { get; set; } = "{}";

    public string? DefaultChannel { get; set; }
    public DateTimeOffset SavedAt { get; set; }

    public void Remember(IReadOnlyList<string> header, IReadOnlyDictionary<RegisterField, int> columns, string? defaultChannel, DateTimeOffset now)
    {
        Headers = JsonSerializer.Serialize(columns.OrderBy(c => c.Key).ToDictionary(c => c.Key.ToString(), c => header[c.Value]));
        DefaultChannel = defaultChannel;
        SavedAt = now;
    }

    /// <summary>
    /// The remembered fields found again in <paramref name="header"/> (headers compared as the charter import compares
    /// names: spacing, joiners and case aside); null when any field every row needs is not among them.
    /// </summary>
    public Dictionary<RegisterField, int>? Apply(IReadOnlyList<string> header, IReadOnlyCollection<RegisterField> required)
    {
        Dictionary<string, string>? saved;
        try
        {
            saved = JsonSerializer.Deserialize<Dictionary<string, string>>(Headers);
        }
        catch (JsonException)
        {
            return null;
        }
        var keys = header.Select(h => CharterText.Key(h)).ToList();
        var columns = new Dictionary<RegisterField, int>();
        foreach (var (name, text) in saved ?? [])
        {
            var at = keys.IndexOf(CharterText.Key(text));
            if (Enum.TryParse<RegisterField>(name, out var field) && at >= 0 && !columns.ContainsValue(at)) columns[field] = at;
        }
        return required.All(columns.ContainsKey) ? columns : null;
    }
}

public sealed class UploadMappingConfiguration : IEntityTypeConfiguration<UploadMapping>
{
    public void Configure(EntityTypeBuilder<UploadMapping> b)
    {
        b.HasKey(m => m.OfficeId);
        b.HasOne<Office>().WithMany().HasForeignKey(m => m.OfficeId).OnDelete(DeleteBehavior.Cascade);
        b.Property(m => m.Headers).HasMaxLength(4000);
        b.Property(m => m.DefaultChannel).HasMaxLength(20);
    }
}
