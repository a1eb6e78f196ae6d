namespace Alchemiser.Core.Execution;

/// <summary>Whole-cent rounding of dollar amounts and prices.</summary>
internal static class Cents
{
    /// <summary>One cent.</summary>
    public const decimal One = 0.01m;

    /// <summary>Rounds to cents, half away from zero (the money rule of PIPELINE.md §5.1).</summary>
    public static decimal Round(decimal amount) => Math.Round(amount, 2, MidpointRounding.AwayFromZero);

    /// <summary>Rounds down (toward negative infinity) to whole cents.</summary>
    public static decimal Floor(decimal amount) => Math.Round(amount, 2, MidpointRounding.ToNegativeInfinity);

    /// <summary>Rounds up (toward positive infinity) to whole cents.</summary>
    public static decimal Ceiling(decimal amount) => Math.Round(amount, 2, MidpointRounding.ToPositiveInfinity);

    /// <summary>Whether the amount is a whole number of cents.</summary>
    public static bool IsWhole(decimal amount) => Floor(amount) == amount;
}
