using System.Globalization;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using MiniExcelLibs;
using Protishruti.Domain;
using Protishruti.Domain.Calendar;
using Protishruti.Domain.Charters;
using Protishruti.Web.Data;
using Protishruti.Web.Features.Admin;
using Protishruti.Web.Infrastructure.Csv;
using Protishruti.Web.Infrastructure.Files;

namespace Protishruti.Web.Features.Delivery;

/// <summary>The fields of an application a column of an office's own register can hold (ADR 0039).</summary>
public enum RegisterField { Reference, Service, ReceivedOn, Channel, DeliveredOn, Outcome, Reason, Note }

/// <summary>An uploaded register: its header cells and its rows, each with its row number as Excel or a text editor shows it.</summary>
public sealed record RegisterTable(IReadOnlyList<string> Header, IReadOnlyList<RegisterRow> Rows);

public sealed record RegisterRow(int Row, IReadOnlyList<string> Cells)
{
    public string? this[int column] => column >= 0 && column < Cells.Count && TypedText.TrimToNull(Cells[column]) is { } v ? v : null;
}

/// <summary>
/// Reads an office's own application register (CSV or XLSX, decided by the content), guesses which column holds which
/// field from the header words offices write, and reads dates as offices type them (ADR 0039).
/// </summary>
public static class RegisterFile
{
    public const long MaxBytes = CsvUpload.MaxBytes;
    public const int MaxRows = 5000;

    public static RegisterTable Read(byte[] bytes, string fileName)
    {
        if (bytes.Length == 0) throw new DomainException("The file is empty.", "ফাইলটি খালি।");
        if (bytes.Length > MaxBytes) throw TooLarge();
        FileKind? kind;
        using (var stream = new MemoryStream(bytes, writable: false)) kind = FileStore.Sniff(stream);
        RegisterTable table;
        if (kind == FileKind.Xlsx) table = ReadXlsx(bytes);
        else if (kind is not null || bytes.AsSpan().StartsWith("PK\u0003\u0004"u8))
            throw new DomainException(
                $"'{fileName}' is neither a CSV nor an XLSX file (its content was checked, not its name). Save the register from Excel as .xlsx or as CSV UTF-8.",
                $"'{fileName}' CSV বা XLSX ফাইল নয় (নাম নয়, ফাইলের ভেতরের বিষয়বস্তু যাচাই করা হয়েছে)। এক্সেল থেকে রেজিস্টারটি .xlsx অথবা CSV UTF-8 হিসেবে সংরক্ষণ করুন।");
        else
        {
            var csv = CsvTable.Parse(CsvUpload.DecodeUtf8(bytes, fileName));
            table = new RegisterTable(csv.Header, csv.Rows.Select(r => new RegisterRow(r.Line, r.Fields)).ToList());
        }
        if (table.Header.Count == 0 || table.Rows.Count == 0)
            throw new DomainException("The file has no rows under its header; the first row names the columns, each further row is one application.",
                "ফাইলের শিরোনামের নিচে কোনো সারি নেই; প্রথম সারিতে কলামের নাম, পরের প্রতিটি সারিতে একটি আবেদন থাকবে।");
        if (table.Rows.Count > MaxRows)
            throw new DomainException($"The file has {table.Rows.Count} rows; upload at most {MaxRows} at a time (split the register by month or quarter).",
                $"ফাইলে {BengaliDigits.ToBengali(table.Rows.Count)}টি সারি; একবারে সর্বোচ্চ {BengaliDigits.ToBengali(MaxRows)}টি আপলোড করুন (রেজিস্টারটি মাস বা ত্রৈমাসিক অনুযায়ী ভাগ করুন)।");
        return table;
    }

    public static DomainException TooLarge() => new("The file is larger than 5 MB; split the register into smaller files.",
        "ফাইলটি ৫ মেগাবাইটের বড়; রেজিস্টারটি কয়েকটি ছোট ফাইলে ভাগ করে আপলোড করুন।");

    /// <summary>The first worksheet; its first row that has any text is the header.</summary>
    private static RegisterTable ReadXlsx(byte[] bytes)
    {
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            var raw = stream.Query(useHeaderRow: false, excelType: ExcelType.XLSX).Cast<IDictionary<string, object?>>().ToList();
            var first = raw.FindIndex(r => r.Values.Any(v => Text(v) is { Length: > 0 }));
            if (first < 0) return new RegisterTable([], []);
            var letters = raw[first].Keys.ToList(); // A, B, … in order
            foreach (var r in raw.Skip(first + 1))
                foreach (var k in r.Keys)
                    if (!letters.Contains(k)) letters.Add(k);
            var header = letters.Select(l => (Text(raw[first].TryGetValue(l, out var v) ? v : null) ?? "").Trim()).ToList();
            var rows = new List<RegisterRow>();
            for (var i = first + 1; i < raw.Count; i++)
            {
                var cells = letters.Select(l => Text(raw[i].TryGetValue(l, out var v) ? v : null) ?? "").ToList();
                if (cells.All(string.IsNullOrWhiteSpace)) continue;
                rows.Add(new RegisterRow(i + 1, cells));
            }
            return new RegisterTable(header, rows);
        }
        catch (Exception e) when (e is not DomainException and not OutOfMemoryException)
        {
            throw new DomainException("The XLSX file could not be read; it may be damaged. Open it in Excel, save it again and upload it.",
                "XLSX ফাইলটি পড়া যায়নি; সম্ভবত ফাইলটি নষ্ট। এক্সেলে খুলে আবার সংরক্ষণ করে আপলোড করুন।", e);
        }
    }

    // A date cell comes as a date; a number typed into a cell (a register number) as a number; the rest as text.
    private static string? Text(object? value) => value switch
    {
        null => null,
        string s => s,
        DateTime d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        double d => d.ToString(CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    // ---- which column is which ----

    private static readonly (RegisterField Field, string[] Words)[] Dates =
    [
        (RegisterField.DeliveredOn, ["প্রদান", "নিষ্পত্তি", "নিষ্পন্ন", "সরবরাহ", "deliver", "disposal", "dispos", "closed", "settle", "issue"]),
        (RegisterField.ReceivedOn, ["আবেদন", "গ্রহণ", "প্রাপ্তি", "জমা", "receiv", "receipt", "applic", "submit", "lodg"]),
    ];

    private static readonly (RegisterField Field, string[] Words)[] Others =
    [
        (RegisterField.Channel, ["মাধ্যম", "channel", "mode", "medium"]),
        (RegisterField.Outcome, ["ফলাফল", "অবস্থা", "outcome", "result", "status"]),
        (RegisterField.Reason, ["কারণ", "reason"]),
        (RegisterField.Note, ["মন্তব্য", "বিবরণ", "note", "remark", "comment"]),
        (RegisterField.Service, ["সেবা", "service"]),
        (RegisterField.Reference, ["ক্রমিক", "রেজিস্টার", "রেজি", "নম্বর", "নং", "সূত্র", "স্মারক", "reference", "ref", "register", "serial", "sl", "no", "number", "id"]),
    ];

    /// <summary>
    /// The column each field is most likely in, from the header's words in Bengali or English ("সেবার নাম",
    /// "ক্রমিক/রেজিস্টার নং", "আবেদনের তারিখ", "প্রদানের তারিখ", "Date received"…); each column is given to one field
    /// at most, the first column that fits wins. Fields that fit no column are absent.
    /// </summary>
    public static Dictionary<RegisterField, int> Guess(IReadOnlyList<string> header)
    {
        var guess = new Dictionary<RegisterField, int>();
        for (var i = 0; i < header.Count; i++)
        {
            var h = CharterText.Key(header[i]);
            if (h.Length == 0) continue;
            var words = Regex.Split(h, @"[^\p{L}\p{M}\p{N}]+").Where(w => w.Length > 0).ToArray();
            bool Has(string w) => w.All(c => c < 128) ? words.Any(x => x == w || (w.Length > 3 && x.StartsWith(w, StringComparison.Ordinal))) : h.Contains(w, StringComparison.Ordinal);
            RegisterField? field = null;
            if (Has("তারিখ") || Has("date") || Has("dated") || Has("on"))
            {
                field = Dates.Where(d => !guess.ContainsKey(d.Field) && d.Words.Any(Has)).Select(d => (RegisterField?)d.Field).FirstOrDefault();
                // A lone "date" is the received date: it is the date every register has first.
                field ??= !guess.ContainsKey(RegisterField.ReceivedOn) ? RegisterField.ReceivedOn
                    : !guess.ContainsKey(RegisterField.DeliveredOn) ? RegisterField.DeliveredOn : null;
            }
            else
                field = Others.Where(o => !guess.ContainsKey(o.Field) && o.Words.Any(Has)).Select(o => (RegisterField?)o.Field).FirstOrDefault();
            if (field is { } f) guess[f] = i;
        }
        return guess;
    }

    // ---- dates as offices type them ----

    private static readonly string[] DayFirst = ["d/M/yyyy", "d-M-yyyy", "d.M.yyyy", "d/M/yy", "d-M-yy", "d.M.yy", "d MMM yyyy", "d-MMM-yyyy", "d MMMM yyyy"];
    private static readonly string[] YearFirst = ["yyyy-M-d", "yyyy/M/d", "yyyy.M.d"];

    /// <summary>
    /// A date as offices type it — ২০/১১/২০২২, 20-12-2020, ২৪.১২.২০২৩, 2022-11-20, Bengali or ASCII digits, the day
    /// first as in Bangladesh — as YYYY-MM-DD; anything else unchanged, for the recorder to refuse with the typed text.
    /// </summary>
    public static string? Date(string? text)
    {
        if (TypedText.TrimToNull(text) is not { } t) return null;
        var ascii = BengaliDigits.ToAscii(t);
        if (ascii.Length > 10 && ascii[10] is ' ' or 'T' && Regex.IsMatch(ascii, @"^\d{4}-\d\d-\d\d[ T]00:00(:00)?$")) ascii = ascii[..10]; // Excel's midnight
        if (DateOnly.TryParseExact(ascii, YearFirst, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            || DateOnly.TryParseExact(ascii, DayFirst, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out d))
            return d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return t;
    }

    /// <summary>The application a row stands for under a mapping (a field without a column is empty).</summary>
    public static ApplicationItem Item(RegisterRow row, IReadOnlyDictionary<RegisterField, int> map)
    {
        string? Cell(RegisterField f) => map.TryGetValue(f, out var i) ? row[i] : null;
        return new ApplicationItem(Cell(RegisterField.Service), Cell(RegisterField.Reference),
            Date(Cell(RegisterField.ReceivedOn)), Cell(RegisterField.Channel), Date(Cell(RegisterField.DeliveredOn)), Cell(RegisterField.Outcome),
            Cell(RegisterField.Reason), Cell(RegisterField.Note));
    }

    public static string ApiName(RegisterField f) => f switch
    {
        RegisterField.Service => "service",
        RegisterField.ReceivedOn => "receivedOn",
        RegisterField.Channel => "channel",
        RegisterField.DeliveredOn => "deliveredOn",
        RegisterField.Outcome => "outcome",
        RegisterField.Reason => "reason",
        RegisterField.Note => "note",
        _ => "reference",
    };
}

/// <summary>
/// An uploaded register kept on the server between the upload, the mapping and the confirmation (no JavaScript, no
/// database table): under DataDirectory/staging/registers, named by the office and an unguessable token, removed once
/// recorded and swept after a day.
/// </summary>
public sealed class RegisterStaging(Microsoft.Extensions.Configuration.IConfiguration config, TimeProvider time)
{
    private static readonly TimeSpan KeptFor = TimeSpan.FromDays(1);
    private readonly string _root = Path.Combine(DatabaseSetup.DataDirectory(config), "staging", "registers");

    public async Task<string> SaveAsync(int officeId, byte[] bytes, CancellationToken ct)
    {
        Directory.CreateDirectory(_root);
        Sweep();
        var token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        await File.WriteAllBytesAsync(PathOf(officeId, token)!, bytes, ct);
        return token;
    }

    /// <summary>The staged file of this office under this token; null when there is none (expired, recorded, another office's, a made-up token).</summary>
    public async Task<byte[]?> ReadAsync(int officeId, string? token, CancellationToken ct) =>
        PathOf(officeId, token) is { } path && File.Exists(path) ? await File.ReadAllBytesAsync(path, ct) : null;

    public void Delete(int officeId, string? token)
    {
        if (PathOf(officeId, token) is { } path && File.Exists(path)) File.Delete(path);
    }

    private string? PathOf(int officeId, string? token) =>
        token is { Length: 32 } && token.All(char.IsAsciiHexDigitLower) ? Path.Combine(_root, $"{officeId.ToString(CultureInfo.InvariantCulture)}-{token}") : null;

    private void Sweep()
    {
        var before = time.GetUtcNow().UtcDateTime - KeptFor;
        foreach (var f in new DirectoryInfo(_root).EnumerateFiles())
            if (f.LastWriteTimeUtc < before)
                try { f.Delete(); } catch (IOException) { } // another request's sweep got there first
    }
}
