using System.Security.Cryptography;
using Alchemiser.Core.Dsl;
using Alchemiser.Core.Execution;
using Alchemiser.Core.Market;
using Alchemiser.Core.Portfolio;
using Alchemiser.Core.Portfolio.Rebalance;
using Alchemiser.Core.Signals;
using Alchemiser.Workflow.Activities;
using Alchemiser.Workflow.Data;
using Alchemiser.Workflow.Execution;
using Alchemiser.Workflow.Runs;
using Alchemiser.Workflow.Tests.Execution;
using Alchemiser.Workflow.Tests.Signals;
using Microsoft.Extensions.Time.Testing;

namespace Alchemiser.Workflow.Tests.Activities;

public sealed partial class PlanRebalanceActivityTests
{
    private static readonly DateOnly T = new(2026, 11, 24);
    private static readonly DateOnly D = new(2026, 11, 23);

    private readonly FakeBroker _broker = new() { Cash = 10_000m };
    private readonly InMemoryBarStore _bars = new();
    private readonly InMemoryObjectStore _objects = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 24, 20, 45, 0, TimeSpan.Zero));

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Holding H(string symbol, double weight) => new(Symbol.Parse(symbol), weight);

    private static StrategyEvaluated Ok(string id, double allocation, double normalised, double? threshold, params Holding[] weights) =>
        new(new PortfolioStrategy(id, id + ".clj", allocation, normalised), D, weights, threshold, null, [], "eval-" + id, "c", "req-" + id,
            DateTime.UnixEpoch.ToUniversalTime());

    private static StrategyEvaluated Failed(string id, double normalised) =>
        new(new PortfolioStrategy(id, id + ".clj", normalised, normalised), D, null, null, Diagnostic.ForFile(id + ".clj", "DSL021", "no close"), [],
            "eval-" + id, "c", "req-" + id, DateTime.UnixEpoch.ToUniversalTime());

    private static PlanRebalanceRequest Request(
        IReadOnlyList<StrategyEvaluated> strategies, DateOnly? t = null, StrategyFailureMode mode = StrategyFailureMode.Abort, bool dryRun = false)
    {
        var date = t ?? T;
        return new(InstanceId.ForTradingDate(date).Value, date, NyseCalendar.PreviousTradingDay(date), strategies, mode, dryRun,
            "plan-1", InstanceId.ForTradingDate(date).Value, "portfolio-1", new DateTime(2026, 11, 24, 20, 45, 0, DateTimeKind.Utc));
    }

    private Task<RebalancePlanned> PlanAsync(PlanRebalanceRequest request) =>
        new PlanRebalanceActivity(_broker, _bars, _objects, _time).RunAsync(request, Ct);

    private Task SaveStateAsync(PortfolioState state) => JsonObjects.WriteAsync(_objects, PortfolioStateStore.Key, state, Ct);

    [Fact]
    public async Task Merge_ByNormalisedAllocation_WithContributionsAndAStoredPlan()
    {
        var request = Request([Ok("alpha", 0.3, 0.6, null, H("SPY", 1)), Ok("beta", 0.2, 0.4, null, H("SPY", 0.5), H("TLT", 0.5))]);

        var planned = await PlanAsync(request);

        Assert.Equal(PlanOutcome.Trades, planned.Outcome);
        Assert.Null(planned.Failure);
        Assert.Equal([("SPY", 0.8), ("TLT", 0.2)], planned.Target.Select(h => (h.Symbol.Value, Math.Round(h.Weight, 12))));
        Assert.Equal([("alpha", "SPY", 0.6), ("beta", "SPY", 0.2), ("beta", "TLT", 0.2)],
            planned.Contributions.OrderBy(c => c.StrategyId, StringComparer.Ordinal).ThenBy(c => c.Symbol)
                .Select(c => (c.StrategyId, c.Symbol.Value, Math.Round(c.Weight, 12))));
        Assert.All(planned.Slices, s => Assert.Equal(StrategyUse.Target, s.Use));
        Assert.False(planned.IsDegraded);
        Assert.Empty(planned.NewBooks);
        Assert.Empty(planned.PreviousTarget);
        Assert.Equal(new AccountFigures(10_000m, 10_000m, 10_000m), planned.Account);
        Assert.Equal([("SPY", RebalanceSide.Buy, 8000m), ("TLT", RebalanceSide.Buy, 2000m)],
            planned.Plan!.Items.Select(i => (i.Symbol.Value, i.Side, i.Delta)));
        Assert.Equal(InstanceId.ForTradingDate(T), planned.Plan.PlanId);
        Assert.Equal(("plan-1/reply", "plan-1", "2026-11-24"), (planned.EventId, planned.CausationId, planned.CorrelationId));

        Assert.Equal("plans/2026-11-24.json", planned.PlanKey);
        await using var stream = (await _objects.OpenReadAsync(planned.PlanKey!, Ct))!;
        var bytes = new byte[stream.Length];
        await stream.ReadExactlyAsync(bytes, Ct);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), planned.PlanSha256);
        var loaded = await new PlanStore(_objects).LoadAsync(planned.PlanKey!, planned.PlanSha256!, Ct);
        Assert.Equal(bytes, JsonObjects.Serialize(loaded));
        Assert.Equal(JsonObjects.Serialize(planned.Plan), bytes);
    }

    [Fact]
    public async Task AssetLookups_AFewAtATimeAndThePlanInSymbolOrder()
    {
        var symbols = Enumerable.Range(0, 20).Select(i => $"S{i:00}").ToArray();
        var (inFlight, most) = (0, 0);
        _broker.AssetLookup = async _ =>
        {
            var now = Interlocked.Increment(ref inFlight);
            InterlockedMax(ref most, now);
            await Task.Delay(20, Ct);
            Interlocked.Decrement(ref inFlight);
        };

        var planned = await PlanAsync(Request([Ok("alpha", 1, 1, null, [.. symbols.Reverse().Select(s => H(s, 0.05))])]));

        Assert.InRange(most, 2, 8);
        Assert.Equal(symbols, planned.Plan!.Items.Select(i => i.Symbol.Value));
    }

    private static void InterlockedMax(ref int target, int value)
    {
        for (var seen = Volatile.Read(ref target); value > seen; seen = Volatile.Read(ref target))
        {
            if (Interlocked.CompareExchange(ref target, value, seen) == seen)
                return;
        }
    }

    [Fact]
    public async Task DryRun_PlansButStoresNothing()
    {
        var planned = await PlanAsync(Request([Ok("alpha", 1, 1, null, H("SPY", 1))], dryRun: true));

        Assert.Equal(PlanOutcome.Trades, planned.Outcome);
        Assert.NotNull(planned.Plan);
        Assert.Null(planned.PlanKey);
        Assert.Null(planned.PlanSha256);
        Assert.Empty(_objects.Keys);
    }

    [Fact]
    public async Task AlreadyOnTarget_IsNoTradesAndStoresNothing()
    {
        _broker.Cash = 0m;
        _broker.Positions[Symbol.Parse("SPY")] = (10m, 10_000m);

        var planned = await PlanAsync(Request([Ok("alpha", 1, 1, null, H("SPY", 1))]));

        Assert.Equal(PlanOutcome.NoTrades, planned.Outcome);
        Assert.False(planned.Plan!.HasTrades);
        Assert.Null(planned.PlanKey);
        Assert.Empty(_objects.Keys);
    }

    [Fact]
    public async Task ForeignOpenOrders_Fail()
    {
        _broker.AddOpenOrder("manual-1", "SPY");

        var planned = await PlanAsync(Request([Ok("alpha", 1, 1, null, H("SPY", 1))]));

        Assert.Equal(PlanOutcome.Failed, planned.Outcome);
        Assert.Contains("open orders present: SPY (manual-1)", planned.Failure, StringComparison.Ordinal);
        Assert.Null(planned.Plan);
        Assert.Null(planned.PlanKey);
        Assert.NotNull(planned.Account);
        Assert.Empty(_objects.Keys);
    }

    [Fact]
    public async Task OwnOpenOrders_DoNotBlockThePlan()
    {
        var own = ClientOrderId.For(InstanceId.ForTradingDate(T), Symbol.Parse("SPY"), OrderSide.Buy, 0).Value;
        _broker.AddOpenOrder(own, "SPY");

        var planned = await PlanAsync(Request([Ok("alpha", 1, 1, null, H("SPY", 1))]));

        Assert.Equal(PlanOutcome.Trades, planned.Outcome);
    }
}
