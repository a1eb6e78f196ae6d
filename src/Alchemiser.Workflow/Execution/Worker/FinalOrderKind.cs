namespace Alchemiser.Workflow.Execution.Worker;

/// <summary>What step 3, the final step of the walk, sends (PIPELINE.md §6.5, setting <c>Execution:FinalOrder</c>).</summary>
public enum FinalOrderKind
{
    /// <summary>A marketable limit order just through the fresh far side, never beyond the slippage cap (default).</summary>
    MarketableLimit,

    /// <summary>A market order, sent only when the fresh far side is within the slippage cap.</summary>
    Market,
}
