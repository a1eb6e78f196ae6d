using Alchemiser.Core.Execution;
using Alchemiser.Workflow.Data;

namespace Alchemiser.Workflow.Execution;

/// <summary>
/// The execution queue's message (PIPELINE.md §5.5, §6.1): which instance's plan to execute, where the plan is stored
/// and its SHA-256, so that the worker can refuse a plan that changed after it was enqueued (a hash mismatch is a
/// poison message). Every id and the timestamp are passed in by the caller, never stamped here. Immutable.
/// </summary>
public sealed record ExecutionMessage
{
    /// <summary>The length of <see cref="PlanSha256"/>: 64 lower-case hex digits.</summary>
    public const int Sha256HexLength = 64;

    /// <summary>Creates a message after checking every argument.</summary>
    /// <param name="instanceId">The run whose plan this is (the plan id is the instance id).</param>
    /// <param name="planKey">The plan's <see cref="IObjectStore"/> key, e.g. <c>plans/2026-11-24.json</c>.</param>
    /// <param name="planSha256">SHA-256 of the stored plan's bytes, 64 hex digits (stored lower-case).</param>
    /// <param name="eventId">This message's id.</param>
    /// <param name="correlationId">The id shared by everything the run produces (normally the instance id).</param>
    /// <param name="causationId">The event id of the message that caused this one; <see langword="null"/> for a root.</param>
    /// <param name="timestamp">When the message was created, UTC (<see cref="DateTimeKind.Utc"/>).</param>
    /// <exception cref="ArgumentException">The instance id is the default value, the key is not a valid object key,
    /// the hash is not 64 hex digits, an id is empty, or the timestamp is not UTC.</exception>
    public ExecutionMessage(
        InstanceId instanceId,
        string planKey,
        string planSha256,
        string eventId,
        string correlationId,
        string? causationId,
        DateTime timestamp)
    {
        if (instanceId.Value is null)
            throw new ArgumentException("the instance id is the default value", nameof(instanceId));
        ObjectKey.ThrowIfInvalid(planKey, nameof(planKey));
        if (planSha256 is null || planSha256.Length != Sha256HexLength || !planSha256.All(char.IsAsciiHexDigit))
            throw new ArgumentException($"'{planSha256}' is not a SHA-256 of 64 hex digits", nameof(planSha256));
        ArgumentException.ThrowIfNullOrWhiteSpace(eventId);
        ArgumentException.ThrowIfNullOrWhiteSpace(correlationId);
        if (causationId is not null && string.IsNullOrWhiteSpace(causationId))
            throw new ArgumentException("a causation id is null or not blank", nameof(causationId));
        if (timestamp.Kind != DateTimeKind.Utc)
            throw new ArgumentException("the timestamp must be UTC (DateTimeKind.Utc)", nameof(timestamp));

        InstanceId = instanceId;
        PlanKey = planKey;
        PlanSha256 = planSha256.ToLowerInvariant();
        EventId = eventId;
        CorrelationId = correlationId;
        CausationId = causationId;
        Timestamp = timestamp;
    }

    /// <summary>The run whose plan this is; the plan id is the instance id.</summary>
    public InstanceId InstanceId { get; }

    /// <summary>Where the plan is stored: an <see cref="IObjectStore"/> key.</summary>
    public string PlanKey { get; }

    /// <summary>SHA-256 of the stored plan's bytes, 64 lower-case hex digits.</summary>
    public string PlanSha256 { get; }

    /// <summary>This message's id.</summary>
    public string EventId { get; }

    /// <summary>The id shared by everything the run produces (normally the instance id).</summary>
    public string CorrelationId { get; }

    /// <summary>The event id of the message that caused this one; <see langword="null"/> for a root message.</summary>
    public string? CausationId { get; }

    /// <summary>When the message was created, UTC.</summary>
    public DateTime Timestamp { get; }
}
