using Alchemiser.Core.Execution;
using Alchemiser.Workflow.Orchestration;

namespace Alchemiser.Workflow.Tests.Orchestration;

/// <summary>A registry, an in-memory store and fake time, as the in-process test host.</summary>
internal sealed class WorkflowHarness
{
    public static readonly DateTimeOffset Start = new(2026, 11, 24, 20, 30, 0, TimeSpan.Zero);
    public static readonly InstanceId Day = InstanceId.Parse("2026-11-24");

    public WorkflowRegistry Registry { get; } = new();

    public InMemoryRunStore Store { get; } = new();

    public TimerCountingTimeProvider Time { get; } = new(Start);

    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A new runner over the same store and clock: what a restarted process would build.</summary>
    public LocalDurableRunner NewRunner() => new(Registry, Store, Time);

    public WorkflowHarness Orchestrator<TInput, TOutput>(string name, Func<IWorkflowContext, TInput, Task<TOutput>> run)
    {
        Registry.AddOrchestrator(name, () => new DelegateOrchestrator<TInput, TOutput>(run));
        return this;
    }

    /// <summary>Waits (real time, bounded) until <paramref name="condition"/> holds.</summary>
    public static async Task Until(Func<bool> condition, string what)
    {
        for (var i = 0; i < 1000; i++)
        {
            if (condition())
                return;
            await Task.Delay(10, Ct);
        }
        Assert.Fail($"timed out waiting until {what}");
    }

    /// <summary>Advances fake time in <paramref name="step"/>s until <paramref name="run"/> finishes.</summary>
    public async Task<T> DriveAsync<T>(Task<T> run, TimeSpan step)
    {
        for (var i = 0; i < 2000 && !run.IsCompleted; i++)
        {
            await Task.Delay(2, Ct);
            if (!run.IsCompleted)
                Time.Advance(step);
        }
        return await run.WaitAsync(TimeSpan.FromSeconds(10), Ct);
    }
}
