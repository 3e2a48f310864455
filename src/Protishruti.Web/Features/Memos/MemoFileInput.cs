using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Protishruti.Domain.Calendar;
using Protishruti.Domain.Memos;
using Protishruti.Web.Data;

namespace Protishruti.Web.Features.Memos;

/// <summary>A memo file's fields as typed; the add form (Index) and the edit form share it.</summary>
public sealed class MemoFileInput
{
    /// <summary>How the numbers are written: the government form, a bare serial, or a prefix and the serial (ADR 0015).</summary>
    public MemoFileStyle Style { get; set; }
    public string? FileNumber { get; set; }
    public string? LabelBn { get; set; }
    public string? LabelEn { get; set; }
    public MemoDocumentKind? Purpose { get; set; }
    // Text, not int: people type Bengali digits, and a number input would refuse them.
    public string? NextSerial { get; set; }
    public bool MakeDefault { get; set; }

    public static MemoFileInput From(MemoFile f) => new()
    {
        Style = f.Style,
        FileNumber = BengaliDigits.Localize(f.FileNumber, Ui.Bn),
        LabelBn = f.LabelBn,
        LabelEn = f.LabelEn,
        Purpose = f.Purpose,
        NextSerial = Ui.N(f.NextSerial),
        MakeDefault = f.IsDefault,
    };

    /// <summary>
    /// Checks every field (on a scratch file, so one submit shows every problem beside its field) and that the office
    /// has no other file with this number. <paramref name="existing"/> is the file being edited, null when adding.
    /// </summary>
    public async Task<int?> ValidateAsync(ModelStateDictionary state, string prefix, AppDbContext db, int officeId, MemoFile? existing,
        CancellationToken ct)
    {
        int? serial = null;
        if (string.IsNullOrWhiteSpace(NextSerial)) serial = existing?.NextSerial ?? 1;
        else if (BengaliDigits.TryParseInt(NextSerial, out var s)) serial = s;
        else state.AddModelError($"{prefix}.NextSerial", Ui.T("একটি পূর্ণসংখ্যা লিখুন (যেমন ১০)।", "Enter a whole number (for example 10)."));

        var probe = new MemoFile(officeId, DemoLikeNumber, "-", null);
        if (state.Check($"{prefix}.FileNumber", () => probe.SetNumber(Style, FileNumber)))
        {
            var number = probe.FileNumber;
            if (existing is { HasIssued: true } && (number != existing.FileNumber || Style != existing.Style))
                state.Check($"{prefix}.FileNumber", () => existing.SetNumber(Style, FileNumber));
            else if (await db.MemoFiles.AnyAsync(f => f.OfficeId == officeId && f.FileNumber == number && (existing == null || f.Id != existing.Id), ct))
                state.AddModelError($"{prefix}.FileNumber", Style == MemoFileStyle.Serial
                    ? Ui.T("এই দপ্তরে শুধু-ক্রমিকের একটি নথি আগে থেকেই আছে; দুটি থাকলে একই নম্বর দুবার হতো।", "This office already has a bare serial file; two would give the same numbers.")
                    : Ui.T($"এই দপ্তরে {BengaliDigits.Localize(number, Ui.Bn)} নথি নম্বরটি আগে থেকেই আছে।", $"This office already has the file number {BengaliDigits.Localize(number, Ui.Bn)}."));
        }
        state.Check($"{prefix}.LabelBn", () => probe.Relabel(LabelBn, null));
        state.Check($"{prefix}.LabelEn", () => probe.Relabel("-", LabelEn));
        if (serial is { } n)
        {
            if (existing is { HasIssued: true } && n != existing.NextSerial)
                state.Check($"{prefix}.NextSerial", () => existing.SetFirstSerial(n));
            else
                state.Check($"{prefix}.NextSerial", () => probe.SetFirstSerial(n));
        }
        if (Purpose is { } p && !Enum.IsDefined(p)) state.AddModelError($"{prefix}.Purpose", Ui.T("তালিকা থেকে একটি ধরন বেছে নিন।", "Choose a kind from the list."));
        return state.IsValid ? serial : null;
    }

    private const string DemoLikeNumber = "00.00.0000.000.00.000.00";
}
