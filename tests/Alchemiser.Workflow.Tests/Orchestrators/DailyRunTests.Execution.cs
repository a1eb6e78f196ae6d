using Alchemiser.Core.Execution;
using Alchemiser.Core.Market.Gate;
using Alchemiser.Workflow.Activities;
using Alchemiser.Workflow.Data;
using Alchemiser.Workflow.Execution;
using Alchemiser.Workflow.Execution.Worker;
using Alchemiser.Workflow.Orchestrators;
using Alchemiser.Workflow.Tests.Activities;
using Alchemiser.Workflow.Tests.Orchestration;

namespace Alchemiser.Workflow.Tests.Orchestrators;

public sealed partial class DailyRunTests
{
    [Fact]
    public async Task PlanFailed_FailsWithTheReasonAndSendsSummaryAndAlert()
    {
        _h.Plan.Returns(r => DailyRunHarness.Reply.Planned(r, PlanOutcome.Failed, "open orders present: SPY"));

        var summary = DailyRunHarness.Summary(await _h.StartAsync());

        Assert.Equal(RunOutcome.Failed, summary.Outcome);
        Assert.Equal("no plan: open orders present: SPY", summary.Reason);
        Assert.Equal(0, _h.Enqueue.Attempts);
        var notified = _h.Notify.Single.Summary;
        Assert.True(notified.NeedsAlert);
        Assert.True(notified.HasDailySummary); // FAILED after planning still gets the daily summary
    }

    [Fact]
    public async Task PlanThrowsOnEveryAttempt_Fails()
    {
        _h.Plan.Throws("broker account unreachable");

        var summary = DailyRunHarness.Summary(await _h.DriveAsync(_h.StartAsync()));

        Assert.Equal(RunOutcome.Failed, summary.Outcome);
        Assert.Contains("the rebalance could not be planned: System.IO.IOException: broker account unreachable", summary.Reason, StringComparison.Ordinal);
        Assert.Equal(0, _h.Enqueue.Attempts);
        Assert.True(_h.Notify.Single.Summary.NeedsAlert);
    }

    [Fact]
    public async Task DryRun_PlansButNeverEnqueues()
    {
        var input = DailyRunHarness.Input(RunKind.DryRun);

        var summary = DailyRunHarness.Summary(await _h.StartAsync(input));

        Assert.Equal(RunOutcome.DryRun, summary.Outcome);
        Assert.Equal("dry run: nothing was enqueued", summary.Reason);
        Assert.Equal(RunKind.DryRun, _h.Gate.Single.Kind);
        Assert.True(_h.Plan.Single.DryRun);
        Assert.Equal(0, _h.Enqueue.Attempts);
        Assert.False(_h.Notify.Single.Summary.NeedsAlert);
        _h.AssertEnvelopes(summary, input);
    }

    [Fact]
    public async Task NoTrades_EndsNoTradesWithoutEnqueueing()
    {
        _h.Plan.Returns(r => DailyRunHarness.Reply.Planned(r, PlanOutcome.NoTrades));

        var summary = DailyRunHarness.Summary(await _h.StartAsync());

        Assert.Equal(RunOutcome.NoTrades, summary.Outcome);
        Assert.Null(summary.Reason);
        Assert.Equal(0, _h.Enqueue.Attempts);
        var notified = _h.Notify.Single.Summary;
        Assert.False(notified.NeedsAlert);
        Assert.True(notified.HasDailySummary);
    }

    [Fact]
    public async Task Trades_EnqueuedThenExecutionCompleted_Succeeds()
    {
        var summary = DailyRunHarness.Summary(await _h.RunWithExecutionAsync(
            r => DailyRunHarness.Reply.Completed(r, DailyRunHarness.Reply.Execution(false, ExecutionItemStatus.Filled))));

        Assert.Equal(RunOutcome.Success, summary.Outcome);
        Assert.Null(summary.Reason);
        var enqueue = _h.Enqueue.Single;
        Assert.Equal(DailyRunHarness.Id.Value, enqueue.InstanceId);
        Assert.Equal(summary.Plan!.PlanKey, enqueue.PlanKey);
        Assert.Equal(summary.Plan.PlanSha256, enqueue.PlanSha256);
        Assert.Equal(summary.Plan.EventId, enqueue.CausationId);
        Assert.Equal(enqueue.EventId, summary.Execution!.CausationId);
        Assert.Equal(summary.Execution.EventId, summary.CausationId);
        Assert.Equal(ExecutionItemStatus.Filled, Assert.Single(summary.Execution.Summary!.Items).Status);
        var notify = _h.Notify.Single;
        Assert.False(notify.Summary.NeedsAlert);
        Assert.Equal(JsonObjects.Serialize(summary), JsonObjects.Serialize(notify.Summary)); // what was notified is what was returned
        _h.AssertEnvelopes(summary, DailyRunHarness.Input());
    }

    [Fact]
    public async Task Trades_AnItemUnfilled_IsPartial()
    {
        var summary = DailyRunHarness.Summary(await _h.RunWithExecutionAsync(r => DailyRunHarness.Reply.Completed(
            r, DailyRunHarness.Reply.Execution(false, ExecutionItemStatus.Filled, ExecutionItemStatus.Unfilled))));

        Assert.Equal(RunOutcome.Partial, summary.Outcome);
        Assert.Equal("1 of 2 order(s) failed or did not fill completely", summary.Reason);
        Assert.False(_h.Notify.Single.Summary.NeedsAlert);
    }

    [Fact]
    public async Task Trades_BuysBlocked_FailsAndAlerts()
    {
        var summary = DailyRunHarness.Summary(await _h.RunWithExecutionAsync(
            r => DailyRunHarness.Reply.Completed(r, DailyRunHarness.Reply.Execution(true, ExecutionItemStatus.Failed))));

        Assert.Equal(RunOutcome.Failed, summary.Outcome);
        Assert.StartsWith("buys blocked", summary.Reason, StringComparison.Ordinal);
        Assert.True(_h.Notify.Single.Summary.NeedsAlert);
    }

    [Fact]
    public async Task Trades_DeadLettered_FailsAndAlerts()
    {
        var summary = DailyRunHarness.Summary(await _h.RunWithExecutionAsync(
            r => DailyRunHarness.Reply.Completed(r, null, "plan changed after it was enqueued")));

        Assert.Equal(RunOutcome.Failed, summary.Outcome);
        Assert.Equal("the plan was dead-lettered and not executed: plan changed after it was enqueued", summary.Reason);
        Assert.True(summary.Execution!.IsDeadLettered);
        Assert.True(_h.Notify.Single.Summary.NeedsAlert);
    }

    [Fact]
    public async Task Trades_NoEventBeforeTheDeadline_FailsAndAlerts()
    {
        var input = DailyRunHarness.Input() with { CompletionTimeoutMinutes = 5 };

        var run = _h.StartAsync(input);
        // Time moves only once the enqueue is recorded, so the deadline is exactly 5 minutes after it on any machine.
        await WorkflowHarness.Until(() => _h.Workflow.Store.GetHistoryAsync(DailyRunHarness.Id).Result.Any(e => e.Name == "EnqueueExecution"), "the enqueue is recorded");
        var summary = DailyRunHarness.Summary(await _h.DriveAsync(run, TimeSpan.FromSeconds(30)));

        Assert.Equal(RunOutcome.Failed, summary.Outcome);
        Assert.Contains("did not report within 5 minutes", summary.Reason, StringComparison.Ordinal);
        Assert.Null(summary.Execution);
        Assert.Equal(WorkflowHarness.Start.UtcDateTime.AddMinutes(5), summary.Timestamp); // the deadline, on the orchestration clock
        var notify = _h.Notify.Single;
        Assert.True(notify.Summary.NeedsAlert);
        Assert.True(notify.Summary.HasDailySummary);
        Assert.Equal(1, _h.Enqueue.Attempts);
    }

    [Fact]
    public async Task Trades_EnqueueThrowsOnEveryAttempt_FailsWithoutWaiting()
    {
        _h.Enqueue.Throws("queue unreachable");

        var summary = DailyRunHarness.Summary(await _h.DriveAsync(_h.StartAsync()));

        Assert.Equal(RunOutcome.Failed, summary.Outcome);
        Assert.Contains("the plan could not be enqueued", summary.Reason, StringComparison.Ordinal);
        Assert.True(summary.Timestamp < WorkflowHarness.Start.UtcDateTime.AddMinutes(RunInput.DefaultCompletionTimeoutMinutes));
        Assert.True(_h.Notify.Single.Summary.NeedsAlert);
    }

    [Fact]
    public async Task ForcedRerun_TheExecutionMessageNamesTheRerun_SoItsCompletionReachesIt()
    {
        _h.Plan.Returns(r => DailyRunHarness.Reply.Planned(r, PlanOutcome.NoTrades));
        Assert.Equal(RunOutcome.NoTrades, DailyRunHarness.Summary(await _h.StartAsync()).Outcome);
        _h.Plan.Returns(r => DailyRunHarness.Reply.Planned(r, PlanOutcome.Trades));
        var queue = new RecordingExecutionQueue();
        _h.Enqueue.Handler = new EnqueueExecutionActivity(queue, _h.Workflow.Time).RunAsync;

        // The starter does not know the rerun's id (the runner picks it), so the input's correlation id is the day's.
        var run = _h.Runner.StartAsync(DailyRun.Name, DailyRunHarness.Id, DailyRunHarness.Input(RunKind.Forced), force: true, DailyRunHarness.Ct);
        await WorkflowHarness.Until(() => queue.Messages.Count > 0 || run.IsCompleted, "the plan is enqueued");
        var message = Assert.Single(queue.Messages);
        // The worker raises its completion on the instance the message names.
        await _h.Runner.RaiseEventAsync(message.InstanceId, ExecutionCompleted.EventName,
            DailyRunHarness.Reply.Completed(_h.Enqueue.Single, DailyRunHarness.Reply.Execution(false, ExecutionItemStatus.Filled)), DailyRunHarness.Ct);
        var result = await _h.DriveAsync(run, TimeSpan.FromSeconds(10));

        var rerun = InstanceId.Parse("2026-11-24#2");
        Assert.Equal(rerun, result.InstanceId);
        Assert.Equal(rerun, message.InstanceId);
        Assert.Equal(PlanStore.KeyOf(rerun), message.PlanKey);
        Assert.Equal(DailyRunHarness.Id.Value, message.CorrelationId);
        Assert.Equal(RunOutcome.Success, DailyRunHarness.Summary(result).Outcome);
    }
}
