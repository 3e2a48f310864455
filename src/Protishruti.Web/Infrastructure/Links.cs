using Protishruti.Domain.Calendar;
using Protishruti.Domain.Monitoring;

namespace Protishruti.Web;

/// <summary>
/// Every URL the app prints — in views, redirects, e-mails, reminders, API payloads and documents — comes from here
/// (ADR 0028). The routes themselves stay where they are declared (<c>@page</c> directives, <c>Map*</c> calls);
/// <c>LinksTests</c> resolves every method below against the app's route table, so a link and its route cannot drift.
/// Segments are escaped; an office code or service key needs none today, but a link never depends on that.
/// </summary>
public static class Links
{
    private static string S(string segment) => Uri.EscapeDataString(segment);

    private static string Q(string name, string? value) => value is null ? "" : $"{name}={Uri.EscapeDataString(value)}";

    /// <summary>Joins query parts that are not empty: "?a=1&amp;b=2", or "" when all are.</summary>
    private static string Query(params string[] parts)
    {
        var present = parts.Where(p => p.Length > 0).ToArray();
        return present.Length == 0 ? "" : "?" + string.Join('&', present);
    }

    private static string Fragment(string? id) => string.IsNullOrEmpty(id) ? "" : "#" + id;

    public static string Home() => "/";
    public static string Login() => "/account/login";
    public static string Logout() => "/account/logout";
    public static string AccessDenied() => "/account/access-denied";
    public static string Dashboard() => "/dashboard";
    public static string Dashboard(string code) => $"/dashboard/{S(code)}";
    public static string Reminders() => "/reminders";
    public static string Search(string? q = null) => "/search" + Query(Q("q", q));

    /// <summary>The calendar API's answer for one date (<c>?date=YYYY-MM-DD</c>); forms.js reads it beside date boxes.</summary>
    public static string CalendarDate() => "/api/v1/calendar/date";

    /// <summary>A citizen's view of an application; without a number, the form to type one.</summary>
    public static string Track(string? trackingNumber = null) => "/track" + (trackingNumber is null ? "" : $"/{S(trackingNumber)}");
    public static string TrackApi(string trackingNumber) => $"/api/v1/track/{S(trackingNumber)}";

    /// <summary>An office's promise figures (public); <paramref name="query"/> is a ready query string without "?".</summary>
    public static string Performance(string code, string? query = null) =>
        $"{Office(code)}/performance" + (string.IsNullOrEmpty(query) ? "" : "?" + query);
    public static string PerformanceApi(string code, string? query = null) =>
        $"/api/v1/offices/{S(code)}/performance" + (string.IsNullOrEmpty(query) ? "" : "?" + query);

    /// <summary>An office's application register and its API keys.</summary>
    public static class Applications
    {
        public static string Register(string code, string? status = null, string? service = null, string? q = null) =>
            $"{Office(code)}/applications" + Query(Q("status", status), Q("service", service), Q("q", q));
        public static string Edit(string code, long id) => $"{Office(code)}/applications/{id}";
        public static string Api(string code) => $"/api/v1/offices/{S(code)}/applications";
        public static string ApiKeys(string code) => $"{Office(code)}/api-keys";

        /// <summary>The upload of the office's own register; with a staged file's token, its mapping step (ADR 0039).</summary>
        public static string Upload(string code, string? file = null, string? name = null) =>
            $"{Office(code)}/applications/upload" + Query(Q("file", file), Q("name", name));

        /// <summary>An office's promise figures as open data files (ADR 0039); <paramref name="query"/> as for <see cref="Performance"/>.</summary>
        public static string PerformanceCsv(string code, string? query = null) =>
            $"/api/v1/offices/{S(code)}/performance.csv" + (string.IsNullOrEmpty(query) ? "" : "?" + query);
        public static string PerformanceXlsx(string code, string? query = null) =>
            $"/api/v1/offices/{S(code)}/performance.xlsx" + (string.IsNullOrEmpty(query) ? "" : "?" + query);
    }

    /// <summary>Complaints (ADR 0038, 0041): the citizen's form and status page, the officers' queues, statistics, Open311.</summary>
    public static class Grievances
    {
        public static string New(string code, Guid? service = null, string? application = null) =>
            $"{Office(code)}/grievances/new" + Query(Q("service", service?.ToString()), Q("application", application));
        /// <summary>The public status of a complaint by its tracking number; without one, the look-up form.</summary>
        public static string Status(string? trackingNumber = null) => trackingNumber is null ? "/grievances" : $"/grievances/{S(trackingNumber)}";
        /// <summary>The office's officers' queue; <paramref name="show"/> "closed" lists the decided ones.</summary>
        public static string Queue(string code, string? show = null) => $"{Office(code)}/grievances" + Query(Q("show", show));
        public static string Handle(string code, int id) => $"{Office(code)}/grievances/{id}";
        /// <summary>Monitors' view of the complaints here and below, without who made them; "closed" lists the decided ones.</summary>
        public static string Review(string code, string? show = null) => $"{Office(code)}/grievances/review" + Query(Q("show", show));
        public static string Attachment(string code, int id, long fileId) => $"{Handle(code, id)}?handler=file&fileId={fileId}";
        /// <summary>The Cabinet Division's cell: the national queue of complaints at the last step.</summary>
        public static string Cell() => "/grievances/cell";
        public static string Statistics(string code, string? fy = null, string? quarter = null) =>
            $"{Office(code)}/grievances/statistics" + Query(Q("fy", fy), Q("quarter", quarter));
        public static string StatisticsApi(string code) => $"/api/v1/offices/{S(code)}/grievances/statistics";
        public static string Open311Requests(string? code = null) => "/open311/v2/requests.json" + Query(Q("jurisdiction_id", code));
        public static string Open311Request(string trackingNumber) => $"/open311/v2/requests/{S(trackingNumber)}.json";
    }

    /// <summary>The office tree; <paramref name="open"/> unfolds it down to that office.</summary>
    public static string Offices(string? open = null) => "/offices" + Query(Q("open", open));
    public static string Office(string code) => $"/offices/{S(code)}";
    public static string PersonPhoto(long personId) => $"/people/{personId}/photo";

    /// <summary>An office's own pages that its administrators keep: profile, posts, roles, audit, service templates.</summary>
    public static class Manage
    {
        public static string Edit(string code) => $"{Office(code)}/edit";
        public static string Audit(string code) => $"{Office(code)}/audit";
        public static string Roles(string code) => $"{Office(code)}/roles";
        public static string Posts(string code) => $"{Office(code)}/posts";
        public static string Post(string code, long postId) => $"{Office(code)}/posts/{postId}/edit";
        public static string Photo(string code, long personId) => $"{Office(code)}/people/{personId}/photo";
        public static string Templates(string code) => $"{Office(code)}/templates";
        public static string TemplatesEdit(string code, long? templateId = null) => $"{Office(code)}/templates/edit" + (templateId is { } id ? $"/{id}" : "");
    }

    /// <summary>The national administration: the office import, holidays, action plans, deadlines, service templates.</summary>
    public static class Admin
    {
        public static string Import() => "/admin/import";
        public static string Holidays(int? year = null) => "/admin/holidays" + Query(Q("year", year?.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        public static string Holiday(long id) => $"/admin/holidays/{id}/edit";
        public static string Plans() => "/admin/plans";
        public static string Plan(long planId) => $"/admin/plans/{planId}";
        public static string NewIndicator(long planId) => $"/admin/plans/{planId}/indicators/new";
        public static string Indicator(long planId, long indicatorId) => $"/admin/plans/{planId}/indicators/{indicatorId}";
        public static string Deadlines(string? fy = null) => "/admin/deadlines" + Query(Q("fy", fy));
        public static string Templates() => "/admin/templates";
        public static string SearchDictionary() => "/admin/search-dictionary";
        public static string TemplatesEdit(long? templateId = null) => "/admin/templates/edit" + (templateId is { } id ? $"/{id}" : "");
    }

    /// <summary>
    /// Import from a document (ADR 0042): the upload, or with a staged file's token its page of what was read.
    /// </summary>
    public static string Import(string code, string? file = null, string? name = null) =>
        $"{Office(code)}/import" + Query(Q("file", file), Q("name", name));

    /// <summary>The original file an imported charter draft or meeting was read from.</summary>
    public static string ImportOriginal(string code, long sourceId) => $"{Office(code)}/import?handler=Original&id={sourceId}";

    public static class Charters
    {
        /// <summary>The published charter; <paramref name="fragment"/> jumps to a part of it ("grs-h", "cat-1").</summary>
        public static string Page(string code, string? fragment = null) => $"{Office(code)}/charter{Fragment(fragment)}";
        public static string Print(string code, string? size = null) => $"{Office(code)}/charter/print" + Query(Q("size", size));
        public static string Pdf(string code, string? size = null) => $"{Office(code)}/charter.pdf" + Query(Q("size", size));
        public static string Docx(string code) => $"{Office(code)}/charter.docx";
        public static string Csv(string code) => $"{Office(code)}/charter.csv";
        public static string Xlsx(string code) => $"{Office(code)}/charter.xlsx";
        public static string JsonLd(string code) => $"{Office(code)}/charter.jsonld";
        public static string Api(string code) => $"/api/v1/offices/{S(code)}/charter";
        public static string Open311(string code) => "/open311/v2/services.json" + Query(Q("jurisdiction_id", code));
        public static string History(string code) => $"{Office(code)}/charter/history";
        public static string Version(string code, int number) => $"{Office(code)}/charter/versions/{number}";
        public static string Diff(string code) => $"{Office(code)}/charter/diff";
        public static string Diff(string code, int from, int to) => $"{Diff(code)}?from={from}&to={to}";
        public static string Service(string code, Guid key) => $"{Office(code)}/services/{key}";
        public static string Draft(string code) => $"{Office(code)}/charter/draft";
        public static string DraftTemplates(string code) => $"{Draft(code)}/templates";
        public static string DraftVision(string code) => $"{Draft(code)}/vision";
        public static string DraftExpectations(string code) => $"{Draft(code)}/expectations";
        public static string DraftGrievance(string code) => $"{Draft(code)}/grs";
        public static string DraftImport(string code) => $"{Draft(code)}/import";

        /// <summary>A draft service's editor; <paramref name="key"/> is the service's key, or "new".</summary>
        public static string DraftService(string code, string key) => $"{Draft(code)}/services/{S(key)}";
        public static string DraftService(string code, Guid key) => $"{Draft(code)}/services/{key}";
        public static string Subordinates(string code) => $"{Office(code)}/charters/subordinates";
    }

    public static class Committees
    {
        /// <summary>The office's committees; <paramref name="fragment"/> is a committee kind's slug.</summary>
        public static string Index(string code, string? fragment = null) => $"{Office(code)}/committees{Fragment(fragment)}";
        public static string Reconstitute(string code, string kindSlug) => $"{Office(code)}/committees/{S(kindSlug)}/reconstitute";
        public static string Certify(string code, string kindSlug) => $"{Office(code)}/committees/{S(kindSlug)}/certify";
    }

    public static class Meetings
    {
        /// <summary>The public list of an office's meetings and one meeting's public page (notice, minutes).</summary>
        public static string Public(string code) => $"{Office(code)}/meetings";
        public static string Meeting(string code, long meetingId) => $"{Office(code)}/meetings/{meetingId}";
        public static string MinutesPdf(string code, long meetingId) => $"{Meeting(code, meetingId)}/minutes.pdf";
        public static string MinutesDocx(string code, long meetingId) => $"{Meeting(code, meetingId)}/minutes.docx";
        public static string Api(string code) => $"/api/v1/offices/{S(code)}/meetings";

        /// <summary>The secretariat's workspace: every meeting, a new one, one meeting's hub, its edit and notice pages.</summary>
        public static string Manage(string code) => $"{Office(code)}/meetings/manage";
        public static string New(string code) => $"{Office(code)}/meetings/new";
        public static string Hub(string code, long meetingId) => $"{Meeting(code, meetingId)}/manage";
        public static string Edit(string code, long meetingId) => $"{Meeting(code, meetingId)}/edit";
        public static string Notice(string code, long meetingId) => $"{Meeting(code, meetingId)}/notice";
        public static string NoticePreview(string code, long meetingId, long? signatoryPostId) =>
            $"{Notice(code, meetingId)}?handler=Preview" + (signatoryPostId is { } p ? $"&signatoryPostId={p}" : "");
        public static string Minutes(string code, long meetingId) => $"{Meeting(code, meetingId)}/minutes";
        /// <summary>The forms that keep a notice's or minutes' distribution list as the office writes it.</summary>
        /// <summary>The draft notice as a PDF or DOCX ("pdf", "docx"), marked খসড়া / DRAFT.</summary>
        /// <summary>The draft minutes before issue (ADR 0035): "page", "pdf" or "docx"; takes no memo serial.</summary>
        public static string MinutesDraftFile(string code, long meetingId, string format) => $"{Minutes(code, meetingId)}?handler=Preview&format={S(format)}";
        public static string NoticeDraftFile(string code, long meetingId, string format) => $"{Notice(code, meetingId)}?handler=Preview&format={S(format)}";
        public static string NoticeText(string code, long meetingId) => $"{Notice(code, meetingId)}?handler=Text";
        public static string NoticeDistribution(string code, long meetingId) => $"{Notice(code, meetingId)}?handler=Distribution";
        public static string MinutesDistribution(string code, long meetingId) => $"{Minutes(code, meetingId)}?handler=Distribution";
        public static string Attendance(string code, long meetingId) => $"{Meeting(code, meetingId)}/attendance";
        public static string AttendanceSheet(string code, long meetingId) => $"{Attendance(code, meetingId)}/sheet";
        public static string Corrigendum(string code, long meetingId) => $"{Meeting(code, meetingId)}/corrigendum";
    }

    public static class Decisions
    {
        /// <summary>The decisions assigned to an office for implementation.</summary>
        public static string Assigned(string code) => $"{Office(code)}/decisions";
        public static string Progress(string implementerCode, long progressId) => $"{Office(implementerCode)}/decisions/{progressId}";

        /// <summary><paramref name="index"/> counts from 0, as in <c>DecisionProgress.Evidence</c>.</summary>
        public static string Evidence(string implementerCode, long progressId, int index) => $"{Progress(implementerCode, progressId)}/evidence/{index}";
        public static string Review(string code, long meetingId) => $"{Office(code)}/decisions/review/{meetingId}";
    }

    /// <summary>Memo files, the issued documents they number, and the outbox that sends them.</summary>
    public static class Memos
    {
        public static string Files(string code) => $"{Office(code)}/memo-files";
        public static string File(string code, long fileId) => $"{Office(code)}/memo-files/{fileId}/edit";
        public static string Document(string code, long memoId) => $"{Office(code)}/documents/{memoId}";
        public static string DocumentPdf(string code, long memoId) => $"{Document(code, memoId)}.pdf";
        public static string DocumentDocx(string code, long memoId) => $"{Document(code, memoId)}.docx";
        public static string Outbox(string code) => $"{Office(code)}/outbox";
    }

    /// <summary>Progress reports, their review up the hierarchy, compliance. The plan kind travels as <c>?plan=</c> unless it is the charter plan.</summary>
    public static class Monitoring
    {
        private static string Plan(PlanKind kind) => kind == PlanKind.CitizenCharter ? "" : $"plan={kind.Slug()}";

        public static string Home(string code) => $"{Office(code)}/monitoring";
        public static string Home(string code, FiscalYear year, PlanKind kind = PlanKind.CitizenCharter) =>
            Home(code) + Query($"fy={year.LabelEn}", Plan(kind));

        public static string Report(string code, FiscalYear year, ReportPeriod period, PlanKind kind = PlanKind.CitizenCharter) =>
            $"{Home(code)}/{year.LabelEn}/{period.Slug()}" + Query(Plan(kind));
        public static string Submission(string code, FiscalYear year, ReportPeriod period, PlanKind kind, long stepId) =>
            $"{Home(code)}/{year.LabelEn}/{period.Slug()}" + Query(Plan(kind), $"submission={stepId}");
        public static string Document(string code, FiscalYear year, ReportPeriod period, PlanKind kind, string extension) =>
            $"{Home(code)}/{year.LabelEn}/{period.Slug()}/report.{extension}" + Query(Plan(kind));
        public static string Review(string code, FiscalYear year, ReportPeriod period, PlanKind kind = PlanKind.CitizenCharter, long? submission = null) =>
            $"{Home(code)}/{year.LabelEn}/{period.Slug()}/review" + Query(Plan(kind), submission is { } s ? $"submission={s}" : "");
        /// <summary>A row's evidence file; <paramref name="storedFile"/> names the file a submission froze (served only if that row's record names it).</summary>
        public static string Evidence(string code, FiscalYear year, ReportPeriod period, long indicatorId, string? storedFile = null) =>
            $"{Home(code)}/{year.LabelEn}/{period.Slug()}/evidence/{indicatorId}" + Query(Q("file", storedFile));
        public static string Reviews(string code) => $"{Home(code)}/reviews";
        public static string Reviews(string code, FiscalYear year, ReportPeriod? period = null, PlanKind kind = PlanKind.CitizenCharter) =>
            Reviews(code) + Query($"fy={year.LabelEn}", period is { } p ? $"period={p.Slug()}" : "", Plan(kind));

        /// <summary>The compliance dashboard; <paramref name="query"/> is a ready query string without "?" (the page's own filters).</summary>
        public static string Compliance(string code, string? query = null) =>
            $"{Office(code)}/compliance" + (string.IsNullOrEmpty(query) ? "" : "?" + query);
        public static string Compliance(string code, FiscalYear year, string? quarter = null, PlanKind kind = PlanKind.CitizenCharter) =>
            $"{Office(code)}/compliance" + Query($"fy={year.LabelEn}", Q("quarter", quarter), Plan(kind));
        public static string ComplianceCsv(string code, string? query = null) =>
            $"{Office(code)}/compliance.csv" + (string.IsNullOrEmpty(query) ? "" : "?" + query);
        public static string ComplianceXlsx(string code, string? query = null) =>
            $"{Office(code)}/compliance.xlsx" + (string.IsNullOrEmpty(query) ? "" : "?" + query);
        public static string ComplianceApi(string code, string? query = null) =>
            $"/api/v1/offices/{S(code)}/compliance" + (string.IsNullOrEmpty(query) ? "" : "?" + query);
    }

    /// <summary>The sample documents anyone may open to see how the app prints.</summary>
    public static class Samples
    {
        public static string Index() => "/documents/samples";
        public static string Sample(string name) => $"/documents/samples/{S(name)}";
        public static string Pdf(string name) => $"{Sample(name)}.pdf";
        public static string Docx(string name) => $"{Sample(name)}.docx";
    }
}
