namespace Alchemiser.Core.Indicators;

/// <summary>
/// An indicator whose value depends on every point since the first, kept as O(1) running state.
/// </summary>
/// <remarks>Implemented by mutable structs; generic callers take them by reference so they are specialized.</remarks>
internal interface IRecursiveKernel
{
    /// <summary>Takes the next point and returns the value as of it, or NaN while there are too few points.
    /// A NaN point makes this and every later value NaN.</summary>
    double Next(double point);
}
