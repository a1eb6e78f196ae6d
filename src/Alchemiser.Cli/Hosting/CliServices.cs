using Alchemiser.Infrastructure.Alpaca;
using Alchemiser.Infrastructure.Configuration;
using Alchemiser.Infrastructure.Hosting;
using Alchemiser.Infrastructure.Simulation;
using Alchemiser.Infrastructure.Strategies;
using Alchemiser.Workflow.Data;
using Alchemiser.Workflow.Runs;
using Alchemiser.Workflow.Signals;
using Alchemiser.Workflow.Strategies;

namespace Alchemiser.Cli.Hosting;

/// <summary>
/// Composition of the command line. The embedded default: Parquet bars under the home folder, strategies from files,
/// synthetic market data. Environment variables switch ports to the real adapters (see <see cref="SettingNames"/>).
/// </summary>
internal sealed class CliServices
{
    private readonly Lazy<IMarketDataSource> _marketData;
    private readonly Lazy<IRunStore> _runs;

    public CliServices(AlchemiserPaths paths, TimeProvider clock, Func<string, string?>? settings = null)
    {
        Paths = paths;
        Clock = clock;
        var read = settings ?? Environment.GetEnvironmentVariable;
        Settings = new HostSettings(read);
        Bars = new CachingBarStore(TradingServices.BarStoreFor(paths.Home, Settings, clock));
        Strategies = new FileStrategyRepository(paths.Strategies);
        _marketData = new(() => MarketDataFrom(read, clock));
        _runs = new(() => TradingServices.RunStoreFor(paths.Home, Settings));
    }

    public AlchemiserPaths Paths { get; }

    /// <summary>The settings every port is chosen from (the environment unless a test gives others).</summary>
    public HostSettings Settings { get; }

    public TimeProvider Clock { get; }

    public IBarStore Bars { get; }

    public IStrategyRepository Strategies { get; }

    /// <summary>The run history of the local durable runner: <c>runs.db</c> (SQLite) in the home folder unless storage settings choose Azure Table.</summary>
    public IRunStore Runs => _runs.Value;

    /// <summary>Alpaca when <c>ALPACA_API_KEY</c> is set, else the synthetic market.</summary>
    public IMarketDataSource MarketData => _marketData.Value;

    public SignalCalculator Signals => new(Strategies, Bars);

    public static CliServices Create(string? strategiesOption) => new(AlchemiserPaths.Resolve(strategiesOption), TimeProvider.System);

    private static IMarketDataSource MarketDataFrom(Func<string, string?> read, TimeProvider clock) =>
        string.IsNullOrWhiteSpace(read(AlpacaOptions.ApiKeySetting))
            ? new SyntheticMarketDataSource()
            : new AlpacaMarketDataClient(AlpacaOptions.FromEnvironment(read), clock);
}
