namespace Alchemiser.Core.Market;

/// <summary>
/// Completed daily bars of one symbol, oldest first, in columns. Prices are split- and dividend-adjusted.
/// </summary>
/// <remarks>
/// <see cref="Close"/> is always present. <see cref="Open"/>, <see cref="High"/>, <see cref="Low"/> and
/// <see cref="Volume"/> are <see langword="null"/> when the source only gives closes, and hold
/// <see cref="double.NaN"/> for a single bar that lacks the value. All arrays have the length of <see cref="Dates"/>.
/// Treat the arrays as read-only.
/// </remarks>
public sealed record BarSeries(
    Symbol Symbol,
    DateOnly[] Dates,
    double[] Close,
    double[]? Open = null,
    double[]? High = null,
    double[]? Low = null,
    double[]? Volume = null)
{
    /// <summary>Number of bars.</summary>
    public int Count => Dates.Length;

    /// <summary>Date of the first bar, or <see langword="null"/> when there are none.</summary>
    public DateOnly? FirstDate => Dates.Length == 0 ? null : Dates[0];

    /// <summary>Date of the last bar, or <see langword="null"/> when there are none.</summary>
    public DateOnly? LastDate => Dates.Length == 0 ? null : Dates[^1];
}
