using Alchemiser.Core.Portfolio;
using Alchemiser.Workflow.Activities;
using Alchemiser.Workflow.Execution.Worker;
using Alchemiser.Workflow.Orchestrators;

namespace Alchemiser.Workflow.Tests.Orchestrators;

public sealed partial class DailyRunTests
{
    [Fact]
    public async Task Evaluate_FansOutInParallelAndFansInInPortfolioOrder()
    {
        string[] ids = ["s0", "s1", "s2", "s3", "s4"];
        _h.Portfolio.Returns(r => DailyRunHarness.Reply.Portfolio(r, StrategyFailureMode.Abort, ids));
        _h.Plan.Returns(r => DailyRunHarness.Reply.Planned(r, PlanOutcome.NoTrades));
        var started = 0;
        var allStarted = new TaskCompletionSource();
        var release = ids.ToDictionary(id => id, _ => new TaskCompletionSource(), StringComparer.Ordinal);
        _h.Evaluate.Handler = async (request, ct) =>
        {
            if (Interlocked.Increment(ref started) == ids.Length)
                allStarted.TrySetResult();
            // One at a time, no evaluation would ever see all of them started.
            await allStarted.Task.WaitAsync(TimeSpan.FromSeconds(10), ct);
            await release[request.Strategy.StrategyId].Task.WaitAsync(TimeSpan.FromSeconds(10), ct);
            return DailyRunHarness.Reply.Succeeded(request);
        };

        var run = _h.StartAsync();
        await allStarted.Task.WaitAsync(TimeSpan.FromSeconds(10), DailyRunHarness.Ct);
        foreach (var id in ids.Reverse())
        {
            release[id].SetResult(); // finish in reverse portfolio order
            await Task.Delay(5, DailyRunHarness.Ct);
        }
        var summary = DailyRunHarness.Summary(await run.WaitAsync(TimeSpan.FromSeconds(10), DailyRunHarness.Ct));

        Assert.Equal(ids.Length, _h.Evaluate.Attempts);
        Assert.Equal(ids, summary.Strategies.Select(s => s.Strategy.StrategyId));
        Assert.Equal(ids, _h.Plan.Single.Strategies.Select(s => s.Strategy.StrategyId));
        Assert.All(_h.Evaluate.Calls, r =>
        {
            Assert.Equal(summary.Portfolio!.EventId, r.CausationId);
            Assert.Equal(summary.Gate!.AsOf, r.AsOf);
        });
        Assert.Equal(ids.Length, _h.Evaluate.Calls.Select(r => r.EventId).Distinct().Count());
        Assert.Equal(RunOutcome.NoTrades, summary.Outcome);
        _h.AssertEnvelopes(summary, DailyRunHarness.Input());
    }

    [Fact]
    public async Task Evaluate_OneStrategyFailsWithAbort_FailsClosedWithoutPlanOrOrders()
    {
        _h.Evaluate.Returns(r => r.Strategy.StrategyId == "beta" ? DailyRunHarness.Reply.Failed(r) : DailyRunHarness.Reply.Succeeded(r));

        var summary = DailyRunHarness.Summary(await _h.StartAsync());

        Assert.Equal(RunOutcome.Failed, summary.Outcome);
        Assert.Equal("1 strategy failed (beta): no plan, no orders", summary.Reason);
        Assert.Equal(0, _h.Plan.Attempts);
        Assert.Equal(0, _h.Enqueue.Attempts);
        Assert.Equal(3, _h.Evaluate.Attempts); // a DSL failure is a result: not retried
        var notified = _h.Notify.Single.Summary;
        Assert.True(notified.NeedsAlert);
        Assert.Equal([true, false, true], notified.Strategies.Select(s => s.Succeeded));
        Assert.Equal("DSL021", notified.Strategies[1].Error?.Code);
    }

    [Fact]
    public async Task Evaluate_OneStrategyThrowsOnEveryAttempt_IsAFailedResultAndTheOthersAreKept()
    {
        _h.Evaluate.Handler = (r, _) => r.Strategy.StrategyId == "gamma"
            ? Task.FromException<StrategyEvaluated>(new IOException("bar store unreachable"))
            : Task.FromResult(DailyRunHarness.Reply.Succeeded(r));

        var summary = DailyRunHarness.Summary(await _h.DriveAsync(_h.StartAsync()));

        Assert.Equal(RunOutcome.Failed, summary.Outcome);
        Assert.Contains("(gamma)", summary.Reason, StringComparison.Ordinal);
        Assert.Equal(DailyRun.EvaluateRetry.MaxAttempts, _h.Evaluate.Calls.Count(r => r.Strategy.StrategyId == "gamma"));
        Assert.Equal(["alpha", "beta", "gamma"], summary.Strategies.Select(s => s.Strategy.StrategyId));
        Assert.True(summary.Strategies[0].Succeeded);
        Assert.True(summary.Strategies[1].Succeeded);
        var gamma = summary.Strategies[2];
        Assert.False(gamma.Succeeded);
        Assert.Equal(RunOutcomeRules.EvaluationFaultCode, gamma.Error?.Code);
        Assert.Equal("gamma.clj", gamma.Error?.Path);
        Assert.Contains("after 3 attempts: bar store unreachable", gamma.Error?.Message, StringComparison.Ordinal);
        Assert.Equal(_h.Evaluate.Calls.First(r => r.Strategy.StrategyId == "gamma").EventId, gamma.CausationId);
        Assert.Equal(0, _h.Plan.Attempts);
        Assert.True(_h.Notify.Single.Summary.NeedsAlert);
    }

    [Fact]
    public async Task Evaluate_HoldPrevious_PlansWithTheFailedStrategyAndEndsDegraded()
    {
        _h.Portfolio.Returns(r => DailyRunHarness.Reply.Portfolio(r, StrategyFailureMode.HoldPrevious, DailyRunHarness.DefaultStrategies));
        _h.Evaluate.Returns(r => r.Strategy.StrategyId == "beta" ? DailyRunHarness.Reply.Failed(r) : DailyRunHarness.Reply.Succeeded(r));
        _h.Plan.Returns(r => DailyRunHarness.Reply.Planned(r, PlanOutcome.NoTrades));

        var summary = DailyRunHarness.Summary(await _h.StartAsync());

        var request = _h.Plan.Single;
        Assert.Equal(StrategyFailureMode.HoldPrevious, request.OnStrategyFailure);
        Assert.Equal(["alpha", "beta", "gamma"], request.Strategies.Select(s => s.Strategy.StrategyId));
        Assert.False(request.Strategies[1].Succeeded);
        Assert.Equal(summary.Portfolio!.EventId, request.CausationId);
        Assert.Equal(DailyRunHarness.Id.Value, request.InstanceId);
        Assert.Equal(RunOutcome.Degraded, summary.Outcome);
        Assert.Equal("hold-previous: reused yesterday's allocation of beta", summary.Reason);
        Assert.Equal(0, _h.Enqueue.Attempts);
        var notified = _h.Notify.Single.Summary;
        Assert.True(notified.NeedsAlert);
        Assert.True(notified.HasDailySummary);
    }

    [Fact]
    public async Task Evaluate_HoldPreviousWithTrades_StaysDegradedAfterASuccessfulExecution()
    {
        _h.Portfolio.Returns(r => DailyRunHarness.Reply.Portfolio(r, StrategyFailureMode.HoldPrevious, DailyRunHarness.DefaultStrategies));
        _h.Evaluate.Returns(r => r.Strategy.StrategyId == "beta" ? DailyRunHarness.Reply.Failed(r) : DailyRunHarness.Reply.Succeeded(r));

        var summary = DailyRunHarness.Summary(await _h.RunWithExecutionAsync(
            r => DailyRunHarness.Reply.Completed(r, DailyRunHarness.Reply.Execution(false, ExecutionItemStatus.Filled))));

        Assert.Equal(RunOutcome.Degraded, summary.Outcome);
        Assert.True(_h.Notify.Single.Summary.NeedsAlert);
    }
}
