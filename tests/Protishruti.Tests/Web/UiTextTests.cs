using System.Text.RegularExpressions;

namespace Protishruti.Tests.Web;

/// <summary>
/// Interface text is written as <c>T("বাংলা", "English")</c> at the point of use (ADR 0029). The compiler sees that
/// both are there; these tests see that they are the right way round and each in its own language and digits.
/// </summary>
public sealed partial class UiTextTests
{
    private static readonly Lazy<List<(string Where, string Bn, string En)>> Pairs = new(Read);

    private static List<(string Where, string Bn, string En)> Read()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Protishruti.slnx"))) root = root.Parent;
        root.ShouldNotBeNull("the test runs inside the repository");
        var web = Path.Combine(root.FullName, "src", "Protishruti.Web");
        var sep = Path.DirectorySeparatorChar;
        return Directory.EnumerateFiles(web, "*.*", SearchOption.AllDirectories)
            .Where(f => (f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal) || f.EndsWith(".razor", StringComparison.Ordinal))
                        && !f.Contains($"{sep}obj{sep}") && !f.Contains($"{sep}bin{sep}"))
            .SelectMany(f => Pair().Matches(File.ReadAllText(f))
                .Select(m => ($"{Path.GetRelativePath(web, f)}: {m.Value[..Math.Min(m.Value.Length, 90)]}", Text(m.Groups[1].Value), Text(m.Groups[2].Value))))
            .ToList();
    }

    /// <summary>The literal's text without its interpolation holes, which hold values, not words.</summary>
    private static string Text(string literal) =>
        literal.StartsWith('$') ? Hole().Replace(literal[2..^1], " ") : literal[1..^1];

    [Fact]
    public void There_is_text_to_check() => Pairs.Value.Count.ShouldBeGreaterThan(1500);

    [Fact]
    public void The_first_text_is_Bengali_and_the_second_is_not()
    {
        Pairs.Value.Where(p => Letter().IsMatch(p.Bn + p.En) && !Bengali().IsMatch(p.Bn)).Select(p => p.Where)
            .ShouldBeEmpty("T(bn, en) with no Bengali in its first text");
        // Deliberate exceptions: error pages that speak both languages ("Page not found / পাতা পাওয়া যায়নি") and
        // examples of what to type ("e.g. … নামজারি"), which show Bengali input on the English page.
        Pairs.Value.Where(p => Bengali().IsMatch(p.En) && !p.En.Contains(" / ", StringComparison.Ordinal) && !p.En.Contains("e.g.", StringComparison.Ordinal))
            .Select(p => p.Where).ShouldBeEmpty("English text with Bengali letters in it");
    }

    [Fact]
    public void Bengali_text_uses_Bengali_digits() =>
        Pairs.Value.Where(p => AsciiDigit().IsMatch(p.Bn)).Select(p => p.Where).ShouldBeEmpty();

    [GeneratedRegex("""(?<![\w.])T\(\s*(\$?"(?:[^"\\\n]|\\.)*")\s*,\s*(\$?"(?:[^"\\\n]|\\.)*")\s*\)""")]
    private static partial Regex Pair();

    [GeneratedRegex(@"\{[^{}]*\}")]
    private static partial Regex Hole();

    [GeneratedRegex(@"[\u0980-\u09FF]")]
    private static partial Regex Bengali();

    [GeneratedRegex(@"[A-Za-z\u0980-\u09FF]")]
    private static partial Regex Letter();

    [GeneratedRegex(@"[0-9]")]
    private static partial Regex AsciiDigit();
}
