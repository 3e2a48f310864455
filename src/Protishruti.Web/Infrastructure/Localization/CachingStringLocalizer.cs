using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Protishruti.Web.Infrastructure.Localization;

/// <summary>
/// ResourceManager takes a lock on every lookup; a page prints dozens of strings, so under load the requests queue on
/// that lock (a third of the office page's time in a profile). The resources never change while the app runs, so each
/// string is looked up once per culture and then read without a lock.
/// </summary>
public sealed class CachingStringLocalizerFactory(IOptions<LocalizationOptions> options, ILoggerFactory loggers) : IStringLocalizerFactory
{
    private readonly ResourceManagerStringLocalizerFactory _inner = new(options, loggers);
    private readonly ConcurrentDictionary<(Type, string?), IStringLocalizer> _byType = new();
    private readonly ConcurrentDictionary<(string, string), IStringLocalizer> _byName = new();

    public IStringLocalizer Create(Type resourceSource) =>
        _byType.GetOrAdd((resourceSource, null), k => new CachingStringLocalizer(_inner.Create(k.Item1)));

    public IStringLocalizer Create(string baseName, string location) =>
        _byName.GetOrAdd((baseName, location), k => new CachingStringLocalizer(_inner.Create(k.Item1, k.Item2)));

    private sealed class CachingStringLocalizer(IStringLocalizer inner) : IStringLocalizer
    {
        private readonly ConcurrentDictionary<(string Culture, string Name), LocalizedString> _strings = new();

        public LocalizedString this[string name] =>
            _strings.GetOrAdd((CultureInfo.CurrentUICulture.Name, name), k => inner[k.Name]);

        public LocalizedString this[string name, params object[] arguments]
        {
            get
            {
                var format = this[name];
                return new LocalizedString(name, string.Format(CultureInfo.CurrentCulture, format.Value, arguments), format.ResourceNotFound,
                    format.SearchedLocation);
            }
        }

        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => inner.GetAllStrings(includeParentCultures);
    }
}
