using Alchemiser.Infrastructure.Hosting;
using Alchemiser.Infrastructure.Storage;
using Alchemiser.Infrastructure.Tests.TestSupport;

namespace Alchemiser.Infrastructure.Tests.Hosting;

/// <summary>Builds <see cref="TradingServices"/> over a temporary home from a dictionary of settings.</summary>
internal sealed class TradingServicesBed : IDisposable
{
    private readonly TempFolder _home = new();

    public string Home => _home.Path;

    public static HostSettings Settings(IReadOnlyDictionary<string, string> values) =>
        new(name => values.TryGetValue(name, out var value) ? value : null);

    public TradingServices Create(IReadOnlyDictionary<string, string>? settings = null, bool allowLive = false, DateOnly? session = null) =>
        TradingServices.Create(
            new TradingHostOptions
            {
                Home = _home.Path,
                StrategiesFolder = _home.Combine("strategies"),
                Settings = Settings(settings ?? new Dictionary<string, string>()),
                AllowLive = allowLive,
                SimulatedSession = session,
            },
            new ParquetBarStore(_home.Path));

    /// <summary>The message of the <see cref="HostConfigurationException"/> that building with <paramref name="settings"/> throws.</summary>
    public string Refusal(IReadOnlyDictionary<string, string> settings, bool allowLive = false, DateOnly? session = null) =>
        Assert.Throws<HostConfigurationException>(() => Create(settings, allowLive, session).Dispose()).Message;

    public void Dispose() => _home.Dispose();
}
