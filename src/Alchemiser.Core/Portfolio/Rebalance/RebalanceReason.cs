namespace Alchemiser.Core.Portfolio.Rebalance;

/// <summary>Why an item of the plan is what it is (PIPELINE.md §5.5).</summary>
public enum RebalanceReason
{
    /// <summary>Buy of a symbol not held.</summary>
    New,

    /// <summary>Buy of a symbol already held.</summary>
    Increase,

    /// <summary>Partial sell toward a smaller target.</summary>
    Decrease,

    /// <summary>Full exit: the target is 0, the whole position is sold.</summary>
    Exit,

    /// <summary>|Δ| is below the minimum trade size (before or after scaling), or 0.</summary>
    HoldBelowMinimum,

    /// <summary>Buy scaled down by k to fit the available cash (§5.3).</summary>
    Scaled,

    /// <summary>The asset is not tradable: no trade; a target's dollars stay in cash.</summary>
    NotTradable,
}
