using Alchemiser.Core.Portfolio;
using Alchemiser.Core.Portfolio.Rebalance;
using CsCheck;
using static Alchemiser.Core.Tests.Portfolio.Rebalance.PlanInputs;

namespace Alchemiser.Core.Tests.Portfolio.Rebalance;

public sealed class RebalancePlannerPropertyTests
{
    private static readonly string[] Universe = ["AAA", "BBB", "CCC", "DDD", "EEE", "BRK/B"];
    private static readonly string[] Strategies = ["nuclear", "ftlt/tqqq_ftlt", "tecl"];

    private static decimal Money(long cents) => cents / 100m;

    private static readonly Gen<ConsolidatedPortfolio> GenTarget =
        Gen.Select(Gen.Int[0, Strategies.Length - 1], Gen.Int[0, Universe.Length - 1], Gen.Double[0.01, 1]).Array[1, 10].Select(parts =>
        {
            var sum = parts.Sum(p => p.Item3);
            return Target([.. parts.Select(p => (Strategies[p.Item1], Universe[p.Item2], p.Item3 / sum))]);
        });

    private static readonly Gen<RebalanceRequest> GenRequest =
        Gen.Select(
            Gen.Long[0, 10_000_000],
            Gen.Long[-500_000, 10_000_000],
            Gen.Long[0, 20_000_000],
            Gen.Select(Gen.Int[0, Universe.Length - 1], Gen.Long[1, 5_000_000], Gen.Long[1, 1_000_000_000]).Array[0, 6],
            GenTarget,
            Gen.Int[1, 100],
            Gen.Int[0, 9].Array[Universe.Length]).Select(t =>
            {
                var (equity, cash, buyingPower, held, target, percent, tradable) = t;
                var positions = held.DistinctBy(h => h.Item1).Select(h => new PositionSnapshot(S(Universe[h.Item1]), h.Item3 / 1_000_000m, Money(h.Item2))).ToList();
                var assets = Universe.Select((u, i) => new AssetInfo(S(u), tradable[i] != 0, tradable[i] % 2 == 0)).ToList();
                var previous = new[] { new Contribution("nuclear", S("DDD"), 0.2), new Contribution("tecl", S("DDD"), 0.1) };
                return Request(Money(equity), Money(cash), Money(buyingPower), positions, target, phi: percent / 100m, assets: assets, previous: previous);
            });

    [Fact]
    public void Plan_Property_NeverNeedsMoreThanCashAvailableAfterSells() =>
        GenRequest.Sample(request =>
        {
            var plan = PlanOf(request);
            var sells = plan.Items.Where(i => i.Side == RebalanceSide.Sell).Sum(i => -i.Delta);
            var buys = plan.Items.Where(i => i.Side == RebalanceSide.Buy).Sum(i => i.Delta);
            var account = request.Account;
            return buys <= Math.Max(0, Math.Min(account.Cash, account.BuyingPower)) + sells + 0.01m;
        });

    [Fact]
    public void Plan_Property_EveryTradeReachesMinimumExceptFullExits() =>
        GenRequest.Sample(request =>
        {
            var plan = PlanOf(request);
            return plan.Items.All(i => i.Side == RebalanceSide.Hold
                ? i.Delta == 0
                : i.IsFullExit || (Math.Abs(i.Delta) >= plan.Totals.MinimumTrade && i.Delta != 0));
        });

    [Fact]
    public void Plan_Property_FullExitsSellExactlyTheHeldValueOfUntargetedPositions() =>
        GenRequest.Sample(request =>
        {
            var plan = PlanOf(request);
            var targeted = request.Target.Weights.Where(h => h.Weight > 0).Select(h => h.Symbol).ToHashSet();
            return plan.Items.Where(i => i.IsFullExit).All(i => i.Side == RebalanceSide.Sell && !targeted.Contains(i.Symbol)
                && i.Delta == -decimal.Round(i.CurrentValue, 2, MidpointRounding.AwayFromZero))
                && plan.Items.Where(i => i.Side == RebalanceSide.Sell && !i.IsFullExit).All(i => -i.Delta <= i.CurrentValue + 0.005m);
        });

    [Fact]
    public void Plan_Property_AttributionSharesSumToOne() =>
        GenRequest.Sample(request =>
        {
            var plan = PlanOf(request);
            return plan.Items.All(i => i.Attribution.Count > 0
                && i.Attribution.All(a => a.Share > 0 && a.Share <= 1 + 1e-12)
                && Math.Abs(i.Attribution.Sum(a => a.Share) - 1) < 1e-12);
        });

    [Fact]
    public void Plan_Property_OrderIsSellsThenBuysThenHolds() =>
        GenRequest.Sample(request =>
        {
            var items = PlanOf(request).Items;
            for (var i = 1; i < items.Count; i++)
            {
                var (a, b) = (items[i - 1], items[i]);
                if (a.Side > b.Side)
                    return false;
                if (a.Side == b.Side && a.Side != RebalanceSide.Hold && Math.Abs(a.Delta) < Math.Abs(b.Delta))
                    return false;
            }
            return true;
        });

    [Fact]
    public void Plan_Property_AccountOnTargetYieldsNoTrades() =>
        Gen.Select(Gen.Long[10_000, 100_000_000], Gen.Int[1, 100], GenTarget, Gen.Double[-1, 1].Array[Universe.Length]).Sample(t =>
        {
            var (equityCents, percent, target, noise) = t;
            var equity = Money(equityCents);
            var phi = percent / 100m;
            var minimum = equity < 1000m ? decimal.Round(equity / 100m, 2, MidpointRounding.AwayFromZero) : 5.00m;
            var deployable = decimal.Round(phi * equity, 2, MidpointRounding.AwayFromZero);
            var positions = new List<PositionSnapshot>();
            foreach (var holding in target.Weights)
            {
                // Within the minimum trade size of the target, by at most m − 1 cent.
                var targetValue = decimal.Round((decimal)holding.Weight * deployable, 2, MidpointRounding.AwayFromZero);
                var offset = decimal.Round((decimal)noise[Array.IndexOf(Universe, holding.Symbol.Value)] * (minimum - 0.01m), 2, MidpointRounding.ToZero);
                if (targetValue + offset > 0)
                    positions.Add(new PositionSnapshot(holding.Symbol, 1m, targetValue + offset));
            }
            var cash = equity - positions.Sum(p => p.MarketValue!.Value);
            var plan = PlanOf(Request(equity, cash, cash, positions, target, phi: phi));
            return !plan.HasTrades && plan.Items.All(i => i.Reason == RebalanceReason.HoldBelowMinimum);
        });
}
