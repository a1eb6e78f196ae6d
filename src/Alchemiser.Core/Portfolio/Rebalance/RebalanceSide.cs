namespace Alchemiser.Core.Portfolio.Rebalance;

/// <summary>What the plan does with a symbol.</summary>
public enum RebalanceSide
{
    /// <summary>Sell |Δ| dollars (or the whole position for a full exit).</summary>
    Sell,

    /// <summary>Buy Δ dollars.</summary>
    Buy,

    /// <summary>No trade; listed for the report only.</summary>
    Hold,
}
