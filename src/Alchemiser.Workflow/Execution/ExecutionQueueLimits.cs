namespace Alchemiser.Workflow.Execution;

/// <summary>Argument checks shared by every <see cref="IExecutionQueue"/> adapter, so that they accept the same values.</summary>
public static class ExecutionQueueLimits
{
    /// <summary>The shortest visibility timeout: 1 second.</summary>
    public static readonly TimeSpan MinVisibilityTimeout = TimeSpan.FromSeconds(1);

    /// <summary>The longest visibility timeout: 7 days.</summary>
    public static readonly TimeSpan MaxVisibilityTimeout = TimeSpan.FromDays(7);

    /// <summary>The most messages <see cref="IExecutionQueue.PeekPoisonedAsync"/> returns.</summary>
    public const int MaxPeek = 32;

    /// <summary>Throws unless <paramref name="visibilityTimeout"/> is within 1 second to 7 days.</summary>
    /// <exception cref="ArgumentOutOfRangeException">It is not.</exception>
    public static void ThrowIfInvalidVisibilityTimeout(TimeSpan visibilityTimeout, string parameterName = "visibilityTimeout")
    {
        if (visibilityTimeout < MinVisibilityTimeout || visibilityTimeout > MaxVisibilityTimeout)
            throw new ArgumentOutOfRangeException(parameterName, visibilityTimeout, "a visibility timeout is from 1 second to 7 days");
    }

    /// <summary>Throws unless <paramref name="maxDeliveries"/> is at least 1.</summary>
    /// <exception cref="ArgumentOutOfRangeException">It is not.</exception>
    public static void ThrowIfInvalidMaxDeliveries(int maxDeliveries, string parameterName = "maxDeliveries") =>
        ArgumentOutOfRangeException.ThrowIfLessThan(maxDeliveries, 1, parameterName);

    /// <summary>Throws unless <paramref name="maxCount"/> is from 1 to <see cref="MaxPeek"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">It is not.</exception>
    public static void ThrowIfInvalidPeekCount(int maxCount, string parameterName = "maxCount")
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxCount, 1, parameterName);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxCount, MaxPeek, parameterName);
    }

    /// <summary>The poison reason of a message delivered more than <paramref name="maxDeliveries"/> times.</summary>
    public static string TooManyDeliveries(int deliveryCount, int maxDeliveries) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"delivered {deliveryCount} times (max {maxDeliveries})");
}
