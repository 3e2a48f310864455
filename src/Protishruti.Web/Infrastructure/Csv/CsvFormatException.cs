using Protishruti.Domain;
using Protishruti.Domain.Calendar;

namespace Protishruti.Web.Infrastructure.Csv;

/// <summary>
/// A CSV file that cannot be read as its author meant: a quoted cell opened on <see cref="Line"/> and never closed.
/// A <see cref="DomainException"/>, so every upload page shows it in the reader's language like any other refusal.
/// </summary>
public sealed class CsvFormatException(int line, int column, string? columnName) : DomainException(
    $"Line {line}, column {column}{(columnName is null ? "" : $" ({columnName})")}: a cell opens with a quotation mark (\") that is never closed, so the rest of the file would be read as one cell. Close the quotation mark or remove it, then upload the file again.",
    $"লাইন {BengaliDigits.ToBengali(line)}, কলাম {BengaliDigits.ToBengali(column)}{(columnName is null ? "" : $" ({columnName})")}: একটি ঘর উদ্ধৃতিচিহ্ন (\") দিয়ে শুরু হয়েছে কিন্তু তা কোথাও বন্ধ হয়নি, ফলে ফাইলের বাকি অংশ একটিমাত্র ঘর হিসেবে পড়া হতো। উদ্ধৃতিচিহ্নটি বন্ধ করুন বা মুছে দিন, তারপর ফাইলটি আবার আপলোড করুন।")
{
    public int Line { get; } = line;
    /// <summary>1-based, as Excel counts columns (A = 1).</summary>
    public int Column { get; } = column;
    /// <summary>The header's name for that column, when the header was read before it.</summary>
    public string? ColumnName { get; } = columnName;
}
