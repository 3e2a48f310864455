using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Protishruti.Domain.Charters;

namespace Protishruti.Web.Features.OpenData;

/// <summary>
/// One JSON setting for every open-data format. Bengali goes out as UTF-8 text, but &lt; &gt; &amp; ' " and + are always
/// escaped (\u003C…): the same JSON can sit inside a &lt;script&gt; element without a service name ending it.
/// </summary>
public static class OpenDataJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        WriteIndented = false,
    };

    /// <summary>Open311 names its fields in snake_case.</summary>
    public static readonly JsonSerializerOptions SnakeCase = new(Options) { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public static string Serialize(JsonNode node) => node.ToJsonString(Options);

    /// <summary>A text in both languages as JSON-LD language-tagged values; the English one only when there is one.</summary>
    public static JsonArray Texts(string bn, string? en)
    {
        var list = new JsonArray { Lang(bn, "bn") };
        if (!string.IsNullOrWhiteSpace(en)) list.Add(Lang(en, "en"));
        return list;
    }

    public static JsonObject Lang(string text, string language) => new() { ["@value"] = text, ["@language"] = language };

    public static JsonObject Typed(string value, string type) => new() { ["@value"] = value, ["@type"] = type };

    public static string Money(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>
    /// ISO 8601 duration for the calendar units. A working-day limit has none (weekends and holidays are not a fixed
    /// length), so callers state it in their own working-day property instead.
    /// </summary>
    public static string? IsoDuration(TimeLimit? limit) => limit?.Unit switch
    {
        TimeLimitUnit.Immediate => "PT0S",
        TimeLimitUnit.Hours => $"PT{limit.Value}H",
        TimeLimitUnit.Days => $"P{limit.Value}D",
        TimeLimitUnit.Months => $"P{limit.Value}M",
        _ => null,
    };

    public static string Category(ServiceCategory category) => category switch
    {
        ServiceCategory.Citizen => "citizen",
        ServiceCategory.Institutional => "institutional",
        _ => "internal",
    };

    public static string Channel(DeliveryChannels channel) => channel switch
    {
        DeliveryChannels.InPerson => "inPerson",
        DeliveryChannels.Online => "online",
        DeliveryChannels.Post => "post",
        DeliveryChannels.Email => "email",
        DeliveryChannels.Phone => "phone",
        _ => "none",
    };
}
