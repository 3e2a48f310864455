using System.Net;
using Protishruti.Tests.Infrastructure;
using static Protishruti.Tests.Features.Manage.ManageTestKit;

namespace Protishruti.Tests.Features.Grievances;

/// <summary>
/// Monitors above an office read its complaints without who made them (issue 19: "monitors see counts and anonymised
/// text"): the text, where each stands, the office and service — never the name, mobile or e-mail, inside the text or
/// beside it. The office's own focal point (not a monitor of it by role) and a sibling office's may not.
/// </summary>
public abstract class GrievanceReviewTests<TApp>(TApp app) : AppTests<TApp>(app) where TApp : TestApp
{
    [Fact]
    public async Task A_monitor_above_reads_the_complaint_without_the_complainants_name_mobile_or_email()
    {
        // Letters only: a hex marker with six digits in a row would itself be masked as a number (a flaky failure).
        var marker = string.Concat(Guid.NewGuid().ToString("N")[..12].Select(c => (char)('g' + Convert.ToInt32(c.ToString(), 16))));
        var fields = GrievanceKit.Typical($"আমি পরীক্ষা নাগরিক, মোবাইল ০১৭১২-৩৪৫৬৭৮, ই-মেইল citizen.test@example.com; " +
            $"১২/১১/২০২৬ তারিখে আবেদন করেও সেবা পাইনি। {marker}");
        fields["Input.Name"] = "পরীক্ষা নাগরিক";
        var sent = await GrievanceKit.ComplainAsync(App.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true }), fields);
        sent.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var tracking = GrievanceKit.TrackingOf(sent);

        var monitor = await App.LoggedInAsync("monitor.mopa");
        foreach (var office in new[] { GrievanceKit.Office, "dc-natore" })
        {
            var page = await monitor.GetStringAsync($"/offices/{office}/grievances/review");
            var row = page[page.IndexOf(marker, StringComparison.Ordinal)..];
            row = row[..row.IndexOf("</tr>", StringComparison.Ordinal)];
            page.ShouldContain(marker);
            page.ShouldContain("১২/১১/২০২৬");
            page.ShouldContain("•••");
            page.ShouldNotContain("পরীক্ষা নাগরিক");
            page.ShouldNotContain("৩৪৫৬৭৮");
            page.ShouldNotContain("citizen.test@example.com");
            page.ShouldContain(tracking[..3]);
            page.ShouldContain("উপজেলা নির্বাহী অফিসারের কার্যালয়, সিংড়া");
            row.ShouldNotContain($"/offices/{GrievanceKit.Office}/grievances/"); // no link to the officers' page
        }
        (await monitor.GetStringAsync($"/offices/{GrievanceKit.Office}")).ShouldContain($"/offices/{GrievanceKit.Office}/grievances/review");

        var sibling = await App.LoggedInAsync("editor.dco-bandarban");
        (await sibling.GetAsync($"/offices/{GrievanceKit.Office}/grievances/review")).ShouldBeDenied();
        var districtEditor = await App.LoggedInAsync("editor.dc-natore");
        (await districtEditor.GetAsync($"/offices/{GrievanceKit.Office}/grievances/review")).ShouldBeDenied();
        (await App.Browser().GetAsync($"/offices/{GrievanceKit.Office}/grievances/review")).ShouldAskToLogIn();
    }

    [Fact]
    public void The_text_loses_the_name_its_words_e_mail_addresses_and_long_numbers_but_keeps_dates() =>
        Protishruti.Domain.Grievances.Grievance.Anonymised("Rahim Uddin (01712345678, NID ১২৩৪৫৬৭৮৯০) wrote to r.uddin@mail.com on 12/11/2026 about fee 500.",
                Protishruti.Domain.Grievances.Complainant.Of("Rahim Uddin", "01712345678", null))
            .ShouldBe("••• (•••, NID •••) wrote to ••• on 12/11/2026 about fee 500.");
}

public sealed class GrievanceReviewTests_Sqlite(SqliteApp app) : GrievanceReviewTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Trait("Database", "Postgres")]
public sealed class GrievanceReviewTests_Postgres(PostgresApp app) : GrievanceReviewTests<PostgresApp>(app), IClassFixture<PostgresApp>;
