using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Protishruti.Web.Infrastructure.Security;

/// <summary>
/// Failed logins, counted with ASP.NET Core's rate limiters in place of Identity's account lockout, which locked an
/// account for everyone after five failures from anywhere — so one address retrying every quarter of an hour kept a
/// known official locked out for good. Here failures count per account name and address (that address is refused for
/// that name) and per account name (refused from everywhere, at a number one address cannot reach alone). Names are
/// counted whether or not an account has them, so the answer says nothing about which names exist.
/// </summary>
public sealed class LoginThrottle : IDisposable
{
    private const int MaxNameLength = 256;
    private readonly PartitionedRateLimiter<string> _perAccountAndAddress;
    private readonly PartitionedRateLimiter<string> _perAccount;

    public LoginThrottle(IOptions<RateLimitOptions> options)
    {
        var limits = options.Value.Lockout;
        Minutes = Math.Max(1, limits.Minutes);
        _perAccountAndAddress = Create(limits.FailuresPerAccountAndAddress, Minutes);
        _perAccount = Create(limits.FailuresPerAccount, Minutes);
    }

    /// <summary>How long a refusal lasts at most (the failures' window).</summary>
    public int Minutes { get; }

    private static PartitionedRateLimiter<string> Create(int failures, int minutes) =>
        PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, failures),
            Window = TimeSpan.FromMinutes(minutes),
            QueueLimit = 0,
            AutoReplenishment = true,
        }));

    private static string Name(string userName)
    {
        var name = userName.Trim().ToUpperInvariant();
        return name.Length <= MaxNameLength ? name : name[..MaxNameLength];
    }

    public bool IsLockedOut(string userName, string address) =>
        Spent(_perAccountAndAddress, $"{Name(userName)}\n{address}") || Spent(_perAccount, Name(userName));

    public void Failed(string userName, string address)
    {
        using var one = _perAccountAndAddress.AttemptAcquire($"{Name(userName)}\n{address}");
        using var all = _perAccount.AttemptAcquire(Name(userName));
    }

    private static bool Spent(PartitionedRateLimiter<string> limiter, string key) => limiter.GetStatistics(key)?.CurrentAvailablePermits <= 0;

    public void Dispose()
    {
        _perAccountAndAddress.Dispose();
        _perAccount.Dispose();
    }
}
