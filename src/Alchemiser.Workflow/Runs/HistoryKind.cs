namespace Alchemiser.Workflow.Runs;

/// <summary>What a history row records (stored by name).</summary>
public enum HistoryKind
{
    /// <summary>An activity returned; the output is its result.</summary>
    ActivityCompleted,

    /// <summary>An activity failed on every attempt; the failure is its last error.</summary>
    ActivityFailed,

    /// <summary>An external event was delivered to a wait; the output is its payload.</summary>
    EventRaised,

    /// <summary>A durable timer fired.</summary>
    TimerFired,

    /// <summary>A wait for an external event timed out.</summary>
    TimedOut,
}
