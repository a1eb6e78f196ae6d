namespace Alchemiser.Core.Indicators;

/// <summary><c>moving-average-price</c> N: (p[t−N+1] + … + p[t]) / N.</summary>
internal readonly struct MovingAveragePrice : IWindowKernel
{
    public static double ValueAt(ReadOnlySpan<double> points, int index, int window) =>
        WindowStatistics.Mean(points.Slice(index - window + 1, window));
}
