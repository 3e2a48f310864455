namespace Protishruti.Web.Documents;

/// <summary>A note shown above a print-ready page, never printed: what is missing and what to configure.</summary>
public sealed record DocumentNote(string Bn, string En);

/// <summary>
/// What a document lacks. A document with gaps still renders completely (a blank memo number to write by hand, no
/// logo); the person looking at it is told what to configure so that the next one is complete.
/// </summary>
public static class DocumentNotes
{
    public static readonly DocumentNote NoMemoNumber = new(
        "স্মারক নম্বর নেই: দপ্তরের স্মারক নথি নম্বর (দপ্তর ব্যবস্থাপনা → স্মারক নথি) কনফিগার করুন। ততক্ষণ নম্বরের স্থান ফাঁকা থাকবে, হাতে লেখা যাবে।",
        "No memo number: configure the office's memo file (office management → memo files). Until then the number is left blank to be written by hand.");

    public static DocumentNote MissingLogo(string path) => new(
        $"লোগো ফাইল '{path}' পাওয়া যায়নি, তাই লোগো ছাড়া দেখানো হলো। দপ্তরের লোগো আবার আপলোড করুন।",
        $"The logo file '{path}' was not found, so the letterhead is shown without it. Upload the office's logo again.");

    public static bool LogoExists(IWebHostEnvironment env, string? path) =>
        !string.IsNullOrWhiteSpace(path) && path.StartsWith('/') && !path.Contains("..", StringComparison.Ordinal)
        && env.WebRootFileProvider.GetFileInfo(path).Exists;

    public static IReadOnlyList<DocumentNote> For(IWebHostEnvironment env, Letterhead letterhead, params MemoLine[] memos)
    {
        var notes = new List<DocumentNote>();
        if (memos.Any(m => m.NumberText is null)) notes.Add(NoMemoNumber);
        if (!string.IsNullOrWhiteSpace(letterhead.LogoPath) && !LogoExists(env, letterhead.LogoPath)) notes.Add(MissingLogo(letterhead.LogoPath));
        return notes;
    }
}
