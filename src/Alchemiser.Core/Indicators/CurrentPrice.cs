namespace Alchemiser.Core.Indicators;

/// <summary><c>current-price</c>: p[t].</summary>
internal readonly struct CurrentPrice : IWindowKernel
{
    public static double ValueAt(ReadOnlySpan<double> points, int index, int window) => points[index];
}
