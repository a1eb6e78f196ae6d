namespace Alchemiser.Workflow.Orchestrators;

/// <summary>How a daily run ended (PIPELINE.md §9.1, plus Skipped for a gate that said "not now").</summary>
public enum RunOutcome
{
    /// <summary>Every item filled, or skipped by rule.</summary>
    Success,

    /// <summary>Execution completed but some item failed or is unfilled.</summary>
    Partial,

    /// <summary>Nothing to buy or sell.</summary>
    NoTrades,

    /// <summary>A failed strategy's previous slice was used (hold-previous).</summary>
    Degraded,

    /// <summary>The run could not complete its trading, or a guard tripped.</summary>
    Failed,

    /// <summary>Planned without placing orders.</summary>
    DryRun,

    /// <summary>The gate said not now (holiday, before open, too close to the close).</summary>
    Skipped,
}
