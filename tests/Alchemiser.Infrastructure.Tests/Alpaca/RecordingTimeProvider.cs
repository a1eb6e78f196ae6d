using System.Collections.Concurrent;
using Microsoft.Extensions.Time.Testing;

namespace Alchemiser.Infrastructure.Tests.Alpaca;

/// <summary>
/// A <see cref="FakeTimeProvider"/> that records every one-shot timer the code under test starts, except those of
/// <paramref name="attemptTimeout"/> (the per-attempt timeout, told apart by its length), and can run an operation
/// while letting each recorded wait elapse at once: retries then happen without real sleeping, and the tests can
/// assert the exact waits asked for.
/// </summary>
internal sealed class RecordingTimeProvider(TimeSpan attemptTimeout) : FakeTimeProvider
{
    private readonly ConcurrentQueue<TimeSpan> _pending = new();
    private readonly ConcurrentQueue<TimeSpan> _waits = new();

    /// <summary>Every wait started so far (retry delays), in order.</summary>
    public IReadOnlyList<TimeSpan> Waits => [.. _waits];

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        if (dueTime != Timeout.InfiniteTimeSpan && period == Timeout.InfiniteTimeSpan && dueTime != attemptTimeout)
        {
            _waits.Enqueue(dueTime);
            _pending.Enqueue(dueTime);
        }

        return base.CreateTimer(callback, state, dueTime, period);
    }

    /// <summary>Runs <paramref name="operation"/>, advancing the clock by each wait as soon as it starts.</summary>
    public async Task<T> RunAsync<T>(Func<Task<T>> operation, CancellationToken cancellationToken)
    {
        var task = operation();
        while (!task.IsCompleted)
        {
            if (_pending.TryDequeue(out var wait))
                Advance(wait);
            else
                await Task.WhenAny(task, Task.Delay(2, cancellationToken));
        }

        return await task;
    }
}
