namespace Alchemiser.Core.Dsl.Syntax;

/// <summary>The metadata map of <c>defsymphony</c> (DSL.md §5.1). It does not affect evaluation.</summary>
public sealed record StrategyMetadata
{
    /// <summary>An empty map.</summary>
    public static StrategyMetadata Empty { get; } = new();

    /// <summary><c>:asset-class</c>, e.g. <c>EQUITIES</c>.</summary>
    public string? AssetClass { get; init; }

    /// <summary><c>:rebalance-frequency</c>.</summary>
    public RebalanceFrequency? RebalanceFrequency { get; init; }

    /// <summary><c>:rebalance-threshold</c>, a fraction of weight in (0, 1), applied by the rebalance planner.</summary>
    public double? RebalanceThreshold { get; init; }

    /// <summary>Unknown keys (warning DSL100) with their values as written.</summary>
    public IReadOnlyDictionary<string, string> Other { get; init; } = new Dictionary<string, string>();
}
