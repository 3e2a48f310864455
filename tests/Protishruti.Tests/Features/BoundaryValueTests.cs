using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Protishruti.Tests.Infrastructure;

namespace Protishruti.Tests.Features;

/// <summary>
/// No 500 for a user's mistake (issue 15): every POST form a signed-in user can reach — found by walking the pages from
/// the dashboards, as the users would — is sent with boundary values in its fields: empty, huge, negative, made only of
/// zero-width characters, dates far in the past and future, and tampered ids and choices. No answer may be a server
/// error, and a form that comes back refused still holds what was typed.
/// </summary>
public abstract partial class BoundaryValueTests<TApp>(TApp app) : AppTests<TApp>(app) where TApp : TestApp
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private const int MaxPagesPerUser = 90;

    private sealed record Field(string Name, string Kind, string Value, IReadOnlyList<string> Options);

    private sealed record Form(string Page, string Action, bool Multipart, IReadOnlyList<Field> Fields)
    {
        public string Key => $"{Shape(Action)}|{string.Join(",", Fields.Select(f => Shape(f.Name)).Distinct().Order(StringComparer.Ordinal))}";
    }

    /// <summary>A URL or name with its ids (numbers, GUIDs) blanked: another meeting's or service's page has the same forms.</summary>
    private static string Shape(string text) => Regex.Replace(Regex.Replace(text, "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "#"), @"\d+", "#");

    private sealed record Variant(string Name, Func<Field, string?> Value, bool CheckKept);

    private static readonly string Huge = new('ক', 10_000); // over every field's limit, under the 16,000 characters an upload form reads
    private const string ZeroWidth = "\u200B\u200C\u200D\uFEFF";

    private static bool IsText(Field f) => f.Kind is "text" or "textarea" or "search" or "email" or "tel" or "url" or "number" or "date" or "time" or "datetime-local";

    private static bool IsId(Field f) => f.Kind is "hidden" or "select" or "radio" || f.Name.EndsWith("Id", StringComparison.Ordinal) || f.Name.EndsWith("id", StringComparison.Ordinal);

    /// <summary>The values each field is sent with; null keeps the page's own value.</summary>
    private static readonly Variant[] Variants =
    [
        new("empty", f => IsText(f) ? "" : null, CheckKept: false),
        new("huge", f => IsText(f) ? Huge : null, CheckKept: true),
        new("negative", f => IsText(f) ? "-5" : null, CheckKept: true),
        new("zero-width", f => IsText(f) ? ZeroWidth : null, CheckKept: true),
        new("far past", f => IsText(f) ? "0001-01-01" : null, CheckKept: true),
        new("far future", f => IsText(f) ? "9999-12-31" : null, CheckKept: true),
        new("tampered ids", f => f.Name == "__RequestVerificationToken" ? null : IsId(f) ? "2147483647" : null, CheckKept: false),
        new("tampered choices", f => f.Name == "__RequestVerificationToken" ? null : f.Kind is "select" or "radio" ? "bogus" : IsId(f) ? "-1" : null, CheckKept: false),
    ];

    private static string[] StartPages(string user) => user switch
    {
        "admin" => ["/dashboard", "/admin/import", "/admin/holidays", "/admin/templates", "/admin/plans", "/admin/deadlines", "/offices/dc-natore/manage"],
        _ => ["/dashboard", "/dashboard/dc-natore", "/offices/dc-natore/meetings/manage", "/offices/dc-natore/committees",
              "/offices/dc-natore/charter/draft", "/offices/dc-natore/memo-files", "/offices/dc-natore/monitoring",
              "/offices/uno-singra/monitoring/reviews"],
    };

    /// <summary>Pages under these are walked; files, prints, previews and the public site are not forms.</summary>
    private static bool Walkable(string path) =>
        (path.StartsWith("/dashboard", StringComparison.Ordinal) || path.StartsWith("/admin", StringComparison.Ordinal)
         || path.StartsWith("/offices/dc-natore/", StringComparison.Ordinal) || path.StartsWith("/offices/uno-", StringComparison.Ordinal)
         || path.StartsWith("/offices/t-", StringComparison.Ordinal))
        && !Regex.IsMatch(path, @"\.(pdf|docx|csv|xlsx|jsonld|json|xml)(\?|$)|/documents/|/print|/evidence|handler=|lang=|/versions|/diff|/sheet|/reminders", RegexOptions.IgnoreCase);

    [Fact]
    public async Task Every_reachable_form_answers_boundary_values_without_a_server_error_and_keeps_what_was_typed()
    {
        var problems = new List<string>();
        var seenForms = new HashSet<string>();
        var posted = 0;
        foreach (var user in new[] { "editor.dc-natore", "head.dc-natore", "officeadmin.dc-natore", "admin" })
        {
            var client = await App.LoggedInAsync(user);
            foreach (var found in await CrawlAsync(client, StartPages(user), problems))
            {
                if (!seenForms.Add(found.Key)) continue; // the same form on another meeting, report or post
                // The page as it is now: forms posted before may have changed it (an invitee removed, a draft started).
                var fresh = await client.GetAsync(found.Page, Ct);
                if (fresh.StatusCode != HttpStatusCode.OK) continue;
                if (FormsOn(found.Page, await fresh.Content.ReadAsStringAsync(Ct)).FirstOrDefault(f => f.Key == found.Key) is not { } form) continue;
                foreach (var variant in Variants)
                {
                    var values = form.Fields.ToDictionary(f => f.Name, f => variant.Value(f) ?? f.Value);
                    if (values.SequenceEqual(form.Fields.ToDictionary(f => f.Name, f => f.Value)) && variant.Name != "empty") continue;
                    HttpResponseMessage response;
                    try
                    {
                        response = await PostAsync(client, form, values);
                    }
                    catch (HttpRequestException e)
                    {
                        problems.Add($"{user} {variant.Name} → {form.Action}: {e.Message}");
                        continue;
                    }
                    posted++;
                    var status = (int)response.StatusCode;
                    var html = await response.Content.ReadAsStringAsync(Ct);
                    if (status >= 500)
                    {
                        problems.Add($"{user} {variant.Name} → {form.Action} (from {form.Page}): {status}");
                        continue;
                    }
                    if (status != 200 || !variant.CheckKept) continue;
                    foreach (var f in form.Fields.Where(IsText))
                    {
                        var typed = values[f.Name];
                        var shown = ValuesOf(html, f.Name);
                        if (shown.Count > 0 && !shown.Contains(typed))
                            problems.Add($"{user} {variant.Name} → {form.Action}: the re-shown field {f.Name} lost what was typed");
                    }
                }
            }
        }
        TestContext.Current.SendDiagnosticMessage($"{seenForms.Count} forms, {posted} posts");
        seenForms.Count.ShouldBeGreaterThan(40, "the walk should reach the forms of the office's workspace and the admin pages");
        problems.ShouldBeEmpty();
    }

    private async Task<List<Form>> CrawlAsync(HttpClient client, string[] start, List<string> problems)
    {
        var queue = new Queue<string>(start);
        var seen = new HashSet<string>(start);
        var forms = new List<Form>();
        var pages = 0;
        while (queue.Count > 0 && pages < MaxPagesPerUser)
        {
            var url = queue.Dequeue();
            var response = await client.GetAsync(url, Ct);
            if ((int)response.StatusCode >= 500) problems.Add($"GET {url}: {(int)response.StatusCode}");
            if (response.StatusCode != HttpStatusCode.OK || response.Content.Headers.ContentType?.MediaType != "text/html") continue;
            pages++;
            var html = await response.Content.ReadAsStringAsync(Ct);
            forms.AddRange(FormsOn(url, html));
            foreach (Match m in Href().Matches(html))
            {
                var link = WebUtility.HtmlDecode(m.Groups[1].Value).Split('#')[0];
                if (link.Length == 0 || !link.StartsWith('/') || link.StartsWith("//", StringComparison.Ordinal) || !Walkable(link)) continue;
                // One page of each shape is enough: another meeting's hub has the same forms.
                var shape = Shape(link);
                if (seen.Add(link) && seen.Add("shape:" + shape)) queue.Enqueue(link);
            }
        }
        return forms;
    }

    private static IEnumerable<Form> FormsOn(string page, string html)
    {
        foreach (Match m in FormPattern().Matches(html))
        {
            var attrs = m.Groups["attrs"].Value;
            if (!Regex.IsMatch(attrs, "method=\"post\"", RegexOptions.IgnoreCase)) continue;
            var action = Resolve(page, Attr(attrs, "action") is { Length: > 0 } a ? a : page);
            if (action.Contains("/account/logout", StringComparison.Ordinal)) continue;
            var body = m.Groups["body"].Value;
            var fields = FieldsIn(body);
            if (!fields.Any(f => f.Name == "__RequestVerificationToken")) continue;
            var multipart = Regex.IsMatch(attrs, "multipart/form-data", RegexOptions.IgnoreCase);
            yield return new Form(page, action, multipart, fields);
            // A button with its own target (save draft / issue, check / add rows) is another form.
            foreach (Match b in ButtonAction().Matches(body))
                yield return new Form(page, Resolve(page, WebUtility.HtmlDecode(b.Groups[1].Value)), multipart, fields);
        }
    }

    /// <summary>A form's target as the browser resolves it against the page ("?handler=AddRows" stays on the page).</summary>
    private static string Resolve(string page, string action) => new Uri(new Uri(new Uri("http://localhost"), page), action).PathAndQuery;

    private static List<Field> FieldsIn(string body)
    {
        var fields = new List<Field>();
        foreach (Match i in Input().Matches(body))
        {
            var a = i.Groups[1].Value;
            if (Attr(a, "name") is not { Length: > 0 } name) continue;
            var type = (Attr(a, "type") ?? "text").ToLowerInvariant();
            if (type is "submit" or "button" or "reset" or "image" or "password") continue;
            if (type is "checkbox" or "radio" && !a.Contains("checked", StringComparison.Ordinal) && fields.Any(f => f.Name == name)) continue;
            if (fields.Any(f => f.Name == name)) continue;
            fields.Add(new Field(name, type, Attr(a, "value") ?? (type == "checkbox" ? "on" : ""), []));
        }
        foreach (Match t in TextArea().Matches(body))
            if (Attr(t.Groups[1].Value, "name") is { Length: > 0 } name && fields.All(f => f.Name != name))
                fields.Add(new Field(name, "textarea", WebUtility.HtmlDecode(t.Groups[2].Value), []));
        foreach (Match s in Select().Matches(body))
        {
            if (Attr(s.Groups[1].Value, "name") is not { Length: > 0 } name || fields.Any(f => f.Name == name)) continue;
            var options = Option().Matches(s.Groups[2].Value).Select(o => WebUtility.HtmlDecode(o.Groups[1].Value)).ToList();
            var selected = SelectedOption().Match(s.Groups[2].Value) is { Success: true } sel ? WebUtility.HtmlDecode(sel.Groups[1].Value) : options.FirstOrDefault() ?? "";
            fields.Add(new Field(name, "select", selected, options));
        }
        return fields;
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, Form form, Dictionary<string, string> values)
    {
        HttpContent content;
        if (form.Multipart)
        {
            var multipart = new MultipartFormDataContent();
            foreach (var (k, v) in values.Where(kv => form.Fields.First(f => f.Name == kv.Key).Kind != "file"))
                multipart.Add(new StringContent(v, Encoding.UTF8), k);
            foreach (var file in form.Fields.Where(f => f.Kind == "file"))
            {
                var part = new ByteArrayContent("record,name_bn\n"u8.ToArray());
                part.Headers.ContentType = MediaTypeHeaderValue.Parse("text/csv");
                multipart.Add(part, file.Name, "boundary.csv");
            }
            content = multipart;
        }
        else
        {
            content = new FormUrlEncodedContent(values.Where(kv => form.Fields.First(f => f.Name == kv.Key).Kind != "file"));
        }
        using (content)
            return await client.PostAsync(form.Action, content, Ct);
    }

    /// <summary>The values the page shows in the fields of this name (inputs and text areas), decoded.</summary>
    private static List<string> ValuesOf(string html, string name)
    {
        var values = new List<string>();
        var n = Regex.Escape(WebUtility.HtmlEncode(name));
        foreach (Match i in Regex.Matches(html, $"<input\\b[^>]*\\bname=\"{n}\"[^>]*>"))
            if ((Attr(i.Value, "type") ?? "text") is not ("hidden" or "checkbox" or "radio" or "submit"))
                values.Add(Attr(i.Value, "value") ?? "");
        foreach (Match t in Regex.Matches(html, $"<textarea\\b[^>]*\\bname=\"{n}\"[^>]*>(.*?)</textarea>", RegexOptions.Singleline))
            values.Add(WebUtility.HtmlDecode(t.Groups[1].Value).TrimStart('\n').TrimStart('\r'));
        return values;
    }

    private static string? Attr(string attrs, string name) =>
        Regex.Match(attrs, $"\\b{name}=\"([^\"]*)\"", RegexOptions.IgnoreCase) is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value) : null;

    [GeneratedRegex("href=\"([^\"]+)\"")]
    private static partial Regex Href();

    [GeneratedRegex("<form\\b(?<attrs>[^>]*)>(?<body>.*?)</form>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex FormPattern();

    [GeneratedRegex("<button\\b[^>]*\\bformaction=\"([^\"]+)\"[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex ButtonAction();

    [GeneratedRegex("<input\\b([^>]*)>", RegexOptions.IgnoreCase)]
    private static partial Regex Input();

    [GeneratedRegex("<textarea\\b([^>]*)>(.*?)</textarea>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex TextArea();

    [GeneratedRegex("<select\\b([^>]*)>(.*?)</select>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Select();

    [GeneratedRegex("<option\\b[^>]*\\bvalue=\"([^\"]*)\"", RegexOptions.IgnoreCase)]
    private static partial Regex Option();

    [GeneratedRegex("<option\\b[^>]*\\bvalue=\"([^\"]*)\"[^>]*\\bselected", RegexOptions.IgnoreCase)]
    private static partial Regex SelectedOption();
}

public sealed class BoundaryValueTests_Sqlite(SqliteApp app) : BoundaryValueTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Database", "Postgres")]
public sealed class BoundaryValueTests_Postgres(PostgresApp app) : BoundaryValueTests<PostgresApp>(app), IClassFixture<PostgresApp>;
