using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Protishruti.Domain.Access;
using Protishruti.Domain.Charters;
using Protishruti.Domain.Offices;
using Protishruti.Tests.Infrastructure;
using Protishruti.Web.Demo;
using Protishruti.Web.Infrastructure.Identity;

namespace Protishruti.Tests.Features.Charters;

/// <summary>
/// A fresh district with three upazila offices under the demo Rajshahi division, and an editor for the district and
/// for the first upazila, so tests own their offices' charters whatever charters the demo data carries.
/// </summary>
public sealed record TestTree(string District, string[] Upazilas)
{
    public string DistrictEditor => $"editor.{District}";
    public string UpazilaEditor => $"editor.{Upazilas[0]}";

    public static async Task<TestTree> CreateAsync(TestApp app, string u)
    {
        var tree = new TestTree($"tdc-{u}", [$"tuno-{u}-1", $"tuno-{u}-2", $"tuno-{u}-3"]);
        await app.WithDbAsync(async db =>
        {
            var division = await db.Offices.SingleAsync(o => o.Code == "divcom-rajshahi");
            var district = new Office(tree.District, $"পরীক্ষা জেলা কার্যালয় {u}", $"Test district office {u}", OfficeKind.DistrictOffice);
            district.MoveUnder(division);
            db.Offices.Add(district);
            await db.SaveChangesAsync();
            var upazilas = tree.Upazilas.Select((code, i) =>
            {
                var o = new Office(code, $"পরীক্ষা উপজেলা কার্যালয় {i + 1} {u}", $"Test upazila office {i + 1} {u}", OfficeKind.UpazilaOffice);
                o.MoveUnder(district);
                return o;
            }).ToList();
            db.Offices.AddRange(upazilas);
            await db.SaveChangesAsync();
            await using var scope = app.Services.CreateAsyncScope();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            foreach (var (name, office) in new[] { (tree.DistrictEditor, district), (tree.UpazilaEditor, upazilas[0]) })
            {
                var user = new AppUser { UserName = name, DisplayName = name, Email = $"{name}@test.invalid" };
                (await users.CreateAsync(user, DemoData.Password)).Succeeded.ShouldBeTrue();
                db.RoleGrants.Add(new RoleGrant(user.Id, OfficeRole.Editor, office.Id));
            }
            await db.SaveChangesAsync();
            return true;
        });
        return tree;
    }

    public static Task<int> OfficeIdAsync(TestApp app, string code) =>
        app.WithDbAsync(db => db.Offices.Where(o => o.Code == code).Select(o => o.Id).SingleAsync());

    private static PostInfo? Staffed(int postId) => new(HasHolder: true, HolderHasPhone: true, HolderHasEmail: true);

    /// <summary>Gives the office a charter version published at <paramref name="at"/>; with <paramref name="thenSubmit"/>, also a next draft waiting for approval.</summary>
    public static Task PublishAsync(TestApp app, string code, DateTimeOffset at, bool thenSubmit = false) => app.WithDbAsync(async db =>
    {
        var office = await db.Offices.SingleAsync(o => o.Code == code);
        var charter = new Charter(office.Id, LayoutProfile.Field8);
        db.Charters.Add(charter);
        var draft = charter.Open!;
        draft.SetVisionAndMission("দ্রুত ও স্বচ্ছ সেবা", null, "সময়মতো সেবা প্রদান", null);
        var s = draft.AddService(ServiceCategory.Citizen, "প্রত্যয়নপত্র প্রদান", "Certificate");
        s.SetDeliveryMethod(new DeliveryMethod("সরাসরি আবেদন", null, DeliveryChannels.InPerson));
        s.SetNoDocumentsRequired();
        s.SetFee(Fee.Free);
        s.SetTimeLimit(TimeLimit.Of(3, TimeLimitUnit.WorkingDays));
        s.SetResponsibleOfficer(1);
        s.SetSupervisingOfficer(2);
        draft.AddExpectation("সম্পূর্ণ আবেদন জমা দিন");
        draft.Submit("editor", at.AddHours(-1), Staffed);
        draft.Publish("head", at, Staffed);
        if (thenSubmit)
        {
            await db.SaveChangesAsync();
            var next = charter.StartNextDraft();
            next.Services[0].SetFee(Fee.Of(20m, PaymentMethod.CashWithReceipt));
            next.Submit("editor", at.AddHours(1), Staffed);
        }
        await db.SaveChangesAsync();
        return true;
    });
}
