using Alchemiser.Workflow.Orchestration;
using Alchemiser.Workflow.Orchestrators;

namespace Alchemiser.Workflow.Activities;

/// <summary>Asks the <see cref="NotifyActivity"/> to finish the run: store its state and send its emails (PIPELINE.md §9).</summary>
/// <param name="Summary">What the run did.</param>
/// <param name="EventId">This message's id.</param>
/// <param name="CorrelationId">The run's correlation id.</param>
/// <param name="CausationId">The summary's event id.</param>
/// <param name="Timestamp">When the orchestrator created it.</param>
public sealed record NotifyRequest(RunSummary Summary, string EventId, string CorrelationId, string? CausationId, DateTime Timestamp)
    : WorkflowEvent(EventId, CorrelationId, CausationId, Timestamp);

/// <summary>What the notify step did.</summary>
/// <param name="Sent">The subjects of the emails sent (or already sent by an earlier attempt).</param>
/// <param name="ReportKey">Where the per-strategy CSV is stored; null when the run has no daily summary.</param>
/// <param name="StateRecorded">Whether the books and the last target were stored (a completed, non-dry run).</param>
/// <param name="EventId">This message's id.</param>
/// <param name="CorrelationId">The run's correlation id.</param>
/// <param name="CausationId">The request's event id.</param>
/// <param name="Timestamp">When it finished, UTC.</param>
public sealed record Notified(
    IReadOnlyList<string> Sent,
    string? ReportKey,
    bool StateRecorded,
    string EventId,
    string CorrelationId,
    string? CausationId,
    DateTime Timestamp)
    : WorkflowEvent(EventId, CorrelationId, CausationId, Timestamp);
