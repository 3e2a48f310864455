using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Protishruti.Tests.Infrastructure;
using Protishruti.Web.Features.Offices.Import;

namespace Protishruti.Tests.Features;

public abstract class PublicPageCacheTests<TApp>(TApp app) : AppTests<TApp>(app) where TApp : TestApp
{
    private async Task<string> NewOffice()
    {
        var code = $"cache-{Guid.NewGuid():N}"[..20];
        await Import($"code,name_bn,name_en,kind,parent_code\n{code},পুরনো নাম,Old name,district,doc");
        return code;
    }

    private async Task Import(string csv)
    {
        await using var scope = App.Services.CreateAsyncScope();
        (await scope.ServiceProvider.GetRequiredService<OfficeCsvImporter>().ImportAsync(csv)).Succeeded.ShouldBeTrue();
    }

    [Fact]
    public async Task An_office_page_is_served_from_the_cache_until_something_changes_through_the_app()
    {
        var code = await NewOffice();
        (await App.Browser().GetStringAsync($"/offices/{code}")).ShouldContain("পুরনো নাম");

        // Behind the app's back (no audited save): the cached copy is still served.
        await App.WithDbAsync(db => db.Offices.Where(o => o.Code == code).ExecuteUpdateAsync(s => s.SetProperty(o => o.NameBn, "গোপনে বদলানো")));
        (await App.Browser().GetStringAsync($"/offices/{code}")).ShouldContain("পুরনো নাম");

        // Through the app: the change is visible at once.
        await Import($"code,name_bn,name_en,kind,parent_code\n{code},নতুন নাম,New name,district,doc");
        (await App.Browser().GetStringAsync($"/offices/{code}")).ShouldContain("নতুন নাম");
    }

    [Fact]
    public async Task Each_language_gets_its_own_copy()
    {
        var code = await NewOffice();
        (await App.Browser().GetStringAsync($"/offices/{code}")).ShouldContain("<html lang=\"bn\">");
        var english = App.Browser();
        await english.GetAsync("/?lang=en");
        (await english.GetStringAsync($"/offices/{code}")).ShouldContain("<html lang=\"en\">");
        (await App.Browser().GetStringAsync($"/offices/{code}")).ShouldContain("<html lang=\"bn\">");
    }

    [Fact]
    public async Task A_logged_in_user_never_gets_the_anonymous_copy()
    {
        var code = await NewOffice();
        await App.Browser().GetStringAsync($"/offices/{code}");
        var user = await App.LoggedInAsync("editor.dco-bandarban");
        (await user.GetStringAsync($"/offices/{code}")).ShouldContain("editor.dco-bandarban");
        (await App.Browser().GetStringAsync($"/offices/{code}")).ShouldNotContain("editor.dco-bandarban");
    }
}

public sealed class PublicPageCacheTests_Sqlite(SqliteApp app) : PublicPageCacheTests<SqliteApp>(app), IClassFixture<SqliteApp>;
[Trait("Database", "Postgres")]
public sealed class PublicPageCacheTests_Postgres(PostgresApp app) : PublicPageCacheTests<PostgresApp>(app), IClassFixture<PostgresApp>;
