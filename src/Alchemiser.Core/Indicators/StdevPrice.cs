namespace Alchemiser.Core.Indicators;

/// <summary><c>stdev-price</c> N: population σ of p[t−N+1..t], two passes.</summary>
internal readonly struct StdevPrice : IWindowKernel
{
    public static double ValueAt(ReadOnlySpan<double> points, int index, int window) =>
        WindowStatistics.PopulationStandardDeviation(points.Slice(index - window + 1, window));
}
