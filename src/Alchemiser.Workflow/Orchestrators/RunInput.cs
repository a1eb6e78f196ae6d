using Alchemiser.Core.Market.Gate;
using Alchemiser.Workflow.Orchestration;

namespace Alchemiser.Workflow.Orchestrators;

/// <summary>
/// The input of a <see cref="DailyRun"/> (PIPELINE.md §1): which trading date, started how. Created by a starter (the
/// command line, the timer, the HTTP starter) after its gate; the root message of the run. Immutable.
/// </summary>
/// <param name="TradingDate">T, the trading date (the instance id's date).</param>
/// <param name="Kind">Scheduled, manual, forced or dry run.</param>
/// <param name="EventId">This message's id.</param>
/// <param name="CorrelationId">The run's correlation id (the instance id).</param>
/// <param name="CausationId">What caused the start (e.g. the HTTP request id); <see langword="null"/> for a root.</param>
/// <param name="Timestamp">When the starter created it, UTC.</param>
public sealed record RunInput(DateOnly TradingDate, RunKind Kind, string EventId, string CorrelationId, string? CausationId, DateTime Timestamp)
    : WorkflowEvent(EventId, CorrelationId, CausationId, Timestamp)
{
    /// <summary>The default of <see cref="CompletionTimeoutMinutes"/> (PIPELINE.md §12).</summary>
    public const int DefaultCompletionTimeoutMinutes = 30;

    /// <summary>How long the run waits for <c>ExecutionCompleted</c> before it fails and alerts.</summary>
    /// <value>Default 30; at least 1.</value>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public int CompletionTimeoutMinutes
    {
        get => _completionTimeoutMinutes;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            _completionTimeoutMinutes = value;
        }
    }

    private readonly int _completionTimeoutMinutes = DefaultCompletionTimeoutMinutes;

    /// <summary>Whether the run plans without placing orders.</summary>
    public bool IsDryRun => Kind == RunKind.DryRun;
}
