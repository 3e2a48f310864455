using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Protishruti.Domain.Meetings;
using Protishruti.Tests.Infrastructure;
using Protishruti.Web.Data;
using Protishruti.Web.Features.Meetings;
using Protishruti.Web.Infrastructure;

namespace Protishruti.Tests.Features;

/// <summary>
/// The app is killed (SIGKILL) in the middle of a burst of notice issues, each of which takes a memo serial, and
/// started again on the same data (issue 15). Every issue the app acknowledged (answered with its redirect) is stored
/// whole — the meeting's record, the register row with the frozen document, the e-mails — nothing half-done is left
/// by the ones it did not, and the register has no duplicate and no gap: the next issue after the restart takes the
/// next serial. The app runs as a separate process (<c>dotnet Protishruti.Web.dll</c>) on a real port.
/// </summary>
public abstract partial class CrashRecoveryTests<TApp>(TApp app) : AppTests<TApp>(app) where TApp : TestApp
{
    private const string Office = "dc-natore";
    private const int Meetings = 40;
    private const int Workers = 4;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Every_acknowledged_issue_survives_a_kill_mid_burst_and_the_memo_register_has_no_duplicate_or_gap()
    {
        var drafts = await DraftMeetingsAsync(Meetings + 1);
        var files = await SerialsAsync();
        using var port = new FreePort();

        var acked = new ConcurrentBag<int>();
        var failed = new ConcurrentBag<string>();
        await using (var first = await AppProcess.StartAsync(App.Settings, port.Number))
        {
            using var client = await first.LoggedInAsync("editor.dc-natore");
            var token = Token().Match(await client.GetStringAsync($"/offices/{Office}/meetings/{drafts[0]}/notice", Ct)).Groups[1].Value;
            var queue = new ConcurrentQueue<int>(drafts.Take(Meetings));
            var killAt = new TaskCompletionSource();
            var workers = Enumerable.Range(0, Workers).Select(_ => Task.Run(async () =>
            {
                while (queue.TryDequeue(out var id))
                {
                    try
                    {
                        using var response = await client.PostAsync($"/offices/{Office}/meetings/{id}/notice?handler=Issue",
                            new FormUrlEncodedContent(new Dictionary<string, string>
                            {
                                ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token), ["IssuedOn"] = Today(),
                            }));
                        if (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.EndsWith($"/meetings/{id}/notice", StringComparison.Ordinal))
                            acked.Add(id);
                        else
                            failed.Add($"{id}: {(int)response.StatusCode}");
                        if (acked.Count >= 8) killAt.TrySetResult();
                    }
                    catch (HttpRequestException)
                    {
                        return; // the app is gone
                    }
                }
            })).ToList();
            await Task.WhenAny(killAt.Task, Task.WhenAll(workers)).WaitAsync(TimeSpan.FromSeconds(30), Ct);
            first.Kill(); // SIGKILL, with requests in flight
            await Task.WhenAll(workers).WaitAsync(TimeSpan.FromSeconds(30), Ct);
        }
        failed.ShouldBeEmpty("every issue before the kill succeeded");
        acked.Count.ShouldBeGreaterThanOrEqualTo(8);
        acked.Count.ShouldBeLessThan(Meetings, "the kill came in the middle of the burst");

        // Started again on the same data, it issues the next notice with the next serial.
        await using (var second = await AppProcess.StartAsync(App.Settings, port.Number))
        {
            using var client = await second.LoggedInAsync("editor.dc-natore");
            var last = drafts[Meetings];
            var token = Token().Match(await client.GetStringAsync($"/offices/{Office}/meetings/{last}/notice", Ct)).Groups[1].Value;
            using var response = await client.PostAsync($"/offices/{Office}/meetings/{last}/notice?handler=Issue", new FormUrlEncodedContent(
                new Dictionary<string, string> { ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token), ["IssuedOn"] = Today() }));
            response.StatusCode.ShouldBe(HttpStatusCode.Redirect, second.Output);
            acked.Add(last);
        }

        var stored = await App.WithDbAsync(db => db.Meetings.AsNoTracking().Where(m => drafts.Contains(m.Id)).ToListAsync(Ct));
        var officeId = stored[0].OfficeId;
        var memos = await App.WithDbAsync(db => db.IssuedMemos.AsNoTracking().Where(m => m.OfficeId == officeId).ToListAsync(Ct));
        var mail = await App.WithDbAsync(db => db.Outbox.AsNoTracking().Where(m => m.Source != null && m.Source.StartsWith("meeting:")).Select(m => m.Source!).ToListAsync(Ct));
        foreach (var m in stored)
        {
            if (acked.Contains(m.Id)) m.NoticeState.ShouldBe(NoticeState.Issued, $"meeting {m.Id} was acknowledged");
            if (m.NoticeState == NoticeState.Draft)
            {
                m.NoticeIssues.ShouldBeEmpty();
                continue;
            }
            // Issued, acknowledged or not: whole — one issue, its register row with the document, its e-mails.
            var issue = m.NoticeIssues.ShouldHaveSingleItem();
            memos.Where(x => x.Number == issue.MemoNumber).ShouldHaveSingleItem().DocumentJson.ShouldNotBeNull();
            mail.Count(s => s == $"meeting:{m.Id}:notice:1").ShouldBeGreaterThan(0, $"meeting {m.Id}'s e-mails");
        }
        // The register: no serial twice, none skipped, and each file's counter just past its last serial.
        var after = await SerialsAsync();
        foreach (var (fileId, next) in after)
        {
            var serials = memos.Where(x => x.MemoFileId == fileId).Select(x => x.Serial!.Value).ToList();
            serials.Distinct().Count().ShouldBe(serials.Count, $"file {fileId} has a duplicate serial");
            var taken = serials.Where(s => s >= files[fileId]).Order().ToList();
            taken.ShouldBe(Enumerable.Range(files[fileId], next - files[fileId]).ToList(), $"file {fileId}'s serials from {files[fileId]}");
        }
        memos.Count(x => x.Serial >= files[x.MemoFileId!.Value]).ShouldBe(stored.Count(m => m.NoticeState == NoticeState.Issued));
    }

    private static string Today() => TimeProvider.System.TodayInBangladesh().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private Task<Dictionary<int, int>> SerialsAsync() => App.WithDbAsync(async db =>
    {
        var officeId = await db.Offices.Where(o => o.Code == Office).Select(o => o.Id).SingleAsync(Ct);
        return await db.MemoFiles.AsNoTracking().Where(f => f.OfficeId == officeId).ToDictionaryAsync(f => f.Id, f => f.NextSerial, Ct);
    });

    /// <summary>Draft notices of dc-natore, each with an agenda item and one invited post, ready to issue.</summary>
    private async Task<List<int>> DraftMeetingsAsync(int count)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var office = await db.Offices.SingleAsync(o => o.Code == Office, Ct);
        var catalog = await scope.ServiceProvider.GetRequiredService<MeetingParties>().ForAsync(office, Ct);
        var post = catalog.Posts[0];
        var day = TimeProvider.System.TodayInBangladesh().AddDays(20);
        var meetings = Enumerable.Range(0, count).Select(i =>
        {
            var m = new Meeting(office.Id, MeetingKind.Training, $"প্রশিক্ষণ {i} {Guid.NewGuid():N}"[..30], day, new TimeOnly(10, 0), "প্রশিক্ষণ কক্ষ", null);
            m.AddAgendaItem("সেবা প্রদান প্রতিশ্রুতি বিষয়ক প্রশিক্ষণ");
            m.Invite(catalog.Parse(post.Key, post.LabelBn));
            return m;
        }).ToList();
        db.Meetings.AddRange(meetings);
        await db.SaveChangesAsync(Ct);
        return meetings.Select(m => m.Id).ToList();
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}

public sealed class CrashRecoveryTests_Sqlite(SqliteApp app) : CrashRecoveryTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Database", "Postgres")]
public sealed class CrashRecoveryTests_Postgres(PostgresApp app) : CrashRecoveryTests<PostgresApp>(app), IClassFixture<PostgresApp>;

/// <summary>A loopback port nobody listens on, for the process to take.</summary>
public sealed class FreePort : IDisposable
{
    public FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        Number = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
    }

    public int Number { get; }

    public void Dispose() { }
}

/// <summary>The app as production runs it: <c>dotnet Protishruti.Web.dll</c>, configured by environment variables.</summary>
public sealed class AppProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private AppProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    /// <summary>What the app wrote, for a failure's message.</summary>
    public string Output
    {
        get
        {
            lock (_output) return _output.ToString();
        }
    }

    public static async Task<AppProcess> StartAsync(IReadOnlyDictionary<string, string?> settings, int port)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "Protishruti.Web.dll");
        var start = new ProcessStartInfo("dotnet", [dll, "--urls", $"http://127.0.0.1:{port}"])
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (key, value) in settings) start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var app = new AppProcess(process, new Uri($"http://127.0.0.1:{port}"));
        process.OutputDataReceived += (_, e) => app.Append(e.Data);
        process.ErrorDataReceived += (_, e) => app.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var probe = new HttpClient { BaseAddress = app.Address, Timeout = TimeSpan.FromSeconds(2) };
        var until = DateTime.UtcNow.AddSeconds(45);
        while (DateTime.UtcNow < until)
        {
            if (process.HasExited) throw new InvalidOperationException($"The app exited ({process.ExitCode}):\n{app.Output}");
            try
            {
                if ((await probe.GetAsync("/health")).IsSuccessStatusCode) return app;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // not listening yet
            }
            await Task.Delay(200);
        }
        await app.DisposeAsync();
        throw new TimeoutException($"The app did not answer /health within 45 s:\n{app.Output}");
    }

    /// <summary>A client that keeps cookies and does not follow redirects, logged in through the form.</summary>
    public async Task<HttpClient> LoggedInAsync(string user)
    {
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new() })
        {
            BaseAddress = Address,
            Timeout = TimeSpan.FromSeconds(30),
        };
        var response = await TestApp.PostFormAsync(client, "/account/login", new() { ["Input.UserName"] = user, ["Input.Password"] = Protishruti.Web.Demo.DemoData.Password });
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, Output);
        return client;
    }

    /// <summary>SIGKILL: no shutdown, no flush, whatever was in flight is cut off.</summary>
    public void Kill()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.WaitForExit(10_000);
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (_output) _output.AppendLine(line);
    }

    public ValueTask DisposeAsync()
    {
        Kill();
        _process.Dispose();
        return ValueTask.CompletedTask;
    }
}
