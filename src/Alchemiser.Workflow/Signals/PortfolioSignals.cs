using Alchemiser.Core.Portfolio;

namespace Alchemiser.Workflow.Signals;

/// <summary>Every strategy of the portfolio as of one date, and the consolidated portfolio when all succeeded.</summary>
/// <param name="AsOf">The session evaluated.</param>
/// <param name="Strategies">One signal per portfolio entry, in portfolio order.</param>
/// <param name="Consolidated">The merge by allocation; null when any strategy failed (the run fails closed).</param>
public sealed record PortfolioSignals(DateOnly AsOf, IReadOnlyList<StrategySignal> Strategies, ConsolidatedPortfolio? Consolidated)
{
    /// <summary>True when every strategy succeeded.</summary>
    public bool Succeeded => Consolidated is not null;
}
