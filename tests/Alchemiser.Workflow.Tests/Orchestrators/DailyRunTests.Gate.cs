using Alchemiser.Core.Market.Gate;
using Alchemiser.Core.Portfolio;
using Alchemiser.Workflow.Activities;
using Alchemiser.Workflow.Orchestrators;
using Alchemiser.Workflow.Runs;
using Alchemiser.Workflow.Tests.Orchestration;

namespace Alchemiser.Workflow.Tests.Orchestrators;

public sealed partial class DailyRunTests
{
    private readonly DailyRunHarness _h = new();

    [Fact]
    public async Task HolidaySkip_EndsSkippedWithoutAnyEmail()
    {
        _h.Gate.Returns(r => DailyRunHarness.Reply.Gate(r, GateVerdict.Skipped, "G1", "market holiday: Thanksgiving Day"));

        var summary = DailyRunHarness.Summary(await _h.StartAsync());

        Assert.Equal(RunOutcome.Skipped, summary.Outcome);
        Assert.Equal("G1: market holiday: Thanksgiving Day", summary.Reason);
        Assert.False(summary.NeedsAlert);
        Assert.False(summary.HasDailySummary);
        Assert.Equal(0, _h.Notify.Attempts);
        Assert.Equal(0, _h.Portfolio.Attempts);
        var request = _h.Gate.Single;
        Assert.Equal("start-1", request.CausationId);
        Assert.Equal(DailyRunHarness.T, request.TradingDate);
        Assert.Equal(RunKind.Scheduled, request.Kind);
        Assert.Equal(summary.Gate!.EventId, summary.CausationId);
        _h.AssertEnvelopes(summary, DailyRunHarness.Input());
    }

    [Fact]
    public async Task TooCloseToTheClose_EndsSkippedAndAlerts()
    {
        _h.Gate.Returns(r => DailyRunHarness.Reply.Gate(r, GateVerdict.Skipped, "G3", "too close to the close: the latest start is 15:50 ET"));

        var summary = DailyRunHarness.Summary(await _h.StartAsync());

        Assert.Equal(RunOutcome.Skipped, summary.Outcome);
        Assert.True(summary.NeedsAlert);
        var notified = _h.Notify.Single.Summary;
        Assert.Equal(RunOutcome.Skipped, notified.Outcome);
        Assert.Equal("G3", notified.Gate?.Rule);
        Assert.Equal(0, _h.Portfolio.Attempts);
    }

    [Fact]
    public async Task GateFailed_CalendarMismatch_FailsAndAlertsBeforeLoadingThePortfolio()
    {
        _h.Gate.Returns(r => DailyRunHarness.Reply.Gate(r, GateVerdict.Failed, "G1", "calendar mismatch: the broker's session closes at 13:00 ET"));

        var summary = DailyRunHarness.Summary(await _h.StartAsync());

        Assert.Equal(RunOutcome.Failed, summary.Outcome);
        Assert.Contains("calendar mismatch", summary.Reason, StringComparison.Ordinal);
        Assert.True(_h.Notify.Single.Summary.NeedsAlert);
        Assert.Equal(0, _h.Portfolio.Attempts);
        Assert.Equal(0, _h.Evaluate.Attempts);
    }

    [Fact]
    public async Task GateThrowsOnEveryAttempt_FailsWithTheErrorAndAlerts()
    {
        _h.Gate.Throws("broker clock unreachable");

        var summary = DailyRunHarness.Summary(await _h.DriveAsync(_h.StartAsync()));

        Assert.Equal(RunOutcome.Failed, summary.Outcome);
        Assert.Contains("the gate could not run", summary.Reason, StringComparison.Ordinal);
        Assert.Contains("System.IO.IOException: broker clock unreachable", summary.Reason, StringComparison.Ordinal);
        Assert.Null(summary.Gate);
        Assert.Equal(DailyRun.StepRetry.MaxAttempts, _h.Gate.Attempts);
        Assert.Equal(0, _h.Portfolio.Attempts);
        var notify = _h.Notify.Single;
        Assert.True(notify.Summary.NeedsAlert);
        Assert.Equal("start-1", notify.Summary.CausationId); // nothing answered: the summary is caused by the input
    }

    [Fact]
    public async Task InvalidPortfolio_FailsBeforeAnyEvaluation()
    {
        _h.Portfolio.Returns(r => DailyRunHarness.Reply.Portfolio(r, StrategyFailureMode.Abort, [], "allocations sum to 0.8, not 1 within 1 %"));

        var summary = DailyRunHarness.Summary(await _h.StartAsync());

        Assert.Equal(RunOutcome.Failed, summary.Outcome);
        Assert.Equal("portfolio.json is invalid: allocations sum to 0.8, not 1 within 1 %", summary.Reason);
        Assert.Equal(0, _h.Evaluate.Attempts);
        Assert.Equal(0, _h.Plan.Attempts);
        Assert.True(_h.Notify.Single.Summary.NeedsAlert);
        Assert.Equal(summary.Gate!.EventId, _h.Portfolio.Single.CausationId);
        Assert.Equal(summary.Portfolio!.EventId, summary.CausationId);
    }

    [Fact]
    public async Task RunStatus_CompletedRunIsStoredWithTheSummaryAsOutput()
    {
        _h.Plan.Returns(r => DailyRunHarness.Reply.Planned(r, PlanOutcome.NoTrades));

        var result = await _h.StartAsync();

        var stored = (await _h.Workflow.Store.GetInstanceAsync(DailyRunHarness.Id, DailyRunHarness.Ct))!;
        Assert.Equal(RunStatus.Completed, stored.Status);
        Assert.Equal(result.OutputJson, stored.OutputJson);
        Assert.Contains("\"step\":\"done\"", stored.CustomStatusJson, StringComparison.Ordinal);
        Assert.Equal(WorkflowHarness.Start.UtcDateTime, DailyRunHarness.Summary(result).StartedUtc);
    }
}
