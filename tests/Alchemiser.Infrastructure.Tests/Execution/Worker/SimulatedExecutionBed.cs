using System.Collections.Concurrent;
using Alchemiser.Core.Execution;
using Alchemiser.Core.Market;
using Alchemiser.Core.Portfolio.Rebalance;
using Alchemiser.Infrastructure.Simulation;
using Alchemiser.Infrastructure.Storage;
using Alchemiser.Infrastructure.Tests.Simulation;
using Alchemiser.Infrastructure.Tests.TestSupport;
using Alchemiser.Workflow.Brokers;
using Alchemiser.Workflow.Execution.Worker;

namespace Alchemiser.Infrastructure.Tests.Execution.Worker;

/// <summary>
/// A real <see cref="SimulatedBroker"/> and <see cref="DirectoryObjectStore"/> in temporary folders, on the system
/// clock with waits of a few tens of milliseconds. Bars: AAA closes at 100 (quote 99.99/100.01), BBB at 50
/// (49.99/50.01), CCC at 20 (19.99/20.01); the session is Monday 2026-11-23.
/// </summary>
internal sealed class SimulatedExecutionBed : IDisposable
{
    public static readonly InstanceId Day = InstanceId.ForTradingDate(new DateOnly(2026, 11, 23));

    public static readonly ExecutionSettings FastSettings = ExecutionSettings.Default with
    {
        StepWait = TimeSpan.FromMilliseconds(100),
        CancelWait = TimeSpan.FromMilliseconds(100),
        CancelGrace = TimeSpan.FromMilliseconds(100),
        FinalWait = TimeSpan.FromMilliseconds(100),
        PollInterval = TimeSpan.FromMilliseconds(10),
        QuoteRefetchDelay = TimeSpan.FromMilliseconds(10),
    };

    private readonly SimulatedBrokerTestBed _bars = new();
    private readonly TempFolder _state = new();

    public string StateRoot => _state.Path;

    public DirectoryObjectStore Store => new(Path.Combine(_state.Path, "store"));

    public ConcurrentDictionary<string, FillRecord> Fills { get; } = new(StringComparer.Ordinal);

    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static Symbol S(string ticker) => Symbol.Parse(ticker);

    public async Task WriteBarsAsync()
    {
        await _bars.WriteBarsAsync("AAA", 100);
        await _bars.WriteBarsAsync("BBB", 50);
        await _bars.WriteBarsAsync("CCC", 20);
    }

    /// <summary>A broker over the state folder <paramref name="root"/> (default: this bed's).</summary>
    public SimulatedBroker Broker(Func<SimulatedBrokerOptions, SimulatedBrokerOptions>? configure = null, string? root = null)
    {
        var options = new SimulatedBrokerOptions { Root = root ?? _state.Path };
        return new SimulatedBroker(configure is null ? options : configure(options), _bars.Bars, TimeProvider.System);
    }

    public ExecutionWorker Worker(IBroker broker, string? storeRoot = null) =>
        new(broker, storeRoot is null ? Store : new DirectoryObjectStore(storeRoot), new Recorder(Fills), TimeProvider.System);

    /// <summary>Buys <paramref name="quantity"/> at the market before the plan: the positions the plan starts from.</summary>
    public static async Task HoldAsync(IBroker broker, string ticker, decimal quantity) =>
        await broker.SubmitOrderAsync(new OrderRequest("setup-" + ticker, S(ticker), OrderSide.Buy, quantity, OrderType.Market, null), Ct);

    public static RebalanceItem Sell(string ticker, decimal dollars, decimal held, bool fullExit = false) => new(
        S(ticker), RebalanceSide.Sell, -dollars, held, dollars, 0m, 0m, 0m, fullExit, true,
        [new AttributionShare("alpha", 1)], fullExit ? RebalanceReason.Exit : RebalanceReason.Decrease);

    public static RebalanceItem Buy(string ticker, decimal dollars) => new(
        S(ticker), RebalanceSide.Buy, dollars, 0m, 0m, 0m, dollars, 0m, false, true,
        [new AttributionShare("alpha", 0.5), new AttributionShare("beta", 0.5)], RebalanceReason.New);

    public static RebalancePlan Plan(RebalanceItem[] items, decimal equity = 100_000m)
    {
        var buys = items.Where(i => i.Side == RebalanceSide.Buy).Sum(i => i.Delta);
        var sells = items.Where(i => i.Side == RebalanceSide.Sell).Sum(i => -i.Delta);
        return new RebalancePlan(Day, items, new RebalanceTotals(equity, 1m, equity, 5m, equity, equity, sells, buys, equity + sells, 1m, buys));
    }

    public void Dispose()
    {
        _state.Dispose();
        _bars.Dispose();
    }

    private sealed class Recorder(ConcurrentDictionary<string, FillRecord> fills) : IFillRecorder
    {
        public Task RecordAsync(FillRecord fill, CancellationToken cancellationToken)
        {
            fills[fill.ClientOrderId] = fill;
            return Task.CompletedTask;
        }
    }
}
