using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Protishruti.Domain;
using Protishruti.Domain.Meetings;

namespace Protishruti.Web.Features.Meetings.Minutes;

/// <summary>What the minutes editor and the corrigendum page post: per agenda item its discussion and decisions.</summary>
public sealed class MinutesInput
{
    public string? Chair { get; set; }
    /// <summary>The branch line of the letterhead (ADR 0035); the form always carries it, so an empty one clears it.</summary>
    public string? Section { get; set; }
    public string? Opening { get; set; }
    public string? Closing { get; set; }
    public int? SignatoryPostId { get; set; }
    /// <summary>The decision table (ADR 0035): 3, 4 or 5 columns, headings as written, serial and sub-decision numbering.</summary>
    public int Columns { get; set; } = 4;
    /// <summary>One per <see cref="MinutesColumn"/>; blank = the default.</summary>
    public List<string?> Headings { get; set; } = [];
    public MinutesSerialStyle Serial { get; set; }
    public DecisionNumbering Numbering { get; set; }
    /// <summary>The printed wording around the table (ADR 0035): header date form and labels, signatures' names, contacts.</summary>
    public MinutesDateForm DateForm { get; set; }
    public bool MeetingLabels { get; set; }
    public SignatureName ChairName { get; set; }
    public SignatureName IssuerName { get; set; }
    public bool HideContacts { get; set; }
    /// <summary>The signing post's phone and e-mail under the chair's signature (ADR 0048 addendum).</summary>
    public bool ChairContacts { get; set; }
    /// <summary>
    /// The title and the attendance line as written (ADR 0048): the form shows the default, so a field left as shown is
    /// the default, a field emptied prints no line (hence empty is kept as "", not null), anything else prints as written.
    /// </summary>
    [DisplayFormat(ConvertEmptyStringToNull = false)]
    public string? MinutesTitle { get; set; }
    [DisplayFormat(ConvertEmptyStringToNull = false)]
    public string? AttendanceLine { get; set; }
    public bool HideAppendix { get; set; }
    /// <summary>The header's time: the word before it (blank = the part of the day), "." for ":", "ঘটিকা" for "টা".</summary>
    public string? TimeWord { get; set; }
    public bool TimeDot { get; set; }
    public bool Ghotika { get; set; }
    /// <summary>The chair's role in the signature, one line each; above the post's designation or instead of it.</summary>
    public string? ChairRole { get; set; }
    public bool ChairRoleWithPost { get; set; }
    public string? Dated { get; set; }
    public string? NewItemTitle { get; set; }
    /// <summary>What the corrigendum corrects (the corrigendum page only).</summary>
    public string? Explanation { get; set; }
    public List<ItemInput> Items { get; set; } = [];
    /// <summary>
    /// The agenda item whose "add another decision" was pressed (ADR 0047): the form comes back as typed, unsaved, with
    /// one more blank decision under that item, so several decisions go in with one save and no script.
    /// </summary>
    public int? AddDecisionTo { get; set; }

    /// <summary>Adds the blank decision row <see cref="AddDecisionTo"/> asks for; false when it names no item of the form.</summary>
    public bool AddBlankDecision()
    {
        if (Items.FirstOrDefault(i => i.Id == AddDecisionTo) is not { } item) return false;
        item.Decisions.Add(new DecisionInput());
        return true;
    }

    public sealed class ItemInput
    {
        public int Id { get; set; }
        public string? Discussion { get; set; }
        public List<DecisionInput> Decisions { get; set; } = [];
    }

    public sealed class DecisionInput
    {
        public int Id { get; set; }
        public string? Text { get; set; }
        public List<string> Implementers { get; set; } = [];
        /// <summary>Implementers written in, one a line ("সংশ্লিষ্ট সকল কর্মকর্তা"): printed, not followed up.</summary>
        public string? WrittenImplementers { get; set; }
        /// <summary>The implementer column as the office writes it (ADR 0048), printed instead of the numbered parties; tracking unchanged.</summary>
        public string? PrintedImplementers { get; set; }
        public string? Due { get; set; }
        public bool Remove { get; set; }

        public bool IsBlank => string.IsNullOrWhiteSpace(Text) && Implementers.All(string.IsNullOrWhiteSpace)
            && string.IsNullOrWhiteSpace(WrittenImplementers) && string.IsNullOrWhiteSpace(PrintedImplementers) && string.IsNullOrWhiteSpace(Due);

        public IEnumerable<string> WrittenLines() =>
            (WrittenImplementers ?? "").Replace("\r", "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Distinct();
    }

    /// <summary>The meeting as the form shows it, with one blank decision row under each item to add one.</summary>
    public static MinutesInput From(Meeting m, bool blankRows = true) => new()
    {
        Chair = m.Chair,
        Section = m.Section,
        Opening = m.Opening,
        Closing = m.Closing,
        SignatoryPostId = m.SignatoryPostId,
        Columns = m.MinutesTable.Columns,
        Headings = [.. Enum.GetValues<MinutesColumn>().Select(m.MinutesTable.Written)],
        Serial = m.MinutesTable.Serial,
        Numbering = m.MinutesTable.Numbering,
        DateForm = m.MinutesDateForm,
        MeetingLabels = m.MinutesMeetingLabels,
        ChairName = m.MinutesChairName,
        IssuerName = m.MinutesIssuerName,
        HideContacts = m.MinutesHidesContacts,
        ChairContacts = m.MinutesContactsUnderChair,
        MinutesTitle = m.MinutesTitle ?? MinutesDocuments.TitleOf(m.Title),
        AttendanceLine = m.MinutesAttendanceLine ?? Protishruti.Web.Documents.MeetingMinutes.AttendanceAppendix,
        HideAppendix = m.MinutesHidesAppendix,
        TimeWord = m.MinutesTimeWord,
        TimeDot = m.MinutesTimeDot,
        Ghotika = m.MinutesTimeGhotika,
        ChairRole = m.MinutesChairRole,
        ChairRoleWithPost = m.MinutesChairRoleWithPost,
        Items = m.Agenda.Select(a => new ItemInput
        {
            Id = a.Id,
            Discussion = a.Discussion,
            Decisions =
            [
                .. a.Decisions.Select(d => new DecisionInput
                {
                    Id = d.Id, Text = d.Text, Implementers = d.Implementers.Where(p => p.Kind != PartyKind.Text).Select(PartyCatalog.KeyOf).ToList(),
                    WrittenImplementers = string.Join("\n", d.Implementers.Where(p => p.Kind == PartyKind.Text).Select(p => p.LabelBn)),
                    PrintedImplementers = d.PrintedImplementers,
                    Due = d.Due is { } due ? FormErrors.Iso(due) : null,
                }),
                .. blankRows ? [new DecisionInput()] : Array.Empty<DecisionInput>(),
            ],
        }).ToList(),
    };

    /// <summary>Null (the default) for a field not posted or left as the default showed it; otherwise as typed, "" for emptied.</summary>
    private static string? AsDefault(string? typed, string shown) =>
        typed is null || Protishruti.Domain.TypedText.Trim(typed) == shown ? null : typed;

    /// <summary>
    /// Applies the items (discussions and decisions) to <paramref name="m"/>, every problem beside its field; false when
    /// any was refused (the caller then saves nothing). <paramref name="frame"/> also applies chair, paragraphs and the
    /// signatory, and a new item raised at the meeting.
    /// </summary>
    public bool ApplyTo(Meeting m, PartyCatalog catalog, ModelStateDictionary state, bool frame)
    {
        var ok = true;
        void Try(string key, Action change)
        {
            try { change(); }
            catch (DomainException e)
            {
                state.AddModelError(e.Field is { } f && key.EndsWith('.') ? key + f : key.TrimEnd('.'), e.LocalizedMessage(Ui.Bn));
                ok = false;
            }
        }

        if (frame) Try("Input.", () => m.SetMinutesFrame(Chair, Opening, Closing, SignatoryPostId));
        if (frame) Try("Input.Section", () => m.SetSection(Section));
        if (frame) Try("Input.", () => m.SetMinutesTable(Columns, Headings, Serial, Numbering));
        if (frame) Try("Input.", () => m.SetMinutesPrint(DateForm, MeetingLabels, ChairName, IssuerName, !HideContacts, ChairContacts));
        if (frame) Try("Input.", () => m.SetMinutesWording(
            AsDefault(MinutesTitle, MinutesDocuments.TitleOf(m.Title)), TimeWord, TimeDot, Ghotika,
            AsDefault(AttendanceLine, Protishruti.Web.Documents.MeetingMinutes.AttendanceAppendix), !HideAppendix, ChairRole, ChairRoleWithPost));
        var agenda = m.Agenda.ToDictionary(a => a.Id);
        for (var i = 0; i < Items.Count; i++)
        {
            var input = Items[i];
            if (!agenda.TryGetValue(input.Id, out var item)) continue;
            Try($"Input.Items[{i}].Discussion", () => m.SetDiscussion(item, input.Discussion));
            var decisions = item.Decisions.ToDictionary(d => d.Id);
            for (var j = 0; j < input.Decisions.Count; j++)
            {
                var d = input.Decisions[j];
                var key = $"Input.Items[{i}].Decisions[{j}].";
                decisions.TryGetValue(d.Id, out var existing);
                if (d.Id > 0 && existing is null) continue;
                if (existing is not null && (d.Remove || d.IsBlank))
                {
                    Try(key + "Text", () => m.RemoveDecision(existing));
                    continue;
                }
                if (existing is null && (d.Remove || d.IsBlank)) continue;
                DateOnly? due = null;
                if (!string.IsNullOrWhiteSpace(d.Due))
                {
                    if (FormErrors.TryParseDate(d.Due, out var parsed)) due = parsed;
                    else
                    {
                        state.AddModelError(key + "Due", Ui.T("তারিখটি সঠিক নয়।", "The date is not valid."));
                        ok = false;
                        continue;
                    }
                }
                var parties = new List<Party>();
                var partiesOk = true;
                foreach (var k in d.Implementers.Where(k => !string.IsNullOrWhiteSpace(k)).Distinct())
                    Try(key + "Implementers", () => parties.Add(catalog.Parse(k)));
                foreach (var line in d.WrittenLines())
                    Try(key + "WrittenImplementers", () => parties.Add(Party.Text(line)));
                if (!ok) partiesOk = false;
                if (!partiesOk) continue;
                Try(key, () =>
                {
                    var decision = existing ?? m.AddDecision(item, d.Text ?? "", parties, due);
                    if (existing is not null) m.EditDecision(existing, d.Text ?? "", parties, due);
                    m.SetPrintedImplementers(decision, d.PrintedImplementers);
                });
            }
        }
        if (frame && !string.IsNullOrWhiteSpace(NewItemTitle))
            Try("Input.NewItemTitle", () => m.AddItemAtMeeting(NewItemTitle));
        return ok;
    }
}
