using Alchemiser.Core.Dsl.Loading;
using Alchemiser.Core.Portfolio;

namespace Alchemiser.Workflow.Strategies;

/// <summary>The strategy files and <c>portfolio.json</c> (the embedded default: the <c>strategies/</c> folder).</summary>
public interface IStrategyRepository
{
    /// <summary>Where the strategies live, for messages.</summary>
    string Location { get; }

    /// <summary>The portfolio, or every problem found in it (including files that do not exist).</summary>
    Task<PortfolioLoad> LoadPortfolioAsync(CancellationToken cancellationToken = default);

    /// <summary>Every <c>.clj</c> file, relative with <c>/</c> separators, in ordinal order.</summary>
    IReadOnlyList<string> ListStrategyFiles();

    /// <summary>Loads one strategy file (relative path); a missing or oversized file is DSL001.</summary>
    Task<LoadResult> LoadStrategyAsync(string file, CancellationToken cancellationToken = default);
}

/// <summary>The portfolio, or the problems that prevent using it.</summary>
public sealed record PortfolioLoad(PortfolioDefinition? Portfolio, IReadOnlyList<string> Errors);
