namespace Alchemiser.Core.Portfolio;

/// <summary>One strategy of the portfolio.</summary>
/// <param name="File">Path relative to the strategies folder, with <c>/</c> separators, e.g. <c>ftlt/tqqq_ftlt.clj</c>.</param>
/// <param name="Allocation">The allocation as written, in (0, 1].</param>
/// <param name="Normalised">The allocation divided by the sum of all allocations.</param>
public sealed record PortfolioEntry(string File, double Allocation, double Normalised)
{
    /// <summary>The strategy id: the path without extension (<c>ftlt/tqqq_ftlt</c>), the key for attribution.</summary>
    public string StrategyId => File[..^".clj".Length];
}
