using Alchemiser.Core.Market.Gate;
using Alchemiser.Workflow.Brokers;
using Alchemiser.Workflow.Orchestration;

namespace Alchemiser.Workflow.Activities;

/// <summary>Asks the <see cref="GateActivity"/> whether trading date <paramref name="TradingDate"/> may run now.</summary>
/// <param name="TradingDate">T of the run.</param>
/// <param name="Kind">How the run was started (forced and dry runs skip G1–G4).</param>
/// <param name="EventId">This message's id.</param>
/// <param name="CorrelationId">The run's correlation id.</param>
/// <param name="CausationId">The run input's event id.</param>
/// <param name="Timestamp">When the orchestrator created it (its replay-safe clock).</param>
public sealed record GateRequest(DateOnly TradingDate, RunKind Kind, string EventId, string CorrelationId, string? CausationId, DateTime Timestamp)
    : WorkflowEvent(EventId, CorrelationId, CausationId, Timestamp);

/// <summary>What the gate decided.</summary>
public enum GateVerdict
{
    /// <summary>Trade.</summary>
    Pass,

    /// <summary>Not today (holiday, before open, too close to the close): a terminal Skipped run, no email.</summary>
    Skipped,

    /// <summary>The calendars disagree or the broker's date is not T: the run fails and alerts.</summary>
    Failed,
}

/// <summary>The gate's decision, recorded in the run (PIPELINE.md §2).</summary>
/// <param name="Verdict">Pass, skipped or failed.</param>
/// <param name="Rule">The rule that stopped the run (G1–G3, or <c>calendar</c>); null when passed.</param>
/// <param name="Reason">Why, in words.</param>
/// <param name="TradingDate">T.</param>
/// <param name="AsOf">D, the last trading day before T: strategies see closes up to D.</param>
/// <param name="Mode">The broker's mode (simulated, paper, live).</param>
/// <param name="BrokerTime">The broker clock's time when the gate ran, UTC.</param>
/// <param name="CloseUtc">T's close in UTC; null when T is not a trading day.</param>
/// <param name="EventId">This message's id.</param>
/// <param name="CorrelationId">The run's correlation id.</param>
/// <param name="CausationId">The request's event id.</param>
/// <param name="Timestamp">When the gate decided, UTC.</param>
public sealed record GateResult(
    GateVerdict Verdict,
    string? Rule,
    string Reason,
    DateOnly TradingDate,
    DateOnly AsOf,
    BrokerMode Mode,
    DateTime BrokerTime,
    DateTime? CloseUtc,
    string EventId,
    string CorrelationId,
    string? CausationId,
    DateTime Timestamp)
    : WorkflowEvent(EventId, CorrelationId, CausationId, Timestamp);
