namespace Alchemiser.Core.Indicators;

/// <summary><c>stdev-return</c> N: population σ(r[t−N+1..t]) × 100, daily percent, not annualised.</summary>
internal readonly struct StdevReturn : IWindowKernel
{
    public static double ValueAt(ReadOnlySpan<double> points, int index, int window) =>
        DailyReturns.PopulationStandardDeviation(points.Slice(index - window, window + 1)) * 100;
}
