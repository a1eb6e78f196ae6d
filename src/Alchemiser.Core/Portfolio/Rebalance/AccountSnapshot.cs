namespace Alchemiser.Core.Portfolio.Rebalance;

/// <summary>The broker account as the planner sees it (PIPELINE.md §5.1). Money in dollars.</summary>
/// <param name="Equity">E, the portfolio value V.</param>
/// <param name="Cash">C; may be negative on a margin account.</param>
/// <param name="BuyingPower">BP; only min(C, BP) is ever spent: leverage is never used.</param>
/// <param name="Positions">Every position, one per symbol.</param>
/// <param name="OpenOrders">Every open order.</param>
public sealed record AccountSnapshot(
    decimal Equity,
    decimal Cash,
    decimal BuyingPower,
    IReadOnlyList<PositionSnapshot> Positions,
    IReadOnlyList<OpenOrder> OpenOrders);
