namespace Alchemiser.Workflow.Execution.Worker;

/// <summary>
/// The persisted state of one plan's execution (PIPELINE.md §6.1, §7): mutated only through
/// <see cref="ExecutionJournal.UpdateAsync"/>, which writes it after every change.
/// </summary>
internal sealed class ExecutionRecord
{
    public required string PlanId { get; init; }

    public ExecutionStage Stage { get; set; }

    /// <summary>k′, fixed once when the buy phase is prepared so that a replay never re-scales.</summary>
    public decimal? BuyScale { get; set; }

    public bool MarketClosed { get; set; }

    public bool BuysBlocked { get; set; }

    public bool CircuitBreaker { get; set; }

    /// <summary>Σ dollars the buying power cut from buys that still count as filled (within the plan's tolerance).</summary>
    public decimal ToleratedCuts { get; set; }

    /// <summary>One per buy or sell of the plan, in plan order.</summary>
    public List<ItemRecord> Items { get; init; } = [];

    /// <summary>Set when the execution is terminal.</summary>
    public ExecutionSummary? Summary { get; set; }
}

/// <summary>How far the execution got.</summary>
internal enum ExecutionStage
{
    /// <summary>Created; the sell phase has not finished.</summary>
    Selling,

    /// <summary>The sell phase has finished; the buy checks have not run.</summary>
    SellsDone,

    /// <summary>The buy checks ran (blocked, or scaled by k′); the buy phase may run.</summary>
    Buying,

    /// <summary>The summary is stored.</summary>
    Completed,
}
