namespace Alchemiser.Core.Indicators;

/// <summary>
/// An indicator whose value depends only on the last few points, computed directly over them every time.
/// </summary>
/// <remarks>
/// Implemented by empty structs so that generic callers are specialized and the call is inlined. There is
/// deliberately no rolling sum: a value is a pure function of its window, summed oldest to newest as DSL.md §6.2
/// says, so it is bit-identical whatever the series start, and a 5e11 price leaving the window cannot disturb
/// the sum of the 10s that follow.
/// </remarks>
internal interface IWindowKernel
{
    /// <summary>The value as of <paramref name="index"/>. The caller guarantees
    /// <paramref name="index"/> + 1 ≥ the spec's points needed.</summary>
    static abstract double ValueAt(ReadOnlySpan<double> points, int index, int window);
}
