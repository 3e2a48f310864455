using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Protishruti.Domain;
using Protishruti.Domain.Memos;
using Protishruti.Tests.Features.Manage;
using Protishruti.Tests.Infrastructure;
using Protishruti.Web.Features.Memos;
using Protishruti.Web.Infrastructure.Auditing;

namespace Protishruti.Tests.Features.Memos;

/// <summary>Issuing memo numbers through the service documents use, on every database.</summary>
public abstract class MemoIssueTests<TApp>(TApp app) : AppTests<TApp>(app) where TApp : TestApp
{
    private const string File2014 = "05.43.6900.006.32.001.21";
    private const string File2024 = "05.43.6900.000.006.32.0001.24";

    /// <summary>An office of its own with a default 2014 file from serial 1 and a 2024 file continuing a paper register at 100.</summary>
    private async Task<(int Office, int Default, int Other)> OfficeWithFilesAsync(MemoDocumentKind? otherPurpose = null)
    {
        var office = await App.NewOfficeAsync();
        return await App.WithDbAsync(async db =>
        {
            var main = new MemoFile(office.Id, File2014, "সাধারণ শাখা", null);
            main.MakeDefault();
            var other = new MemoFile(office.Id, File2024, "সভা শাখা", null, firstSerial: 100);
            other.SetPurpose(otherPurpose);
            db.MemoFiles.AddRange(main, other);
            await db.SaveChangesAsync();
            return (office.Id, main.Id, other.Id);
        });
    }

    private async Task<IssuedMemo> IssueAsync(int office, int? file, MemoDocumentKind kind = MemoDocumentKind.Notice, string title = "সভার নোটিশ")
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<MemoNumbers>().IssueAsync(office, file, kind, title);
    }

    [Fact]
    public async Task Many_users_issuing_at_once_get_distinct_consecutive_serials_and_two_files_do_not_interfere()
    {
        var (office, main, other) = await OfficeWithFilesAsync();
        const int tasks = 48;
        var start = new TaskCompletionSource();
        var issuing = Enumerable.Range(0, tasks).Select(i => Task.Run(async () =>
        {
            await start.Task;
            return await IssueAsync(office, i % 3 == 0 ? other : null, MemoDocumentKind.Minutes, $"কার্যবিবরণী {i}");
        })).ToList();
        start.SetResult();
        var memos = await Task.WhenAll(issuing);

        var fromMain = memos.Where(m => m.MemoFileId == main).Select(m => m.Serial!.Value).Order().ToList();
        var fromOther = memos.Where(m => m.MemoFileId == other).Select(m => m.Serial!.Value).Order().ToList();
        fromMain.ShouldBe(Enumerable.Range(1, 32).ToList());
        fromOther.ShouldBe(Enumerable.Range(100, 16).ToList());
        memos.Select(m => m.Number).Distinct().Count().ShouldBe(tasks);
        memos.Single(m => m.MemoFileId == main && m.Serial == 7).Number.ShouldBe($"{File2014}.7");
        memos.Single(m => m.MemoFileId == other && m.Serial == 105).NumberBn.ShouldBe("০৫.৪৩.৬৯০০.০০০.০০৬.৩২.০০০১.২৪.১০৫");

        var (next, stored) = await App.WithDbAsync(async db => (
            await db.MemoFiles.Where(f => f.OfficeId == office).OrderBy(f => f.Id).Select(f => f.NextSerial).ToListAsync(),
            await db.IssuedMemos.CountAsync(m => m.OfficeId == office)));
        next.ShouldBe([33, 116]);
        stored.ShouldBe(tasks);
    }

    [Fact]
    public async Task A_file_meant_for_a_kind_of_document_is_used_for_it_before_the_default()
    {
        var (office, main, other) = await OfficeWithFilesAsync(otherPurpose: MemoDocumentKind.Minutes);
        await using (var scope = App.Services.CreateAsyncScope())
            Protishruti.Domain.Calendar.BengaliDigits.ToBengali((await scope.ServiceProvider.GetRequiredService<MemoNumbers>().PreviewAsync(office, MemoDocumentKind.Minutes))!)
                .ShouldBe("০৫.৪৩.৬৯০০.০০০.০০৬.৩২.০০০১.২৪.১০০");
        (await IssueAsync(office, null, MemoDocumentKind.Minutes)).MemoFileId.ShouldBe(other);
        (await IssueAsync(office, null, MemoDocumentKind.OfficeOrder)).MemoFileId.ShouldBe(main);
    }

    [Fact]
    public async Task An_office_without_a_file_is_told_where_to_configure_one()
    {
        var office = await App.NewOfficeAsync();
        var e = await Should.ThrowAsync<MemoFileMissingException>(() => IssueAsync(office.Id, null));
        e.Message.ShouldContain($"/offices/{office.Code}/memo-files");
        e.MessageBn.ShouldContain("স্মারক জারির কোনো নথি নম্বর নির্ধারিত নেই");
        e.MessageBn.ShouldContain($"/offices/{office.Code}/memo-files");
    }

    [Fact]
    public async Task An_inactive_file_or_another_office_file_issues_nothing()
    {
        var (office, main, _) = await OfficeWithFilesAsync();
        var (elsewhere, foreign, _) = await OfficeWithFilesAsync();
        await App.WithDbAsync(async db =>
        {
            (await db.MemoFiles.SingleAsync(f => f.Id == main)).Deactivate();
            return await db.SaveChangesAsync();
        });

        var inactive = await Should.ThrowAsync<DomainException>(() => IssueAsync(office, main));
        inactive.MessageBn.ShouldContain("নিষ্ক্রিয়");
        await Should.ThrowAsync<MemoFileMissingException>(() => IssueAsync(office, foreign));
        App.WithDb(db => db.MemoFiles.Where(f => f.Id == main || f.Id == foreign).Select(f => f.NextSerial).ToList()).ShouldBe([1, 1]);
        App.WithDb(db => db.IssuedMemos.Count(m => m.OfficeId == office || m.OfficeId == elsewhere)).ShouldBe(0);
    }

    [Fact]
    public async Task A_refused_title_uses_no_serial()
    {
        var (office, main, _) = await OfficeWithFilesAsync();
        (await Should.ThrowAsync<DomainException>(() => IssueAsync(office, null, title: "  "))).MessageBn.ShouldContain("শিরোনাম");
        (await IssueAsync(office, null)).Serial.ShouldBe(1);
        App.WithDb(db => db.MemoFiles.Single(f => f.Id == main).NextSerial).ShouldBe(2);
    }

    [Fact]
    public async Task The_database_refuses_a_second_memo_with_the_same_serial_and_every_issue_is_audited()
    {
        var (office, main, _) = await OfficeWithFilesAsync();
        var first = await IssueAsync(office, null, MemoDocumentKind.OfficeOrder, "কমিটি পুনর্গঠন");
        await Should.ThrowAsync<DbUpdateException>(() => App.WithDbAsync(async db =>
        {
            db.IssuedMemos.Add(new IssuedMemo(main, office, MemoNumber.Parse(File2014), first.Serial!.Value, MemoDocumentKind.Other, "আবার", DateTimeOffset.UtcNow, null, "test"));
            return await db.SaveChangesAsync();
        }));
        App.WithDb(db => db.AuditEntries.Any(a => a.EntityType == nameof(IssuedMemo) && a.Action == AuditAction.Created
            && a.OfficeId == office && a.After!.Contains("কমিটি পুনর্গঠন"))).ShouldBeTrue();
    }
}

public sealed class MemoIssueTests_Sqlite(SqliteApp app) : MemoIssueTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Database", "Postgres")]
public sealed class MemoIssueTests_Postgres(PostgresApp app) : MemoIssueTests<PostgresApp>(app), IClassFixture<PostgresApp>;
