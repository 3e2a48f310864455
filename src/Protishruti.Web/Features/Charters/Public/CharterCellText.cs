using Protishruti.Domain.Calendar;
using Protishruti.Domain.Charters;

namespace Protishruti.Web.Features.Charters.Public;

/// <summary>
/// A services-table cell as lines of plain text, for formats without HTML (DOCX): the same content, in the same
/// order, as the public page's cell partials (_Method, _Documents, _Officer).
/// </summary>
public static class CharterCellText
{
    public static IReadOnlyList<string> Lines(CharterDocument doc, CharterService s, CharterColumn column, bool bengali) =>
        column switch
        {
            CharterColumn.Serial => [BengaliDigits.Localize(s.Order.ToString(System.Globalization.CultureInfo.InvariantCulture), bengali)],
            CharterColumn.Name => [s.Name(bengali)],
            CharterColumn.Method => Method(s.DeliveryMethod, bengali),
            CharterColumn.DocumentsAndSources or CharterColumn.Documents or CharterColumn.Sources => Documents(s, column, bengali),
            CharterColumn.Fee => [s.Fee?.Describe(bengali) ?? "—"],
            CharterColumn.TimeLimit => [s.TimeLimit?.Describe(bengali) ?? "—"],
            CharterColumn.Responsible => Officer(doc.Contact(s.ResponsibleOfficerPostId), bengali),
            _ => Officer(doc.Contact(s.SupervisingOfficerPostId), bengali),
        };

    public static IReadOnlyList<string> Method(DeliveryMethod? method, bool bengali)
    {
        if (method is null) return ["—"];
        var lines = new List<string> { method.Text(bengali) };
        if (method.Channels != DeliveryChannels.None)
            lines.Add(string.Join(", ", CharterColumns.Channels(method.Channels).Select(c => CharterColumns.ChannelName(c, bengali))));
        if (method.OnlineUrl is not null) lines.Add(method.OnlineUrl);
        return lines;
    }

    public static IReadOnlyList<string> Documents(CharterService s, CharterColumn column, bool bengali)
    {
        var docs = s.Documents.OrderBy(d => d.Order).ToList();
        if (s.NoDocumentsRequired || docs.Count == 0)
            return [column == CharterColumn.Sources || !s.NoDocumentsRequired ? "—" : Ui.T("কোনো কাগজপত্র লাগে না", "None required")];
        return docs.Select((d, i) =>
        {
            var n = $"{BengaliDigits.Localize((i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), bengali)}. ";
            if (column == CharterColumn.Sources) return n + (d.WhereToGet(bengali) ?? "—");
            return column == CharterColumn.DocumentsAndSources && d.WhereToGet(bengali) is { } where
                ? $"{n}{d.Name(bengali)} ({Ui.T("প্রাপ্তিস্থান", "Where to get it")}: {where})"
                : n + d.Name(bengali);
        }).ToList();
    }

    public static IReadOnlyList<string> Officer(PostContact? c, bool bengali)
    {
        if (c is null) return ["—"];
        var lines = new List<string> { c.Designation(bengali) };
        if (c.Unit(bengali) is { } unit) lines.Add(unit);
        lines.Add(c.IsVacant ? Ui.T("পদটি বর্তমানে শূন্য", "The post is vacant") : c.HolderName(bengali)!);
        if (c.Room is not null) lines.Add($"{Ui.T("কক্ষ", "Room")}: {BengaliDigits.Localize(c.Room, bengali)}");
        if (c.Phone is not null) lines.Add(BengaliDigits.Localize(c.Phone, bengali));
        if (c.Email is not null) lines.Add(c.Email);
        return lines;
    }
}
