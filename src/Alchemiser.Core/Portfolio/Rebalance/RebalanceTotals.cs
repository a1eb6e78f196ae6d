namespace Alchemiser.Core.Portfolio.Rebalance;

/// <summary>The plan's totals (PIPELINE.md §5.2–§5.3). Money in dollars, rounded to cents.</summary>
/// <param name="PortfolioValue">V = E.</param>
/// <param name="DeploymentFraction">φ.</param>
/// <param name="Deployable">Dep = φ × V.</param>
/// <param name="MinimumTrade">m.</param>
/// <param name="Cash">C.</param>
/// <param name="BuyingPower">BP.</param>
/// <param name="SellProceeds">S = Σ |Δ| over sells.</param>
/// <param name="Buys">B = Σ Δ over buys before scaling.</param>
/// <param name="Available">A = max(0, min(C, BP)) + S.</param>
/// <param name="ScaleFactor">k: 1, or A / B rounded down to 6 decimals when B &gt; A + $0.01.</param>
/// <param name="ScaledBuys">Σ Δ over the buys of the plan, after scaling; never more than A.</param>
public sealed record RebalanceTotals(
    decimal PortfolioValue,
    decimal DeploymentFraction,
    decimal Deployable,
    decimal MinimumTrade,
    decimal Cash,
    decimal BuyingPower,
    decimal SellProceeds,
    decimal Buys,
    decimal Available,
    decimal ScaleFactor,
    decimal ScaledBuys);
