namespace Alchemiser.Workflow.Execution.Worker;

/// <summary>
/// The equity circuit breaker of the buy phase (PIPELINE.md §6.6), scoped to this plan: before each buy order,
/// Σ buy notional filled + working + this order at its limit must not exceed the limit. Thread-safe.
/// </summary>
internal sealed class BuyBudget(decimal limit)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<int, decimal> _filled = [];
    private readonly Dictionary<int, decimal> _working = [];

    /// <summary>min(φ × E_plan, (1 + overrun) × Σ planned buys + m), in dollars.</summary>
    public decimal Limit { get; } = limit;

    /// <summary>Reserves <paramref name="notional"/> for item <paramref name="item"/>'s next order, replacing its
    /// earlier reservation; false (and nothing reserved) when that would exceed the limit.</summary>
    public bool TryReserve(int item, decimal notional)
    {
        lock (_gate)
        {
            var total = notional;
            foreach (var amount in _filled.Values)
                total = checked(total + amount);
            foreach (var (index, amount) in _working)
            {
                if (index != item)
                    total = checked(total + amount);
            }

            if (total > Limit)
                return false;
            _working[item] = notional;
            return true;
        }
    }

    /// <summary>Counts an order that already exists (an adopted one) as working, without a check.</summary>
    public void Adopt(int item, decimal notional)
    {
        lock (_gate)
            _working[item] = notional;
    }

    /// <summary>The item's order is terminal: its reservation is replaced by what it filled.</summary>
    public void Settle(int item, decimal filledNotional)
    {
        lock (_gate)
        {
            _working.Remove(item);
            _filled[item] = checked(_filled.GetValueOrDefault(item) + filledNotional);
        }
    }

    /// <summary>The item will place no order now (refused before submission).</summary>
    public void Release(int item)
    {
        lock (_gate)
            _working.Remove(item);
    }
}
