namespace Alchemiser.Core.Portfolio;

/// <summary>The validated content of <c>strategies/portfolio.json</c> (PIPELINE.md §3).</summary>
public sealed record PortfolioDefinition(IReadOnlyList<PortfolioEntry> Strategies, StrategyFailureMode OnStrategyFailure);
