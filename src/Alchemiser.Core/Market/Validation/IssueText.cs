using System.Globalization;

namespace Alchemiser.Core.Market.Validation;

/// <summary>Number formats for <see cref="BarIssue.Detail"/>: culture-independent, short, and readable across the
/// range of adjusted prices (0.0123 to 5e11).</summary>
internal static class IssueText
{
    public static string Invariant(FormattableString text) => FormattableString.Invariant(text);

    /// <summary>Whole numbers from 1e6, two decimals from 1, five decimals below 1, exponent form below 0.001.</summary>
    public static string Price(double value)
    {
        var magnitude = Math.Abs(value);
        var format = magnitude switch
        {
            >= 1e6 => "0",
            >= 1 or 0 => "0.00",
            >= 0.001 => "0.#####",
            _ => "0.##E+0",
        };
        return value.ToString(format, CultureInfo.InvariantCulture);
    }

    /// <summary>A signed percentage with one decimal, e.g. <c>+186.0%</c>.</summary>
    public static string Percent(double fraction) =>
        fraction.ToString("+0.0%;-0.0%;0.0%", CultureInfo.InvariantCulture);

    /// <summary>A daily volatility as a percentage with two decimals, e.g. <c>3.06%</c>.</summary>
    public static string Volatility(double value) => value.ToString("0.00%", CultureInfo.InvariantCulture);

    /// <summary>A ratio with one decimal, e.g. <c>38.9</c>.</summary>
    public static string Ratio(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);
}
