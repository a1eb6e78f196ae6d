namespace Alchemiser.Workflow.Ledger;

/// <summary>The kind of order a ledger row records (PIPELINE.md §8).</summary>
public enum LedgerOrderType
{
    /// <summary>A limit step of the walk (steps 0–2): <c>limit</c>.</summary>
    Limit,

    /// <summary>The final marketable limit (step 3): <c>marketable-limit</c>.</summary>
    MarketableLimit,

    /// <summary>A market order (step 3 with <c>finalOrder = market</c>): <c>market</c>.</summary>
    Market,
}
