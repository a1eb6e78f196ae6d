using Alchemiser.Workflow.Execution;
using Alchemiser.Workflow.Execution.Worker;
using Alchemiser.Workflow.Orchestrators;
using Alchemiser.Workflow.Runs;
using Alchemiser.Workflow.Tests.Orchestration;

namespace Alchemiser.Workflow.Tests.Orchestrators;

public sealed partial class DailyRunTests
{
    [Fact]
    public async Task NotifyThrowsOnEveryAttempt_FailsTheInstance_AndARerunSendsOnceWithoutRedoingTheDay()
    {
        _h.Notify.Throws("smtp down");
        var run = _h.StartAsync();
        await WorkflowHarness.Until(() => _h.Enqueue.Succeeded > 0, "the plan is enqueued");
        await _h.Runner.RaiseEventAsync(DailyRunHarness.Id, ExecutionCompleted.EventName,
            DailyRunHarness.Reply.Completed(_h.Enqueue.Single, DailyRunHarness.Reply.Execution(false, ExecutionItemStatus.Filled)), DailyRunHarness.Ct);

        var failed = await _h.DriveAsync(run);

        Assert.Equal(RunStatus.Failed, failed.Status);
        Assert.Contains("smtp down", failed.Failure?.ErrorMessage, StringComparison.Ordinal);
        Assert.Equal(DailyRun.StepRetry.MaxAttempts, _h.Notify.Attempts);
        Assert.Equal(0, _h.Notify.Succeeded);

        _h.Notify.Returns(DailyRunHarness.Reply.Notified);
        var resumed = await _h.Workflow.NewRunner().RunAsync(DailyRunHarness.Id, DailyRunHarness.Ct);

        var summary = DailyRunHarness.Summary(resumed);
        Assert.Equal(RunOutcome.Success, summary.Outcome);
        Assert.Equal(1, _h.Notify.Succeeded);
        Assert.Equal(DailyRun.StepRetry.MaxAttempts + 1, _h.Notify.Attempts);
        Assert.Equal(1, _h.Gate.Attempts);
        Assert.Equal(1, _h.Portfolio.Attempts);
        Assert.Equal(DailyRunHarness.DefaultStrategies.Length, _h.Evaluate.Attempts);
        Assert.Equal(1, _h.Plan.Attempts);
        Assert.Equal(1, _h.Enqueue.Attempts);
        // The retried notification is the same message: its ids come from the replayed orchestration.
        var calls = _h.Notify.Calls;
        Assert.Equal(calls[0].EventId, calls[^1].EventId);
        Assert.Equal(calls[0].Summary.EventId, calls[^1].Summary.EventId);
        Assert.Equal(summary.EventId, calls[^1].Summary.EventId);
        Assert.Equal(RunStatus.Completed, (await _h.Workflow.Store.GetInstanceAsync(DailyRunHarness.Id, DailyRunHarness.Ct))!.Status);
    }

    [Fact]
    public async Task CrashWhileWaitingForExecution_ARerunWaitsAgainAndFinishesOnTheEventRaisedMeanwhile()
    {
        using var crash = new CancellationTokenSource();
        var run = _h.Runner.StartAsync(DailyRun.Name, DailyRunHarness.Id, DailyRunHarness.Input(), cancellationToken: crash.Token);
        await WorkflowHarness.Until(() => _h.Workflow.Store.GetHistoryAsync(DailyRunHarness.Id).Result.Any(e => e.Name == "EnqueueExecution"), "the enqueue is recorded");

        await crash.CancelAsync(); // the process dies while the run waits for the worker
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run);
        Assert.Equal(RunStatus.Running, (await _h.Workflow.Store.GetInstanceAsync(DailyRunHarness.Id, DailyRunHarness.Ct))!.Status);
        Assert.Equal(0, _h.Notify.Attempts);

        // The worker reports while no process runs the instance; the restarted host picks the event up.
        var restarted = _h.Workflow.NewRunner();
        await restarted.RaiseEventAsync(DailyRunHarness.Id, ExecutionCompleted.EventName,
            DailyRunHarness.Reply.Completed(_h.Enqueue.Single, DailyRunHarness.Reply.Execution(false, ExecutionItemStatus.Filled)), DailyRunHarness.Ct);
        var summary = DailyRunHarness.Summary(await restarted.RunAsync(DailyRunHarness.Id, DailyRunHarness.Ct));

        Assert.Equal(RunOutcome.Success, summary.Outcome);
        Assert.Equal((1, 1, 1, 1), (_h.Gate.Attempts, _h.Plan.Attempts, _h.Enqueue.Attempts, _h.Notify.Attempts));
    }
}
