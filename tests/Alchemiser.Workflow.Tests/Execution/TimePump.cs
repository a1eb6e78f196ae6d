using Microsoft.Extensions.Time.Testing;

namespace Alchemiser.Workflow.Tests.Execution;

/// <summary>Runs work that waits on a <see cref="FakeTimeProvider"/>, advancing the fake clock while it runs.</summary>
internal static class TimePump
{
    public static async Task<T> RunAsync<T>(FakeTimeProvider time, Func<Task<T>> work, TimeSpan? step = null)
    {
        var task = Task.Run(work);
        var advance = step ?? TimeSpan.FromMilliseconds(250);
        var guard = 0;
        while (!task.IsCompleted)
        {
            await Task.Delay(1);
            time.Advance(advance);
            if (++guard > 200_000)
                throw new TimeoutException("the work did not finish");
        }

        return await task;
    }
}
