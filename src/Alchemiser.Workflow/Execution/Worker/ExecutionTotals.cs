namespace Alchemiser.Workflow.Execution.Worker;

/// <summary>Totals of an execution. Money in dollars.</summary>
/// <param name="SellNotional">Σ filled notional of the sells.</param>
/// <param name="BuyNotional">Σ filled notional of the buys.</param>
/// <param name="FailedSellNotional">F = Σ over the sells of (planned − filled dollars), at least 0 per item.</param>
/// <param name="BuyScale">k′, the factor the buys were scaled by after the sell phase (1 when not scaled or when the
/// buy phase never started).</param>
/// <param name="BuyLimit">The circuit breaker's limit, min(φ × E_plan, (1 + overrun) × Σ planned buys + m).</param>
/// <param name="OrdersPlaced">Orders placed at the broker.</param>
/// <param name="Filled">Items filled completely.</param>
/// <param name="PartiallyFilled">Items partially filled.</param>
/// <param name="Unfilled">Items with nothing filled.</param>
/// <param name="Failed">Items failed.</param>
/// <param name="Skipped">Items skipped by rule.</param>
/// <param name="SlippageDollars">Σ slippage dollars.</param>
public sealed record ExecutionTotals(
    decimal SellNotional,
    decimal BuyNotional,
    decimal FailedSellNotional,
    decimal BuyScale,
    decimal BuyLimit,
    int OrdersPlaced,
    int Filled,
    int PartiallyFilled,
    int Unfilled,
    int Failed,
    int Skipped,
    decimal SlippageDollars)
{
    /// <summary>Items that did not fill completely (failed, unfilled or partially filled): what the trader must look at.</summary>
    public int Shortfalls => Failed + Unfilled + PartiallyFilled;
}
