namespace Alchemiser.Core.Dsl.Loading;

/// <summary>The 28 operator names of DSL.md §5.</summary>
internal static class Operators
{
    private static readonly HashSet<string> Names = new(StringComparer.Ordinal)
    {
        "defsymphony", "if", ">", "<", ">=", "<=", "=", "weight-equal", "weight-specified", "weight-inverse-volatility",
        "group", "asset", "filter", "select-top", "select-bottom", "rsi", "current-price", "moving-average-price",
        "moving-average-return", "cumulative-return", "exponential-moving-average-price", "stdev-return", "stdev-price",
        "max-drawdown", "percentage-price-oscillator", "percentage-price-oscillator-signal", "ma", "volatility",
    };

    public static bool IsKnown(string name) => Names.Contains(name);

    public static bool IsComparator(string name) => name is ">" or "<" or ">=" or "<=" or "=";
}
