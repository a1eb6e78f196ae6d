namespace Alchemiser.Core.Indicators;

/// <summary><c>moving-average-return</c> N: mean(r[t−N+1..t]) × 100, with r[i] = p[i] / p[i−1] − 1; percent.</summary>
internal readonly struct MovingAverageReturn : IWindowKernel
{
    public static double ValueAt(ReadOnlySpan<double> points, int index, int window) =>
        DailyReturns.Mean(points.Slice(index - window, window + 1)) * 100;
}
