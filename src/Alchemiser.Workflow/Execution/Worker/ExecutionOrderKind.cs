namespace Alchemiser.Workflow.Execution.Worker;

/// <summary>The order type of one step, as the ledger records it (PIPELINE.md §8).</summary>
public enum ExecutionOrderKind
{
    /// <summary>A limit step (0–2) at a ladder price: ledger <c>limit</c>.</summary>
    Limit,

    /// <summary>Step 3 as a marketable limit: ledger <c>marketable-limit</c>.</summary>
    MarketableLimit,

    /// <summary>Step 3 as a market order: ledger <c>market</c>.</summary>
    Market,
}
