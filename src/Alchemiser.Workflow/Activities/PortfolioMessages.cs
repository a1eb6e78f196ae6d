using Alchemiser.Core.Portfolio;
using Alchemiser.Workflow.Orchestration;

namespace Alchemiser.Workflow.Activities;

/// <summary>Asks the <see cref="LoadPortfolioActivity"/> for <c>portfolio.json</c>.</summary>
/// <param name="EventId">This message's id.</param>
/// <param name="CorrelationId">The run's correlation id.</param>
/// <param name="CausationId">The gate result's event id.</param>
/// <param name="Timestamp">When the orchestrator created it.</param>
public sealed record LoadPortfolioRequest(string EventId, string CorrelationId, string? CausationId, DateTime Timestamp)
    : WorkflowEvent(EventId, CorrelationId, CausationId, Timestamp);

/// <summary>One strategy of the portfolio (PIPELINE.md §3).</summary>
/// <param name="StrategyId">The path under <c>strategies/</c> without extension, e.g. <c>ftlt/tqqq_ftlt</c>.</param>
/// <param name="File">The relative file, e.g. <c>ftlt/tqqq_ftlt.clj</c>.</param>
/// <param name="Allocation">a_k as written.</param>
/// <param name="Normalised">â_k = a_k / Σa.</param>
public sealed record PortfolioStrategy(string StrategyId, string File, double Allocation, double Normalised);

/// <summary>The validated portfolio, or every problem that makes it unusable (then the run fails before evaluating).</summary>
/// <param name="Strategies">The strategies in file order; empty when <paramref name="Errors"/> is not.</param>
/// <param name="OnStrategyFailure">Abort (default) or hold-previous.</param>
/// <param name="Errors">Why the portfolio cannot be used; empty when it can.</param>
/// <param name="EventId">This message's id.</param>
/// <param name="CorrelationId">The run's correlation id.</param>
/// <param name="CausationId">The request's event id.</param>
/// <param name="Timestamp">When it was loaded, UTC.</param>
public sealed record PortfolioLoaded(
    IReadOnlyList<PortfolioStrategy> Strategies,
    StrategyFailureMode OnStrategyFailure,
    IReadOnlyList<string> Errors,
    string EventId,
    string CorrelationId,
    string? CausationId,
    DateTime Timestamp)
    : WorkflowEvent(EventId, CorrelationId, CausationId, Timestamp)
{
    /// <summary>Whether the portfolio can be used.</summary>
    public bool IsValid => Errors.Count == 0 && Strategies.Count > 0;
}
