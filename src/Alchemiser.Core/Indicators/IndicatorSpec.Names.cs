namespace Alchemiser.Core.Indicators;

public sealed partial record IndicatorSpec
{
    // Indexed by IndicatorKind; the order must match the enum.
    private static readonly string[] DslNames =
    [
        "current-price",
        "moving-average-price",
        "exponential-moving-average-price",
        "rsi",
        "cumulative-return",
        "moving-average-return",
        "stdev-return",
        "stdev-price",
        "max-drawdown",
        "percentage-price-oscillator",
        "percentage-price-oscillator-signal",
    ];

    /// <summary>
    /// The kind whose DSL name is <paramref name="dslName"/> (exact, case-sensitive match, as the DSL spells it),
    /// or <see langword="null"/> when no indicator has that name (including the reserved <c>ma</c> and
    /// <c>volatility</c>).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="dslName"/> is null.</exception>
    public static IndicatorKind? KindFromName(string dslName)
    {
        ArgumentNullException.ThrowIfNull(dslName);
        for (var i = 0; i < DslNames.Length; i++)
        {
            if (string.Equals(DslNames[i], dslName, StringComparison.Ordinal))
                return (IndicatorKind)i;
        }

        return null;
    }
}
