using System.Collections.Concurrent;
using Alchemiser.Workflow.Orchestration;
using Alchemiser.Workflow.Runs;

namespace Alchemiser.Workflow.Tests.Orchestration;

public sealed partial class LocalDurableRunnerTests
{
    private readonly ConcurrentDictionary<int, int> _executions = new();

    [Fact]
    public async Task RunAsync_AfterACrashAtTheThirdActivity_ResumesWithoutRerunningTheFirstTwo()
    {
        using var crash = new CancellationTokenSource();
        var crashed = 0;
        RegisterSteps(onStep: (step, ct) =>
        {
            if (step == 3 && Interlocked.Exchange(ref crashed, 1) == 0)
            {
                crash.Cancel(); // the process dies in the middle of step 3
                ct.ThrowIfCancellationRequested();
            }
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => _h.NewRunner().StartAsync("Steps", WorkflowHarness.Day, 4, cancellationToken: crash.Token));
        var afterCrash = await _h.Store.GetInstanceAsync(WorkflowHarness.Day, Ct);
        Assert.Equal(RunStatus.Running, afterCrash?.Status);
        Assert.Equal([1, 2], (await _h.Store.GetHistoryAsync(WorkflowHarness.Day, Ct)).Select(e => e.Sequence));

        var result = await _h.NewRunner().StartAsync("Steps", WorkflowHarness.Day, 4, cancellationToken: Ct);

        Assert.Equal(RunStatus.Completed, result.Status);
        Assert.Equal(100, result.ReadOutput<int>());
        Assert.Equal(1, _executions[1]);
        Assert.Equal(1, _executions[2]);
        Assert.Equal(2, _executions[3]);
        Assert.Equal(1, _executions[4]);
    }

    [Fact]
    public async Task RunAsync_FailedInstance_RerunsTheFailedActivityAndReplaysTheRest()
    {
        var broken = 1;
        RegisterSteps(onStep: (step, _) =>
        {
            if (step == 2 && Volatile.Read(ref broken) == 1)
                throw new InvalidOperationException("quote service down");
        });

        var failed = await _h.NewRunner().StartAsync("Steps", WorkflowHarness.Day, 3, cancellationToken: Ct);
        Assert.Equal(RunStatus.Failed, failed.Status);

        Volatile.Write(ref broken, 0);
        var resumed = await _h.NewRunner().RunAsync(WorkflowHarness.Day, Ct);

        Assert.Equal(RunStatus.Completed, resumed.Status);
        Assert.Equal(60, resumed.ReadOutput<int>());
        Assert.Equal(1, _executions[1]);
        Assert.Equal(2, _executions[2]);
        Assert.Equal(1, _executions[3]);
        Assert.All(await _h.Store.GetHistoryAsync(WorkflowHarness.Day, Ct), e => Assert.Equal(HistoryKind.ActivityCompleted, e.Kind));
    }

    [Fact]
    public async Task RunAsync_Resuming_IsReplayingUntilTheRecordedResultsAreUsedUp()
    {
        using var crash = new CancellationTokenSource();
        var replaying = new ConcurrentQueue<(int Step, bool Replaying)>();
        _h.Registry.AddActivity<int, int>("Step", (step, ct) =>
        {
            if (step == 2 && !crash.IsCancellationRequested)
            {
                crash.Cancel();
                ct.ThrowIfCancellationRequested();
            }
            return Task.FromResult(step);
        });
        _h.Orchestrator<int, int>("Observed", async (context, _) =>
        {
            replaying.Enqueue((0, context.IsReplaying));
            await context.CallActivityAsync<int>("Step", 1);
            replaying.Enqueue((1, context.IsReplaying));
            await context.CallActivityAsync<int>("Step", 2);
            replaying.Enqueue((2, context.IsReplaying));
            return 0;
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => _h.NewRunner().StartAsync("Observed", WorkflowHarness.Day, 0, cancellationToken: crash.Token));
        Assert.Equal([(0, false), (1, false)], replaying);
        replaying.Clear();

        await _h.NewRunner().RunAsync(WorkflowHarness.Day, Ct);

        Assert.Equal([(0, true), (1, false), (2, false)], replaying);
    }

    private void RegisterSteps(Action<int, CancellationToken> onStep)
    {
        _h.Registry.AddActivity<int, int>("Step", (step, ct) =>
        {
            _executions.AddOrUpdate(step, 1, (_, n) => n + 1);
            onStep(step, ct);
            return Task.FromResult(step * 10);
        });
        _h.Orchestrator<int, int>("Steps", async (context, count) =>
        {
            var sum = 0;
            for (var step = 1; step <= count; step++)
                sum += await context.CallActivityAsync<int>("Step", step);
            return sum;
        });
    }
}
