using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Protishruti.Tests.Infrastructure;
using Protishruti.Web.Data;
using Protishruti.Web.Features.Offices.Import;
using Protishruti.Web.Infrastructure.Auditing;

namespace Protishruti.Tests.Features;

public abstract class OfficeImportTests<TApp>(TApp app) : AppTests<TApp>(app) where TApp : TestApp
{
    private static string Unique() => Guid.NewGuid().ToString("N")[..8];

    private async Task<ImportReport> Import(string csv)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<OfficeCsvImporter>().ImportAsync(csv);
    }

    [Fact]
    public async Task Offices_are_imported_under_parents_in_the_file_or_already_present_in_any_order()
    {
        var u = Unique();
        var report = await Import($"""
            code,name_bn,name_en,kind,parent_code,phone,geo_code
            uo-{u},উপজেলা অফিস {u},Upazila office {u},upazila,do-{u},০১৭১১০০০০০০,৬৯৯১
            do-{u},জেলা অফিস {u},District office {u},district,doc,,
            """);
        report.Errors.ShouldBeEmpty();
        report.Created.ShouldBe(2);

        var html = await App.Browser().GetStringAsync($"/offices/uo-{u}");
        html.ShouldContain($"উপজেলা অফিস {u}");
        html.ShouldContain($"/offices/do-{u}\"");
        var path = App.WithDb(db => db.Offices.Where(o => o.Code == $"uo-{u}").Select(o => o.Path).Single());
        var ids = App.WithDb(db => db.Offices.Where(o => o.Code == "rdcd" || o.Code == "doc" || o.Code == $"do-{u}").OrderBy(o => o.Depth).Select(o => o.Id).ToList());
        path.ShouldBe($"/{ids[0]}/{ids[1]}/{ids[2]}/");
    }

    [Fact]
    public async Task One_bad_row_means_nothing_is_imported_and_the_report_names_line_and_column()
    {
        var u = Unique();
        var report = await Import($"""
            code,name_bn,name_en,kind,parent_code,email
            ok-{u},ঠিক অফিস,Good office,district,doc,
            bad-{u},ভুল অফিস,Bad office,district,doc,not-an-email
            kind-{u},ধরন ভুল,Bad kind,castle,doc,
            orphan-{u},এতিম,Orphan,district,no-such-parent-{u},
            """);
        report.Succeeded.ShouldBeFalse();
        report.Errors.ShouldContain(e => e.Line == 3 && e.Column == "email");
        report.Errors.ShouldContain(e => e.Line == 4 && e.Column == "kind");
        report.Errors.ShouldContain(e => e.Line == 5 && e.Column == "parent_code");
        report.Errors.ShouldAllBe(e => e.MessageBn.Length > 0 && e.MessageEn.Length > 0);
        App.WithDb(db => db.Offices.Any(o => o.Code == $"ok-{u}")).ShouldBeFalse();
    }

    [Fact]
    public async Task A_parent_loop_is_refused()
    {
        var u = Unique();
        var report = await Import($"""
            code,name_bn,name_en,kind,parent_code
            a-{u},ক,A,other,b-{u}
            b-{u},খ,B,other,a-{u}
            """);
        report.Errors.ShouldContain(e => e.Column == "parent_code" && e.MessageEn.Contains("loop"));
    }

    [Fact]
    public async Task Reimporting_updates_and_moving_an_office_moves_its_subtree()
    {
        var u = Unique();
        (await Import($"""
            code,name_bn,name_en,kind,parent_code
            top1-{u},শীর্ষ ১,Top one,department,mopa
            top2-{u},শীর্ষ ২,Top two,department,mopa
            mid-{u},মধ্য,Middle,district,top1-{u}
            leaf-{u},পাতা,Leaf,upazila,mid-{u}
            """)).Succeeded.ShouldBeTrue();
        var report = await Import($"""
            code,name_bn,name_en,kind,parent_code
            mid-{u},মধ্য (নতুন),Middle (new),district,top2-{u}
            """);
        report.Updated.ShouldBe(1);
        var (leafPath, top2Id, midName) = App.WithDb(db => (
            db.Offices.Single(o => o.Code == $"leaf-{u}").Path,
            db.Offices.Single(o => o.Code == $"top2-{u}").Id,
            db.Offices.Single(o => o.Code == $"mid-{u}").NameBn));
        leafPath.ShouldContain($"/{top2Id}/");
        midName.ShouldBe("মধ্য (নতুন)");
    }

    [Fact]
    public async Task Posts_are_imported_with_their_holders_and_a_vacancy_stays_vacant()
    {
        var u = Unique();
        var report = await Import($"""
            office_code,designation_bn,designation_en,unit_bn,room,email,sort_order,holder_name_bn,holder_name_en,holder_mobile,holder_from
            uno-baraigram,পরীক্ষা কর্মকর্তা {u},Test Officer {u},শাখা {u},২০১,t{u}@example.gov.bd,৫,রহিম উদ্দিন {u},Rahim Uddin {u},০১৭১১২২২৩৩৩,2024-07-01
            uno-baraigram,শূন্য পদ {u},Vacant post {u},,,,6,,,,
            """);
        report.Errors.ShouldBeEmpty();
        report.Created.ShouldBe(2);
        var html = await App.Browser().GetStringAsync("/offices/uno-baraigram");
        html.ShouldContain($"পরীক্ষা কর্মকর্তা {u}");
        html.ShouldContain($"রহিম উদ্দিন {u}");
    }

    [Fact]
    public async Task Posts_for_an_unknown_office_or_with_a_bad_mobile_are_reported()
    {
        var u = Unique();
        var report = await Import($"""
            office_code,designation_bn,designation_en,holder_name_bn,holder_name_en,holder_mobile
            no-such-office-{u},পদ,Post,,,
            uno-baraigram,পদ {u},Post {u},নাম,Name,12345
            """);
        report.Errors.ShouldContain(e => e.Line == 2 && e.Column == "office_code");
        report.Errors.ShouldContain(e => e.Line == 3 && e.Column == "holder_mobile");
        App.WithDb(db => db.Posts.Any(p => p.DesignationBn == $"পদ {u}")).ShouldBeFalse();
    }

    [Fact]
    public async Task A_file_without_a_known_header_is_refused()
    {
        var report = await Import("this,is,not\nan,office,file");
        report.Succeeded.ShouldBeFalse();
        report.Errors.Single().Line.ShouldBe(1);
    }

    [Fact]
    public async Task Every_imported_office_is_audited()
    {
        var u = Unique();
        (await Import($"code,name_bn,name_en,kind,parent_code\naud-{u},নিরীক্ষা {u},Audit {u},district,doc")).Succeeded.ShouldBeTrue();
        var entry = await App.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == "Office" && a.After!.Contains($"aud-{u}")).SingleAsync());
        entry.Action.ShouldBe(AuditAction.Created);
        entry.OfficeId.ShouldNotBeNull();
        entry.After!.ShouldContain($"নিরীক্ষা {u}");
    }
}

public sealed class OfficeImportTests_Sqlite(SqliteApp app) : OfficeImportTests<SqliteApp>(app), IClassFixture<SqliteApp>;
[Trait("Database", "Postgres")]
public sealed class OfficeImportTests_Postgres(PostgresApp app) : OfficeImportTests<PostgresApp>(app), IClassFixture<PostgresApp>;

/// <summary>The import command as an administrator runs it: the app's own executable, on a fresh SQLite database.</summary>
public class ImportCommandTests
{
    private static async Task<(int Exit, string Output)> Run(string dataDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(typeof(Program).Assembly.Location);
        foreach (var a in args) start.ArgumentList.Add(a);
        start.Environment["DataDirectory"] = dataDirectory;
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync() + await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, output);
    }

    [Fact]
    public async Task Import_offices_command_imports_a_good_file_and_rejects_a_bad_one_with_line_numbers()
    {
        var dir = Directory.CreateTempSubdirectory("protishruti-cli-").FullName;
        try
        {
            await ImportGoodThenBad(dir);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static async Task ImportGoodThenBad(string dir)
    {
        var good = Path.Combine(dir, "offices.csv");
        await File.WriteAllTextAsync(good, "code,name_bn,name_en,kind,parent_code\nmin-x,মন্ত্রণালয় এক্স,Ministry X,ministry,\nagency-x,সংস্থা এক্স,Agency X,agency,min-x\n");
        var bad = Path.Combine(dir, "bad.csv");
        await File.WriteAllTextAsync(bad, "code,name_bn,name_en,kind,parent_code\nagency-y,সংস্থা ওয়াই,Agency Y,agency,min-x\nagency-z,,Agency Z,agency,min-x\n");

        var (exit, output) = await Run(dir, "import-offices", good);
        exit.ShouldBe(0, output);
        output.ShouldContain("2 created");

        (exit, output) = await Run(dir, "import-offices", bad);
        exit.ShouldBe(1, output);
        output.ShouldContain("line 3");
        output.ShouldContain("name_bn");

        var options = new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite($"Data Source={Path.Combine(dir, "protishruti.db")};Pooling=False").Options;
        await using var db = new SqliteAppDbContext(options);
        (await db.Offices.Select(o => o.Code).OrderBy(c => c).ToListAsync()).ShouldBe(["agency-x", "min-x"]);
    }
}
