using System.Collections;
using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;

namespace Protishruti.Tests.Web;

/// <summary>A missing key shows its name ("Nav.Home") instead of text: catch it before a user does.</summary>
public partial class ResourceTests
{
    private static readonly ResourceManager Resources = new("Protishruti.Web.Resources.SharedResource", typeof(Program).Assembly);

    private static HashSet<string> Keys(string culture) =>
        Resources.GetResourceSet(new CultureInfo(culture), createIfNotExists: true, tryParents: false)!
            .Cast<DictionaryEntry>().Select(e => (string)e.Key).ToHashSet();

    [Fact]
    public void Bengali_and_English_have_the_same_keys()
    {
        var bn = Keys("bn-BD");
        var en = Keys("en");
        bn.Count.ShouldBeGreaterThan(50);
        bn.Except(en).ShouldBeEmpty("keys with no English text");
        en.Except(bn).ShouldBeEmpty("keys with no Bengali text");
    }

    [Fact]
    public void Every_key_the_pages_use_exists()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Protishruti.slnx"))) root = root.Parent;
        root.ShouldNotBeNull("the test runs inside the repository");
        var features = Path.Combine(root.FullName, "src", "Protishruti.Web", "Features");
        var used = Directory.EnumerateFiles(features, "*.cs*", SearchOption.AllDirectories)
            .SelectMany(f => KeyUse().Matches(File.ReadAllText(f)).Select(m => (File: Path.GetFileName(f), Key: m.Groups[1].Value)))
            .ToList();
        used.Count.ShouldBeGreaterThan(50);
        var known = Keys("bn-BD");
        used.Where(u => !known.Contains(u.Key)).Select(u => $"{u.File}: {u.Key}").Distinct().ShouldBeEmpty();
    }

    [Fact]
    public void Bengali_text_uses_Bengali_digits()
    {
        var set = Resources.GetResourceSet(new CultureInfo("bn-BD"), true, false)!.Cast<DictionaryEntry>();
        // Bilingual messages ("বাংলা … / English …") may carry ASCII digits in their English half only.
        set.Where(e => e.Value is string s && s.Split(" / ").Any(part => BengaliLetter().IsMatch(part) && AsciiDigitOutsidePlaceholder().IsMatch(part)))
            .Select(e => (string)e.Key).ShouldBeEmpty();
    }

    [GeneratedRegex("""\b[Ll]\["([A-Za-z][A-Za-z0-9.]+)"[\],]""")]
    private static partial Regex KeyUse();

    [GeneratedRegex(@"[\u0985-\u09B9]")]
    private static partial Regex BengaliLetter();

    [GeneratedRegex(@"(?<!\{)[0-9](?![^{]*\})")]
    private static partial Regex AsciiDigitOutsidePlaceholder();
}
