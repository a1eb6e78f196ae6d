using Alchemiser.Core.Market;

namespace Alchemiser.Core.Signals;

/// <summary>
/// A partial allocation inside the evaluator: series and weights in first-appearance order, not normalised.
/// Immutable once built; small (a handful of symbols), so merging is a linear scan.
/// </summary>
internal sealed class Weights
{
    public static readonly Weights Empty = new([], []);

    public Weights(PriceSeries[] series, double[] values)
    {
        Series = series;
        Values = values;
    }

    public PriceSeries[] Series { get; }

    public double[] Values { get; }

    public int Count => Series.Length;

    public static Weights Single(PriceSeries series) => new([series], [1.0]);
}
