namespace Alchemiser.Workflow.Orchestration;

/// <summary>
/// How an activity call is retried: maps one-to-one onto Durable Functions'
/// <c>RetryPolicy(maxNumberOfAttempts, firstRetryInterval, backoffCoefficient, maxRetryInterval, retryTimeout)</c>.
/// A value given at the call site, never a loop inside an activity.
/// </summary>
/// <remarks>
/// Counts <b>attempts</b>: "retry 2" is <c>new ActivityRetry(3, TimeSpan.FromSeconds(5), 2.0)</c>. The delay before
/// attempt n + 1 is <c>firstRetryInterval × backoffCoefficient^(n − 1)</c>, capped at <see cref="MaxRetryInterval"/>;
/// no retry starts once <see cref="RetryTimeout"/> has passed since the first attempt started. Immutable.
/// </remarks>
public sealed record ActivityRetry
{
    /// <summary>The default cap on one delay, as in <c>RetryPolicy</c>: one hour.</summary>
    public static readonly TimeSpan DefaultMaxRetryInterval = TimeSpan.FromHours(1);

    /// <summary>Creates a retry policy.</summary>
    /// <param name="maxAttempts">Attempts in all, including the first; at least 1.</param>
    /// <param name="firstRetryInterval">The delay before the second attempt; greater than zero.</param>
    /// <param name="backoffCoefficient">Factor applied to each further delay; at least 1 (default 1: constant delays).</param>
    /// <param name="maxRetryInterval">The longest single delay; default one hour; not less than <paramref name="firstRetryInterval"/>.</param>
    /// <param name="retryTimeout">How long after the first attempt started retries may begin; default infinite.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is outside the ranges above.</exception>
    public ActivityRetry(
        int maxAttempts,
        TimeSpan firstRetryInterval,
        double backoffCoefficient = 1.0,
        TimeSpan? maxRetryInterval = null,
        TimeSpan? retryTimeout = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxAttempts, 1);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(firstRetryInterval, TimeSpan.Zero);
        if (!(backoffCoefficient >= 1.0) || double.IsInfinity(backoffCoefficient))
            throw new ArgumentOutOfRangeException(nameof(backoffCoefficient), backoffCoefficient, "must be a finite number ≥ 1");
        var max = maxRetryInterval ?? DefaultMaxRetryInterval;
        ArgumentOutOfRangeException.ThrowIfLessThan(max, firstRetryInterval, nameof(maxRetryInterval));
        if (retryTimeout is { } timeout && timeout != Timeout.InfiniteTimeSpan)
            ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(timeout, TimeSpan.Zero, nameof(retryTimeout));

        MaxAttempts = maxAttempts;
        FirstRetryInterval = firstRetryInterval;
        BackoffCoefficient = backoffCoefficient;
        MaxRetryInterval = max;
        RetryTimeout = retryTimeout ?? Timeout.InfiniteTimeSpan;
    }

    /// <summary>Attempts in all, including the first; at least 1.</summary>
    public int MaxAttempts { get; }

    /// <summary>The delay before the second attempt.</summary>
    public TimeSpan FirstRetryInterval { get; }

    /// <summary>Factor applied to each further delay; at least 1.</summary>
    public double BackoffCoefficient { get; }

    /// <summary>The longest single delay (default one hour).</summary>
    public TimeSpan MaxRetryInterval { get; }

    /// <summary>How long after the first attempt started retries may begin; <see cref="Timeout.InfiniteTimeSpan"/> for no limit.</summary>
    public TimeSpan RetryTimeout { get; }

    /// <summary>
    /// The delay to wait after failed attempt <paramref name="attempt"/> before the next one, or <see langword="null"/>
    /// when no attempt is left or <paramref name="elapsed"/> (since the first attempt started) has reached the timeout.
    /// </summary>
    /// <param name="attempt">The attempt that just failed, from 1.</param>
    /// <param name="elapsed">Time since the first attempt started.</param>
    public TimeSpan? NextDelay(int attempt, TimeSpan elapsed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(attempt, 1);
        if (attempt >= MaxAttempts)
            return null;
        if (RetryTimeout != Timeout.InfiniteTimeSpan && elapsed >= RetryTimeout)
            return null;
        var ticks = FirstRetryInterval.Ticks * Math.Pow(BackoffCoefficient, attempt - 1);
        return ticks >= MaxRetryInterval.Ticks ? MaxRetryInterval : TimeSpan.FromTicks((long)ticks);
    }
}
