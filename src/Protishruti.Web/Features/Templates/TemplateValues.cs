using Protishruti.Domain.Charters;
using Protishruti.Domain.Charters.Templates;

using Protishruti.Web.Features.Charters.Public;

namespace Protishruti.Web.Features.Templates;

/// <summary>Prints a template field's value in the reader's language, as the charter prints it.</summary>
public static class TemplateValues
{
    public static string FieldName(TemplateField field) => field switch
    {
        TemplateField.Name => Ui.Pick("সেবার নাম", "Service name"),
        TemplateField.Category => Ui.Pick("সেবার ধরন", "Category"),
        TemplateField.DeliveryMethod => Ui.Pick("সেবা প্রদান পদ্ধতি", "Method of delivery"),
        TemplateField.Documents => Ui.Pick("প্রয়োজনীয় কাগজপত্র ও প্রাপ্তিস্থান", "Required documents and where to get them"),
        TemplateField.Fee => Ui.Pick("সেবামূল্য ও পরিশোধ পদ্ধতি", "Fee and how to pay"),
        TemplateField.TimeLimit => Ui.Pick("সেবা প্রদানের সময়সীমা", "Time limit"),
        _ => field.ToString(),
    };

    /// <summary>The value as text; null for "not given".</summary>
    public static string? Format(object? value)
    {
        var bn = Ui.Bn;
        return value switch
        {
            null => null,
            ServiceName n => bn || n.En is null ? n.Bn : n.En,
            ServiceCategory c => c.Name(bn),
            DeliveryMethod d => Delivery(d, bn),
            ServiceDocuments { NoneRequired: true } => bn ? "প্রয়োজন নেই" : "None required",
            ServiceDocuments { Lines.Count: 0 } => null,
            ServiceDocuments docs => string.Join("; ", docs.Lines.Select((d, i) => Ui.Digits($"{i + 1}. ") + Document(d, bn))),
            Fee f => f.Describe(bn),
            TimeLimit t => t.Describe(bn),
            _ => value.ToString(),
        };
    }

    private static string Delivery(DeliveryMethod d, bool bn)
    {
        var channels = Enum.GetValues<DeliveryChannels>().Where(c => c != DeliveryChannels.None && d.Channels.HasFlag(c)).Select(c => Channel(c, bn)).ToList();
        var text = channels.Count == 0 ? d.Text(bn) : $"{d.Text(bn)} ({string.Join(", ", channels)})";
        return d.OnlineUrl is null ? text : $"{text} {d.OnlineUrl}";
    }

    public static string Channel(DeliveryChannels c, bool bn) => CharterColumns.ChannelName(c, bn);

    private static string Document(DocumentLine d, bool bn)
    {
        var name = bn || d.NameEn is null ? d.NameBn : d.NameEn;
        var where = bn || d.WhereToGetEn is null ? d.WhereToGetBn : d.WhereToGetEn;
        return where is null ? name : $"{name} ({where})";
    }
}
