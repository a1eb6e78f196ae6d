using Alchemiser.Core.Execution;
using Alchemiser.Core.Market;
using Alchemiser.Core.Portfolio;
using Alchemiser.Core.Portfolio.Rebalance;
using Alchemiser.Core.Signals;

namespace Alchemiser.Core.Tests.Portfolio.Rebalance;

/// <summary>Small builders for planner requests.</summary>
internal static class PlanInputs
{
    public static readonly InstanceId Day = InstanceId.Parse("2026-11-24");

    public static Symbol S(string ticker) => Symbol.Parse(ticker);

    public static PositionSnapshot Held(string ticker, decimal value, decimal? quantity = null) =>
        new(S(ticker), quantity ?? 10m, value);

    /// <summary>A target from (strategy, symbol, contribution) triples; w_s = Σ contributions.</summary>
    public static ConsolidatedPortfolio Target(params (string Strategy, string Ticker, double Contribution)[] parts)
    {
        var contributions = parts.Select(p => new Contribution(p.Strategy, S(p.Ticker), p.Contribution)).ToList();
        var weights = contributions.GroupBy(c => c.Symbol).OrderBy(g => g.Key)
            .Select(g => new Holding(g.Key, g.Sum(c => c.Weight))).ToList();
        return new ConsolidatedPortfolio(weights, contributions);
    }

    public static RebalanceRequest Request(
        decimal equity,
        decimal cash,
        decimal buyingPower,
        IReadOnlyList<PositionSnapshot> positions,
        ConsolidatedPortfolio target,
        decimal phi = 1m,
        IReadOnlyList<OpenOrder>? openOrders = null,
        IReadOnlyList<AssetInfo>? assets = null,
        IReadOnlyList<Contribution>? previous = null)
    {
        assets ??= [.. positions.Select(p => p.Symbol).Concat(target.Weights.Select(h => h.Symbol)).Distinct().Select(s => new AssetInfo(s, true, true))];
        return new RebalanceRequest(
            Day, new AccountSnapshot(equity, cash, buyingPower, positions, openOrders ?? []), target, assets, new RebalanceSettings(phi), previous ?? []);
    }

    public static RebalancePlan PlanOf(RebalanceRequest request)
    {
        var outcome = RebalancePlanner.Plan(request);
        Assert.True(outcome.Succeeded, outcome.Failure?.Message);
        return outcome.Plan;
    }

    public static RebalanceItem Item(this RebalancePlan plan, string ticker) => plan.Items.Single(i => i.Symbol == S(ticker));
}
