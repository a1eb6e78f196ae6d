namespace Alchemiser.Workflow.Ledger;

/// <summary>One strategy's part of a ledger row (PIPELINE.md §8): its share and what that share attributes to it.</summary>
/// <param name="StrategyId">The strategy id, or <c>unattributed</c> for a full exit with no earlier contribution.</param>
/// <param name="Share">In (0, 1]; the shares of a row sum to 1.</param>
/// <param name="Notional">The row's notional times the share, in dollars.</param>
/// <param name="SlippageDollars">The row's slippage in dollars times the share (positive = cost).</param>
public sealed record LedgerAttribution(string StrategyId, decimal Share, decimal Notional, decimal SlippageDollars);
