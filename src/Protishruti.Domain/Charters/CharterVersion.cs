using Protishruti.Domain.Calendar;

namespace Protishruti.Domain.Charters;

/// <summary>
/// One state of an office's charter. Drafts are edited; a submitted version waits for the approver; a published
/// version never changes again (the next update is a new version that starts as its copy).
/// </summary>
public sealed class CharterVersion
{
    public const int MaxServices = 500;
    public const int MaxExpectations = 50;
    public const int MaxGrievanceLevels = 10;

    private readonly List<CharterService> _services = [];
    private readonly List<Expectation> _expectations = [];
    private readonly List<GrievanceLevel> _grievanceLevels = [];
    private readonly List<CharterEvent> _history = [];

    private CharterVersion() { }

    internal CharterVersion(Charter charter, int number, LayoutProfile layout)
    {
        Charter = charter;
        CharterId = charter.Id;
        Number = number;
        Layout = layout;
        State = CharterVersionState.Draft;
    }

    public int Id { get; private set; }
    public int CharterId { get; private set; }
    public Charter Charter { get; private set; } = null!;
    public int Number { get; private set; }
    public CharterVersionState State { get; private set; }
    public LayoutProfile Layout { get; private set; }

    public string? VisionBn { get; private set; }
    public string? VisionEn { get; private set; }
    public string? MissionBn { get; private set; }
    public string? MissionEn { get; private set; }

    public IReadOnlyList<CharterService> Services => _services;
    public IReadOnlyList<Expectation> Expectations => _expectations;
    public IReadOnlyList<GrievanceLevel> GrievanceLevels => _grievanceLevels;
    public IReadOnlyList<CharterEvent> History => _history;

    public string? SubmittedBy { get; private set; }
    public DateTimeOffset? SubmittedAt { get; private set; }
    public string? ReturnedBy { get; private set; }
    public DateTimeOffset? ReturnedAt { get; private set; }
    /// <summary>The approver's comment on the last return; kept while the editor works on it.</summary>
    public string? ReturnComment { get; private set; }
    public string? PublishedBy { get; private set; }
    public DateTimeOffset? PublishedAt { get; private set; }
    /// <summary>The day of publication in Bangladesh; stored so "published this quarter" is a date comparison in the database.</summary>
    public DateOnly? PublishedOn { get; private set; }

    /// <summary>
    /// The quality score as of the last save, submit or publish (null if never checked). Stored so the parent's
    /// monitoring view lists thousands of offices without loading their services; a post falling vacant later is
    /// not reflected here until the next save, and is caught by the check at publish.
    /// </summary>
    public int? QualityScore { get; private set; }

    public bool IsEditable => State is CharterVersionState.Draft or CharterVersionState.Returned;

    /// <summary>
    /// Counts the changes to this version and its rows (every mutator and workflow step adds one). Forms carry it and
    /// the database compares it on save, so an editor working on an older state is told instead of overwriting.
    /// </summary>
    public int Revision { get; private set; }

    public IEnumerable<CharterService> ServicesIn(ServiceCategory category) =>
        _services.Where(s => s.Category == category).OrderBy(s => s.Order);

    /// <summary>Services in printed order: citizen, institutional, internal, each by its order.</summary>
    public IEnumerable<CharterService> ServicesInPrintedOrder() => _services.OrderBy(s => s.Category).ThenBy(s => s.Order);

    public CharterService Service(Guid key) =>
        _services.FirstOrDefault(s => s.Key == key)
        ?? throw new DomainException("That service is not in this version of the charter.", "সেবাটি প্রতিশ্রুতির এই সংস্করণে নেই।");

    // ---- content ----

    public void SetVisionAndMission(string? visionBn, string? visionEn, string? missionBn, string? missionEn)
    {
        EnsureEditable();
        var vBn = CharterText.Optional(visionBn, "The vision (Bengali)", "রূপকল্প (বাংলা)");
        var vEn = CharterText.Optional(visionEn, "The vision (English)", "রূপকল্প (ইংরেজি)");
        var mBn = CharterText.Optional(missionBn, "The mission (Bengali)", "অভিলক্ষ্য (বাংলা)");
        var mEn = CharterText.Optional(missionEn, "The mission (English)", "অভিলক্ষ্য (ইংরেজি)");
        if (vBn is null && vEn is not null)
            throw new DomainException("Write the vision in Bengali; the English text is a translation of it.", "রূপকল্প বাংলায় লিখুন; ইংরেজি তার অনুবাদ।");
        if (mBn is null && mEn is not null)
            throw new DomainException("Write the mission in Bengali; the English text is a translation of it.", "অভিলক্ষ্য বাংলায় লিখুন; ইংরেজি তার অনুবাদ।");
        (VisionBn, VisionEn, MissionBn, MissionEn) = (vBn, vEn, mBn, mEn);
        Touch();
    }

    public void SetLayout(LayoutProfile layout)
    {
        EnsureEditable();
        if (!Enum.IsDefined(layout))
            throw new DomainException("Unknown layout.", "অজানা ছক।");
        Layout = layout;
        Touch();
    }

    public CharterService AddService(ServiceCategory category, string nameBn, string? nameEn = null)
    {
        EnsureEditable();
        if (!Enum.IsDefined(category))
            throw new DomainException("Unknown service category.", "অজানা সেবার ধরন।");
        if (_services.Count >= MaxServices)
            throw new DomainException($"A charter can list at most {MaxServices} services.", $"একটি প্রতিশ্রুতিতে সর্বোচ্চ {BengaliDigits.ToBengali(MaxServices)}টি সেবা থাকতে পারে।");
        var service = new CharterService(this, category, nameBn, nameEn);
        EnsureUniqueName(category, service.NameBn, service.NameEn, except: null);
        service.Order = _services.Count(s => s.Category == category) + 1;
        _services.Add(service);
        Touch();
        return service;
    }

    public void RemoveService(Guid key)
    {
        EnsureEditable();
        var service = Service(key);
        _services.Remove(service);
        Renumber(service.Category);
        Touch();
    }

    public void MoveServiceUp(Guid key) => MoveService(key, Service(key).Order - 1);

    public void MoveServiceDown(Guid key) => MoveService(key, Service(key).Order + 1);

    /// <summary>Puts the service at <paramref name="position"/> (from 1) in its category; out-of-range positions go to the ends.</summary>
    public void MoveService(Guid key, int position)
    {
        EnsureEditable();
        var service = Service(key);
        var list = ServicesIn(service.Category).ToList();
        list.Remove(service);
        list.Insert(Math.Clamp(position - 1, 0, list.Count), service);
        for (var i = 0; i < list.Count; i++) list[i].Order = i + 1;
        Touch();
    }

    /// <summary>Moves the service to the end of another category.</summary>
    public void ChangeServiceCategory(Guid key, ServiceCategory category)
    {
        EnsureEditable();
        if (!Enum.IsDefined(category))
            throw new DomainException("Unknown service category.", "অজানা সেবার ধরন।");
        var service = Service(key);
        if (service.Category == category) return;
        EnsureUniqueName(category, service.NameBn, service.NameEn, except: service);
        var old = service.Category;
        service.MoveToCategory(category);
        service.Order = _services.Count(s => s.Category == category);
        Renumber(old);
        Touch();
    }

    public Expectation AddExpectation(string textBn, string? textEn = null)
    {
        EnsureEditable();
        if (_expectations.Count >= MaxExpectations)
            throw new DomainException($"At most {MaxExpectations} expectations.", $"সর্বোচ্চ {BengaliDigits.ToBengali(MaxExpectations)}টি প্রত্যাশা।");
        var expectation = new Expectation(textBn, textEn) { Order = _expectations.Count + 1 };
        _expectations.Add(expectation);
        Touch();
        return expectation;
    }

    public void UpdateExpectation(int index, string textBn, string? textEn)
    {
        EnsureEditable();
        _expectations[CheckIndex(_expectations, index)].Set(textBn, textEn);
        Touch();
    }

    public void RemoveExpectation(int index)
    {
        EnsureEditable();
        _expectations.RemoveAt(CheckIndex(_expectations, index));
        Renumber(_expectations);
        Touch();
    }

    public void MoveExpectation(int index, int newIndex)
    {
        EnsureEditable();
        Move(_expectations, index, newIndex);
        Renumber(_expectations);
        Touch();
    }

    public GrievanceLevel AddGrievanceLevel(string whenBn, string? whenEn, int? whomPostId, string? whomBn, string? whomEn,
        string? addressBn, string? addressEn, TimeLimit? resolutionLimit)
    {
        EnsureEditable();
        if (_grievanceLevels.Count >= MaxGrievanceLevels)
            throw new DomainException($"At most {MaxGrievanceLevels} grievance levels.", $"সর্বোচ্চ {BengaliDigits.ToBengali(MaxGrievanceLevels)}টি অভিযোগ প্রতিকারের ধাপ।");
        var level = new GrievanceLevel(whenBn, whenEn, whomPostId, whomBn, whomEn, addressBn, addressEn, resolutionLimit)
        {
            Order = _grievanceLevels.Count + 1,
        };
        _grievanceLevels.Add(level);
        Touch();
        return level;
    }

    public void UpdateGrievanceLevel(int index, string whenBn, string? whenEn, int? whomPostId, string? whomBn, string? whomEn,
        string? addressBn, string? addressEn, TimeLimit? resolutionLimit)
    {
        EnsureEditable();
        _grievanceLevels[CheckIndex(_grievanceLevels, index)].Set(whenBn, whenEn, whomPostId, whomBn, whomEn, addressBn, addressEn, resolutionLimit);
        Touch();
    }

    public void RemoveGrievanceLevel(int index)
    {
        EnsureEditable();
        _grievanceLevels.RemoveAt(CheckIndex(_grievanceLevels, index));
        Renumber(_grievanceLevels);
        Touch();
    }

    public void MoveGrievanceLevel(int index, int newIndex)
    {
        EnsureEditable();
        Move(_grievanceLevels, index, newIndex);
        Renumber(_grievanceLevels);
        Touch();
    }

    /// <summary>Replaces the ladder with the national default (30 / 20 / 60 working days).</summary>
    public void UseDefaultGrievanceLadder()
    {
        EnsureEditable();
        _grievanceLevels.Clear();
        _grievanceLevels.AddRange(GrievanceLevel.DefaultLadder());
        Renumber(_grievanceLevels);
        Touch();
    }

    // ---- workflow ----

    /// <summary>Runs the quality check and, while the version is editable, stores its score (call it when saving a draft).</summary>
    public QualityReport CheckQuality(Func<int, PostInfo?> postLookup)
    {
        var report = CharterQuality.Check(this, postLookup);
        if (IsEditable) QualityScore = report.Score;
        return report;
    }

    /// <summary>Sends the version to the approver; refused while the quality check finds a blocking problem.</summary>
    public QualityReport Submit(string userId, DateTimeOffset at, Func<int, PostInfo?> postLookup)
    {
        if (!IsEditable)
            throw new DomainException($"Only a draft can be submitted; version {Number} is {State.En().ToLowerInvariant()}.",
                $"শুধু খসড়া দাখিল করা যায়; সংস্করণ {BengaliDigits.ToBengali(Number)} {State.Bn()}।");
        var user = ValidUser(userId);
        var report = CheckQuality(postLookup);
        if (report.HasBlocking)
            throw new CharterQualityException(report);
        State = CharterVersionState.Submitted;
        Revision++;
        (SubmittedBy, SubmittedAt) = (user, at);
        _history.Add(new CharterEvent(CharterEventKind.Submitted, user, at, null));
        return report;
    }

    /// <summary>The approver sends the version back to the editor, saying what to change.</summary>
    public void Return(string userId, DateTimeOffset at, string comment)
    {
        EnsureSubmitted("returned", "ফেরত পাঠানো");
        var user = ValidUser(userId);
        var text = CharterText.Optional(comment, "The comment", "মন্তব্য")
            ?? throw new DomainException("Say what should be changed when returning a charter.", "ফেরত পাঠানোর সময় কী পরিবর্তন করতে হবে তা লিখুন।");
        State = CharterVersionState.Returned;
        Revision++;
        (ReturnedBy, ReturnedAt, ReturnComment) = (user, at, text);
        _history.Add(new CharterEvent(CharterEventKind.Returned, user, at, text));
    }

    /// <summary>
    /// Approves and publishes in one step. The quality check runs again because posts may have fallen vacant since
    /// the editor submitted.
    /// </summary>
    public QualityReport Publish(string approverUserId, DateTimeOffset publishedAt, Func<int, PostInfo?> postLookup)
    {
        EnsureSubmitted("published", "প্রকাশ");
        var user = ValidUser(approverUserId);
        if (SubmittedAt is { } submitted && publishedAt < submitted)
            throw new DomainException("A charter cannot be published before it was submitted.", "দাখিলের আগের সময়ে প্রতিশ্রুতি প্রকাশ করা যায় না।");
        var report = CharterQuality.Check(this, postLookup);
        if (report.HasBlocking)
            throw new CharterQualityException(report);
        State = CharterVersionState.Published;
        Revision++;
        (PublishedBy, PublishedAt, PublishedOn, QualityScore) = (user, publishedAt, BangladeshTime.DateOf(publishedAt), report.Score);
        _history.Add(new CharterEvent(CharterEventKind.Published, user, publishedAt, null));
        return report;
    }

    internal void EnsureEditable()
    {
        if (!IsEditable)
            throw new DomainException(
                $"Version {Number} of the charter is {State.En().ToLowerInvariant()} and cannot be changed; start a new draft to update it.",
                $"প্রতিশ্রুতির সংস্করণ {BengaliDigits.ToBengali(Number)} {State.Bn()}, তাই পরিবর্তন করা যায় না; হালনাগাদের জন্য নতুন খসড়া শুরু করুন।");
    }

    /// <summary>Editing a returned version makes it a draft again.</summary>
    internal void Touch()
    {
        Revision++;
        if (State == CharterVersionState.Returned) State = CharterVersionState.Draft;
    }

    internal void EnsureUniqueName(ServiceCategory category, string nameBn, string? nameEn, CharterService? except)
    {
        var bn = CharterText.Key(nameBn);
        var en = nameEn is null ? null : CharterText.Key(nameEn);
        var clash = _services.FirstOrDefault(s => s != except && s.Category == category
            && (CharterText.Key(s.NameBn) == bn || (en is not null && s.NameEn is not null && CharterText.Key(s.NameEn) == en)));
        if (clash is not null)
            throw new DomainException($"{category.En()} already has a service named '{clash.Name(bengali: false)}'.",
                $"{category.Bn()}-এ '{clash.NameBn}' নামে একটি সেবা আগেই আছে।");
    }

    internal CharterVersion CopyAsDraft(int number)
    {
        var copy = new CharterVersion(Charter, number, Layout)
        {
            VisionBn = VisionBn, VisionEn = VisionEn, MissionBn = MissionBn, MissionEn = MissionEn,
        };
        copy._services.AddRange(_services.Select(s => s.CopyTo(copy)));
        copy._expectations.AddRange(_expectations.Select(e => e.Copy()));
        copy._grievanceLevels.AddRange(_grievanceLevels.Select(l => l.Copy()));
        return copy;
    }

    internal void StartWithDefaultLadder() => _grievanceLevels.AddRange(GrievanceLevel.DefaultLadder().Select((l, i) =>
    {
        l.Order = i + 1;
        return l;
    }));

    private void EnsureSubmitted(string verbEn, string verbBn)
    {
        if (State != CharterVersionState.Submitted)
            throw new DomainException($"Only a submitted charter can be {verbEn}; version {Number} is {State.En().ToLowerInvariant()}.",
                $"শুধু দাখিলকৃত প্রতিশ্রুতি {verbBn} করা যায়; সংস্করণ {BengaliDigits.ToBengali(Number)} {State.Bn()}।");
    }

    private static string ValidUser(string userId) =>
        TypedText.IsBlank(userId)
            ? throw new DomainException("The user is not known.", "ব্যবহারকারী অজ্ঞাত।")
            : TypedText.Trim(userId);

    private void Renumber(ServiceCategory category)
    {
        var i = 1;
        foreach (var s in ServicesIn(category).ToList()) s.Order = i++;
    }

    private static void Renumber(List<Expectation> list)
    {
        for (var i = 0; i < list.Count; i++) list[i].Order = i + 1;
    }

    private static void Renumber(List<GrievanceLevel> list)
    {
        for (var i = 0; i < list.Count; i++) list[i].Order = i + 1;
    }

    private static int CheckIndex<T>(List<T> list, int index) =>
        index >= 0 && index < list.Count ? index
            : throw new DomainException("That row is not in the list.", "সারিটি তালিকায় নেই।");

    private static void Move<T>(List<T> list, int index, int newIndex)
    {
        var item = list[CheckIndex(list, index)];
        list.RemoveAt(index);
        list.Insert(Math.Clamp(newIndex, 0, list.Count), item);
    }
}
