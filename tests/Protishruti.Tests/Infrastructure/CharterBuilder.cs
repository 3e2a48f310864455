using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Protishruti.Domain.Charters;
using Protishruti.Web.Data;
using Protishruti.Web.Features.Charters;
using Protishruti.Web.Features.Offices.Import;

namespace Protishruti.Tests.Infrastructure;

/// <summary>
/// Writes and publishes charters through the domain, as the editor and approver pages do (submit, then publish, both
/// with the quality check fed by <see cref="PostContacts"/>), so page and format tests can stand on real published versions.
/// </summary>
public static class CharterBuilder
{
    /// <summary>The posts of a test office made by <see cref="NewOfficeAsync"/>, in sort order: head, then officer.</summary>
    public sealed record TestOffice(string Code, int Id, int HeadPostId, int OfficerPostId, string HeadName, string OfficerName);

    /// <summary>
    /// A new office of its own (unique code) with two staffed posts, imported through the app's CSV importer.
    /// </summary>
    public static async Task<TestOffice> NewOfficeAsync(this TestApp app, string kind = "district", string parentCode = "doc", string? code = null)
    {
        code ??= $"t-{Guid.NewGuid():N}"[..16];
        var head = $"প্রধান {code[2..8]}";
        var officer = $"কর্মকর্তা {code[2..8]}";
        await using var scope = app.Services.CreateAsyncScope();
        var importer = scope.ServiceProvider.GetRequiredService<OfficeCsvImporter>();
        var offices = await importer.ImportAsync(
            "code,name_bn,name_en,kind,parent_code,address_bn,address_en,phone,email\n" +
            $"{code},পরীক্ষা দপ্তর {code},Test office {code},{kind},{parentCode},\"কক্ষ ১, নাটোর\",\"Room 1, Natore\",+880-771-000000,{code}@example.gov.bd\n");
        offices.Succeeded.ShouldBeTrue(string.Join("; ", offices.Errors.Select(e => e.MessageEn)));
        var posts = await importer.ImportAsync(
            "office_code,designation_bn,designation_en,unit_bn,unit_en,room,phone,email,sort_order,holder_name_bn,holder_name_en,holder_mobile,holder_email,holder_from\n" +
            $"{code},দপ্তর প্রধান,Head of office,,,101,+880-771-111111,head.{code}@example.gov.bd,10,{head},Head {code},01711000001,,2024-01-01\n" +
            $"{code},সহকারী পরিচালক,Assistant Director,সেবা শাখা,Service Branch,102,+880-771-222222,ad.{code}@example.gov.bd,20,{officer},Officer {code},01711000002,,2024-01-01\n");
        posts.Succeeded.ShouldBeTrue(string.Join("; ", posts.Errors.Select(e => e.MessageEn)));
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var id = await db.Offices.Where(o => o.Code == code).Select(o => o.Id).SingleAsync();
        var ids = await db.Posts.Where(p => p.OfficeId == id).OrderBy(p => p.SortOrder).Select(p => p.Id).ToListAsync();
        return new TestOffice(code, id, ids[0], ids[1], head, officer);
    }

    public static IQueryable<Charter> WholeCharters(this AppDbContext db) => db.Charters
        .Include(c => c.Versions).ThenInclude(v => v.Services).ThenInclude(s => s.Documents)
        .Include(c => c.Versions).ThenInclude(v => v.Expectations)
        .Include(c => c.Versions).ThenInclude(v => v.GrievanceLevels)
        .Include(c => c.Versions).ThenInclude(v => v.History)
        .AsSplitQuery();

    /// <summary>
    /// Opens the office's next draft (the first one when it has no charter), lets <paramref name="edit"/> change it, and
    /// with <paramref name="publish"/> submits and publishes it. Returns the version's number.
    /// </summary>
    public static async Task<int> WriteCharterAsync(this TestApp app, int officeId, Action<CharterVersion> edit,
        LayoutProfile layout = LayoutProfile.Field8, bool publish = true)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var charter = await db.WholeCharters().SingleOrDefaultAsync(c => c.OfficeId == officeId);
        if (charter is null)
        {
            charter = new Charter(officeId, layout);
            db.Charters.Add(charter);
        }
        var draft = charter.Open ?? charter.StartNextDraft();
        if (draft.Layout != layout) draft.SetLayout(layout);
        edit(draft);
        if (publish)
        {
            var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(6));
            var lookup = (await db.ForVersionAsync(draft, today)).AsLookup();
            var now = DateTimeOffset.UtcNow;
            draft.Submit("test-editor", now, lookup);
            draft.Publish("test-approver", now, lookup);
        }
        await scope.ServiceProvider.GetRequiredService<CharterPublishing>().SaveAsync(default);
        return draft.Number;
    }

    /// <summary>Publishes a complete charter (vision, mission, the services named, one expectation) and returns the version number.</summary>
    public static Task<int> PublishCharterAsync(this TestApp app, TestOffice office, LayoutProfile layout = LayoutProfile.Field8, params string[] serviceNames) =>
        app.WriteCharterAsync(office.Id, draft =>
        {
            draft.SetVisionAndMission("সবার জন্য দ্রুত সেবা", "Fast service for all", "সময়মতো স্বচ্ছ সেবা", "Transparent service on time");
            foreach (var name in serviceNames.DefaultIfEmpty("জন্ম নিবন্ধন সনদ"))
                AddService(draft, ServiceCategory.Citizen, name, office.OfficerPostId, office.HeadPostId);
            if (draft.Expectations.Count == 0) draft.AddExpectation("স্বয়ংসম্পূর্ণ আবেদন জমা প্রদান", "Submit a complete application");
        }, layout);

    /// <summary>A service with every column filled: online and in person, two documents, a fee, seven working days.</summary>
    public static CharterService AddService(CharterVersion draft, ServiceCategory category, string nameBn, int responsiblePostId, int? supervisingPostId,
        string? nameEn = null)
    {
        var s = draft.AddService(category, nameBn, nameEn ?? $"Service {draft.Services.Count + 1}");
        s.SetDeliveryMethod(new DeliveryMethod("অনলাইনে বা সরাসরি আবেদন", "Apply online or in person",
            DeliveryChannels.InPerson | DeliveryChannels.Online, "https://example.gov.bd/apply"));
        s.AddDocument("নির্ধারিত ফরমে আবেদন", "Application form", "দপ্তরের অভ্যর্থনা কক্ষ", "Reception desk");
        s.AddDocument("জাতীয় পরিচয়পত্রের কপি", "Copy of NID");
        s.SetFee(Fee.Of(50m, PaymentMethod.TreasuryChallan));
        s.SetTimeLimit(TimeLimit.TryParse("৭ কর্মদিবস")!);
        s.SetResponsibleOfficer(responsiblePostId);
        s.SetSupervisingOfficer(supervisingPostId);
        return s;
    }
}
