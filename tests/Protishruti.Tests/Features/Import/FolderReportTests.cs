using System.Text.Json.Nodes;
using Protishruti.Web.Features.Import;

namespace Protishruti.Tests.Features.Import;

/// <summary>`parse-document --folder`: a whole archive read into counts and a list of what needs a person (ADR 0042).</summary>
public sealed class FolderReportTests
{
    [Fact]
    public async Task A_folder_is_reported_by_kind_and_rows_with_the_files_that_need_a_person()
    {
        var dir = Directory.CreateTempSubdirectory("protishruti-folder-");
        try
        {
            var ct = TestContext.Current.CancellationToken;
            var cases = ImportEvaluation.ImportEvaluation.CasesDirectory;
            File.Copy(Path.Combine(cases, "m01-uno-minutes-tabs.txt"), Path.Combine(dir.FullName, "minutes.txt"));
            Directory.CreateDirectory(Path.Combine(dir.FullName, "2023"));
            File.Copy(Path.Combine(cases, "n06-notice-bijoy-pdf.pdf"), Path.Combine(dir.FullName, "2023", "notice.pdf"));
            File.Copy(Path.Combine(cases, "ch01-uno-charter.txt"), Path.Combine(dir.FullName, "charter.txt"));
            await File.WriteAllTextAsync(Path.Combine(dir.FullName, "scan.pdf"),
                "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n", ct);
            await File.WriteAllTextAsync(Path.Combine(dir.FullName, "photo.png"), "not a document", ct); // not read at all

            var stdout = new StringWriter();
            var jsonFile = Path.Combine(dir.FullName, "..", $"report-{Guid.NewGuid():N}.json");
            var code = await ParseDocumentCommand.RunAsync(["--folder", dir.FullName, "--office", "uno-naldanga", "--json", jsonFile], stdout, new StringWriter(), new StringReader(""));
            code.ShouldBe(0);

            var summary = stdout.ToString();
            summary.ShouldContain("4 files read");
            summary.ShouldContain("Documents: 1 charters, 1 minutes, 1 notices.");
            summary.ShouldContain("Need a person: 2 of 4 files.");
            summary.ShouldContain("* scan.pdf\n    not read: The PDF has no text layer");
            summary.ShouldContain($"* {Path.Combine("2023", "notice.pdf")}\n    notice: check meetingDate");

            var json = JsonNode.Parse(await File.ReadAllTextAsync(jsonFile, ct))!;
            File.Delete(jsonFile);
            json["office"]!.GetValue<string>().ShouldBe("uno-naldanga");
            json["documents"]!["minutes"]!.GetValue<int>().ShouldBe(1);
            json["serviceRows"]!.GetValue<int>().ShouldBe(6);
            json["decisionRows"]!.GetValue<int>().ShouldBeGreaterThan(0);
            json["expectations"]!.GetValue<int>().ShouldBe(2);
            var items = json["items"]!.AsArray();
            items.Select(i => i!["file"]!.GetValue<string>()).ShouldBe([Path.Combine("2023", "notice.pdf"), "charter.txt", "minutes.txt", "scan.pdf"]);
            items.Single(i => i!["file"]!.GetValue<string>() == "minutes.txt")!["documents"]![0]!["lowConfidence"]!.AsArray().Count.ShouldBe(0);

            var only = new StringWriter();
            (await ParseDocumentCommand.RunAsync(["--folder", dir.FullName, "--json", "-"], only, new StringWriter(), new StringReader(""))).ShouldBe(0);
            JsonNode.Parse(only.ToString())!["files"]!.GetValue<int>().ShouldBe(4);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task A_missing_folder_is_a_usage_error()
    {
        var stderr = new StringWriter();
        (await ParseDocumentCommand.RunAsync(["--folder", "/no/such/folder"], new StringWriter(), stderr, new StringReader(""))).ShouldBe(2);
        stderr.ToString().ShouldContain("No such folder");
    }
}
