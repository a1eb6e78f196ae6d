namespace Alchemiser.Workflow.Orchestration;

/// <summary>
/// Thrown into orchestrator code when an activity failed on every attempt; mirrors Durable Functions'
/// <c>TaskFailedException</c>. The activity's own exception does not cross the boundary: its
/// <see cref="FailureDetails"/> do.
/// </summary>
public sealed class ActivityFailedException : Exception
{
    /// <summary>Creates the exception for activity <paramref name="activityName"/> at <paramref name="sequence"/>.</summary>
    public ActivityFailedException(string activityName, int sequence, ActivityFailureDetails failureDetails)
        : base(Describe(activityName, sequence, failureDetails))
    {
        ActivityName = activityName;
        Sequence = sequence;
        FailureDetails = failureDetails;
    }

    /// <summary>Creates the exception with a message only (for serializers and tests).</summary>
    public ActivityFailedException()
        : this("unknown", 0, new ActivityFailureDetails(typeof(Exception).FullName!, "unknown failure"))
    {
    }

    /// <summary>Creates the exception with a message only (for serializers and tests).</summary>
    public ActivityFailedException(string message)
        : this(message, null)
    {
    }

    /// <summary>Creates the exception with a message and an inner exception (for serializers and tests).</summary>
    public ActivityFailedException(string message, Exception? innerException)
        : base(message, innerException)
    {
        ActivityName = "unknown";
        FailureDetails = innerException is null
            ? new ActivityFailureDetails(typeof(Exception).FullName!, message)
            : ActivityFailureDetails.FromException(innerException);
    }

    /// <summary>The activity's registered name.</summary>
    public string ActivityName { get; }

    /// <summary>The call's sequence number in the instance (1 for the first scheduled operation).</summary>
    public int Sequence { get; }

    /// <summary>The last attempt's failure.</summary>
    public ActivityFailureDetails FailureDetails { get; }

    private static string Describe(string name, int sequence, ActivityFailureDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        return $"Activity '{name}' (#{sequence}) failed: {details.Summary}";
    }
}
