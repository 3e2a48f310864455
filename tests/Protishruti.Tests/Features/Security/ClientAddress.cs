using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace Protishruti.Tests.Features.Security;

/// <summary>
/// Gives a test request the connection address Kestrel would (TestServer sets none): the value of
/// <see cref="Header"/>, before anything of the app runs. Registered with ConfigureTestServices on an app of the test's own.
/// </summary>
public sealed class ClientAddress : IStartupFilter
{
    public const string Header = "X-Test-Client-Address";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((HttpContext http, RequestDelegate then) =>
        {
            if (http.Request.Headers[Header] is [{ } address]) http.Connection.RemoteIpAddress = IPAddress.Parse(address);
            return then(http);
        });
        next(app);
    };
}
