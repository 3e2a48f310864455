using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.WebEncoders;
using Protishruti.Web.Data;
using Protishruti.Web.Documents;
using Protishruti.Web.Features.Calendar;
using Protishruti.Web.Features.OpenData;
using Protishruti.Web.Features.People;
using Protishruti.Web.Features.Search;
using Protishruti.Web.Infrastructure.Auditing;
using Protishruti.Web.Infrastructure.Errors;
using Protishruti.Web.Infrastructure.Identity;
using Protishruti.Web.Infrastructure.Security;

namespace Protishruti.Web.Infrastructure;

public static class AppSetup
{
    public static void AddProtishruti(this WebApplicationBuilder builder)
    {
        // Serve the build's static assets (with their precompressed copies) in every environment, not only
        // Development: the README runs the app from a build, not a publish. A published app has no manifest; no-op there.
        builder.WebHost.UseStaticWebAssets();
        var services = builder.Services;
        services.AddSingleton(TimeProvider.System);
        services.AddHttpContextAccessor();
        services.AddScoped<IAuditActor, HttpAuditActor>();
        // What every save does besides writing, in this order (ADR 0026).
        services.AddScoped<Microsoft.EntityFrameworkCore.Diagnostics.ISaveChangesInterceptor, AuditInterceptor>();
        services.AddScoped<Microsoft.EntityFrameworkCore.Diagnostics.ISaveChangesInterceptor, PublicPageEviction>();
        services.AddAppDatabase(builder.Configuration);
        services.AddScoped<OfficeAccess>();
        services.AddScoped<WorkingCalendarSource>();
        services.AddScoped<Features.Search.ServiceSearch>();
        services.AddSingleton<Features.Search.SearchLexiconStore>();
        services.AddSingleton<Features.Search.SearchVocabulary>();
        services.AddScoped<Features.Offices.Import.OfficeCsvImporter>();
        services.AddScoped<Features.Charters.Exchange.CharterImporter>();
        services.AddScoped<Features.Charters.CharterPublishing>();
        services.AddScoped<Features.Memos.MemoNumbers>();
        services.AddScoped<Features.Meetings.MeetingParties>();
        services.AddScoped<Features.Meetings.Minutes.MinutesDocuments>();
        services.AddScoped<Features.Meetings.Minutes.MinutesIssuing>();
        services.AddScoped<Features.Committees.CommitteeOrders>();
        services.AddScoped<Features.Decisions.ImplementationShares>();
        services.AddScoped<Features.Monitoring.Reports.Achievements>();
        services.AddScoped<Features.Monitoring.Reports.ProgressReports>();
        services.AddScoped<Features.Monitoring.Review.ReportReviews>();
        services.AddScoped<Features.Decisions.DecisionReview>();
        services.AddScoped<Features.Meetings.Notices.NoticeDocuments>();
        services.AddScoped<Features.Meetings.Notices.NoticeIssuing>();
        services.AddScoped<Features.Mail.Outbox>();
        services.AddScoped<Features.Monitoring.Compliance.ComplianceQueries>();
        services.AddScoped<Features.Monitoring.Compliance.ComplianceFactStore>();
        services.Configure<Features.Mail.SmtpOptions>(builder.Configuration.GetSection("Smtp"));
        services.AddSingleton<Features.Mail.OutboxDelivery>();
        services.AddHostedService<Features.Mail.OutboxSender>();
        services.AddSingleton<Files.FileStore>();
        services.Configure<Features.Monitoring.Reminders.ReminderOptions>(builder.Configuration.GetSection("Reminders"));
        services.AddScoped<Features.Monitoring.Reminders.ReminderScan>();
        services.AddScoped<Features.Inbox.WorkInbox>();
        services.AddScoped<Features.Delivery.ApplicationRecorder>();
        services.AddSingleton<Features.Delivery.RegisterStaging>();
        services.AddSingleton<Features.Import.ImportStaging>();
        services.AddSingleton<Features.Import.SourceFiles>();
        services.AddScoped<Features.Import.CharterFromDocument>();
        services.AddScoped<Features.Import.MeetingFromDocument>();
        services.AddScoped<Features.Delivery.Performance.PerformanceQueries>();
        services.AddScoped<Features.Grievances.GrievanceDesk>();
        services.AddScoped<Features.Grievances.GrievanceNotices>();
        services.AddScoped<Features.Grievances.GrievanceHandling>();
        services.AddScoped<Features.Grievances.GrievanceEscalation>();
        services.AddScoped<Features.Grievances.GrievanceStatistics>();
        services.AddScoped<Features.Grievances.GrievanceFactStore>();
        services.AddScoped<Features.Grievances.MostComplained>();
        services.AddScoped<Features.Sms.SmsOutbox>();
        services.Configure<Features.Sms.SmsOptions>(builder.Configuration.GetSection("Sms"));
        services.AddHttpClient<Features.Sms.ISmsGateway, Features.Sms.HttpSmsGateway>(c => c.Timeout = TimeSpan.FromSeconds(30));
        services.AddSingleton<Features.Sms.SmsDelivery>();
        services.AddHostedService<Features.Sms.SmsSender>();
        services.Configure<Features.Grievances.GrievanceOptions>(builder.Configuration.GetSection("Grievances"));
        services.AddHostedService<Features.Grievances.GrievanceJob>();
        services.AddScoped<Features.Delivery.Performance.WorstServices>();
        services.Configure<Features.Inbox.InboxOptions>(builder.Configuration.GetSection("Inbox"));
        services.AddHostedService<Features.Monitoring.Reminders.ReminderJob>();
        services.AddDocuments(builder.Configuration);

        services.AddIdentity<AppUser, Microsoft.AspNetCore.Identity.IdentityRole>(o =>
            {
                // No lockout by Identity's failure count (one address could keep an account locked): LoginThrottle counts failures.
                o.Password.RequiredLength = 10;
                o.Password.RequireNonAlphanumeric = false;
                o.User.RequireUniqueEmail = false;
            })
            .AddEntityFrameworkStores<AppDbContext>()
            .AddDefaultTokenProviders();
        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = Links.Login();
            o.LogoutPath = Links.Logout();
            o.AccessDeniedPath = Links.AccessDenied();
            o.Cookie.Name = "protishruti.auth";
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest; // Secure over HTTPS, also behind a configured proxy
            o.SlidingExpiration = true;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.Events.OnValidatePrincipal = Sessions.ValidateAsync; // every request: the stamp decides (Sessions)
        });
        services.AddScoped<Sessions>();
        services.AddRateLimits(builder.Configuration);
        services.AddTransport(builder.Configuration);

        // Keys in the database, so every instance behind a load balancer reads the others' cookies and antiforgery tokens.
        services.AddDataProtection().SetApplicationName("Protishruti").PersistKeysToDbContext<AppDbContext>();

        services.Configure<RequestLocalizationOptions>(o =>
        {
            CultureInfo[] cultures = [new(Ui.Bengali), new(Ui.English)];
            o.DefaultRequestCulture = new RequestCulture(Ui.Bengali);
            o.SupportedCultures = cultures;
            o.SupportedUICultures = cultures;
            o.RequestCultureProviders =
            [
                new CustomRequestCultureProvider(c => Task.FromResult(LanguageCookieMiddleware.FromQuery(c) is { } lang
                    ? new ProviderCultureResult(lang) : null)),
                new CookieRequestCultureProvider { CookieName = Ui.CookieName },
            ];
        });

        // Razor's default encoder escapes every non-Latin character; Bengali must go out as UTF-8 text.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));

        services.AddRouting(o => o.LowercaseUrls = true);
        services.AddRazorPages(o =>
            {
                o.RootDirectory = "/Features";
                o.Conventions.Add(new Features.Decisions.UploadSizeLimits(builder.Configuration));
            })
            .AddMvcOptions(o =>
            {
                BilingualBindingMessages.Apply(o.ModelBindingMessageProvider);
                o.Filters.Add<Forms.PostNeedsHandler>(); // a POST no handler answers is a 405, not the page rendered unloaded
            });
        services.AddProblemDetails();
        services.AddExceptionHandler<ErrorHandler>();
        services.AddResponseCompression();
        services.AddPublicPageCache(builder.Configuration);
        services.AddHealthChecks().AddDbContextCheck<AppDbContext>(tags: ["ready"]);
    }

    public static void UseProtishruti(this WebApplication app)
    {
        app.UseTransport(); // forwarded headers from configured proxies, security headers on every response, cookie policy
        app.UseExceptionHandler("/error");
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.UseResponseCompression();
        app.UseRequestLocalization();
        app.UseMiddleware<LanguageCookieMiddleware>();
        app.UseRouting();
        app.UseRateLimiter(); // per client address: login, the public API, search (RateLimits)
        app.UseAuthentication();
        // Before authorization and every endpoint: an unsafe request without a valid token gets 400, whoever sends it.
        app.UseMiddleware<AntiforgeryEverywhere>();
        app.UseAuthorization();
        app.UseOutputCache();

        app.MapStaticAssets();
        app.MapRazorPages().WithStaticAssets();
        app.MapCalendarApi();
        app.MapOpenData();
        app.MapServicesApi();
        Features.Inbox.TasksApi.MapTasksApi(app);
        Features.Delivery.ApplicationsApi.MapApplicationsApi(app);
        app.MapPhotoEndpoint();
        Features.Charters.Exchange.CharterExchangeEndpoints.MapCharterExchange(app);
        Documents.SampleDocumentEndpoints.MapSampleDocuments(app);
        Features.Memos.IssuedDocumentEndpoints.MapIssuedDocuments(app);
        Features.Meetings.Public.PublicMeetings.MapPublicMeetings(app);
        Features.Monitoring.Compliance.ComplianceEndpoints.MapCompliance(app);
        Features.Delivery.Performance.PerformanceEndpoints.MapPerformance(app);
        Features.Grievances.GrievanceStatisticsEndpoints.MapGrievanceStatistics(app);
        Features.Grievances.Open311Requests.MapOpen311Requests(app);
        Features.Decisions.EvidenceEndpoint.MapDecisionEvidence(app);
        Features.Monitoring.Reports.ReportDocuments.MapProgressReportFiles(app);
        Features.Charters.Public.CharterDocxEndpoint.MapCharterDocx(app);
        Features.Charters.Public.CharterPrints.MapCharterPrints(app);
        app.WarnWhenChromiumIsMissing();
        app.MapHealthChecks("/health", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") });
    }
}
