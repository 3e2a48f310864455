using Protishruti.Web.Data;
using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Protishruti.Domain.Access;
using Protishruti.Domain.Calendar;
using Protishruti.Domain.Charters;
using Protishruti.Domain.Committees;
using Protishruti.Domain.Meetings;
using Protishruti.Domain.Memos;
using Protishruti.Domain.Monitoring;
using Protishruti.Domain.Offices;
using Protishruti.Web.Documents;
using Protishruti.Web.Features.Charters;
using Protishruti.Web.Features.Charters.Exchange;
using Protishruti.Web.Features.Committees;
using Protishruti.Web.Features.Meetings;
using Protishruti.Web.Features.Meetings.Minutes;
using Protishruti.Web.Features.Meetings.Notices;
using Protishruti.Web.Features.Memos;
using Protishruti.Web.Features.Monitoring.Reports;
using Protishruti.Web.Features.Offices.Import;
using Protishruti.Web.Infrastructure;
using Protishruti.Web.Infrastructure.Files;
using Protishruti.Web.Infrastructure.Identity;
using Attendee = Protishruti.Domain.Meetings.Attendee;

namespace Protishruti.Web.Demo;

/// <summary>
/// Walks the demo's files in order — offices.csv, posts.csv, accounts.json, charters.json (with Charters/*.csv),
/// memo-files.json, committees.json, meetings.json, monitoring.json — and does with each what a person would do on
/// the pages: through the entities' own transitions and the services the pages use (the importers, CommitteeOrders,
/// NoticeIssuing, MinutesIssuing, MemoNumbers, ProgressReports), so memo numbers, frozen documents, the audit trail and
/// the search index come out as the app makes them.
/// </summary>
internal sealed class DemoLoader(IServiceProvider services, CancellationToken ct)
{
    private readonly AppDbContext _db = services.GetRequiredService<AppDbContext>();
    private readonly TimeProvider _time = services.GetRequiredService<TimeProvider>();

    public async Task OfficesAsync()
    {
        var importer = services.GetRequiredService<OfficeCsvImporter>();
        foreach (var file in new[] { "offices.csv", "posts.csv" })
        {
            var report = await importer.ImportAsync(await DemoFiles.TextAsync(file, ct), ct);
            if (!report.Succeeded)
                throw new InvalidOperationException($"Demo {file} failed to import: " + string.Join("; ", report.Errors.Select(e => $"line {e.Line}: {e.MessageEn}")));
        }
    }

    public async Task AccountsAsync()
    {
        var users = services.GetRequiredService<UserManager<AppUser>>();
        var offices = await _db.Offices.ToDictionaryAsync(o => o.Code, o => o.Id, ct);
        foreach (var (userName, displayName, role, office) in DemoData.Accounts)
        {
            var user = new AppUser { UserName = userName, DisplayName = displayName, Email = $"{userName}@demo.invalid" };
            var created = await users.CreateAsync(user, DemoData.Password);
            if (!created.Succeeded) throw new InvalidOperationException($"Demo user {userName}: {string.Join(", ", created.Errors.Select(e => e.Description))}");
            _db.RoleGrants.Add(new RoleGrant(user.Id, role, office is null ? null : offices[office]));
        }
        await _db.SaveChangesAsync(ct);
    }

    // ---- charters.json: a published charter for every office, from its kind's file in the exchange format ---------------

    public async Task ChartersAsync()
    {
        var data = await DemoFiles.ReadAsync<ChartersData>("charters.json", ct);
        var now = _time.GetUtcNow();
        var today = _time.TodayInBangladesh();
        var users = await _db.Users.AsNoTracking().ToDictionaryAsync(u => u.UserName!, u => u.Id, ct);
        var admin = users["admin"];
        var offices = await _db.Offices.AsNoTracking().OrderBy(o => o.Id).ToListAsync(ct);
        var codes = offices.ToDictionary(o => o.Id, o => o.Code);
        var files = new Dictionary<string, string>();
        var posts = await PostReferences.AllAsync(_db, ct);
        var contacts = await _db.PostContactsAsync(posts.Select(p => p.Id), today, ct);
        var lookup = contacts.AsLookup();
        var updates = data.Updates.ToDictionary(u => u.Office);

        foreach (var office in offices)
        {
            var file = data.Templates.First(r => (r.Kind is null || r.Kind == office.Kind)
                && (r.CodePrefix is null || office.Code.StartsWith(r.CodePrefix, StringComparison.Ordinal))).File;
            if (!files.TryGetValue(file, out var template)) files[file] = template = await DemoFiles.TextAsync($"Charters/{file}.csv", ct);
            var parent = office.ParentId is { } p ? codes[p] : office.Code;
            var (charter, errors) = CharterImporter.NewCharter(office, CharterSheets.ReadCsv(Fill(template, office, parent)), PostReferences.For(office, posts));
            if (charter is null)
                throw new InvalidOperationException($"Demo charter for {office.Code} (Charters/{file}.csv) failed to import: "
                    + string.Join("; ", errors.Select(e => $"{e.Sheet} row {e.Row} {e.Column}: {e.MessageEn}")));
            _db.Charters.Add(charter);
            var first = charter.Open!;

            var editor = users.GetValueOrDefault($"editor.{office.Code}", admin);
            var head = users.GetValueOrDefault($"head.{office.Code}", admin);
            CoverVacancies(first, contacts);
            var days = data.PublishedDaysAgo.TryGetValue(office.Code, out var d) ? d : data.PublishedDaysAgo["default"];
            if (data.FirstPublishedDaysAgo.TryGetValue(office.Code, out var earlier))
            {
                Publish(first, editor, head, now.AddDays(-earlier), lookup);
                Publish(charter.StartNextDraft(), editor, head, now.AddDays(-days), lookup);
            }
            else Publish(first, editor, head, now.AddDays(-days), lookup);

            if (updates.TryGetValue(office.Code, out var update))
            {
                var next = charter.StartNextDraft();
                foreach (var change in update.Services) await ChangeAsync(next, change);
                if (update.PublishedDaysAgo is { } published) Publish(next, editor, head, now.AddDays(-published), lookup);
                else if (update.SubmittedDaysAgo is { } submitted) next.Submit(editor, now.AddDays(-submitted), lookup);
            }
        }
        // Everything is saved at once: a save per office cost a quarter of a second each (the rows are the same).
        // Published as the approver's page publishes: the search index, public pages and PDFs follow.
        await services.GetRequiredService<CharterPublishing>().SaveAsync(ct);
    }

    // Where the kind file's responsible officer is vacant in this office (uno-lalpur, uno-tala), the supervising
    // officer holds the additional charge, and the appeal officer above supervises, as offices print it.
    private static void CoverVacancies(CharterVersion draft, Dictionary<int, PostContact> contacts)
    {
        var appeal = draft.GrievanceLevels.OrderBy(l => l.Order).Skip(1).FirstOrDefault()?.WhomPostId;
        foreach (var s in draft.Services.Where(s => s.ResponsibleOfficerPostId is { } r && contacts[r].IsVacant))
        {
            s.SetResponsibleOfficer(s.SupervisingOfficerPostId);
            s.SetSupervisingOfficer(appeal);
        }
    }

    private static void Publish(CharterVersion version, string editor, string head, DateTimeOffset at, Func<int, PostInfo?> lookup)
    {
        version.Submit(editor, at.AddDays(-2), lookup);
        version.Publish(head, at, lookup);
    }

    private async Task ChangeAsync(CharterVersion draft, ServiceChange change)
    {
        var service = change.Add is { } add ? draft.AddService(add.Category, add.NameBn, add.NameEn)
            : draft.Services.Single(s => s.NameEn == change.NameEn);
        if (change.Delivery is { } how) service.SetDeliveryMethod(new DeliveryMethod(how.Bn, how.En, how.Channels));
        foreach (var doc in change.Documents) service.AddDocument(doc.NameBn, doc.NameEn, doc.WhereBn, doc.WhereEn);
        if (change.NoDocumentsRequired) service.SetNoDocumentsRequired();
        if (change.Fee is { } fee) service.SetFee(fee.ToFee());
        if (change.TimeLimit is { } limit) service.SetTimeLimit(TimeLimit.FromText(limit));
        if (change.Responsible is { } responsible) service.SetResponsibleOfficer(await PostAsync(responsible));
        if (change.Supervising is { } supervising) service.SetSupervisingOfficer(await PostAsync(supervising));
        if (change.MoveTo is { } position) draft.MoveService(service.Key, position);
    }

    private Task<int> PostAsync(PostName post) =>
        _db.Posts.Where(p => p.Office.Code == post.Office && p.DesignationBn == post.DesignationBn).Select(p => p.Id).SingleAsync(ct);

    private static string Fill(string template, Office office, string parentCode)
    {
        // "জেলা প্রশাসকের কার্যালয়, নাটোর" → নাটোর; "উপজেলা নির্বাহী অফিসারের কার্যালয়, সিংড়া, নাটোর" → সিংড়া.
        static string Place(string name) => name.Split(", ") is { Length: > 1 } parts ? parts[1] : name;
        return template
            .Replace("{name_bn}", office.NameBn, StringComparison.Ordinal)
            .Replace("{name_en}", office.NameEn, StringComparison.Ordinal)
            .Replace("{place_bn}", Place(office.NameBn), StringComparison.Ordinal)
            .Replace("{place_en}", Place(office.NameEn), StringComparison.Ordinal)
            .Replace("{parent_code}", parentCode, StringComparison.Ordinal)
            .Replace("{website}", office.Website ?? "https://bangladesh.gov.bd", StringComparison.Ordinal);
    }

    // ---- memo-files.json: every office's memo files, and a register with something in it ---------------------------------

    public async Task MemoFilesAsync()
    {
        var data = await DemoFiles.ReadAsync<MemoFilesData>("memo-files.json", ct);
        var offices = await _db.Offices.AsNoTracking().OrderBy(o => o.Id).ToListAsync(ct);
        foreach (var office in offices)
        {
            var rule = data.Offices.First(r => r.Office is null ? r.CodePrefixes.Count == 0 || r.CodePrefixes.Any(p => office.Code.StartsWith(p, StringComparison.Ordinal))
                : r.Office == office.Code);
            foreach (var f in rule.Files)
            {
                var number = f.Number
                    .Replace("{ministry}", office.MinistryCode ?? "00", StringComparison.Ordinal)
                    .Replace("{code}", office.OfficeCode ?? "00", StringComparison.Ordinal)
                    .Replace("{geo}", office.GeoCode ?? "0000", StringComparison.Ordinal);
                var file = new MemoFile(office.Id, number, f.LabelBn, f.LabelEn, f.FirstSerial);
                if (f.Purpose is { } purpose) file.SetPurpose(purpose);
                if (f.Default) file.MakeDefault();
                _db.MemoFiles.Add(file);
            }
        }
        await _db.SaveChangesAsync(ct);

        // Through the same service documents use.
        var memos = services.GetRequiredService<MemoNumbers>();
        var ids = offices.ToDictionary(o => o.Code, o => o.Id);
        foreach (var memo in data.Issued) await memos.IssueAsync(ids[memo.Office], null, memo.Kind, memo.Subject, ct);
    }

    // ---- committees.json: office orders reconstituting committees, and heads' certificates, through CommitteeOrders -----

    public async Task CommitteesAsync()
    {
        var data = await DemoFiles.ReadAsync<CommitteesData>("committees.json", ct);
        var calendar = new DemoCalendar(_time.TodayInBangladesh());
        foreach (var step in data.Steps)
        {
            var office = await _db.Offices.AsNoTracking().SingleAsync(o => o.Code == step.Office, ct);
            if (step.Reconstitute is { } seats)
            {
                var dated = (step.Dated ?? throw new InvalidOperationException($"Demo committee of {step.Office}: the order has no date.")).Resolve(calendar);
                var codes = seats.Select(s => s.Office).Distinct().ToList();
                var posts = await _db.Posts.AsNoTracking().Where(p => codes.Contains(p.Office.Code))
                    .Select(p => new { p.Id, p.Office.Code, p.DesignationEn }).ToListAsync(ct);
                var resolved = seats.Select(s => new Seat(
                    posts.FirstOrDefault(p => p.Code == s.Office && p.DesignationEn == s.Post)?.Id
                        ?? throw new InvalidOperationException($"Demo committee of {step.Office}: no post '{s.Post}' in {s.Office}."),
                    s.Role)).ToList();
                var catalog = await services.GetRequiredService<MeetingParties>().ForAsync(office, ct);
                await services.GetRequiredService<CommitteeOrders>().ReconstituteAsync(office, catalog, step.Kind, resolved, dated, data.OrderedBy, null, dated, ct);
            }
            if (step.CertifyUnchanged is { } certificate)
            {
                var committee = await _db.Committees.Include(c => c.Members).Include(c => c.Quarters).AsSplitQuery()
                    .SingleAsync(c => c.OfficeId == office.Id && c.Kind == step.Kind, ct);
                committee.CertifyUnchanged(certificate.On.Resolve(calendar), certificate.By, certificate.Note);
                await _db.SaveChangesAsync(ct);
            }
        }
    }

    // ---- meetings.json: each meeting noticed, held, minuted, issued and followed up, as its office would ----------------

    private readonly Dictionary<int, PartyCatalog> _catalogs = [];
    private readonly Dictionary<string, Meeting> _meetings = [];
    private Dictionary<string, Office> _offices = [];
    private Dictionary<(int OfficeId, string Designation), int> _posts = [];

    public async Task MeetingsAsync()
    {
        var meetings = await DemoFiles.ReadAsync<List<MeetingText>>("meetings.json", ct);
        // Everything loaded before is saved; forgetting it keeps each save below from scanning the whole demo.
        _db.ChangeTracker.Clear();
        _offices = await _db.Offices.AsNoTracking().ToDictionaryAsync(o => o.Code, ct);
        _posts = (await _db.Set<Post>().AsNoTracking().Select(p => new { p.OfficeId, p.DesignationBn, p.Id }).ToListAsync(ct))
            .GroupBy(p => (p.OfficeId, p.DesignationBn)).ToDictionary(g => g.Key, g => g.Min(p => p.Id));

        // One transaction: SQLite commits each save to disk, and the demo loads at every test app's start. Issuing joins
        // it, as MemoNumbers and the audited save do when a transaction is open.
        await using var tx = await _db.Database.BeginTransactionAsync(ct);
        foreach (var meeting in meetings) await MeetingAsync(meeting);
        await tx.CommitAsync(ct);
    }

    private async Task MeetingAsync(MeetingText t)
    {
        var office = _offices[t.Office];
        if (t.Letterhead is { } letterhead)
        {
            // The office's letterhead as the sample prints it (office edit page, ADR 0035): before any document is frozen.
            var tracked = await _db.Offices.SingleAsync(o => o.Id == office.Id, ct);
            tracked.SetLetterheadName(letterhead.Name, letterhead.HidesWebsite);
            await _db.SaveChangesAsync(ct);
            _db.Entry(tracked).State = EntityState.Detached;
            _offices[t.Office] = office = await _db.Offices.AsNoTracking().SingleAsync(o => o.Id == office.Id, ct);
        }
        var c = await CatalogAsync(office);
        var calendar = new DemoCalendar(_time.TodayInBangladesh());
        var notice = t.FromSamples ? Samples.Notice() : null;
        var sample = t.FromSamples ? Samples.Minutes() : null;

        var date = sample?.MeetingDate ?? Required(t.Date, "date").Resolve(calendar);
        var m = new Meeting(office.Id, t.Kind, t.Title ?? t.Kind.Bn(), date, sample?.MeetingTime ?? Required(t.Time, "time"), sample?.Venue ?? t.Venue, null);
        calendar.Meeting = m.Date;
        if (t.Section is { } section) m.SetSection(section); // the letterhead's branch line, on the notice and the minutes
        if (t.NoticeBody is { } body) m.WriteNoticeText(body, false, false);
        foreach (var h in t.PastHolders)
        {
            // who held the post then, recorded as the post page records a past term: documents of that date print them
            var postId = PostId(office, h.Post);
            var post = await _db.Posts.Include(p => p.Incumbencies).ThenInclude(i => i.Person).SingleAsync(p => p.Id == postId, ct);
            post.RecordHolder(new Person(h.Name, null), h.From, h.To);
        }
        if (t.ReviewOf is { } key)
        {
            var names = _offices.Values.ToDictionary(o => o.Id, o => o.NameBn);
            m.AddReviewOf(_meetings[key], id => names[id]);
        }
        foreach (var title in notice?.Agenda ?? t.Agenda) m.AddAgendaItem(title);
        var parties = t.Parties.ToDictionary(p => p.Key, p => ToParty(c, office, p.Value));
        Party Use(PartyUse u) => u.Name is { } name
            ? parties.TryGetValue(name, out var p) ? p : throw new InvalidOperationException($"Demo meeting of {t.Office} on {date}: no party '{name}'.")
            : ToParty(c, office, u.Party!);
        foreach (var p in t.Invitees) m.Invite(Use(p));
        _db.Meetings.Add(m);
        await _db.SaveChangesAsync(ct);

        var file = t.MemoFile is { } f
            ? f.OpenLabelBn is null ? await FileIdAsync(office.Id, f.Number) : await OldFileAsync(office.Id, f.Number, f.OpenLabelBn, f.OpenLabelEn, f.OpenFirstSerial ?? 1)
            : (int?)null;
        if (t.Notice is { } n)
        {
            var on = n.On?.Resolve(calendar) ?? (t.FromSamples ? Samples.NoticeIssued : throw new InvalidOperationException($"Demo meeting of {t.Office} on {date}: the notice has no date."));
            var serial = n.Serial ?? (t.FromSamples ? SerialOf(Samples.NoticeMemo) : null);
            if (n.Printed is { } printed)
                await services.GetRequiredService<NoticeIssuing>().IssuePastAsync(m, on, printed, ct: ct);
            else
                await IssueAsync(office.Id, file, MemoDocumentKind.Notice, serial, () => services.GetRequiredService<NoticeIssuing>().IssueAsync(m, on, ct: ct));
        }

        if (t.Attendance is { } attendance)
            m.RecordAttendance(attendance.Select(a => a.Party is { Text: { } name, Role: { } role }
                ? new Attendee(Party.Text(name), role, true) // walked in
                : new Attendee(Use(a), null, false)), m.Date);
        if (sample is not null || t.Chair is not null)
        {
            var opening = sample is null ? t.Opening?.Replace("{fiscalYear}", FiscalQuarter.Of(m.Date).FiscalYear.LabelBn, StringComparison.Ordinal)
                : string.Join("\n", sample.Opening);
            var closing = sample is null ? t.Closing : string.Join("\n", sample.Closing);
            m.SetMinutesFrame(sample?.Chair ?? t.Chair, opening, closing, t.Signatory is null ? null : PostId(office, t.Signatory));
        }
        for (var i = 0; i < t.Items.Count; i++)
        {
            var item = m.Agenda[i + (t.ReviewOf is null ? 0 : 1)];
            var discussion = sample?.Items[i].Discussion ?? t.Items[i].Discussion;
            if (discussion is not null) m.SetDiscussion(item, discussion);
            for (var d = 0; d < t.Items[i].Decisions.Count; d++)
            {
                var decision = t.Items[i].Decisions[d];
                var added = m.AddDecision(item, sample?.Items[i].Decisions[d] ?? Required(decision.Text, "decision"), decision.Implementers.Select(Use), decision.Due?.Resolve(calendar));
                if (decision.Printed is { } printed) m.SetPrintedImplementers(added, printed);
            }
        }
        // The table and the distribution as the sample prints them, written on the minutes page before issue (ADR 0035).
        if (t.Table is { } table)
        {
            m.SetMinutesTable(table.Columns, table.Headings, table.Serial, table.Numbering);
            m.SetMinutesPrint(table.DateForm, table.MeetingLabels, table.ChairName, table.IssuerName, !table.HideContacts, table.ChairContacts);
            m.SetMinutesWording(table.MinutesTitle, table.TimeWord, table.TimeDot, table.Ghotika, table.AttendanceLine, !table.HideAppendix,
                table.ChairRole, table.ChairRoleWithPost);
        }
        if (t.MinutesDistribution is { } list)
            m.WriteMinutesDistribution(list.Lines.Select(l => DistributionLine.Of(l.Text, l.Note, l.Copy)), list.Numbering, list.Heading, list.CopyHeading);
        if (t.Minutes is { } minutes)
        {
            var on = minutes.On?.Resolve(calendar) ?? (t.FromSamples ? Samples.MinutesIssued : throw new InvalidOperationException($"Demo meeting of {t.Office} on {date}: the minutes have no date."));
            var serial = minutes.Serial ?? (t.FromSamples ? SerialOf(Samples.MinutesMemo) : null);
            if (minutes.WithoutNumber) // the sample prints no number: recorded without one (ADR 0048 addendum)
                await services.GetRequiredService<MinutesIssuing>().IssueWithoutNumberAsync(m, on, ct);
            else if (minutes.Printed is { } printed) // recorded under the number the sample prints, taking no serial from a file (ADR 0043)
                await services.GetRequiredService<MinutesIssuing>().IssuePastAsync(m, on, printed, ct);
            else
                await IssueAsync(office.Id, file, MemoDocumentKind.Minutes, serial, () => services.GetRequiredService<MinutesIssuing>().IssueAsync(m, on, ct));
            calendar.Minutes = on;
            // A file of years ago is closed (saved with the follow-up): it stays in the register, and numbers nothing new.
            if (t.MemoFile is { Close: true }) (await _db.MemoFiles.SingleAsync(x => x.Id == file, ct)).Deactivate();
        }

        foreach (var u in t.FollowUp)
        {
            var numbers = u.Decision.Split('.').Select(x => int.Parse(x, CultureInfo.InvariantCulture)).ToArray();
            var decision = m.Decisions.SingleOrDefault(x => x.Item.Order == numbers[0] && x.Order == numbers[1])
                ?? throw new InvalidOperationException($"Demo meeting of {t.Office} on {date}: no decision {u.Decision}.");
            var on = u.On.Resolve(calendar);
            // What an implementing office writes on its decision page: status and note, by its focal point.
            foreach (var code in u.Offices)
                decision.ProgressOf(_offices[code].Id).Update(u.Status, u.Note, null, on, $"editor.{code}");
        }
        if (_db.ChangeTracker.HasChanges()) await _db.SaveChangesAsync(ct);
        if (t.Key is not null) _meetings[t.Key] = m;
    }

    private static T Required<T>(T? value, string what) where T : class =>
        value ?? throw new InvalidOperationException($"A demo meeting has no {what}.");

    private static T Required<T>(T? value, string what) where T : struct =>
        value ?? throw new InvalidOperationException($"A demo meeting has no {what}.");

    private Party ToParty(PartyCatalog c, Office office, PartyText p)
    {
        if (p.Post is { } designation)
        {
            var of = p.Of is null ? office : _offices[p.Of];
            return c.Parse($"post:{PostId(of, designation)}", p.Label);
        }
        if (p.Office is { } code) return c.Parse($"office:{_offices[code].Id}", p.Label);
        if (p.Group is { } kind) return c.Parse($"group:{kind}:{c.Office.Id}", p.Label);
        return Party.Text(p.Text ?? throw new InvalidOperationException("A demo party names no post, office, group or text."));
    }

    private int PostId(Office office, string designation) =>
        _posts.TryGetValue((office.Id, designation), out var id) ? id : throw new InvalidOperationException($"Demo: no post '{designation}' in {office.Code}.");

    private async Task<PartyCatalog> CatalogAsync(Office office)
    {
        if (!_catalogs.TryGetValue(office.Id, out var catalog))
            _catalogs[office.Id] = catalog = await services.GetRequiredService<MeetingParties>().ForAsync(office, ct);
        return catalog;
    }

    /// <summary>
    /// Runs one issue as if <paramref name="fileId"/> were the office's file for <paramref name="kind"/> (and, given
    /// <paramref name="serial"/>, at that serial), as it was when the sample went out; the office's files are put back
    /// afterwards. Numbers are still taken the ordinary way, so the document services numbered the same.
    /// </summary>
    private async Task IssueAsync(int officeId, int? fileId, MemoDocumentKind kind, int? serial, Func<Task> issue)
    {
        if (fileId is null)
        {
            await issue();
            return;
        }
        var files = _db.MemoFiles.Where(f => f.OfficeId == officeId);
        var before = await files.AsNoTracking().Select(f => new { f.Id, f.Purpose, f.NextSerial }).ToListAsync(ct);
        var target = before.Single(f => f.Id == fileId);
        var others = before.Where(f => f.Id != fileId && f.Purpose == kind).Select(f => f.Id).ToList();
        await files.Where(f => others.Contains(f.Id)).ExecuteUpdateAsync(s => s.SetProperty(f => f.Purpose, (MemoDocumentKind?)null), ct);
        await files.Where(f => f.Id == fileId).ExecuteUpdateAsync(s => s
            .SetProperty(f => f.Purpose, kind)
            .SetProperty(f => f.NextSerial, serial ?? target.NextSerial), ct);
        await issue();
        await files.Where(f => others.Contains(f.Id)).ExecuteUpdateAsync(s => s.SetProperty(f => f.Purpose, kind), ct);
        await files.Where(f => f.Id == fileId).ExecuteUpdateAsync(s => s.SetProperty(f => f.Purpose, target.Purpose), ct);
        if (serial is not null) // the register continues where it was
            await files.Where(f => f.Id == fileId).ExecuteUpdateAsync(s => s.SetProperty(f => f.NextSerial, target.NextSerial), ct);
    }

    private Task<int> FileIdAsync(int officeId, string fileNumber) =>
        _db.MemoFiles.Where(f => f.OfficeId == officeId && f.FileNumber == fileNumber).Select(f => f.Id).SingleAsync(ct);

    private async Task<int> OldFileAsync(int officeId, string fileNumber, string labelBn, string? labelEn, int firstSerial)
    {
        var file = new MemoFile(officeId, fileNumber, labelBn, labelEn, firstSerial);
        _db.MemoFiles.Add(file);
        await _db.SaveChangesAsync(ct);
        return file.Id;
    }

    private static int SerialOf(string memoNumber) => int.Parse(BengaliDigits.ToAscii(memoNumber).Split('.')[^1], CultureInfo.InvariantCulture);

    // ---- monitoring.json: the first quarter of FY 2024-25 as the offices reported it ------------------------------------

    public async Task MonitoringAsync()
    {
        var data = await DemoFiles.ReadAsync<MonitoringData>("monitoring.json", ct);
        var plan = await _db.ActionPlans.Include(p => p.Indicators).SingleAsync(p => p.FiscalYearStart == data.FiscalYearStart && p.Kind == data.PlanKind, ct);

        // The committees that existed then were certified unchanged for that quarter: indicator 1.1.1 counts them.
        var on = data.CertifyCommittees.On.Resolve(new DemoCalendar(_time.TodayInBangladesh()));
        var committees = await _db.Committees.Include(c => c.Members).Include(c => c.Quarters).AsSplitQuery()
            .Where(c => c.Kind == CommitteeKind.CharterMonitoring).ToListAsync(ct);
        foreach (var c in committees.Where(c => c.MembersOn(on).Any() && c.RecordFor(FiscalQuarter.Of(on)) is null))
            c.CertifyUnchanged(on, data.CertifyCommittees.By, data.CertifyCommittees.Note);
        await _db.SaveChangesAsync(ct);

        var evidence = await services.GetRequiredService<FileStore>().SaveAsync(
            new MemoryStream(await DemoFiles.BytesAsync(data.EvidenceFile, ct)), [FileKind.Pdf], 1 << 20, ct);
        var codes = data.Reports.Select(r => r.Office).ToList();
        var offices = await _db.Offices.Where(o => codes.Contains(o.Code)).ToDictionaryAsync(o => o.Code, ct);
        var parents = await _db.Offices.Where(o => offices.Values.Select(x => x.ParentId).Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.NameBn, ct);
        var withSubordinates = (await _db.Offices.Where(o => o.ParentId != null).Select(o => o.ParentId!.Value).Distinct().ToListAsync(ct)).ToHashSet();
        var achievements = services.GetRequiredService<Achievements>();

        foreach (var r in data.Reports)
        {
            var office = offices[r.Office];
            var hasSubordinates = withSubordinates.Contains(office.Id);
            // Sent through a clock stopped at the day it was sent, so lateness is decided exactly as it would have been then.
            var service = new ProgressReports(_db, achievements, new FixedClock(r.Sent));
            var report = await service.OpenAsync(office, plan, data.Period, ct);
            foreach (var i in plan.For(hasSubordinates).Where(i => !i.IsComputed))
            {
                var held = r.Held && i.Code == data.HeldIndicator;
                report.Enter(i, held ? 1 : 0, null, held ? data.HeldNote : data.NotYetNote);
                if (held) report.AttachEvidence(i, evidence.Path, data.EvidenceName, evidence.ContentType);
            }
            await service.SubmitAsync(report, office, data.SubmittedBy.Replace("{office}", office.NameBn, StringComparison.Ordinal), null, ct);
            var reviewer = office.ParentId is { } p && parents.TryGetValue(p, out var parent) ? parent : data.TopReviewer;
            if (r.Accepted is { } accepted) report.Accept(accepted, reviewer, null, data.AcceptComment);
            if (r.Returned is { } returned)
            {
                var indicator = plan.For(hasSubordinates).Single(i => i.Code == data.ReturnIndicator);
                report.Return(returned, reviewer, null, data.ReturnComment, [new IndicatorComment(indicator.Id, data.ReturnIndicatorComment)]);
            }
        }
        await _db.SaveChangesAsync(ct);
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
