namespace Alchemiser.Core.Market.Validation;

/// <summary>
/// The thresholds of <see cref="BarValidator"/>. The defaults are calibrated on 287 real adjusted close series
/// (1.46 M bars): they flag the known bad bars and none of the crash days, VIX spikes or earnings gaps.
/// </summary>
/// <remarks>Immutable; <see cref="BarValidator"/>'s constructor checks the ranges.</remarks>
public sealed record BarValidationOptions
{
    /// <summary>The shared default options.</summary>
    public static BarValidationOptions Default { get; } = new();

    /// <summary>A daily rise above which a 1x symbol's move is examined, as a fraction.</summary>
    /// <value>0.25: a rise of more than 25% or a fall of more than 20% (the fall that such a rise undoes). It is
    /// multiplied by |leverage| for leveraged and inverse funds (3x: above +75% or below -42.9%), never by less than
    /// 1. Must be positive.</value>
    public double JumpThreshold { get; init; } = 0.25;

    /// <summary>The same threshold for VIX futures funds (<see cref="LeveragedProduct.IsVolatility"/>), also scaled
    /// by |leverage| when it exceeds 1.</summary>
    /// <value>0.5. Must be positive.</value>
    public double VolatilityJumpThreshold { get; init; } = 0.5;

    /// <summary>How far a sibling's predicted move may be from the symbol's and still explain it: the prediction
    /// must have the same sign and lie between the move divided and multiplied by this factor.</summary>
    /// <value>2. Must be at least 1.</value>
    public double SiblingTolerance { get; init; } = 2.0;

    /// <summary>How many bars after a jump the price may take to come back for the jump to count as a spike (a
    /// reversal) rather than a new level.</summary>
    /// <value>2. Zero treats every jump as a new level.</value>
    public int ReversalBars { get; init; } = 2;

    /// <summary>How close to the level before the jump a price must come back, as a fraction of the jump's size in
    /// log terms.</summary>
    /// <value>0.25. Between 0 and 1.</value>
    public double ReversalFraction { get; init; } = 0.25;

    /// <summary>How many daily returns on each side of a jump (the jump and its reversal excluded) measure the
    /// symbol's own volatility around it.</summary>
    /// <value>20. Must be positive.</value>
    public int VolatilityWindow { get; init; } = 20;

    /// <summary>The fewest non-zero returns around a jump for that volatility to be trusted. With fewer, or when
    /// most returns around it are zero (an illiquid or stale quote), the symbol's history cannot call a jump
    /// suspicious.</summary>
    /// <value>10. Must be positive.</value>
    public int MinVolatilityReturns { get; init; } = 10;

    /// <summary>How many times its own daily volatility a spike (a jump that reverses) must be to be flagged when no
    /// sibling has data.</summary>
    /// <value>12. Black Monday's rebound in XOM is 9.3; the bad prints in the real data are 16.8 and more.</value>
    public double SpikeSigmas { get; init; } = 12;

    /// <summary>How many times its own daily volatility a jump to a new level must be to be flagged when no sibling
    /// has data.</summary>
    /// <value>30. Earnings and trial-result gaps in the real data reach 26; an unadjusted split reaches 39.</value>
    public double LevelShiftSigmas { get; init; } = 30;

    /// <summary>How many daily returns on each side of a jump measure the symbol's usual volatility (robustly: from
    /// the median absolute return) when siblings contradict the jump.</summary>
    /// <value>250. Must be positive.</value>
    public int BaselineWindow { get; init; } = 250;

    /// <summary>How many times its usual volatility the volatility around a jump must be for the market to count as
    /// turbulent, which alone lets a jump stand that its siblings contradict.</summary>
    /// <value>2. SVXY on 2018-02-06 is 4.3; SOXS on 2010-12-14 is 0.7. Must be positive.</value>
    public double TurbulenceRatio { get; init; } = 2;

    /// <summary>How many completed sessions the last bar may lag the last completed session before the symbol is
    /// stale.</summary>
    /// <value>0: the last bar must be the last completed session. Must not be negative.</value>
    public int StaleTolerance { get; init; }
}
