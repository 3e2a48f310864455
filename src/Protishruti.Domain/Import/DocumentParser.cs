using System.Text;
using System.Text.RegularExpressions;
using Protishruti.Domain.Calendar;

namespace Protishruti.Domain.Import;

/// <summary>
/// Reads minutes, meeting notices and charters out of plain Unicode text (ADR 0040). The text is what the file readers
/// make of a document: one paragraph a line, a table row a line with its cells separated by tabs. Several documents in
/// one text (a notice followed by its minutes) are split at their titles. Nothing here guesses silently: what could not
/// be read is left null and named in a warning.
/// </summary>
public static partial class DocumentParser
{
    private const string Letterhead = "গণপ্রজাতন্ত্রী বাংলাদেশ সরকার";

    public static ImportResult Parse(string text)
    {
        var lines = text.Normalize(NormalizationForm.FormC).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n')
            .Select(l => l.TrimEnd()).ToList();
        var warnings = new List<string>();
        var docs = new List<ImportedDocument>();
        foreach (var (kind, start, end, titleLine) in Segments(lines))
        {
            var doc = kind switch
            {
                ImportedDocument.Minutes => ParseMinutes(lines, start, end, titleLine, warnings),
                ImportedDocument.Notice => ParseNotice(lines, start, end, titleLine, warnings),
                _ => ParseCharter(lines, start, end, warnings),
            };
            Assess(doc);
            docs.Add(doc);
        }
        if (docs.Count == 0)
            warnings.Add("No minutes, notice or charter was recognised: no title with কার্যবিবরণী or নোটিশ, no decision table and no service table.");
        return new ImportResult(docs, warnings);
    }

    // ---------------------------------------------------------------- kinds and boundaries

    private static List<(string Kind, int Start, int End, int Title)> Segments(List<string> lines)
    {
        var titles = new List<(string Kind, int Line)>();
        for (var i = 0; i < lines.Count; i++)
        {
            var l = lines[i].Trim();
            if (l.Contains('\t')) continue;
            if (IsNoticeTitle(l)) titles.Add((ImportedDocument.Notice, i));
            else if (IsMinutesTitle(l)) titles.Add((ImportedDocument.Minutes, i));
        }
        if (titles.Count == 0)
        {
            if (FindDecisionHeader(lines, 0, lines.Count) >= 0) return [(ImportedDocument.Minutes, 0, lines.Count, -1)];
            if (IsCharterText(lines)) return [(ImportedDocument.Charter, 0, lines.Count, -1)];
            if (lines.Any(l => MeetingWillBeHeld().IsMatch(l))) return [(ImportedDocument.Notice, 0, lines.Count, -1)];
            return [];
        }
        // A portal page's own heading ("নোটিশ") over the notice's title ("সভার নোটিশ") is one document, not two.
        for (var k = titles.Count - 2; k >= 0; k--)
        {
            if (titles[k].Kind != titles[k + 1].Kind) continue;
            var prose = Enumerable.Range(titles[k].Line + 1, titles[k + 1].Line - titles[k].Line - 1).Any(j => lines[j].Trim().Length > 80);
            if (!prose) titles.RemoveAt(k);
        }
        var result = new List<(string, int, int, int)>();
        var starts = new int[titles.Count];
        for (var k = 0; k < titles.Count; k++)
        {
            if (k == 0)
            {
                starts[k] = 0;
                continue;
            }
            var prev = titles[k - 1].Line;
            var title = titles[k].Line;
            var start = title;
            for (var i = title - 1; i > prev; i--)
            {
                if (lines[i].Trim().StartsWith(Letterhead, StringComparison.Ordinal))
                {
                    // The letterhead at the foot of minutes (before their memo number) belongs to them, not to the next document.
                    var memoBetween = Enumerable.Range(i, title - i).Any(j => MemoLine().IsMatch(lines[j]));
                    if (!memoBetween) start = i;
                    break;
                }
            }
            starts[k] = start;
        }
        for (var k = 0; k < titles.Count; k++)
            result.Add((titles[k].Kind, starts[k], k + 1 < titles.Count ? starts[k + 1] : lines.Count, titles[k].Line));
        return result;
    }

    private static bool IsNoticeTitle(string l) => l.Length <= 60 && NoticeTitle().IsMatch(l);

    private static bool IsMinutesTitle(string l) =>
        l.Length <= 220 && (l.Contains("কার্যবিবরণী", StringComparison.Ordinal) || l.Contains("কার্যবিবরনী", StringComparison.Ordinal))
        && !l.TrimEnd('।', '.').Contains('।') && !l.StartsWith("সভায়", StringComparison.Ordinal);

    private static bool IsCharterText(List<string> lines) =>
        lines.Any(l => l.Contains('\t') && l.Contains("সেবার নাম", StringComparison.Ordinal))
        || (lines.Any(l => l.Contains("সেবা প্রদান প্রতিশ্রুতি", StringComparison.Ordinal) || l.Contains("সিটিজেন", StringComparison.Ordinal))
            && lines.Any(l => VisionLabel().IsMatch(l.Trim())));

    // ---------------------------------------------------------------- minutes

    private static ImportedDocument ParseMinutes(List<string> lines, int s, int e, int titleLine, List<string> warnings)
    {
        var doc = new ImportedDocument { Kind = ImportedDocument.Minutes };
        SetOffice(doc, lines, s, e);
        if (titleLine >= 0) doc.Title = CleanTitle(lines[titleLine]);
        var header = FindDecisionHeader(lines, s, e);
        var headerEnd = header >= 0 ? header : e;
        ReadMeetingLabels(lines, s, headerEnd, doc, warnings, forNotice: false);

        var tableEnd = headerEnd;
        if (header >= 0)
        {
            (doc.Rows, tableEnd) = ReadDecisionTable(lines, header, e, doc, warnings);
        }
        else Warn(warnings, doc, "rows", "Minutes without a decision table with a সিদ্ধান্ত column: no rows were read.",
            "সিদ্ধান্ত কলামসহ কোনো সিদ্ধান্তের সারণি পাওয়া যায়নি: কোনো সারি পড়া হয়নি; সারিগুলো হাতে যোগ করুন।");

        var closing = -1;
        for (var i = tableEnd; i < e; i++)
        {
            if (ClosingSentence().IsMatch(lines[i])) { closing = i; break; }
        }
        var stop = FirstStopLine(lines, closing >= 0 ? closing + 1 : tableEnd, e);
        doc.Signatory = ReadSignatureForward(lines, closing >= 0 ? closing + 1 : tableEnd, stop);
        ReadMemo(lines, s, e, doc, warnings);
        doc.Distribution = ReadList(lines, s, e, DistributionLabel());
        doc.Copies = ReadList(lines, s, e, CopiesLabel());
        if (doc.IssuedOn is { } issued && doc.Date is { } met && string.CompareOrdinal(issued, met) < 0)
            Warn(warnings, doc, "issuedOn", $"The memo is dated {issued}, before the meeting it reports ({met}).",
                $"স্মারকের তারিখ {BengaliDigits.ToBengali(issued)}, যা সভার তারিখের ({BengaliDigits.ToBengali(met)}) আগে।");
        return doc;
    }

    private static int FindDecisionHeader(List<string> lines, int s, int e)
    {
        for (var i = s; i < e; i++)
            if (IsDecisionHeader(lines[i])) return i;
        return -1;
    }

    private static bool IsDecisionHeader(string line)
    {
        if (!line.Contains('\t')) return false;
        var cells = line.Split('\t').Select(c => c.Trim()).ToArray();
        return cells.Any(c => c.Contains("সিদ্ধান্ত", StringComparison.Ordinal) && c.Length < 40)
               && cells.Any(c => SerialHeading().IsMatch(c))
               && cells.All(c => c.Length < 60);
    }

    private enum Col { None, Serial, Subject, Discussion, Decision, Implementer }

    private static (List<ImportedDecisionRow>, int End) ReadDecisionTable(List<string> lines, int header, int e, ImportedDocument doc, List<string> warnings)
    {
        var roles = lines[header].Split('\t').Select(c => c.Trim()).Select((c, i) =>
            c.Contains("বাস্তবায়ন", StringComparison.Ordinal) || c.Contains("দায়িত্ব", StringComparison.Ordinal) ? Col.Implementer
            : c.Contains("সিদ্ধান্ত", StringComparison.Ordinal) ? Col.Decision
            : c.Contains("আলোচনা", StringComparison.Ordinal) ? Col.Discussion
            : c.Contains("বিষয়", StringComparison.Ordinal) ? Col.Subject
            : i == 0 || SerialHeading().IsMatch(c) ? Col.Serial
            : Col.None).ToArray();
        var rows = new List<ImportedDecisionRow>();
        ImportedDecisionRow? current = null;
        var end = e;
        for (var i = header + 1; i < e; i++)
        {
            var line = lines[i];
            if (line.Trim().Length == 0) continue;
            if (!line.Contains('\t'))
            {
                if (IsPageArtefact(line)) continue;
                // The table may go on after a paragraph only when a repeated header follows (a page break in a PDF).
                end = i;
                break;
            }
            if (IsDecisionHeader(line)) continue;
            var cells = line.Split('\t').Select(CleanCell).ToArray();
            if (cells.All(c => c.Length == 0 || DashesOnly().IsMatch(c))) continue;
            var serialIndex = Array.IndexOf(roles, Col.Serial);
            var first = serialIndex >= 0 && serialIndex < cells.Length ? cells[serialIndex] : "";
            if (first.Length > 0 && SerialCell().IsMatch(first))
            {
                current = new ImportedDecisionRow { Serial = SerialDigits(first) };
                rows.Add(current);
            }
            else if (first.Length > 0 || current is null)
            {
                current = new ImportedDecisionRow();
                rows.Add(current);
                Low(doc, $"rows[{rows.Count - 1}]"); // a row without a serial the table's rules could place
            }
            for (var c = 0; c < cells.Length && c < roles.Length; c++)
            {
                if (cells[c].Length == 0 || roles[c] is Col.Serial or Col.None) continue;
                switch (roles[c])
                {
                    case Col.Subject: current.Subject = Join(current.Subject, cells[c]); break;
                    case Col.Discussion: current.Discussion = Join(current.Discussion, cells[c]); break;
                    case Col.Decision: current.Decision = Join(current.Decision, cells[c]); break;
                    case Col.Implementer: current.Implementer = Join(current.Implementer, cells[c]); break;
                }
            }
            // Cells past the header's (a row split with an extra tab) go to the last column.
            for (var c = roles.Length; c < cells.Length; c++)
            {
                if (cells[c].Length == 0) continue;
                if (roles[^1] == Col.Implementer) current.Implementer = Join(current.Implementer, cells[c]);
                else current.Decision = Join(current.Decision, cells[c]);
            }
        }
        for (var r = 0; r < rows.Count; r++)
        {
            if (rows[r].Decision is null)
                Warn(warnings, doc, $"rows[{r}]", $"Decision row {r + 1} ({rows[r].Serial ?? "no serial"}) has no decision.",
                    $"সিদ্ধান্তের সারি {BengaliDigits.ToBengali(r + 1)}-এ ({(rows[r].Serial is { } serial ? BengaliDigits.ToBengali(serial) : "ক্রমিক নেই")}) কোনো সিদ্ধান্ত পড়া যায়নি।");
        }
        return (rows, end);
    }

    private static string? Join(string? a, string b) => string.IsNullOrEmpty(a) ? b : a + " " + b;

    private static bool IsPageArtefact(string line)
    {
        var t = line.Trim();
        return PageNumber().IsMatch(t) || t.StartsWith("পৃষ্ঠা", StringComparison.Ordinal) || t.StartsWith("Page ", StringComparison.OrdinalIgnoreCase);
    }

    private static string SerialDigits(string cell) => SerialStrip().Replace(cell, "");

    // ---------------------------------------------------------------- notices

    private static ImportedDocument ParseNotice(List<string> lines, int s, int e, int titleLine, List<string> warnings)
    {
        var doc = new ImportedDocument { Kind = ImportedDocument.Notice };
        SetOffice(doc, lines, s, e);
        if (titleLine >= 0) doc.Title = CleanTitle(lines[titleLine]);
        ReadMemo(lines, s, e, doc, warnings);

        var listStart = e;
        for (var i = Math.Max(s, titleLine); i < e; i++)
        {
            if (DistributionLabel().IsMatch(lines[i].Trim()) || CopiesLabel().IsMatch(lines[i].Trim())) { listStart = i; break; }
        }
        var (sigStart, signatory) = ReadSignatureBackward(lines, Math.Max(s, titleLine + 1), listStart);
        doc.Signatory = signatory;

        var bodyStart = titleLine >= 0 ? titleLine + 1 : s;
        var bodyLines = new List<string>();
        for (var i = bodyStart; i < sigStart; i++)
        {
            var l = lines[i].Trim();
            if (MemoLine().IsMatch(l) || (DateLabel().IsMatch(l) && l.Length < 60 && bodyLines.Count == 0)) continue;
            bodyLines.Add(lines[i].Replace('\t', ' ').Trim());
        }
        while (bodyLines.Count > 0 && bodyLines[^1].Length == 0) bodyLines.RemoveAt(bodyLines.Count - 1);
        while (bodyLines.Count > 0 && bodyLines[0].Length == 0) bodyLines.RemoveAt(0);
        doc.Body = bodyLines.Count > 0 ? CollapseBlankLines(string.Join("\n", bodyLines)) : null;

        var probe = new ImportedDocument { Kind = ImportedDocument.Minutes };
        ReadMeetingLabels(lines, bodyStart, sigStart, probe, warnings, forNotice: true);
        doc.MeetingDate = probe.Date;
        doc.MeetingTime = probe.Time;
        doc.Venue = probe.Venue;
        foreach (var n in probe.Notes ?? [])
        {
            var field = n.Field switch { "date" => "meetingDate", "time" => "meetingTime", _ => n.Field };
            (doc.Notes ??= []).Add(n with { Field = field });
            Low(doc, field);
        }
        // Read from the sentence rather than from a label: a guess a person should look at.
        var fromLabels = (doc.MeetingDate is not null, doc.MeetingTime is not null, doc.Venue is not null);
        if (doc.Body is { } body)
        {
            var sentence = body.Replace('\n', ' ').Split('।').FirstOrDefault(x => MeetingWillBeHeld().IsMatch(x) || DocumentDates.Find(x).Count > 0) ?? body;
            doc.MeetingDate ??= DocumentDates.Find(sentence).FirstOrDefault(d => !d.Bangla)?.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)
                                ?? DocumentDates.First(sentence)?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            doc.MeetingTime ??= DocumentDates.FindTime(sentence) ?? DocumentDates.FindTime(body);
            doc.Venue ??= VenueFromSentence(sentence);
        }
        if (!fromLabels.Item1 && doc.MeetingDate is not null) Low(doc, "meetingDate");
        if (!fromLabels.Item2 && doc.MeetingTime is not null) Low(doc, "meetingTime");
        if (!fromLabels.Item3 && doc.Venue is not null) Low(doc, "venue");
        if (doc.MeetingDate is null)
            Warn(warnings, doc, "meetingDate", "The notice's meeting date could not be read.", "নোটিশে সভার তারিখ পড়া যায়নি।");
        if (doc.Venue is null) Warn(warnings, doc, "venue", "The notice's venue could not be read.", "নোটিশে সভার স্থান পড়া যায়নি।");
        doc.Distribution = ReadList(lines, s, e, DistributionLabel());
        doc.Copies = ReadList(lines, s, e, CopiesLabel());
        return doc;
    }

    private static string? VenueFromSentence(string sentence)
    {
        var m = VenueInBody().Match(sentence);
        if (!m.Success) return null;
        var v = m.Groups["v"].Value.Trim();
        v = LocativeEnd().Replace(v, "${stem}");
        return v.Length > 0 ? v : null;
    }

    // ---------------------------------------------------------------- charters

    private static ImportedDocument ParseCharter(List<string> lines, int s, int e, List<string> warnings)
    {
        var doc = new ImportedDocument { Kind = ImportedDocument.Charter };
        SetOffice(doc, lines, s, e);
        for (var i = s; i < e; i++)
        {
            var t = lines[i].Trim();
            if (t.Contains("সেবা প্রদান প্রতিশ্রুতি", StringComparison.Ordinal) && t.Length < 80 && !t.Contains('\t'))
            {
                doc.Title ??= CleanTitle(t);
            }
            if (doc.Vision is null && VisionLabel().Match(t) is { Success: true } vm)
                doc.Vision = LabelValueOrNext(lines, i, e, vm.Length);
            if (doc.Mission is null && MissionLabel().Match(t) is { Success: true } mm)
                doc.Mission = LabelValueOrNext(lines, i, e, mm.Length);
        }
        var services = new List<ImportedService>();
        string? category = null;
        Col2[]? roles = null;
        ImportedService? current = null;
        for (var i = s; i < e; i++)
        {
            var t = lines[i].Trim();
            if (!lines[i].Contains('\t'))
            {
                if (CategoryHeading().Match(t) is { Success: true } cm && t.Length < 60) category = cm.Groups["c"].Value;
                if (GrievanceHeading().IsMatch(t) || ExpectationHeading().IsMatch(t)) roles = null;
                continue;
            }
            var cells = lines[i].Split('\t').Select(CleanCell).ToArray();
            if (cells.Any(c => c.Contains("সেবার নাম", StringComparison.Ordinal)))
            {
                roles = cells.Select(ServiceRole).ToArray();
                continue;
            }
            if (roles is null || cells.All(c => c.Length == 0 || ColumnNumbers().IsMatch(c))) continue;
            if (cells[0].Length > 0 && SerialCell().IsMatch(cells[0]))
            {
                current = new ImportedService { Category = category, Serial = SerialDigits(cells[0]) };
                services.Add(current);
            }
            else if (current is null || cells[0].Length > 0) continue;
            for (var c = 1; c < cells.Length && c < roles.Length; c++)
            {
                if (cells[c].Length == 0) continue;
                switch (roles[c])
                {
                    case Col2.Name: current.Name = Join(current.Name, cells[c]); break;
                    case Col2.Method: current.Method = Join(current.Method, cells[c]); break;
                    case Col2.Documents: current.Documents = current.Documents is null ? cells[c] : current.Documents + "; " + cells[c]; break;
                    case Col2.Fee: current.Fee = Join(current.Fee, cells[c]); break;
                    case Col2.Time: current.TimeLimit = Join(current.TimeLimit, cells[c]); break;
                    case Col2.Officer: current.Officer = Join(current.Officer, cells[c]); break;
                }
            }
        }
        doc.Services = services;
        if (services.Count == 0)
            Warn(warnings, doc, "services", "A charter without a service table (a row of headings with সেবার নাম): no services were read.",
                "«সেবার নাম» শিরোনামসহ কোনো সেবার সারণি পাওয়া যায়নি: কোনো সেবা পড়া হয়নি।");
        doc.Expectations = ReadExpectations(lines, s, e);
        doc.GrievanceLevels = ReadGrievanceLevels(lines, s, e);
        for (var i = s; i < e; i++)
        {
            if (GrievanceHeading().IsMatch(lines[i].Trim()))
            {
                var para = new List<string>();
                for (var j = i + 1; j < e && para.Count < 3; j++)
                {
                    var t = lines[j].Trim();
                    if (t.Length == 0 || t.Contains('\t')) { if (para.Count > 0) break; continue; }
                    para.Add(t);
                }
                doc.Grievance = para.Count > 0 ? string.Join(" ", para) : null;
                break;
            }
        }
        return doc;
    }

    private enum Col2 { None, Name, Method, Documents, Fee, Time, Officer }

    private static Col2 ServiceRole(string heading) =>
        heading.Contains("সেবার নাম", StringComparison.Ordinal) ? Col2.Name
        : heading.Contains("ঊর্ধ্বতন", StringComparison.Ordinal) || heading.Contains("উর্ধ্বতন", StringComparison.Ordinal) ? Col2.None
        : heading.Contains("দায়িত্বপ্রাপ্ত", StringComparison.Ordinal) || heading.Contains("কর্মকর্তা", StringComparison.Ordinal) ? Col2.Officer
        : heading.Contains("মূল্য", StringComparison.Ordinal) || heading.Contains("ফি", StringComparison.Ordinal) ? Col2.Fee
        : heading.Contains("সময়", StringComparison.Ordinal) ? Col2.Time
        : heading.Contains("কাগজপত্র", StringComparison.Ordinal) || heading.Contains("প্রাপ্তিস্থান", StringComparison.Ordinal) ? Col2.Documents
        : heading.Contains("পদ্ধতি", StringComparison.Ordinal) ? Col2.Method
        : Col2.None;

    private static string? LabelValueOrNext(List<string> lines, int i, int e, int labelLength)
    {
        var rest = lines[i].Trim()[labelLength..].Trim().TrimStart(':', 'ঃ', '-', '–').Trim();
        if (rest.Length > 0) return rest;
        for (var j = i + 1; j < e && j < i + 4; j++)
            if (lines[j].Trim() is { Length: > 0 } t) return t;
        return null;
    }

    /// <summary>The rows under "আপনার কাছে আমাদের প্রত্যাশা": a table's rows (serial, text) or a numbered list.</summary>
    private static List<string>? ReadExpectations(List<string> lines, int s, int e)
    {
        var start = -1;
        for (var i = s; i < e; i++)
            if (ExpectationHeading().IsMatch(lines[i].Trim())) { start = i + 1; break; }
        if (start < 0) return null;
        var items = new List<string>();
        for (var i = start; i < e; i++)
        {
            var t = lines[i].Trim();
            if (t.Length == 0) { if (items.Count > 0 && !NextIsItem(lines, i + 1, e)) break; continue; }
            if (GrievanceHeading().IsMatch(t) || CategoryHeading().IsMatch(t) && t.Length < 60) break;
            if (lines[i].Contains('\t'))
            {
                var cells = lines[i].Split('\t').Select(CleanCell).ToArray();
                if (cells.Length > 0 && SerialHeading().IsMatch(cells[0])) continue; // the heading row
                if (cells.All(c => c.Length == 0 || ColumnNumbers().IsMatch(c))) continue;
                var text = string.Join(" ", cells.Skip(cells.Length > 1 && (cells[0].Length == 0 || SerialCell().IsMatch(cells[0])) ? 1 : 0).Where(c => c.Length > 0));
                if (text.Length == 0) continue;
                if (cells[0].Length == 0 && items.Count > 0) items[^1] += " " + text; // a row continued across a page
                else items.Add(text);
                continue;
            }
            if (ListItem().Match(t) is { Success: true } m && m.Groups["t"].Value.Trim().Length > 0) items.Add(m.Groups["t"].Value.Trim());
            else if (items.Count > 0) break;
        }
        return items.Count > 0 ? items : null;
    }

    private static bool NextIsItem(List<string> lines, int from, int e)
    {
        var next = NextNonEmpty(lines, from, e);
        return next >= 0 && (lines[next].Contains('\t') || ListItem().IsMatch(lines[next].Trim())) && !GrievanceHeading().IsMatch(lines[next].Trim());
    }

    private enum Col3 { None, When, Whom, Address, Time }

    /// <summary>The GRS ladder: the table under the অভিযোগ প্রতিকার heading, whose heading row names কখন / কার সঙ্গে / ঠিকানা / সময়সীমা.</summary>
    private static List<ImportedGrievanceLevel>? ReadGrievanceLevels(List<string> lines, int s, int e)
    {
        var start = -1;
        for (var i = s; i < e; i++)
            if (GrievanceHeading().IsMatch(lines[i].Trim())) { start = i + 1; break; }
        if (start < 0) return null;
        Col3[]? roles = null;
        var levels = new List<ImportedGrievanceLevel>();
        ImportedGrievanceLevel? current = null;
        for (var i = start; i < e; i++)
        {
            if (!lines[i].Contains('\t'))
            {
                if (roles is not null && lines[i].Trim().Length > 0 && !IsPageArtefact(lines[i]) && levels.Count > 0) break;
                continue;
            }
            var cells = lines[i].Split('\t').Select(CleanCell).ToArray();
            if (cells.Any(c => c.Contains("কখন", StringComparison.Ordinal)))
            {
                roles = cells.Select(c =>
                    c.Contains("কখন", StringComparison.Ordinal) ? Col3.When
                    : c.Contains("কার সঙ্গে", StringComparison.Ordinal) || c.Contains("কার সাথে", StringComparison.Ordinal) ? Col3.Whom
                    : c.Contains("ঠিকানা", StringComparison.Ordinal) ? Col3.Address
                    : c.Contains("সময়", StringComparison.Ordinal) ? Col3.Time
                    : Col3.None).ToArray();
                continue;
            }
            if (roles is null || cells.All(c => c.Length == 0 || ColumnNumbers().IsMatch(c))) continue;
            if (cells[0].Length > 0 && SerialCell().IsMatch(cells[0]))
            {
                current = new ImportedGrievanceLevel { Serial = SerialDigits(cells[0]) };
                levels.Add(current);
            }
            else if (current is null || cells[0].Length > 0) continue;
            for (var c = 0; c < cells.Length && c < roles.Length; c++)
            {
                if (cells[c].Length == 0) continue;
                switch (roles[c])
                {
                    case Col3.When: current.When = Join(current.When, cells[c]); break;
                    case Col3.Whom: current.Whom = Join(current.Whom, cells[c]); break;
                    case Col3.Address: current.Address = Join(current.Address, cells[c]); break;
                    case Col3.Time: current.TimeLimit = Join(current.TimeLimit, cells[c]); break;
                }
            }
        }
        return levels.Count > 0 ? levels : null;
    }

    // ---------------------------------------------------------------- confidence and notes

    private static void Warn(List<string> warnings, ImportedDocument doc, string field, string en, string bn)
    {
        warnings.Add(en);
        (doc.Notes ??= []).Add(new ImportNote(field, en, bn));
        Low(doc, field);
    }

    private static void Low(ImportedDocument doc, string field) => (doc.Confidence ??= [])[field] = ImportedDocument.Low;

    private static void SetOffice(ImportedDocument doc, List<string> lines, int s, int e)
    {
        doc.Office = FindOffice(lines, s, e, out var guessed);
        if (guessed) Low(doc, "office"); // a line near the top with an office word, not the letterhead's
    }

    /// <summary>Every field the reader filled and did not mark low is high: it came from a label or a table's headings.</summary>
    private static void Assess(ImportedDocument doc)
    {
        var c = doc.Confidence ??= [];
        void High(string field, object? value)
        {
            if (value is not null) c.TryAdd(field, ImportedDocument.High);
        }
        High("office", doc.Office);
        High("title", doc.Title);
        High("chair", doc.Chair);
        High("date", doc.Date);
        High("time", doc.Time);
        High("venue", doc.Venue);
        High("meetingDate", doc.MeetingDate);
        High("meetingTime", doc.MeetingTime);
        High("body", doc.Body);
        High("memoNumber", doc.MemoNumber);
        High("issuedOn", doc.IssuedOn);
        High("signatory", doc.Signatory);
        High("distribution", doc.Distribution);
        High("copies", doc.Copies);
        High("vision", doc.Vision);
        High("mission", doc.Mission);
        High("grievance", doc.Grievance);
        High("expectations", doc.Expectations);
        High("grievanceLevels", doc.GrievanceLevels);
        for (var i = 0; i < (doc.Rows?.Count ?? 0); i++) High($"rows[{i}]", doc.Rows![i]);
        for (var i = 0; i < (doc.Services?.Count ?? 0); i++)
        {
            var service = doc.Services![i];
            if (service.Name is null || service.TimeLimit is null || service.Category is null) Low(doc, $"services[{i}]");
            else High($"services[{i}]", service);
        }
    }

    // ---------------------------------------------------------------- shared pieces

    private static void ReadMeetingLabels(List<string> lines, int s, int e, ImportedDocument doc, List<string> warnings, bool forNotice)
    {
        for (var i = s; i < e; i++)
        {
            var line = lines[i].Replace('\t', ' ').Trim();
            if (line.Length == 0 || MemoLine().IsMatch(line)) continue;
            foreach (var (label, value) in Labels(line))
            {
                switch (label)
                {
                    case "chair" when doc.Chair is null && !forNotice:
                        var chair = value;
                        if (i + 1 < e && lines[i + 1].Replace('\t', ' ').Trim() is { Length: > 0 and < 80 } next
                            && !Labels(next).Any() && !next.EndsWith('।') && !next.StartsWith("উপস্থিত", StringComparison.Ordinal))
                            chair = chair.TrimEnd(',') + ", " + next.TrimEnd('।', ' ');
                        doc.Chair = chair.TrimEnd('।', ' ');
                        break;
                    case "date" when doc.Date is null:
                        var dates = DocumentDates.Find(value);
                        if (dates.Count > 0) doc.Date = Iso(dates.FirstOrDefault(d => !d.Bangla) ?? dates[0]);
                        else Warn(warnings, doc, "date", $"Could not read the date \"{value}\".", $"তারিখ «{value}» পড়া যায়নি।");
                        if (DocumentDates.FindTime(value) is { } inlineTime) doc.Time ??= inlineTime;
                        break;
                    case "time" when doc.Time is null:
                        doc.Time = DocumentDates.FindTime(value);
                        if (doc.Time is null) Warn(warnings, doc, "time", $"Could not read the time \"{value}\".", $"সময় «{value}» পড়া যায়নি।");
                        break;
                    case "venue" when doc.Venue is null:
                        doc.Venue = value.TrimEnd('।', ' ', '.');
                        break;
                }
            }
        }
    }

    private static IEnumerable<(string Label, string Value)> Labels(string line)
    {
        var found = new List<(string Label, int Start, int ValueStart)>();
        foreach (Match m in MeetingLabel().Matches(line))
        {
            var name = m.Groups["chair"].Success ? "chair" : m.Groups["date"].Success ? "date" : m.Groups["time"].Success ? "time" : "venue";
            var colon = m.Groups["colon"].Value.Trim().Length > 0;
            if (!colon && m.Index != 0) continue;
            found.Add((name, m.Index, m.Index + m.Length));
        }
        for (var k = 0; k < found.Count; k++)
        {
            var valueEnd = k + 1 < found.Count ? found[k + 1].Start : line.Length;
            var value = line[found[k].ValueStart..valueEnd].Trim().TrimEnd(',').Trim();
            if (value.Length == 0) continue;
            var colon = MeetingLabel().Match(line, found[k].Start).Groups["colon"].Value.Trim().Length > 0;
            if (!colon)
            {
                // "সভাপতি সভার শুরুতে…" is a sentence, not a label: without a colon only a short line is one.
                if (line.Length > 110) continue;
                if (found[k].Label == "chair" && !Honorific().IsMatch(value) && !value.Contains(',')) continue;
            }
            yield return (found[k].Label, value);
        }
    }

    private static string? FindOffice(List<string> lines, int s, int e, out bool guessed)
    {
        guessed = false;
        for (var i = s; i < e; i++)
        {
            if (!lines[i].Trim().StartsWith(Letterhead, StringComparison.Ordinal)) continue;
            var next = NextNonEmpty(lines, i + 1, e);
            if (next < 0) return null;
            var office = lines[next].Trim().TrimEnd('।');
            var after = NextNonEmpty(lines, next + 1, e);
            if (after >= 0 && after == next + 1 && lines[after].Trim() is var a && a.Length < 30 && !a.StartsWith('(')
                && !a.Contains("www", StringComparison.OrdinalIgnoreCase) && !a.Contains(".gov", StringComparison.Ordinal)
                && !MemoLine().IsMatch(a) && !IsMinutesTitle(a) && !IsNoticeTitle(a) && !a.Contains(':') && !a.Contains('ঃ')
                && !office.Contains(',') && a.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 2)
                office += ", " + a.TrimEnd('।');
            return office;
        }
        // No letterhead: an office named on a line of its own near the top.
        for (var i = s; i < Math.Min(e, s + 8); i++)
        {
            var t = lines[i].Trim();
            if (t.Length is > 0 and < 70 && OfficeWords().IsMatch(t) && !t.Contains('\t') && !IsMinutesTitle(t)) { guessed = true; return t.TrimEnd('।'); }
        }
        return null;
    }

    private static int NextNonEmpty(List<string> lines, int from, int e)
    {
        for (var i = from; i < e; i++)
            if (lines[i].Trim().Length > 0) return i;
        return -1;
    }

    private static void ReadMemo(List<string> lines, int s, int e, ImportedDocument doc, List<string> warnings)
    {
        for (var i = s; i < e; i++)
        {
            var m = MemoLine().Match(lines[i].Replace('\t', ' '));
            if (!m.Success) continue;
            doc.MemoNumber = Whitespace().Replace(m.Groups["num"].Value, "").TrimEnd('.', '-', '/');
            // The date of issue: on the memo line after তারিখ, or on the next lines (often Bangla and Gregorian on two).
            var dateText = new StringBuilder();
            var line = lines[i].Replace('\t', ' ');
            var at = line.IndexOf("তারিখ", StringComparison.Ordinal);
            if (at >= 0) dateText.Append(line[at..]).Append(' ');
            for (var j = i + 1; j < e && j <= i + 4; j++)
            {
                var t = lines[j].Replace('\t', ' ').Trim();
                if (t.Length == 0) continue;
                if (DocumentDates.Find(t).Count == 0 || t.Length > 60) break;
                dateText.Append(t).Append(' ');
            }
            if (dateText.Length == 0)
            {
                for (var j = i - 1; j >= s && j >= i - 2; j--)
                    if (DateLabel().IsMatch(lines[j].Trim())) dateText.Append(lines[j]);
            }
            var dates = DocumentDates.Find(dateText.ToString());
            var gregorian = dates.FirstOrDefault(d => !d.Bangla);
            var bangla = dates.FirstOrDefault(d => d.Bangla);
            var issued = gregorian ?? bangla;
            if (issued is not null) doc.IssuedOn = Iso(issued);
            else Warn(warnings, doc, "issuedOn", $"The memo {doc.MemoNumber} has no date that could be read.", $"স্মারক {doc.MemoNumber}-এর কোনো তারিখ পড়া যায়নি।");
            if (gregorian is not null && bangla is not null && gregorian.Date != bangla.Date)
                Warn(warnings, doc, "issuedOn", $"The memo's Bangla date \"{bangla.Printed.Trim()}\" is {Iso(bangla)}, but its Gregorian date is {Iso(gregorian)}; the Gregorian date was kept.",
                    $"স্মারকের বঙ্গাব্দ তারিখ «{bangla.Printed.Trim()}» হলো {BengaliDigits.ToBengali(Iso(bangla))}, কিন্তু খ্রিষ্টাব্দ তারিখ {BengaliDigits.ToBengali(Iso(gregorian))}; খ্রিষ্টাব্দ তারিখটি রাখা হয়েছে।");
            return;
        }
    }

    private static List<string>? ReadList(List<string> lines, int s, int e, Regex label)
    {
        for (var i = s; i < e; i++)
        {
            var t = lines[i].Trim();
            var m = label.Match(t);
            if (!m.Success) continue;
            var items = new List<string>();
            for (var j = i + 1; j < e; j++)
            {
                var l = lines[j].Replace('\t', ' ').Trim();
                if (l.Length == 0) continue;
                var item = ListItem().Match(l);
                if (!item.Success) break;
                var text = item.Groups["t"].Value.Trim();
                if (text.Length > 0) items.Add(text);
            }
            return items;
        }
        return null;
    }

    private static ImportedSignatory? ReadSignatureForward(List<string> lines, int from, int to)
    {
        var block = new List<string>();
        for (var i = from; i < to; i++)
        {
            var t = lines[i].Trim();
            if (t.Length == 0)
            {
                if (block.Count > 0) break;
                continue;
            }
            if (SignatureNoise().IsMatch(t)) continue;
            if (ContactLine().IsMatch(t)) break;
            block.Add(t);
        }
        return Signatory(block);
    }

    private static (int Start, ImportedSignatory? Signatory) ReadSignatureBackward(List<string> lines, int from, int to)
    {
        var block = new List<string>();
        var start = to;
        for (var i = to - 1; i >= from; i--)
        {
            var t = lines[i].Trim();
            if (t.Length == 0) continue;
            if (t.Length > 70 || ListItem().IsMatch(t) || t.EndsWith(':') || t.EndsWith('ঃ') || t.Contains('\t') || MemoLine().IsMatch(t)) break;
            // "সভার তারিখ : …", "স্থান : …" belong to the notice's text, not to the signature under it.
            if (Labels(t).Any() && (t.Contains(':') || t.Contains('ঃ'))) break;
            if (t.EndsWith('।') && t.Split(' ').Length > 4) break;
            start = i;
            if (SignatureNoise().IsMatch(t) || ContactLine().IsMatch(t)) continue;
            block.Insert(0, t);
        }
        return (start, Signatory(block));
    }

    private static ImportedSignatory? Signatory(List<string> block)
    {
        if (block.Count == 0) return null;
        var first = block[0].Trim('(', ')', ' ');
        if (DesignationWords().IsMatch(first) && !Honorific().IsMatch(first))
            return new ImportedSignatory { Designation = string.Join(", ", block.Select(b => b.TrimEnd('।', ','))) };
        return new ImportedSignatory
        {
            Name = first,
            Designation = block.Count > 1 ? string.Join(", ", block.Skip(1).Select(b => b.TrimEnd('।', ','))) : null,
        };
    }

    private static int FirstStopLine(List<string> lines, int from, int e)
    {
        for (var i = from; i < e; i++)
        {
            var t = lines[i].Trim();
            if (t.StartsWith(Letterhead, StringComparison.Ordinal) || MemoLine().IsMatch(t) || DistributionLabel().IsMatch(t) || CopiesLabel().IsMatch(t))
                return i;
        }
        return e;
    }

    private static string CleanTitle(string line) => line.Trim().TrimEnd(':', 'ঃ', '।', ' ').Trim();

    private static string CleanCell(string cell) => Whitespace().Replace(cell, " ").Trim();

    private static string CollapseBlankLines(string text) => BlankLines().Replace(text, "\n\n");

    private static string Iso(FoundDate d) => d.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    // ---------------------------------------------------------------- patterns

    [GeneratedRegex(@"^(জরুরি\s+|জরুরী\s+)?(সভার\s+)?(নোটিশ|নোটিস|বিজ্ঞপ্তি)\b|^সভা\s+আহ্বান|^সভার\s+(নোটিশ|নোটিস|বিজ্ঞপ্তি)")]
    private static partial Regex NoticeTitle();

    [GeneratedRegex(@"সভা\s+অনুষ্ঠিত\s+হবে|সভা\s+আহ্বান\s+করা\s+হয়েছে")]
    private static partial Regex MeetingWillBeHeld();

    [GeneratedRegex(@"^(ক্রমিক|ক্রম|ক্রঃ|ক্র\.|ক্র:|নং|নম্বর|সিরিয়াল|S\.?\s?No)")]
    private static partial Regex SerialHeading();

    [GeneratedRegex(@"^[\(\[]?[0-9০-৯]{1,3}(\.[0-9০-৯]{1,2})?[\)\]]?[.।):]?$")]
    private static partial Regex SerialCell();

    [GeneratedRegex(@"[\s().।\[\]:]")]
    private static partial Regex SerialStrip();

    [GeneratedRegex(@"^[-–—_=\s]+$")]
    private static partial Regex DashesOnly();

    [GeneratedRegex(@"^[-–(]?\s*[0-9০-৯]{1,3}\s*[-–)]?$")]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"সমাপ্তি\s+ঘোষণা|সমাপ্ত\s+ঘোষণা|সভার\s+সমাপ্তি|সভা\s+শেষ\s+করেন")]
    private static partial Regex ClosingSentence();

    [GeneratedRegex(@"(?<![\u0980-\u09FF])(?:(?<chair>সভাপতি(?!ত্বে))|(?<date>(?:সভার\s+)?তারিখ)|(?<time>(?:সভার\s+)?সময়)|(?<venue>(?:সভার\s+)?স্থান))(?<colon>\s*[:ঃ]\s*|\s*[-–]\s+|\s+)")]
    private static partial Regex MeetingLabel();

    [GeneratedRegex(@"^(জনাব|বেগম|ড\.|ডঃ|ডাঃ|মোঃ|মো\.|মোছাঃ|প্রফেসর|অধ্যাপক|সৈয়দ|Mr\.|Dr\.)")]
    private static partial Regex Honorific();

    [GeneratedRegex(@"স্মারক\s*(?:নম্বর|নম্বরঃ|নং|নং-|নম্বর-)?\s*[:ঃ\-–]?\s*(?<num>[0-9০-৯][0-9০-৯.\-/\s]*[0-9০-৯])|Memo\s*No\.?\s*[:\-]?\s*(?<num>[0-9০-৯][0-9০-৯.\-/\s]*[0-9০-৯])")]
    private static partial Regex MemoLine();

    [GeneratedRegex(@"^(সভার\s+)?তারিখ\s*[:ঃ]")]
    private static partial Regex DateLabel();

    [GeneratedRegex(@"^বিতরণ")]
    private static partial Regex DistributionLabel();

    [GeneratedRegex(@"^অনুলিপি")]
    private static partial Regex CopiesLabel();

    [GeneratedRegex(@"^[-–•*]?\s*[\(]?(?<n>[0-9০-৯]{1,2})\s*[.।)]\s*(?<t>.*)$")]
    private static partial Regex ListItem();

    [GeneratedRegex(@"^([0-9০-৯]{1,2}[/.\-][0-9০-৯]{1,2}([/.\-][0-9০-৯]{2,4})?[,.]?|স্বাক্ষরিত.*|স্বাঃ.*|ও|এবং|Sd/-)$")]
    private static partial Regex SignatureNoise();

    [GeneratedRegex(@"^(ফোন|টেলিফোন|মোবাইল|ফ্যাক্স|ই-মেইল|ইমেইল|ই-মেইলঃ|Email|E-mail|Phone|Tel)\b|@|www\.")]
    private static partial Regex ContactLine();

    [GeneratedRegex(@"প্রশাসক|অফিসার|কর্মকর্তা|কমিশনার|সচিব|পরিচালক|সভাপতি|নিবন্ধক|চেয়ারম্যান|প্রকৌশলী|সহকারী|কালেক্টর|প্রধান|আহ্বায়ক")]
    private static partial Regex DesignationWords();

    [GeneratedRegex(@"কার্যালয়|অফিস|দপ্তর|মন্ত্রণালয়|অধিদপ্তর|বিভাগ")]
    private static partial Regex OfficeWords();

    [GeneratedRegex(@"(?:টায়|টার\s+সময়|ঘটিকায়|ঘটিকার\s+সময়|মিনিটে)\s+(?<v>.+?(?:কক্ষে|কক্ষ|মিলনায়তনে|হলরুমে|কার্যালয়ে|অফিসে|ভবনে|প্লাটফর্মে|মাধ্যমে|অনলাইনে)(?![\u0980-\u09FF]))")]
    private static partial Regex VenueInBody();

    [GeneratedRegex(@"(?<stem>কক্ষ|মিলনায়তন|হলরুম|কার্যালয়|অফিস|ভবন|প্লাটফর্ম)ে$")]
    private static partial Regex LocativeEnd();

    [GeneratedRegex(@"^(?:\(?[০-৯0-9.]+\)?\s*)?(ভিশন|রূপকল্প|রুপকল্প)\s*(\([^)]*\))?\s*([:ঃ]|$)")]
    private static partial Regex VisionLabel();

    [GeneratedRegex(@"^(?:\(?[০-৯0-9.]+\)?\s*)?(মিশন|অভিলক্ষ্য)\s*(\([^)]*\))?\s*([:ঃ]|$)")]
    private static partial Regex MissionLabel();

    [GeneratedRegex(@"(?<c>নাগরিক সেবা|প্রাতিষ্ঠানিক সেবা|অভ্যন্তরীণ সেবা|দাপ্তরিক সেবা)")]
    private static partial Regex CategoryHeading();

    [GeneratedRegex(@"^(?:\(?[০-৯0-9.]+\)?\s*)?অভিযোগ\s+প্রতিকার\s+ব্যবস্থা")]
    private static partial Regex GrievanceHeading();

    [GeneratedRegex(@"^(?:\(?[০-৯0-9.]+\)?\s*)?আপনার\s+কাছে\s+আমাদের\s+প্রত্যাশা")]
    private static partial Regex ExpectationHeading();

    [GeneratedRegex(@"^\(?[০-৯0-9]{1,2}\)?$")]
    private static partial Regex ColumnNumbers();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"\n{3,}")]
    private static partial Regex BlankLines();
}
