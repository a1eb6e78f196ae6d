using Microsoft.Extensions.Time.Testing;

namespace Alchemiser.Workflow.Tests.Orchestration;

/// <summary>
/// A <see cref="FakeTimeProvider"/> that counts the timers started on it, so a test can advance the clock only once
/// the code under test is actually waiting (advancing before the timer exists would move its due time too).
/// </summary>
internal sealed class TimerCountingTimeProvider(DateTimeOffset start) : FakeTimeProvider(start)
{
    private int _timersStarted;

    /// <summary>How many timers have been created so far.</summary>
    public int TimersStarted => Volatile.Read(ref _timersStarted);

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        Interlocked.Increment(ref _timersStarted);
        return timer;
    }
}
