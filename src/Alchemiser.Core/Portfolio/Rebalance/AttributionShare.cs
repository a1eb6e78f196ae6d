namespace Alchemiser.Core.Portfolio.Rebalance;

/// <summary>One strategy's share of a trade (PIPELINE.md §8); the shares of an item sum to 1.</summary>
/// <param name="StrategyId">The strategy id, or <see cref="Unattributed"/>.</param>
/// <param name="Share">In (0, 1].</param>
public sealed record AttributionShare(string StrategyId, double Share)
{
    /// <summary>The strategy id of a full exit with no previous contributions.</summary>
    public const string Unattributed = "unattributed";
}
