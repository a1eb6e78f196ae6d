namespace Alchemiser.Workflow.Orchestration;

/// <summary>
/// The base of every message and event that travels through the workflow (activity inputs and outputs, external
/// events such as <c>ExecutionCompleted</c>). Ids and the timestamp are passed in by the caller, never stamped from a
/// clock here: inside an orchestrator take them from <see cref="IWorkflowContext.NewGuid"/>, the instance id and
/// <see cref="IWorkflowContext.CurrentUtcDateTime"/>. Immutable (<c>init</c>-only).
/// </summary>
/// <param name="EventId">This message's id; unique within the correlation.</param>
/// <param name="CorrelationId">The id shared by everything one run produces (normally the instance id).</param>
/// <param name="CausationId">The <see cref="EventId"/> of the message that caused this one; <see langword="null"/> for a root.</param>
/// <param name="Timestamp">When the message was created, UTC (<see cref="DateTimeKind.Utc"/>).</param>
public abstract record WorkflowEvent(string EventId, string CorrelationId, string? CausationId, DateTime Timestamp)
{
    /// <summary>This message's id; unique within the correlation.</summary>
    public string EventId { get; init; } = Required(EventId, nameof(EventId));

    /// <summary>The id shared by everything one run produces (normally the instance id).</summary>
    public string CorrelationId { get; init; } = Required(CorrelationId, nameof(CorrelationId));

    /// <summary>The id of the message that caused this one; <see langword="null"/> for a root message.</summary>
    public string? CausationId { get; init; } = CausationId;

    /// <summary>When the message was created, UTC.</summary>
    public DateTime Timestamp { get; init; } = Timestamp.Kind == DateTimeKind.Utc
        ? Timestamp
        : throw new ArgumentException("the timestamp must be UTC (DateTimeKind.Utc)", nameof(Timestamp));

    private static string Required(string value, string name) =>
        string.IsNullOrWhiteSpace(value) ? throw new ArgumentException("must not be empty", name) : value;
}
