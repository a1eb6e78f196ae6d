using Alchemiser.Core.Market;
using Alchemiser.Core.Portfolio;
using Alchemiser.Core.Portfolio.Rebalance;
using Alchemiser.Core.Signals;
using Alchemiser.Workflow.Activities;
using Alchemiser.Workflow.Data;
using Alchemiser.Workflow.Runs;
using Alchemiser.Workflow.Tests.Execution;

namespace Alchemiser.Workflow.Tests.Runs;

public sealed class PortfolioStateStoreTests
{
    private static readonly DateOnly D = new(2026, 11, 23);
    private static readonly DateOnly T = new(2026, 11, 24);

    private readonly InMemoryObjectStore _objects = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Holding H(string symbol, double weight) => new(Symbol.Parse(symbol), weight);

    private static Contribution C(string strategy, string symbol, double weight) => new(strategy, Symbol.Parse(symbol), weight);

    private static RebalancePlanned Planned(IReadOnlyList<Holding> target, IReadOnlyList<Contribution> contributions,
        IReadOnlyList<StrategySlice> slices, IReadOnlyList<StrategyBookUpdate> books) =>
        new(PlanOutcome.Trades, null, WorkerHarness.Plan([]), null, null, target, [], contributions, slices, books, null,
            "p/reply", "2026-11-24", "p", new DateTime(2026, 11, 24, 20, 45, 0, DateTimeKind.Utc));

    private static (string, double)[] Weights(IReadOnlyList<Holding> holdings) => [.. holdings.Select(h => (h.Symbol.Value, h.Weight))];

    [Fact]
    public async Task Load_BeforeTheFirstRun_IsNull() => Assert.Null(await new PortfolioStateStore(_objects).LoadAsync(Ct));

    [Fact]
    public async Task Load_DamagedDocument_ThrowsNamingIt()
    {
        await _objects.WriteAsync(PortfolioStateStore.Key, "{ not json"u8.ToArray(), Ct);

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => new PortfolioStateStore(_objects).LoadAsync(Ct));

        Assert.StartsWith(PortfolioStateStore.Key, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Record_ASliceReusedByHoldPrevious_IsNotRecordedSoDegradedModeLastsOneDay()
    {
        var store = new PortfolioStateStore(_objects);

        await store.RecordAsync("2026-11-24", T, Planned(
            [H("SPY", 0.5), H("QQQ", 0.5)],
            [C("alpha", "SPY", 0.5), C("beta", "QQQ", 0.5)],
            [new("alpha", StrategyUse.Target, [H("SPY", 1)], null, null), new("beta", StrategyUse.ReusedPrevious, [H("QQQ", 1)], null, null)],
            []), Ct);

        var state = (await store.LoadAsync(Ct))!;
        Assert.Equal(["alpha"], state.Slices.Keys);
    }

    [Fact]
    public async Task Record_MergesContributionsPerSymbolAndKeepsOtherStrategiesBooks()
    {
        var store = new PortfolioStateStore(_objects);
        await store.RecordAsync("2026-11-23", D, Planned(
            [H("QQQ", 0.5), H("SPY", 0.5)],
            [C("alpha", "SPY", 0.5), C("beta", "QQQ", 0.5)],
            [new("alpha", StrategyUse.Target, [H("SPY", 1)], 0.05, null), new("beta", StrategyUse.Target, [H("QQQ", 1)], 0.02, null)],
            [new("alpha", new StrategyBook([H("SPY", 1)], NyseCalendar.PreviousTradingDay(D))), new("beta", new StrategyBook([H("QQQ", 1)], NyseCalendar.PreviousTradingDay(D)))]), Ct);

        var today = Planned(
            [H("SPY", 0.5), H("TLT", 0.5)],
            [C("alpha", "SPY", 0.25), C("gamma", "SPY", 0.25), C("gamma", "TLT", 0.5)],
            [new("alpha", StrategyUse.Target, [H("SPY", 1)], 0.05, null), new("gamma", StrategyUse.Target, [H("SPY", 0.5), H("TLT", 0.5)], null, null)],
            [new("alpha", new StrategyBook([H("SPY", 1)], D))]);
        await store.RecordAsync("2026-11-24", T, today, Ct);
        var state = (await store.LoadAsync(Ct))!;

        Assert.Equal("2026-11-24", state.InstanceId);
        Assert.Equal(T, state.TradingDate);
        Assert.Equal([("SPY", 0.5), ("TLT", 0.5)], Weights(state.Target));
        Assert.Equal(["alpha", "gamma"], state.Slices.Keys.Order(StringComparer.Ordinal)); // slices are today's only
        Assert.Equal(["alpha", "beta"], state.Books.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(D, state.Books["alpha"].AsOf); // replaced
        Assert.Equal(NyseCalendar.PreviousTradingDay(D), state.Books["beta"].AsOf); // kept
        // QQQ was not targeted today: its attribution from yesterday stays, for the full exit that sells it.
        Assert.Equal([("beta", "QQQ", 0.5), ("alpha", "SPY", 0.25), ("gamma", "SPY", 0.25), ("gamma", "TLT", 0.5)],
            state.Contributions.Select(c => (c.StrategyId, c.Symbol.Value, c.Weight)));
    }

    [Fact]
    public async Task Record_SameRunTwice_StoresTheSameDocument()
    {
        var store = new PortfolioStateStore(_objects);
        var plan = Planned([H("SPY", 1)], [C("alpha", "SPY", 1)], [new("alpha", StrategyUse.Target, [H("SPY", 1)], null, null)], []);

        await store.RecordAsync("2026-11-24", T, plan, Ct);
        var first = JsonObjects.Serialize(await store.LoadAsync(Ct));
        await store.RecordAsync("2026-11-24", T, plan, Ct);

        Assert.Equal(first, JsonObjects.Serialize(await store.LoadAsync(Ct)));
    }
}
