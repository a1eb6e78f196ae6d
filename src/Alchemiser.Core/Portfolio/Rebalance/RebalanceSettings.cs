namespace Alchemiser.Core.Portfolio.Rebalance;

/// <summary>The planner's settings (PIPELINE.md §5.2, §12). Immutable; validated on construction.</summary>
public sealed record RebalanceSettings
{
    /// <summary>Portfolio values below this use the percentage minimum trade size.</summary>
    public const decimal SmallPortfolioBelow = 1000m;

    /// <summary>Creates settings.</summary>
    /// <param name="deploymentFraction">φ, 0 &lt; φ ≤ 1; the cash reserve is 1 − φ. Default 1. φ &gt; 1 (margin) is rejected.</param>
    /// <param name="minTradeUsd">Minimum trade size when V ≥ $1,000; default $5.00. Positive.</param>
    /// <param name="minTradeFractionBelow1000">Minimum trade size as a fraction of V when V &lt; $1,000; default 0.01. In (0, 1].</param>
    /// <exception cref="ArgumentOutOfRangeException">A value out of range.</exception>
    public RebalanceSettings(decimal deploymentFraction = 1m, decimal minTradeUsd = 5.00m, decimal minTradeFractionBelow1000 = 0.01m)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(deploymentFraction, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(deploymentFraction, 1);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(minTradeUsd, 0);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(minTradeFractionBelow1000, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(minTradeFractionBelow1000, 1);
        DeploymentFraction = deploymentFraction;
        MinTradeUsd = minTradeUsd;
        MinTradeFractionBelow1000 = minTradeFractionBelow1000;
    }

    /// <summary>The defaults: φ = 1, $5.00, 1 %.</summary>
    public static RebalanceSettings Default { get; } = new();

    /// <summary>φ, the deployed share of the portfolio value.</summary>
    public decimal DeploymentFraction { get; }

    /// <summary>Minimum trade size in dollars when V ≥ $1,000.</summary>
    public decimal MinTradeUsd { get; }

    /// <summary>Minimum trade size as a fraction of V when V &lt; $1,000.</summary>
    public decimal MinTradeFractionBelow1000 { get; }
}
