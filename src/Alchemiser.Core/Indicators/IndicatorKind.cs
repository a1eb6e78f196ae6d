namespace Alchemiser.Core.Indicators;

/// <summary>
/// The indicators of the strategy language (DSL.md §6). Each member names one DSL indicator; see
/// <see cref="IndicatorSpec.Name"/> for the DSL spelling and <see cref="IndicatorSpec.PointsNeeded"/> for its history.
/// </summary>
public enum IndicatorKind
{
    /// <summary><c>current-price</c>: the newest point, in price (or NAV) units.</summary>
    CurrentPrice,

    /// <summary><c>moving-average-price</c> N: simple mean of the last N points, in price units.</summary>
    MovingAveragePrice,

    /// <summary><c>exponential-moving-average-price</c> N: EMA with α = 2/(N+1) seeded with the mean of the first N
    /// points, in price units.</summary>
    ExponentialMovingAveragePrice,

    /// <summary><c>rsi</c> N: Wilder's relative strength index, 0 to 100.</summary>
    Rsi,

    /// <summary><c>cumulative-return</c> N: return over the last N intervals, in percent.</summary>
    CumulativeReturn,

    /// <summary><c>moving-average-return</c> N: mean of the last N daily simple returns, in percent.</summary>
    MovingAverageReturn,

    /// <summary><c>stdev-return</c> N: population standard deviation of the last N daily returns, in daily percent
    /// (not annualised).</summary>
    StdevReturn,

    /// <summary><c>stdev-price</c> N: population standard deviation of the last N points, in price units.</summary>
    StdevPrice,

    /// <summary><c>max-drawdown</c> N: deepest fall from a running peak within the last N points, positive percent.</summary>
    MaxDrawdown,

    /// <summary><c>percentage-price-oscillator</c> S, L: (EMA_S − EMA_L) / EMA_L, in percent.</summary>
    PercentagePriceOscillator,

    /// <summary><c>percentage-price-oscillator-signal</c> S, L, K: EMA with window K of the PPO series, in percent.</summary>
    PercentagePriceOscillatorSignal,
}
