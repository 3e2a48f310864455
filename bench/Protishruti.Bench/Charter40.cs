using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Protishruti.Domain.Charters;
using Protishruti.Web.Data;
using Protishruti.Web.Features.Charters;
using Protishruti.Web.Features.Offices.Import;

namespace Protishruti.Bench;

/// <summary>
/// An upazila office with a published 40-service charter (30 citizen, 6 institutional, 4 internal; 2–3 documents each,
/// 8 staffed posts), written and published through the domain exactly as the editor and approver pages do. It is the
/// page the benchmark names: "the public charter page of a 40-service office".
/// </summary>
public static class Charter40
{
    public const string Code = "bench-charter-40";
    public const string Path = "/offices/" + Code + "/charter";

    private static readonly (string Bn, string En)[] Posts =
    [
        ("উপজেলা নির্বাহী অফিসার", "Upazila Nirbahi Officer"), ("সহকারী কমিশনার (ভূমি)", "Assistant Commissioner (Land)"),
        ("উপজেলা প্রকৌশলী", "Upazila Engineer"), ("উপজেলা সমাজসেবা কর্মকর্তা", "Upazila Social Services Officer"),
        ("উপজেলা কৃষি কর্মকর্তা", "Upazila Agriculture Officer"), ("উপজেলা শিক্ষা কর্মকর্তা", "Upazila Education Officer"),
        ("উপজেলা মহিলা বিষয়ক কর্মকর্তা", "Upazila Women Affairs Officer"), ("অফিস সহকারী কাম কম্পিউটার অপারেটর", "Office Assistant cum Computer Operator"),
    ];

    private static readonly (string Bn, string En)[] Names =
    [
        ("মো. আরিফুল ইসলাম", "Md. Ariful Islam"), ("নুসরাত জাহান", "Nusrat Jahan"), ("তানভীর আহমেদ", "Tanvir Ahmed"),
        ("শারমিন আক্তার", "Sharmin Akter"), ("মো. রফিকুল হক", "Md. Rafiqul Haque"), ("ফারজানা ইয়াসমিন", "Farzana Yasmin"),
        ("সুমাইয়া রহমান", "Sumaiya Rahman"), ("মো. কামরুল হাসান", "Md. Kamrul Hasan"),
    ];

    private static readonly (string Bn, string En)[] Subjects =
    [
        ("জন্ম নিবন্ধন সনদের সংশোধন", "Correction of a birth registration"), ("মৃত্যু নিবন্ধন সনদ", "Death registration certificate"),
        ("ওয়ারিশ সনদ", "Succession certificate"), ("নামজারি ও জমাখারিজ", "Mutation of land records"), ("খাস জমি বন্দোবস্ত", "Settlement of khas land"),
        ("বয়স্ক ভাতা", "Old-age allowance"), ("বিধবা ভাতা", "Widow allowance"), ("প্রতিবন্ধী ভাতা", "Disability allowance"),
        ("মাতৃত্বকালীন ভাতা", "Maternity allowance"), ("শিক্ষা উপবৃত্তি", "Education stipend"), ("কৃষি প্রণোদনা", "Agricultural incentive"),
        ("সার ডিলার নিয়োগ", "Appointment of fertiliser dealers"), ("ত্রাণ বিতরণ", "Relief distribution"), ("গৃহ নির্মাণ মঞ্জুরি", "House construction grant"),
        ("নাগরিকত্ব সনদ", "Citizenship certificate"), ("চারিত্রিক সনদ", "Character certificate"), ("ভূমি উন্নয়ন কর", "Land development tax"),
        ("হাট-বাজার ইজারা", "Lease of markets"), ("জলমহাল ইজারা", "Lease of water bodies"), ("অভিযোগ গ্রহণ ও নিষ্পত্তি", "Receiving and settling complaints"),
        ("মোবাইল কোর্ট পরিচালনা", "Mobile court"), ("তথ্য অধিকার আবেদন", "Right to information request"), ("ভিজিডি কার্ড", "VGD card"),
        ("ভিজিএফ কার্ড", "VGF card"), ("কাবিখা প্রকল্প", "Food for work project"), ("টিআর প্রকল্প", "Test relief project"),
        ("মুক্তিযোদ্ধা সম্মানী ভাতা", "Freedom fighters' allowance"), ("প্রত্যয়নপত্র", "Attestation"), ("ক্ষুদ্রঋণ", "Microcredit"),
        ("নৌকা নিবন্ধন", "Boat registration"),
    ];

    private static readonly (string Bn, string En)[] Institutional =
    [
        ("প্রকল্প প্রস্তাব অগ্রায়ণ", "Forwarding project proposals"), ("উন্নয়ন সমন্বয় সভা", "Development coordination meeting"),
        ("প্রতিবেদন প্রেরণ", "Sending reports"), ("তদন্ত প্রতিবেদন", "Inquiry report"), ("নির্বাচনী সহায়তা", "Election support"),
        ("দুর্যোগ সমন্বয়", "Disaster coordination"),
    ];

    private static readonly (string Bn, string En)[] Internal =
    [
        ("অর্জিত ছুটি মঞ্জুর", "Earned leave"), ("পেনশন মঞ্জুর", "Pension"), ("জিপিএফ অগ্রিম", "GPF advance"), ("শ্রান্তি বিনোদন ছুটি", "Recreation leave"),
    ];

    /// <summary>
    /// Creates the office and publishes its charter; does nothing when it already has one. With <paramref name="update"/>
    /// it also publishes a second version (a fee raised, a service added, one removed) so history and diff have something
    /// to show. Returns the page's path.
    /// </summary>
    public static Task<string> EnsureAsync(IServiceProvider services, bool update = false, CancellationToken ct = default) =>
        EnsureAsync(services, Code, 40, update, ct);

    /// <summary>
    /// The same office under another code with <paramref name="serviceCount"/> services (the citizen list repeats,
    /// numbered, past its 30 subjects): bench/documents.sh prints a 200-service board. Returns the charter page's path.
    /// </summary>
    public static async Task<string> EnsureAsync(IServiceProvider services, string code, int serviceCount, bool update = false, CancellationToken ct = default)
    {
        var path = $"/offices/{code}/charter";
        var db = services.GetRequiredService<AppDbContext>();
        var office = await db.Offices.FirstOrDefaultAsync(o => o.Code == code, ct);
        if (office is not null && await db.Charters.AnyAsync(c => c.OfficeId == office.Id, ct)) return path;

        var importer = services.GetRequiredService<OfficeCsvImporter>();
        var parent = await db.Offices.AnyAsync(o => o.Code == "dc-natore", ct) ? "dc-natore" : "";
        await Import(importer, "code,name_bn,name_en,kind,parent_code,address_bn,address_en,phone,email,website\n" +
            $"{code},\"উপজেলা নির্বাহী অফিসারের কার্যালয়, পরীক্ষা উপজেলা\",\"Office of the Upazila Nirbahi Officer, Test Upazila\",upazila,{parent}," +
            "\"উপজেলা পরিষদ, পরীক্ষা উপজেলা, নাটোর\",\"Upazila Parishad, Test Upazila, Natore\",+880-771-556600,uno.bench@example.gov.bd,https://bench.example.gov.bd\n", ct);
        var posts = new System.Text.StringBuilder("office_code,designation_bn,designation_en,unit_bn,unit_en,room,phone,email,sort_order,holder_name_bn,holder_name_en,holder_mobile,holder_email,holder_from\n");
        for (var i = 0; i < Posts.Length; i++)
            posts.Append(CultureInfo.InvariantCulture,
                $"{code},{Posts[i].Bn},{Posts[i].En},,,{101 + i},+880-771-5566{10 + i},post{i + 1}.bench@example.gov.bd,{(i + 1) * 10},{Names[i].Bn},{Names[i].En},0171155660{i},,2024-07-01\n");
        await Import(importer, posts.ToString(), ct);

        office = await db.Offices.SingleAsync(o => o.Code == code, ct);
        var postIds = await db.Posts.Where(p => p.OfficeId == office.Id).OrderBy(p => p.SortOrder).Select(p => p.Id).ToListAsync(ct);
        var charter = new Charter(office.Id, LayoutProfile.Field8);
        var draft = charter.Open!;
        draft.SetVisionAndMission("দক্ষ, স্বচ্ছ ও জনবান্ধব উপজেলা প্রশাসন", "An efficient, transparent and people-friendly upazila administration",
            "সময়মতো, সহজে ও হয়রানিমুক্তভাবে নাগরিক সেবা প্রদান", "Deliver citizen services on time, simply and without harassment");
        var n = 0;
        var citizenCount = serviceCount - Institutional.Length - Internal.Length;
        var citizenList = Enumerable.Range(0, citizenCount).Select(i => i < Subjects.Length ? Subjects[i]
            : ($"{Subjects[i % Subjects.Length].Bn} ({Protishruti.Domain.Calendar.BengaliDigits.ToBengali(i / Subjects.Length + 1)})",
               $"{Subjects[i % Subjects.Length].En} ({i / Subjects.Length + 1})")).ToArray();
        foreach (var (category, list) in new[] { (ServiceCategory.Citizen, citizenList), (ServiceCategory.Institutional, Institutional), (ServiceCategory.Internal, Internal) })
            foreach (var (bn, en) in list)
                Fill(draft.AddService(category, bn, en), n++, postIds);
        foreach (var (bn, en) in new[]
        {
            ("স্বয়ংসম্পূর্ণ আবেদন জমা প্রদান", "Submit a complete application"), ("যথাযথ প্রক্রিয়ায় প্রয়োজনীয় ফিস পরিশোধ করা", "Pay the fees the proper way"),
            ("সাক্ষাতের জন্য নির্ধারিত সময়ের পূর্বেই উপস্থিত থাকা", "Arrive before the appointed time"), ("অনাবশ্যক ফোন/তদবির না করা", "Do not make needless calls or lobby"),
        })
            draft.AddExpectation(bn, en);
        db.Charters.Add(charter);

        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(6));
        var lookup = (await db.ForVersionAsync(draft, today, ct)).AsLookup();
        draft.Submit("bench", DateTimeOffset.UtcNow, lookup);
        draft.Publish("bench", DateTimeOffset.UtcNow, lookup);
        await services.GetRequiredService<Protishruti.Web.Features.Charters.CharterPublishing>().SaveAsync(ct);
        if (!update) return path;

        var next = charter.StartNextDraft();
        var citizen = next.ServicesIn(ServiceCategory.Citizen).ToList();
        citizen[0].SetFee(Fee.Of(100, PaymentMethod.MobileFinancialService));
        citizen[1].SetTimeLimit(TimeLimit.Of(5, TimeLimitUnit.WorkingDays, "৫ কর্মদিবস"));
        next.RemoveService(citizen[^1].Key);
        Fill(next.AddService(ServiceCategory.Citizen, "অনলাইন জন্ম নিবন্ধন", "Online birth registration"), 0, postIds);
        next.UpdateExpectation(3, "মোবাইল মেসেজ/ইমেইলের নির্দেশনা অনুসরণ করা", "Follow the instructions sent by SMS or e-mail");
        lookup = (await db.ForVersionAsync(next, today, ct)).AsLookup();
        next.Submit("bench", DateTimeOffset.UtcNow, lookup);
        next.Publish("bench", DateTimeOffset.UtcNow, lookup);
        await services.GetRequiredService<Protishruti.Web.Features.Charters.CharterPublishing>().SaveAsync(ct);
        return path;
    }

    private static void Fill(CharterService s, int n, List<int> posts)
    {
        var online = n % 3 == 0;
        s.SetDeliveryMethod(new DeliveryMethod(
            online ? "অনলাইনে আবেদন গ্রহণ, যাচাই ও অনুমোদনের পর সনদ প্রদান" : "নির্ধারিত ফরমে আবেদন গ্রহণ, সরেজমিন যাচাই ও অনুমোদন",
            online ? "Apply online; issued after verification and approval" : "Apply on the prescribed form; field verification and approval",
            online ? DeliveryChannels.Online | DeliveryChannels.InPerson : DeliveryChannels.InPerson | DeliveryChannels.Post,
            online ? "https://bench.example.gov.bd/apply" : null));
        s.AddDocument("নির্ধারিত ফরমে আবেদন", "Application on the prescribed form", "উপজেলা নির্বাহী অফিসারের কার্যালয়ের অভ্যর্থনা কক্ষ অথবা ওয়েবসাইট", "Reception desk of the office or its website");
        s.AddDocument("জাতীয় পরিচয়পত্রের সত্যায়িত ফটোকপি", "Attested copy of the national ID card", "আবেদনকারী নিজে", "The applicant");
        if (n % 2 == 0) s.AddDocument("ইউনিয়ন পরিষদ চেয়ারম্যানের প্রত্যয়নপত্র", "Certificate from the Union Parishad chairman", "সংশ্লিষ্ট ইউনিয়ন পরিষদ", "The Union Parishad");
        s.SetFee(n % 4 == 0 ? Fee.Of(50 + n * 10, PaymentMethod.TreasuryChallan) : Fee.Free);
        s.SetTimeLimit(TimeLimit.Of(3 + n % 12, TimeLimitUnit.WorkingDays, $"{Protishruti.Domain.Calendar.BengaliDigits.ToBengali(3 + n % 12)} কর্মদিবস"));
        s.SetResponsibleOfficer(posts[1 + n % (posts.Count - 1)]);
        s.SetSupervisingOfficer(posts[0]);
    }

    private static async Task Import(OfficeCsvImporter importer, string csv, CancellationToken ct)
    {
        var report = await importer.ImportAsync(csv, ct);
        if (!report.Succeeded)
            throw new InvalidOperationException(string.Join("; ", report.Errors.Select(e => $"line {e.Line}: {e.MessageEn}")));
    }
}
