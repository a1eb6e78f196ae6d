namespace Alchemiser.Core.Market.Gate;

/// <summary>How a daily run was started (PIPELINE.md §1).</summary>
public enum RunKind
{
    /// <summary>By the timer: every gate rule applies, including the slot rule G4.</summary>
    Scheduled,

    /// <summary>By a person (CLI, HTTP starter): G1–G3 apply.</summary>
    Manual,

    /// <summary><c>--force</c>: G1–G4 are skipped (the execution worker still never trades a closed market).</summary>
    Forced,

    /// <summary><c>--dry-run</c>: G1–G4 are skipped; nothing is enqueued.</summary>
    DryRun,
}
