namespace Alchemiser.Workflow.Reports;

/// <summary>What a strategy contributed to the run (PIPELINE.md §9.3 item 4).</summary>
internal enum StrategyState
{
    /// <summary>Evaluated; its weights today were merged (U = W).</summary>
    Ok,

    /// <summary>Evaluated; its rebalance threshold held it at its drifted book.</summary>
    Held,

    /// <summary>Failed; hold-previous merged its slice of the previous trading day.</summary>
    ReusedPrevious,

    /// <summary>Failed; nothing of it was merged.</summary>
    Failed,
}
