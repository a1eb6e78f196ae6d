using Alchemiser.Core.Dsl.Syntax;

namespace Alchemiser.Core.Signals.Tracing;

/// <summary>The whole decision trace of one strategy as of one date (DSL.md §9).</summary>
public sealed record StrategyTrace(
    string Name, string Path, StrategyMetadata Metadata, DateOnly AsOf, TraceNode? Root, IReadOnlyList<Holding> Allocation, IReadOnlyList<Holding> Dropped);
