namespace Alchemiser.Core.Portfolio.Rebalance;

/// <summary>Why no plan could be made (PIPELINE.md §5.1).</summary>
public enum RebalanceFailureReason
{
    /// <summary>An open order was not created by this run's instance: the planner never trades around it.</summary>
    OpenOrdersPresent,

    /// <summary>A held position has no market value: the portfolio cannot be valued.</summary>
    MissingMarketValue,

    /// <summary>A position has a negative quantity: the planner does not trade short positions.</summary>
    ShortPosition,

    /// <summary>The account equity is negative.</summary>
    NegativeEquity,
}
