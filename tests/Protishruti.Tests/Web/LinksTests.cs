using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.AspNetCore.Routing.Template;
using Microsoft.Extensions.DependencyInjection;
using Protishruti.Domain.Calendar;
using Protishruti.Domain.Monitoring;
using Protishruti.Tests.Infrastructure;
using Protishruti.Web;

namespace Protishruti.Tests.Web;

/// <summary>
/// <see cref="Links"/> is the one place URLs are written (ADR 0028); these tests keep it honest: every method, with
/// every optional argument left out and given, lands on a route the app serves, and no view writes a path by hand.
/// </summary>
public sealed partial class LinksTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private static readonly object[] Samples =
    [
        "dc-natore", 7L, 3, Guid.Parse("6f1c2d1e-8a54-4a52-9a3c-0b7d2e1f4a11"), new FiscalYear(2025), ReportPeriod.Q2, PlanKind.CitizenCharter,
    ];

    private static object? Sample(ParameterInfo p, bool giveOptional)
    {
        if (p.HasDefaultValue && !giveOptional) return p.DefaultValue;
        var type = Nullable.GetUnderlyingType(p.ParameterType) ?? p.ParameterType;
        if (type == typeof(string))
            return p.Name switch
            {
                "query" => "fy=2025-26&quarter=2",
                "fragment" => "grs-h",
                "size" => "a3",
                "extension" => "pdf",
                "key" => "new",
                "kindSlug" => "grs",
                "name" => "charter-a4",
                "fy" => "2025-26",
                "quarter" => "2",
                _ => "dc-natore",
            };
        if (type == typeof(long)) return 7L;
        if (type == typeof(int)) return p.Name == "year" ? 2026 : 3;
        return Samples.FirstOrDefault(type.IsInstanceOfType) ?? throw new InvalidOperationException($"no sample for {p.Name}: {type.Name}");
    }

    private static IEnumerable<(string Method, string Url)> EveryLink()
    {
        var methods = new[] { typeof(Links) }.Concat(typeof(Links).GetNestedTypes())
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static).Select(m => (Type: t, Method: m)));
        foreach (var (type, method) in methods)
            foreach (var giveOptional in new[] { false, true })
            {
                var args = method.GetParameters().Select(p => Sample(p, giveOptional)).ToArray();
                yield return ($"{type.Name}.{method.Name}({string.Join(", ", args.Select(a => a ?? "null"))})", (string)method.Invoke(null, args)!);
            }
    }

    [Fact]
    public void Every_link_lands_on_a_route_the_app_serves()
    {
        var routes = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => e.RoutePattern).Where(p => p.RawText is not null).ToList();
        routes.Count.ShouldBeGreaterThan(50);
        var links = EveryLink().ToList();
        links.Count.ShouldBeGreaterThan(100);

        var unmatched = links.Where(l => !routes.Any(r => Matches(r, l.Url))).Select(l => $"{l.Method} → {l.Url}").ToList();
        unmatched.ShouldBeEmpty();
    }

    private static bool Matches(RoutePattern route, string url)
    {
        if (route.Parameters.Any(p => p.IsCatchAll)) return false; // a fallback "matches" anything: it proves nothing
        var path = url.Split('#', '?')[0];
        var values = new RouteValueDictionary();
        if (!new TemplateMatcher(TemplateParser.Parse(route.RawText!.TrimStart('/')), new RouteValueDictionary()).TryMatch(path, values))
            return false;
        // The matcher checks the shape; the inline constraints ({id:int}, {key:guid}) are checked here.
        foreach (var parameter in route.Parameters)
            foreach (var policy in parameter.ParameterPolicies)
            {
                var value = values[parameter.Name]?.ToString();
                if (value is null) continue;
                if (policy.Content == "int" && !int.TryParse(value, out _)) return false;
                if (policy.Content == "long" && !long.TryParse(value, out _)) return false;
                if (policy.Content == "guid" && !Guid.TryParse(value, out _)) return false;
            }
        return true;
    }

    [Fact]
    public void The_matcher_used_above_rejects_a_link_with_no_route()
    {
        var routes = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().Select(e => e.RoutePattern).ToList();
        routes.Any(r => r.RawText is not null && Matches(r, "/offices/dc-natore/charter/draft/nowhere/else")).ShouldBeFalse();
        routes.Any(r => r.RawText is not null && Matches(r, "/offices/dc-natore/meetings/not-a-number/edit")).ShouldBeFalse();
        routes.Any(r => r.RawText is not null && Matches(r, "/offices/dc-natore/charter/draft")).ShouldBeTrue();
    }

    [Fact]
    public void Views_write_no_path_by_hand()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Protishruti.slnx"))) root = root.Parent;
        root.ShouldNotBeNull();
        var web = Path.Combine(root.FullName, "src", "Protishruti.Web");
        var handWritten = Directory.EnumerateFiles(web, "*.cshtml", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"))
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (File: Path.GetRelativePath(web, f), Line: i + 1, Text: line)))
            .Where(l => !l.Text.TrimStart().StartsWith("@page", StringComparison.Ordinal) && HandWrittenPath().IsMatch(l.Text))
            .Select(l => $"{l.File}:{l.Line}: {l.Text.Trim()}")
            .ToList();
        handWritten.ShouldBeEmpty();
    }

    /// <summary>An attribute or C# string that starts an app path ("/offices…", $"/dashboard…"); static files (/css, /js, /fonts) are not links to pages.</summary>
    [GeneratedRegex("""(?:(?:href|action|formaction|src)="|\$?")/(?!css/|js/|fonts/|lib/|favicon|Features/)[a-z]""")]
    private static partial Regex HandWrittenPath();
}
