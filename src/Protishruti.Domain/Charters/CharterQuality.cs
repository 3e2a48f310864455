using Protishruti.Domain.Calendar;

namespace Protishruti.Domain.Charters;

/// <summary>
/// The check run before submission and shown as a score. Blocking: the charter's own text is incomplete or points at
/// nobody (no vision, no fee, a vague time limit, a vacant or unknown post). Warning: something a citizen would miss
/// but the office can print without (an e-mail address in the directory, where to get a document, expectations).
/// </summary>
public static class CharterQuality
{
    public const int MinimumGrievanceLevels = 3;

    // Score weights: a service with three blocking problems, or a charter with four, scores nothing for that part.
    private const double ServiceBlockingWeight = 1.0 / 3;
    private const double CharterBlockingWeight = 0.25;
    private const double WarningWeight = 0.1;
    private const int CharterPoints = 40;
    private const int ServicePoints = 60;
    private const int HighestScoreWithBlocking = 59;

    public static QualityReport Check(CharterVersion version, Func<int, PostInfo?> postLookup)
    {
        ArgumentNullException.ThrowIfNull(version);
        ArgumentNullException.ThrowIfNull(postLookup);
        var findings = new List<QualityFinding>();
        var posts = new Dictionary<int, PostInfo?>();
        PostInfo? Lookup(int id) => posts.TryGetValue(id, out var p) ? p : posts[id] = postLookup(id);

        if (version.VisionBn is null)
            findings.Add(Block("charter.vision.missing", "Vision",
                "Write the office's vision (রূপকল্প) in Bengali.", "দপ্তরের রূপকল্প বাংলায় লিখুন।"));
        if (version.MissionBn is null)
            findings.Add(Block("charter.mission.missing", "Mission",
                "Write the office's mission (অভিলক্ষ্য) in Bengali.", "দপ্তরের অভিলক্ষ্য বাংলায় লিখুন।"));
        if (version.Services.Count == 0)
            findings.Add(Block("charter.services.none", "Services",
                "Add at least one service the office provides.", "দপ্তরের অন্তত একটি সেবা যোগ করুন।"));
        if (version.Expectations.Count == 0)
            findings.Add(Warn("charter.expectations.none", "Expectations",
                "Add what the office expects from service seekers (e.g. \"submit a complete application\").",
                "সেবাগ্রহীতার কাছে দপ্তরের প্রত্যাশা যোগ করুন (যেমন \"স্বয়ংসম্পূর্ণ আবেদন জমা প্রদান\")।"));

        CheckLadder(version, Lookup, findings);
        foreach (var service in version.ServicesInPrintedOrder())
            CheckService(version, service, Lookup, findings);
        CheckContacts(version, Lookup, findings);

        return new QualityReport(findings, Score(version, findings));
    }

    private static void CheckLadder(CharterVersion version, Func<int, PostInfo?> lookup, List<QualityFinding> findings)
    {
        var levels = version.GrievanceLevels;
        if (levels.Count < MinimumGrievanceLevels)
            findings.Add(Block("grs.ladder.incomplete", "GrievanceLevels",
                $"The grievance redress table has {levels.Count} level(s); it needs at least {MinimumGrievanceLevels} (GRO, appeal officer, Cabinet Division cell).",
                $"অভিযোগ প্রতিকার ব্যবস্থায় {BengaliDigits.ToBengali(levels.Count)}টি ধাপ আছে; অন্তত {BengaliDigits.ToBengali(MinimumGrievanceLevels)}টি লাগবে (অনিক, আপিল কর্মকর্তা, মন্ত্রিপরিষদ বিভাগের সেল)।"));

        foreach (var level in levels.OrderBy(l => l.Order))
        {
            var field = $"GrievanceLevels[{level.Order}]";
            var (en, bn) = ($"Grievance level {level.Order}", $"অভিযোগ প্রতিকারের ধাপ {BengaliDigits.ToBengali(level.Order)}");
            if (!level.HasWhom)
                findings.Add(Block("grs.level.whom.missing", $"{field}.Whom",
                    $"{en}: say whom to contact (choose a post or write the name of the office).",
                    $"{bn}: কার সঙ্গে যোগাযোগ করতে হবে তা লিখুন (পদ নির্বাচন করুন বা দপ্তরের নাম লিখুন)।"));
            if (level.ResolutionLimit is null)
                findings.Add(Block("grs.level.limit.missing", $"{field}.ResolutionLimit",
                    $"{en}: give the time limit for resolving the grievance (e.g. 30 working days).",
                    $"{bn}: অভিযোগ নিষ্পত্তির সময়সীমা লিখুন (যেমন ৩০ কার্যদিবস)।"));
            else if (!level.ResolutionLimit.IsMeasurable)
                findings.Add(Block("grs.level.limit.vague", $"{field}.ResolutionLimit",
                    $"{en}: the time limit '{level.ResolutionLimit.Text}' cannot be measured; write a number and a unit (e.g. 30 working days).",
                    $"{bn}: সময়সীমা '{level.ResolutionLimit.Text}' পরিমাপযোগ্য নয়; সংখ্যা ও একক লিখুন (যেমন ৩০ কার্যদিবস)।"));
            else if (level.Order is >= 1 and <= 3 && Grievances.RedressLimits.Default.For((Grievances.RedressLevel)level.Order) is var days
                && !(level.ResolutionLimit.Unit == TimeLimitUnit.WorkingDays && level.ResolutionLimit.Value == days))
                findings.Add(Warn("grs.level.limit.deviates", $"{field}.ResolutionLimit",
                    $"{en}: the grievance redress guideline gives {days} working days at this step, the charter says '{level.ResolutionLimit.Text}'. Complaints are followed against {days} working days; print the guideline's limit unless a rule of your own gives another.",
                    $"{bn}: অভিযোগ প্রতিকার নির্দেশিকা অনুযায়ী এই ধাপে {BengaliDigits.ToBengali(days)} কার্যদিবস, চার্টারে লেখা '{level.ResolutionLimit.Text}'। অভিযোগ {BengaliDigits.ToBengali(days)} কার্যদিবস ধরে অনুসরণ করা হয়; নিজস্ব কোনো বিধি না থাকলে নির্দেশিকার সময়সীমা লিখুন।"));
            if (level.WhomPostId is null && level.AddressBn is null && level.HasWhom)
                findings.Add(Warn("grs.level.contact.missing", $"{field}.Address",
                    $"{en}: choose the post of the officer (so their phone and e-mail are printed) or write the address.",
                    $"{bn}: কর্মকর্তার পদ নির্বাচন করুন (যাতে ফোন ও ই-মেইল ছাপা হয়) অথবা ঠিকানা লিখুন।"));
            if (level.WhomPostId is { } postId)
                CheckPostExists(lookup, postId, null, $"{field}.Whom", en, bn, "the officer's post", "কর্মকর্তার পদ", findings);
        }
    }

    private static void CheckService(CharterVersion version, CharterService s, Func<int, PostInfo?> lookup, List<QualityFinding> findings)
    {
        var en = $"Service '{s.Name(bengali: false)}' ({s.Category.En().ToLowerInvariant()})";
        var bn = $"সেবা '{s.NameBn}' ({s.Category.Bn()})";
        void Add(FindingSeverity severity, string code, string field, string msgEn, string msgBn) =>
            findings.Add(new QualityFinding(severity, code, $"{en}: {msgEn}", $"{bn}: {msgBn}", s.Key, field));

        if (s.DeliveryMethod is null)
            Add(FindingSeverity.Blocking, "service.delivery-method.missing", "DeliveryMethod",
                "describe how the service is delivered (in person, online, by post…).",
                "সেবা প্রদান পদ্ধতি লিখুন (সরাসরি, অনলাইন, ডাকযোগে…)।");

        if (s.Documents.Count == 0 && !s.NoDocumentsRequired)
            Add(FindingSeverity.Blocking, "service.documents.missing", "Documents",
                "list the required documents, or state that none are needed.",
                "প্রয়োজনীয় কাগজপত্রের তালিকা দিন, অথবা উল্লেখ করুন যে কোনো কাগজপত্র লাগবে না।");
        foreach (var d in s.Documents.Where(d => d.WhereToGetBn is null))
            Add(FindingSeverity.Warning, "service.documents.where-missing", $"Documents[{d.Order}].WhereToGet",
                $"say where to get '{d.Name(bengali: false)}'.", $"'{d.NameBn}' কোথায় পাওয়া যাবে তা লিখুন।");

        if (s.Fee is null)
            Add(FindingSeverity.Blocking, "service.fee.missing", "Fee",
                "give the fee and how to pay it, or mark the service free.",
                "সেবামূল্য ও পরিশোধ পদ্ধতি লিখুন, অথবা বিনামূল্যে চিহ্নিত করুন।");

        if (s.TimeLimit is null)
            Add(FindingSeverity.Blocking, "service.time-limit.missing", "TimeLimit",
                "give the time limit for delivering the service (e.g. 7 working days).",
                "সেবা প্রদানের সময়সীমা লিখুন (যেমন ৭ কর্মদিবস)।");
        else if (!s.TimeLimit.IsMeasurable)
            Add(FindingSeverity.Blocking, "service.time-limit.vague", "TimeLimit",
                $"the time limit '{s.TimeLimit.Text}' cannot be measured; write a number and a unit (e.g. 7 working days, 24 hours, immediately).",
                $"সময়সীমা '{s.TimeLimit.Text}' পরিমাপযোগ্য নয়; সংখ্যা ও একক লিখুন (যেমন ৭ কর্মদিবস, ২৪ ঘণ্টা, তাৎক্ষণিক)।");

        if (s.ResponsibleOfficerPostId is not { } responsible)
            Add(FindingSeverity.Blocking, "service.responsible-officer.missing", "ResponsibleOfficer",
                "choose the post of the responsible officer.", "দায়িত্বপ্রাপ্ত কর্মকর্তার পদ নির্বাচন করুন।");
        else
            CheckPostExists(lookup, responsible, s.Key, "ResponsibleOfficer", en, bn, "the responsible officer's post", "দায়িত্বপ্রাপ্ত কর্মকর্তার পদ", findings);

        if (s.SupervisingOfficerPostId is { } supervising)
        {
            CheckPostExists(lookup, supervising, s.Key, "SupervisingOfficer", en, bn, "the supervising officer's post", "ঊর্ধ্বতন কর্মকর্তার পদ", findings);
            if (supervising == s.ResponsibleOfficerPostId)
                Add(FindingSeverity.Warning, "service.supervising-officer.same-as-responsible", "SupervisingOfficer",
                    "the supervising officer is the responsible officer; choose the next higher officer.",
                    "ঊর্ধ্বতন কর্মকর্তা ও দায়িত্বপ্রাপ্ত কর্মকর্তা একই; পরবর্তী ঊর্ধ্বতন কর্মকর্তার পদ নির্বাচন করুন।");
        }
        else if (version.Layout.NeedsSupervisingOfficer())
        {
            Add(FindingSeverity.Blocking, "service.supervising-officer.missing", "SupervisingOfficer",
                $"the {version.Layout.En().ToLowerInvariant()} layout prints a supervising officer; choose the post.",
                $"{version.Layout.Bn()} ছকে ঊর্ধ্বতন কর্মকর্তা ছাপা হয়; পদ নির্বাচন করুন।");
        }
    }

    private static void CheckPostExists(Func<int, PostInfo?> lookup, int postId, Guid? serviceKey, string field,
        string subjectEn, string subjectBn, string roleEn, string roleBn, List<QualityFinding> findings)
    {
        var post = lookup(postId);
        if (post is null)
            findings.Add(new QualityFinding(FindingSeverity.Blocking, "post.unknown",
                $"{subjectEn}: {roleEn} no longer exists in the office; choose another post.",
                $"{subjectBn}: {roleBn} দপ্তরে আর নেই; অন্য পদ নির্বাচন করুন।", serviceKey, field, postId));
        else if (post.IsVacant)
            findings.Add(new QualityFinding(FindingSeverity.Blocking, "post.vacant",
                $"{subjectEn}: {roleEn}{Designation(post, false)} is vacant; record who holds it (or has its additional charge) or choose another post.",
                $"{subjectBn}: {roleBn}{Designation(post, true)} শূন্য; পদধারী (বা অতিরিক্ত দায়িত্বপ্রাপ্ত) কর্মকর্তার তথ্য দিন অথবা অন্য পদ নির্বাচন করুন।",
                serviceKey, field, postId));
    }

    // Contact details live in the office directory, not in the charter, so each post is reported once.
    private static void CheckContacts(CharterVersion version, Func<int, PostInfo?> lookup, List<QualityFinding> findings)
    {
        var ids = version.ServicesInPrintedOrder()
            .SelectMany(s => new[] { s.ResponsibleOfficerPostId, s.SupervisingOfficerPostId })
            .Concat(version.GrievanceLevels.OrderBy(l => l.Order).Select(l => l.WhomPostId))
            .OfType<int>()
            .Distinct();
        foreach (var id in ids)
        {
            if (lookup(id) is not { IsVacant: false } post) continue;
            var (dEn, dBn) = (Designation(post, false), Designation(post, true));
            if (!post.HolderHasPhone)
                findings.Add(new QualityFinding(FindingSeverity.Warning, "post.holder.phone-missing",
                    $"The post{dEn} has no phone number; add the office phone or the holder's mobile in the office directory.",
                    $"পদ{dBn}-এর কোনো ফোন নম্বর নেই; দপ্তরের তথ্যে অফিসের ফোন বা পদধারীর মোবাইল নম্বর যোগ করুন।", null, "Post.Phone", id));
            if (!post.HolderHasEmail)
                findings.Add(new QualityFinding(FindingSeverity.Warning, "post.holder.email-missing",
                    $"The post{dEn} has no e-mail address; add it in the office directory.",
                    $"পদ{dBn}-এর কোনো ই-মেইল ঠিকানা নেই; দপ্তরের তথ্যে তা যোগ করুন।", null, "Post.Email", id));
        }
    }

    private static string Designation(PostInfo post, bool bengali)
    {
        var d = bengali ? post.DesignationBn : post.DesignationEn ?? post.DesignationBn;
        return d is null ? "" : $" ({d})";
    }

    private static int Score(CharterVersion version, List<QualityFinding> findings)
    {
        double Penalty(IEnumerable<QualityFinding> fs, double blockingWeight) =>
            Math.Min(1, fs.Sum(f => f.Severity == FindingSeverity.Blocking ? blockingWeight : WarningWeight));

        var charterPart = CharterPoints * (1 - Penalty(findings.Where(f => f.ServiceKey is null), CharterBlockingWeight));
        var servicePart = version.Services.Count == 0 ? 0
            : ServicePoints * version.Services.Average(s => 1 - Penalty(findings.Where(f => f.ServiceKey == s.Key), ServiceBlockingWeight));
        var score = (int)Math.Round(charterPart + servicePart, MidpointRounding.AwayFromZero);
        if (findings.Any(f => f.Severity == FindingSeverity.Blocking)) score = Math.Min(score, HighestScoreWithBlocking);
        return Math.Clamp(score, 0, 100);
    }

    private static QualityFinding Block(string code, string field, string en, string bn) => new(FindingSeverity.Blocking, code, en, bn, null, field);

    private static QualityFinding Warn(string code, string field, string en, string bn) => new(FindingSeverity.Warning, code, en, bn, null, field);
}
