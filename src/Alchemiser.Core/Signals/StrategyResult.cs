using Alchemiser.Core.Dsl;
using Alchemiser.Core.Signals.Tracing;

namespace Alchemiser.Core.Signals;

/// <summary>A strategy evaluated as of one date: the allocation, or the one diagnostic that stopped it (DSL.md §3.3).</summary>
public sealed record StrategyResult(string Strategy, DateOnly AsOf, Allocation? Allocation, Diagnostic? Error, FailureClass? FailureClass, StrategyTrace? Trace)
{
    /// <summary>True when the strategy produced an allocation.</summary>
    public bool Succeeded => Allocation is not null;
}
