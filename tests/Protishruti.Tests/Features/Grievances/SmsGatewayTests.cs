using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Protishruti.Tests.Infrastructure;
using Protishruti.Web.Features.Sms;
using static Protishruti.Tests.Features.Grievances.GrievanceKit;

namespace Protishruti.Tests.Features.Grievances;

/// <summary>A local HTTP server that answers like a Bangladeshi bulk-SMS gateway and keeps every query it was sent.</summary>
public sealed class FakeSmsGateway : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Task _serving;

    public FakeSmsGateway()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        Port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        _serving = ServeAsync();
    }

    public int Port { get; }
    /// <summary>The status the gateway answers with (a failing gateway: 500).</summary>
    public HttpStatusCode Answer { get; set; } = HttpStatusCode.OK;
    public ConcurrentQueue<Dictionary<string, string>> Received { get; } = new();

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try { context = await _listener.GetContextAsync(); }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException) { return; }
            var query = context.Request.QueryString;
            Received.Enqueue(query.AllKeys.OfType<string>().ToDictionary(k => k, k => query[k]!));
            context.Response.StatusCode = (int)Answer;
            await using (var w = new StreamWriter(context.Response.OutputStream)) await w.WriteAsync("{\"response_code\":202}");
            context.Response.Close();
        }
    }

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        _listener.Close();
        await _serving;
    }
}

/// <summary>Text messages to complainants go through the one HTTP gateway adapter, Bengali as UCS-2, each once, failures retried later.</summary>
public abstract class SmsGatewayTests<TApp>(TApp app) : AppTests<TApp>(app) where TApp : TestApp
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private SmsDelivery Delivery(FakeSmsGateway gateway)
    {
        var options = Options.Create(new SmsOptions
        {
            GatewayUrl = $"http://127.0.0.1:{gateway.Port}/api/smsapi?api_key={{key}}&type={{type}}&number={{number}}&senderid={{sender}}&message={{text}}",
            ApiKey = "test-key", SenderId = "GRS",
        });
        return new SmsDelivery(new GatewayScopes(App.Services, options), TimeProvider.System, options, NullLogger<SmsDelivery>.Instance);
    }

    /// <summary>The app's scopes, with the gateway adapter built on the test's options.</summary>
    private sealed class GatewayScopes(IServiceProvider app, IOptions<SmsOptions> options) : IServiceScopeFactory
    {
        public IServiceScope CreateScope() => new Scope(app.CreateScope(), options);

        private sealed class Scope(IServiceScope inner, IOptions<SmsOptions> options) : IServiceScope, IServiceProvider, IAsyncDisposable
        {
            public IServiceProvider ServiceProvider => this;
            public object? GetService(Type serviceType) => serviceType == typeof(ISmsGateway)
                ? new HttpSmsGateway(new HttpClient(), options)
                : inner.ServiceProvider.GetService(serviceType);
            public void Dispose() => inner.Dispose();
            public ValueTask DisposeAsync() => inner is IAsyncDisposable a ? a.DisposeAsync() : ValueTask.CompletedTask;
        }
    }

    [Fact]
    public async Task The_acknowledgement_reaches_the_gateway_once_as_unicode_with_the_tracking_number()
    {
        await using var gateway = new FakeSmsGateway();
        var tracking = TrackingOf(await ComplainAsync(App.Browser(), Typical(Text())));
        var delivery = Delivery(gateway);
        while (await delivery.SendDueAsync(Ct) > 0) { }
        await delivery.SendDueAsync(Ct);
        var mine = gateway.Received.Where(q => q["message"].Contains(Protishruti.Domain.Delivery.TrackingNumber.Grouped(tracking), StringComparison.Ordinal)).ToList();
        var sms = mine.ShouldHaveSingleItem();
        sms["number"].ShouldBe("8801712345678");
        sms["type"].ShouldBe("unicode");
        sms["api_key"].ShouldBe("test-key");
        sms["message"].ShouldStartWith("অভিযোগ ");
    }

    [Fact]
    public async Task A_gateway_that_fails_keeps_the_message_for_a_later_attempt()
    {
        await using var gateway = new FakeSmsGateway { Answer = HttpStatusCode.InternalServerError };
        var tracking = TrackingOf(await ComplainAsync(App.Browser(), Typical(Text())));
        var g = await App.GrievanceAsync(tracking);
        await Delivery(gateway).SendDueAsync(Ct);
        var message = await App.WithDbAsync(db => db.SmsOutbox.AsNoTracking().SingleAsync(m => m.Source == $"grievance:{g.Id}:received", Ct));
        message.SentAt.ShouldBeNull();
        message.Attempts.ShouldBe(1);
        message.LastError!.ShouldContain("500");
        message.NextAttemptAt.ShouldNotBeNull();
    }
}

public sealed class SmsGatewayTests_Sqlite(SqliteApp app) : SmsGatewayTests<SqliteApp>(app), IClassFixture<SqliteApp>;
