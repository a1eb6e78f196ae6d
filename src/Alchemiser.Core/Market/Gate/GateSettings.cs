namespace Alchemiser.Core.Market.Gate;

/// <summary>The gate's settings (PIPELINE.md §2, §12).</summary>
/// <param name="MinutesBeforeClose">The scheduled slot: close − this (default 15).</param>
/// <param name="SlotToleranceMinutes">How far a timer may fire from the slot and still be today's (default 5).</param>
/// <param name="LatestStartMinutes">No run starts later than close − this (default 10).</param>
public sealed record GateSettings(int MinutesBeforeClose = 15, int SlotToleranceMinutes = 5, int LatestStartMinutes = 10)
{
    /// <summary>The defaults.</summary>
    public static GateSettings Default { get; } = new();
}
