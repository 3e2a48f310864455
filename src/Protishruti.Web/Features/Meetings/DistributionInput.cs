using Microsoft.AspNetCore.Mvc.ModelBinding;
using Protishruti.Domain;
using Protishruti.Domain.Calendar;
using Protishruti.Domain.Meetings;

namespace Protishruti.Web.Features.Meetings;

/// <summary>
/// The form that keeps a document's distribution list (বিতরণ/অনুলিপি) as the office writes it (ADR 0035), without
/// JavaScript: one row a line (recipient, purpose note, in the অনুলিপি block or not, its place in the order, remove),
/// blank rows to add lines, a box to paste many lines at once, the numbering style and the two headings.
/// Used by the notice page and the minutes page.
/// </summary>
public sealed class DistributionInput
{
    public const int BlankRows = 3;

    public List<Row> Lines { get; set; } = [];
    public ListNumbering Numbering { get; set; }
    public string? Heading { get; set; }
    public string? CopyHeading { get; set; }
    /// <summary>Many lines at once, one recipient a line, added at the end.</summary>
    public string? Paste { get; set; }
    public bool PasteInCopy { get; set; }
    /// <summary>Shown from the suggestion, not yet written by the office.</summary>
    public bool Suggested { get; set; }

    public sealed class Row
    {
        public string? Text { get; set; }
        public string? Note { get; set; }
        public bool Copy { get; set; }
        /// <summary>The place the line takes (1, 2, … or ১, ২, …); a row left without one goes last. Text, so a wrong one comes back as typed.</summary>
        public string? Order { get; set; }
        public bool Remove { get; set; }
    }

    public static DistributionInput From(DistributionList list)
    {
        var input = new DistributionInput
        {
            Numbering = list.Numbering,
            Heading = list.Heading,
            CopyHeading = list.CopyHeading,
            Suggested = !list.Written,
            Lines = list.Lines.Select((l, i) => new Row { Text = l.Text, Note = l.Note, Copy = l.Copy, Order = Ui.N(i + 1) }).ToList(),
        };
        input.AddBlankRows();
        return input;
    }

    /// <summary>Blank rows to add lines in (again after a refused post, so what was typed stays and there is room for more).</summary>
    public void AddBlankRows()
    {
        while (Lines.Count(r => string.IsNullOrWhiteSpace(r.Text) && string.IsNullOrWhiteSpace(r.Note)) < BlankRows) Lines.Add(new Row());
    }

    /// <summary>
    /// The lines in their new order, or false with every mistake beside its field ("DistributionForm.Lines[2].Text").
    /// Blank rows are skipped; a row with a note but no recipient is refused, not dropped.
    /// </summary>
    public bool TryRead(ModelStateDictionary state, string prefix, out List<DistributionLine> lines)
    {
        lines = [];
        var ok = true;
        var kept = new List<(int Key, int Index, DistributionLine Line)>();
        for (var i = 0; i < Lines.Count; i++)
        {
            var r = Lines[i];
            if (r.Remove || (string.IsNullOrWhiteSpace(r.Text) && string.IsNullOrWhiteSpace(r.Note))) continue;
            var order = int.MaxValue;
            if (!string.IsNullOrWhiteSpace(r.Order)
                && !int.TryParse(BengaliDigits.ToAscii(r.Order.Trim()), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out order))
            {
                state.AddModelError($"{prefix}.Lines[{i}].Order", Ui.T("ক্রমের ঘরে একটি সংখ্যা লিখুন (যেমন ৩)।", "Give a number for the order (e.g. 3)."));
                ok = false;
                continue;
            }
            try
            {
                kept.Add((order, i, DistributionLine.Of(r.Text ?? "", r.Note, r.Copy)));
            }
            catch (DomainException e)
            {
                state.AddModelError($"{prefix}.Lines[{i}].{(e.Field == nameof(DistributionLine.Note) ? "Note" : "Text")}", e.LocalizedMessage(Ui.Bn));
                ok = false;
            }
        }
        lines = kept.OrderBy(k => k.Key).ThenBy(k => k.Index).Select(k => k.Line).ToList();
        try
        {
            lines.AddRange(DistributionLine.Paste(Paste, PasteInCopy));
        }
        catch (DomainException e)
        {
            state.AddModelError($"{prefix}.Paste", e.LocalizedMessage(Ui.Bn));
            ok = false;
        }
        return ok;
    }

    /// <summary>Writes the lines with <paramref name="write"/> (the meeting's method); a rule's refusal goes beside its field.</summary>
    public bool Apply(ModelStateDictionary state, string prefix, Action<List<DistributionLine>, ListNumbering, string?, string?> write)
    {
        if (!TryRead(state, prefix, out var lines)) return false;
        try
        {
            write(lines, Numbering, Heading, CopyHeading);
            return true;
        }
        catch (DomainException e)
        {
            state.AddModelError(e.Field switch
            {
                "DistributionHeading" => $"{prefix}.Heading",
                "CopyHeading" => $"{prefix}.CopyHeading",
                "Distribution" => $"{prefix}.Paste",
                _ => "", // the document is issued: the message above the forms
            }, e.LocalizedMessage(Ui.Bn));
            return false;
        }
    }
}
