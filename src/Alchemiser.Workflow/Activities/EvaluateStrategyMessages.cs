using Alchemiser.Core.Dsl;
using Alchemiser.Core.Signals;
using Alchemiser.Workflow.Orchestration;

namespace Alchemiser.Workflow.Activities;

/// <summary>Asks the <see cref="EvaluateStrategyActivity"/> for one strategy's allocation as of <paramref name="AsOf"/>.</summary>
/// <param name="Strategy">The strategy.</param>
/// <param name="AsOf">D: the evaluation sees closes up to and including this date.</param>
/// <param name="EventId">This message's id.</param>
/// <param name="CorrelationId">The run's correlation id.</param>
/// <param name="CausationId">The portfolio's event id.</param>
/// <param name="Timestamp">When the orchestrator created it.</param>
public sealed record EvaluateStrategyRequest(PortfolioStrategy Strategy, DateOnly AsOf, string EventId, string CorrelationId, string? CausationId, DateTime Timestamp)
    : WorkflowEvent(EventId, CorrelationId, CausationId, Timestamp);

/// <summary>
/// One strategy's outcome: its weights, or the diagnostic that explains why it has none. A DSL failure is a result,
/// not an exception: it is deterministic and is not retried (PIPELINE.md §1).
/// </summary>
/// <param name="Strategy">The strategy.</param>
/// <param name="AsOf">D.</param>
/// <param name="Weights">W_k, summing to 1; null when it failed.</param>
/// <param name="RebalanceThreshold">θ_k from <c>:rebalance-threshold</c>, as a fraction; null when the strategy has none.</param>
/// <param name="Error">Why it failed (file:line:col, code, message, excerpt); null when it succeeded.</param>
/// <param name="Decisions">The key decisions from the trace (each taken <c>if</c> branch, each filter's winners), at most 10 lines.</param>
/// <param name="EventId">This message's id.</param>
/// <param name="CorrelationId">The run's correlation id.</param>
/// <param name="CausationId">The request's event id.</param>
/// <param name="Timestamp">When it was evaluated, UTC.</param>
public sealed record StrategyEvaluated(
    PortfolioStrategy Strategy,
    DateOnly AsOf,
    IReadOnlyList<Holding>? Weights,
    double? RebalanceThreshold,
    Diagnostic? Error,
    IReadOnlyList<string> Decisions,
    string EventId,
    string CorrelationId,
    string? CausationId,
    DateTime Timestamp)
    : WorkflowEvent(EventId, CorrelationId, CausationId, Timestamp)
{
    /// <summary>Whether the strategy produced weights.</summary>
    public bool Succeeded => Weights is not null;
}
