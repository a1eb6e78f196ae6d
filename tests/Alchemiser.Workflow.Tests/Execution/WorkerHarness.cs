using Alchemiser.Core.Execution;
using Alchemiser.Core.Market;
using Alchemiser.Core.Portfolio.Rebalance;
using Alchemiser.Workflow.Execution.Worker;
using Microsoft.Extensions.Time.Testing;

namespace Alchemiser.Workflow.Tests.Execution;

/// <summary>A scripted broker, an in-memory store and a fill recorder on one fake clock, with plan builders.</summary>
internal sealed class WorkerHarness
{
    public static readonly InstanceId Day = InstanceId.ForTradingDate(new DateOnly(2026, 11, 24));

    public WorkerHarness()
    {
        Broker = new ScriptedBroker(Time);
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 24, 20, 30, 0, TimeSpan.Zero));

    public ScriptedBroker Broker { get; }

    public InMemoryObjectStore Store { get; } = new();

    public RecordingFillRecorder Fills { get; } = new();

    public ExecutionSettings Settings { get; set; } = ExecutionSettings.Default;

    public static string Cid(string symbol, OrderSide side, int step) => ClientOrderId.For(Day, Symbol.Parse(symbol), side, step).Value;

    public static RebalanceItem Sell(string symbol, decimal dollars, decimal held, bool fullExit = false) => new(
        Symbol.Parse(symbol), RebalanceSide.Sell, -dollars, held, dollars, 0.1m, 0m, 0m, fullExit, true,
        [new AttributionShare("alpha", 0.25), new AttributionShare("beta", 0.75)],
        fullExit ? RebalanceReason.Exit : RebalanceReason.Decrease);

    public static RebalanceItem Buy(string symbol, decimal dollars) => new(
        Symbol.Parse(symbol), RebalanceSide.Buy, dollars, 0m, 0m, 0m, dollars, 0.1m, false, true,
        [new AttributionShare("alpha", 1)], RebalanceReason.New);

    public static RebalancePlan Plan(RebalanceItem[] items, decimal equity = 100_000m, decimal fraction = 1m, decimal minimum = 5m)
    {
        var buys = items.Where(i => i.Side == RebalanceSide.Buy).Sum(i => i.Delta);
        var sells = items.Where(i => i.Side == RebalanceSide.Sell).Sum(i => -i.Delta);
        var totals = new RebalanceTotals(equity, fraction, equity * fraction, minimum, equity, equity, sells, buys, equity + sells, 1m, buys);
        return new RebalancePlan(Day, items, totals);
    }

    public ExecutionWorker NewWorker() => new(Broker, Store, Fills, Time);

    public Task<ExecutionSummary> RunAsync(RebalancePlan plan, ExecutionWorker? worker = null, Func<bool>? advanceWhen = null)
    {
        worker ??= NewWorker();
        return TimePump.RunAsync(Time, () => worker.ExecuteAsync(plan, Settings, TestContext.Current.CancellationToken), advanceWhen: advanceWhen);
    }

    public int SubmissionsOf(string symbol) => Broker.Submissions.Count(s => s.Symbol == Symbol.Parse(symbol));
}
