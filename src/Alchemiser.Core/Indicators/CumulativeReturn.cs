namespace Alchemiser.Core.Indicators;

/// <summary><c>cumulative-return</c> N: (p[t] / p[t−N] − 1) × 100, percent.</summary>
internal readonly struct CumulativeReturn : IWindowKernel
{
    public static double ValueAt(ReadOnlySpan<double> points, int index, int window) =>
        (points[index] / points[index - window] - 1) * 100;
}
