namespace Alchemiser.Workflow.Execution.Worker;

/// <summary>How an item of the plan ended (PIPELINE.md §6.5).</summary>
public enum ExecutionItemStatus
{
    /// <summary>The whole quantity filled.</summary>
    Filled,

    /// <summary>Some of the quantity filled; the reason says why the rest did not.</summary>
    PartiallyFilled,

    /// <summary>Orders were placed (or the item was stopped by a guard) and nothing filled.</summary>
    Unfilled,

    /// <summary>The item could not be traded: not tradable, no quote, spread too wide, rejected, or a cancel that was
    /// never confirmed.</summary>
    Failed,

    /// <summary>Skipped by rule, before any order: market closed, too late, or a quantity that rounds to zero.</summary>
    Skipped,
}
