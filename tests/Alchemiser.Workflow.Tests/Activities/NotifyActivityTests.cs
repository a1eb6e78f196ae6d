using Alchemiser.Core.Market;
using Alchemiser.Core.Market.Gate;
using Alchemiser.Core.Portfolio;
using Alchemiser.Core.Portfolio.Rebalance;
using Alchemiser.Core.Signals;
using Alchemiser.Workflow.Activities;
using Alchemiser.Workflow.Brokers;
using Alchemiser.Workflow.Data;
using Alchemiser.Workflow.Execution.Worker;
using Alchemiser.Workflow.Notifications;
using Alchemiser.Workflow.Orchestrators;
using Alchemiser.Workflow.Reports;
using Alchemiser.Workflow.Runs;
using Alchemiser.Workflow.Tests.Execution;
using Alchemiser.Workflow.Tests.Notifications;
using Alchemiser.Workflow.Tests.Orchestrators;
using Microsoft.Extensions.Time.Testing;
using Reply = Alchemiser.Workflow.Tests.Orchestrators.DailyRunHarness.Reply;

namespace Alchemiser.Workflow.Tests.Activities;

public sealed class NotifyActivityTests
{
    private const string Id = "2026-11-24";
    private static readonly DateOnly T = DailyRunHarness.T;
    private static readonly DateTime Now = new(2026, 11, 24, 20, 50, 0, DateTimeKind.Utc);

    private readonly FakeNotifier _notifier = new();
    private readonly InMemoryObjectStore _objects = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(Now));

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static GateResult Gate(RunKind kind, GateVerdict verdict = GateVerdict.Pass, string? rule = null) =>
        Reply.Gate(new GateRequest(T, kind, "gate-1", Id, "start-1", Now), verdict, rule, verdict == GateVerdict.Pass ? "trading day" : "not today");

    /// <summary>A run summary; <paramref name="plan"/> null for a run that stopped before planning.</summary>
    private static RunSummary Summary(RunOutcome outcome, string? reason, RunKind kind = RunKind.Scheduled, PlanOutcome? plan = PlanOutcome.Trades,
        GateResult? gate = null, bool executed = false)
    {
        gate ??= Gate(kind);
        var portfolio = Reply.Portfolio(new LoadPortfolioRequest("portfolio-1", Id, gate.EventId, Now), StrategyFailureMode.Abort, ["alpha"]);
        var strategies = new[] { Reply.Succeeded(new EvaluateStrategyRequest(portfolio.Strategies[0], gate.AsOf, "eval-1", Id, portfolio.EventId, Now)) };
        var planned = plan is { } outcome1
            ? Reply.Planned(new PlanRebalanceRequest(Id, T, gate.AsOf, strategies, StrategyFailureMode.Abort, kind == RunKind.DryRun, "plan-1", Id, portfolio.EventId, Now), outcome1)
                with
                {
                    Target = [new Holding(Symbol.Parse("SPY"), 1)],
                    Contributions = [new Contribution("alpha", Symbol.Parse("SPY"), 1)],
                    NewBooks = [new StrategyBookUpdate("alpha", new StrategyBook([new Holding(Symbol.Parse("SPY"), 1)], gate.AsOf))],
                }
            : null;
        var execution = executed
            ? Reply.Completed(new EnqueueExecutionRequest(Id, "plans/2026-11-24.json", new string('a', 64), "enqueue-1", Id, "plan-1/reply", Now),
                Reply.Execution(false, ExecutionItemStatus.Filled))
            : null;
        return new RunSummary(Id, T, kind, outcome, reason, gate, plan is null && gate.Verdict != GateVerdict.Pass ? null : portfolio,
            plan is null ? [] : strategies, planned, execution, Now.AddMinutes(-5), "summary-1", Id, "cause-1", Now);
    }

    private Task<Notified> NotifyAsync(RunSummary summary) =>
        new NotifyActivity(_notifier, _objects, BrokerMode.Paper, _time).RunAsync(new NotifyRequest(summary, "notify-1", Id, summary.EventId, Now), Ct);

    private Task<PortfolioState?> StateAsync() => new PortfolioStateStore(_objects).LoadAsync(Ct);

    [Fact]
    public async Task Success_RecordsStateStoresTheReportsAndSendsOnlyTheSummary()
    {
        var summary = Summary(RunOutcome.Success, null, executed: true);

        var notified = await NotifyAsync(summary);

        Assert.Equal([NotificationKind.DailySummary], _notifier.Sent.Select(n => n.Kind));
        Assert.Equal(_notifier.Sent.Select(n => n.Subject), notified.Sent);
        Assert.StartsWith($"[{NotificationSubjects.Prefix(NotificationMode.Paper)}] ", notified.Sent[0], StringComparison.Ordinal);
        Assert.Equal(Id, _notifier.Sent[0].InstanceId);
        Assert.True(notified.StateRecorded);
        var state = (await StateAsync())!;
        Assert.Equal((Id, T), (state.InstanceId, state.TradingDate));
        Assert.Equal(summary.Gate!.AsOf, state.Books["alpha"].AsOf);
        Assert.Equal(RunReport.CsvKey(Id, T), notified.ReportKey);
        Assert.Contains(notified.ReportKey, _objects.Keys);
        var stored = await JsonObjects.ReadAsync<RunSummary>(_objects, RunReport.SummaryKey(Id), Ct);
        Assert.Equal(JsonObjects.Serialize(summary), JsonObjects.Serialize(stored));
        Assert.Equal(("notify-1/reply", Id, "notify-1"), (notified.EventId, notified.CorrelationId, notified.CausationId));
    }

    [Theory]
    [InlineData(RunOutcome.Partial, false)]
    [InlineData(RunOutcome.NoTrades, false)]
    [InlineData(RunOutcome.Degraded, true)]
    public async Task CompletedRuns_RecordState(RunOutcome outcome, bool alert)
    {
        var notified = await NotifyAsync(Summary(outcome, outcome == RunOutcome.Degraded ? "hold-previous" : null,
            plan: outcome == RunOutcome.Partial ? PlanOutcome.Trades : PlanOutcome.NoTrades, executed: outcome == RunOutcome.Partial));

        Assert.True(notified.StateRecorded);
        Assert.NotNull(await StateAsync());
        Assert.Equal(alert, _notifier.Sent.Any(n => n.Kind == NotificationKind.FailureAlert));
        Assert.Equal(NotificationKind.DailySummary, _notifier.Sent[^1].Kind);
    }

    [Fact]
    public async Task FailedAfterPlanning_SendsTheAlertFirstThenTheSummaryAndRecordsNoState()
    {
        var notified = await NotifyAsync(Summary(RunOutcome.Failed, "buys blocked: sells worth $600.00 did not fill", executed: true));

        Assert.Equal([NotificationKind.FailureAlert, NotificationKind.DailySummary], _notifier.Sent.Select(n => n.Kind));
        Assert.Equal(2, notified.Sent.Count);
        Assert.False(notified.StateRecorded);
        Assert.Null(await StateAsync());
        Assert.NotNull(notified.ReportKey);
    }

    [Fact]
    public async Task DryRun_SendsADryRunSummaryAndRecordsNoState()
    {
        var notified = await NotifyAsync(Summary(RunOutcome.DryRun, "dry run: nothing was enqueued", RunKind.DryRun));

        Assert.False(notified.StateRecorded);
        Assert.Null(await StateAsync());
        var sent = Assert.Single(_notifier.Sent);
        Assert.Equal(NotificationKind.DailySummary, sent.Kind);
        Assert.StartsWith($"[{NotificationSubjects.Prefix(NotificationMode.DryRun)}] ", sent.Subject, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HolidaySkip_SendsNothingAndRecordsOnlyTheRunSummary()
    {
        var gate = Gate(RunKind.Scheduled, GateVerdict.Skipped, "G1");

        var notified = await NotifyAsync(Summary(RunOutcome.Skipped, "G1: market holiday", plan: null, gate: gate));

        Assert.Empty(_notifier.Sent);
        Assert.Empty(notified.Sent);
        Assert.Null(notified.ReportKey);
        Assert.False(notified.StateRecorded);
        Assert.Equal([RunReport.SummaryKey(Id)], _objects.Keys);
    }

    [Fact]
    public async Task FailedBeforePlanning_SendsOnlyTheAlert()
    {
        var gate = Gate(RunKind.Scheduled, GateVerdict.Failed, "G1");

        var notified = await NotifyAsync(Summary(RunOutcome.Failed, "G1: calendar mismatch", plan: null, gate: gate));

        var sent = Assert.Single(_notifier.Sent);
        Assert.Equal(NotificationKind.FailureAlert, sent.Kind);
        Assert.Contains("calendar mismatch", sent.Subject, StringComparison.Ordinal);
        Assert.Null(notified.ReportKey);
        Assert.False(notified.StateRecorded);
    }

    [Fact]
    public async Task NotifierDown_Throws()
    {
        _notifier.FailuresLeft = 1;

        await Assert.ThrowsAsync<NotificationDeliveryException>(() => NotifyAsync(Summary(RunOutcome.Success, null, executed: true)));
    }
}
