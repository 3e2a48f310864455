using Protishruti.Domain.Charters;

namespace Protishruti.Tests.Domain.Charters;

/// <summary>A realistic UNO office charter (field layout) with every column filled, and the posts it points at.</summary>
internal static class SampleCharter
{
    public const int Uno = 11;
    public const int AssistantCommissionerLand = 12;
    public const int ProjectOfficer = 13;
    public const int Gro = 14;
    public const int AppealOfficer = 15;

    public static readonly DateTimeOffset Monday = new(2025, 1, 6, 10, 0, 0, TimeSpan.FromHours(6));

    public static Dictionary<int, PostInfo> Posts() => new()
    {
        [Uno] = new PostInfo(true, true, true, "উপজেলা নির্বাহী অফিসার", "Upazila Nirbahi Officer"),
        [AssistantCommissionerLand] = new PostInfo(true, true, true, "সহকারী কমিশনার (ভূমি)", "Assistant Commissioner (Land)"),
        [ProjectOfficer] = new PostInfo(true, true, true, "প্রকল্প বাস্তবায়ন কর্মকর্তা", "Project Implementation Officer"),
        [Gro] = new PostInfo(true, true, true, "অতিরিক্ত জেলা প্রশাসক", "Additional Deputy Commissioner"),
        [AppealOfficer] = new PostInfo(true, true, true, "জেলা প্রশাসক", "Deputy Commissioner"),
    };

    public static Func<int, PostInfo?> Lookup(Dictionary<int, PostInfo>? posts = null)
    {
        posts ??= Posts();
        return id => posts.TryGetValue(id, out var p) ? p : null;
    }

    public static Charter NewCharter(LayoutProfile layout = LayoutProfile.Field8) => new(officeId: 7, layout);

    /// <summary>A first draft, filled in and passing the check with no findings at all.</summary>
    public static CharterVersion GoodDraft(Charter? charter = null)
    {
        charter ??= NewCharter();
        var v = charter.Open!;
        v.SetVisionAndMission(
            "দক্ষ, স্বচ্ছ ও জনবান্ধব উপজেলা প্রশাসন", "Efficient, transparent and people-friendly upazila administration",
            "তথ্যপ্রযুক্তির ব্যবহারের মাধ্যমে দ্রুত ও মানসম্মত সেবা নিশ্চিত করা", "Fast, quality services through ICT");

        var mutation = v.AddService(ServiceCategory.Citizen, "নামজারি ও জমাখারিজ", "Mutation of land records");
        mutation.SetDeliveryMethod(new DeliveryMethod("অনলাইনে আবেদন, শুনানি শেষে আদেশ", "Online application, order after hearing",
            DeliveryChannels.Online | DeliveryChannels.InPerson, "https://mutation.land.gov.bd"));
        mutation.AddDocument("আবেদনকারীর জাতীয় পরিচয়পত্রের ফটোকপি", "Copy of the applicant's NID", "আবেদনকারী নিজে", "The applicant");
        mutation.AddDocument("দলিলের সার্টিফাইড কপি", "Certified copy of the deed", "সাব-রেজিস্ট্রি অফিস", "Sub-registry office");
        mutation.SetFee(Fee.Of(1170m, PaymentMethod.EPayment, note: "কোর্ট ফি ২০ টাকা, নোটিশ জারি ফি ৫০ টাকা, রেকর্ড সংশোধন ফি ১১০০ টাকা"));
        mutation.SetTimeLimit(TimeLimit.FromText("২৮ কর্মদিবস"));
        mutation.SetResponsibleOfficer(AssistantCommissionerLand);
        mutation.SetSupervisingOfficer(Uno);

        var relief = v.AddService(ServiceCategory.Citizen, "ত্রাণ ও পুনর্বাসন সহায়তা", "Relief and rehabilitation assistance");
        relief.SetDeliveryMethod(new DeliveryMethod("সরাসরি আবেদন", "Application in person", DeliveryChannels.InPerson));
        relief.AddDocument("সংশ্লিষ্ট ইউপি চেয়ারম্যানের প্রত্যয়নপত্র", null, "ইউনিয়ন পরিষদ", "Union Parishad");
        relief.SetFee(Fee.Free);
        relief.SetTimeLimit(TimeLimit.FromText("০৭ (সাত) কার্যদিবস"));
        relief.SetResponsibleOfficer(ProjectOfficer);
        relief.SetSupervisingOfficer(Uno);

        var leave = v.AddService(ServiceCategory.Internal, "অর্জিত ছুটি মঞ্জুর", "Earned leave");
        leave.SetDeliveryMethod(new DeliveryMethod("ই-নথির মাধ্যমে", "Through e-Nothi", DeliveryChannels.Online, "https://nothi.gov.bd"));
        leave.SetNoDocumentsRequired();
        leave.SetFee(Fee.Free);
        leave.SetTimeLimit(TimeLimit.FromText("তাৎক্ষণিক"));
        leave.SetResponsibleOfficer(Uno);
        leave.SetSupervisingOfficer(AppealOfficer);

        v.AddExpectation("স্বয়ংসম্পূর্ণ আবেদন জমা প্রদান", "Submit a complete application");
        v.AddExpectation("যথাযথ প্রক্রিয়ায় প্রয়োজনীয় ফিস পরিশোধ করা", "Pay the fees in the proper way");
        v.AddExpectation("সাক্ষাতের জন্য নির্ধারিত সময়ের পূর্বেই উপস্থিত থাকা");

        var ladder = v.GrievanceLevels;
        v.UpdateGrievanceLevel(0, ladder[0].WhenBn, ladder[0].WhenEn, Gro, null, null, null, null, ladder[0].ResolutionLimit);
        v.UpdateGrievanceLevel(1, ladder[1].WhenBn, ladder[1].WhenEn, AppealOfficer, null, null, null, null, ladder[1].ResolutionLimit);
        return v;
    }

    public static Charter PublishedCharter()
    {
        var charter = NewCharter();
        var v = GoodDraft(charter);
        v.Submit("editor-1", Monday, Lookup());
        v.Publish("approver-1", Monday.AddDays(1), Lookup());
        return charter;
    }
}
