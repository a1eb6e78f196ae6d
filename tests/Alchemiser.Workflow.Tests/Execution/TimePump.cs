using Microsoft.Extensions.Time.Testing;

namespace Alchemiser.Workflow.Tests.Execution;

/// <summary>Runs work that waits on a <see cref="FakeTimeProvider"/>, advancing the fake clock while it runs.</summary>
internal static class TimePump
{
    /// <param name="time">The fake clock.</param>
    /// <param name="work">The work to run.</param>
    /// <param name="step">How far to advance per real millisecond (default 250 ms).</param>
    /// <param name="advanceWhen">Advance only once this holds (e.g. "the first order was placed"), so that a test
    /// about a deadline does not depend on how fast a loaded machine reaches the point under test.</param>
    public static async Task<T> RunAsync<T>(FakeTimeProvider time, Func<Task<T>> work, TimeSpan? step = null, Func<bool>? advanceWhen = null)
    {
        var task = Task.Run(work);
        var advance = step ?? TimeSpan.FromMilliseconds(250);
        var guard = 0;
        while (!task.IsCompleted)
        {
            await Task.Delay(1);
            if (advanceWhen?.Invoke() != false)
                time.Advance(advance);
            if (++guard > 200_000)
                throw new TimeoutException("the work did not finish");
        }

        return await task;
    }
}
