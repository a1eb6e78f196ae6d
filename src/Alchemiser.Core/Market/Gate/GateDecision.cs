namespace Alchemiser.Core.Market.Gate;

/// <summary>What the gate decided.</summary>
public enum GateOutcome
{
    /// <summary>Run.</summary>
    Pass,

    /// <summary>Do not run today, and record why (holiday, before open, too close to the close): no email.</summary>
    Skipped,

    /// <summary>A timer slot that is not today's slot (another slot is): nothing is recorded.</summary>
    Ignored,
}

/// <summary>The gate's decision for a moment, with the rule and the reason.</summary>
/// <param name="Outcome">Pass, skip or ignore.</param>
/// <param name="TradingDate">T, the New York date of the moment.</param>
/// <param name="Rule">The rule that decided (<c>G1</c>–<c>G4</c>), or null on a pass.</param>
/// <param name="Reason">A human sentence, e.g. "market holiday: Thanksgiving Day".</param>
/// <param name="Session">T's session when it is a trading day.</param>
public sealed record GateDecision(GateOutcome Outcome, DateOnly TradingDate, string? Rule, string Reason, TradingSession? Session)
{
    /// <summary>True when the run may go ahead.</summary>
    public bool Passed => Outcome == GateOutcome.Pass;
}
