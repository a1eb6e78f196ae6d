using Alchemiser.Core.Dsl;
using Alchemiser.Core.Execution;
using Alchemiser.Core.Market;
using Alchemiser.Core.Market.Gate;
using Alchemiser.Core.Portfolio;
using Alchemiser.Core.Signals;
using Alchemiser.Workflow.Activities;
using Alchemiser.Workflow.Brokers;
using Alchemiser.Workflow.Execution;
using Alchemiser.Workflow.Execution.Worker;
using Alchemiser.Workflow.Orchestration;
using Alchemiser.Workflow.Orchestrators;
using Alchemiser.Workflow.Runs;
using Alchemiser.Workflow.Tests.Execution;
using Alchemiser.Workflow.Tests.Orchestration;

namespace Alchemiser.Workflow.Tests.Orchestrators;

/// <summary>
/// The real <see cref="DailyRun"/> on a <see cref="LocalDurableRunner"/> with an in-memory store and fake time, and a
/// stub for each of its activities that answers with hand-made messages (a passing gate, three strategies, a plan
/// with trades) unless a test scripts otherwise.
/// </summary>
internal sealed class DailyRunHarness
{
    public static readonly DateOnly T = new(2026, 11, 24);
    public static readonly InstanceId Id = InstanceId.ForTradingDate(T);
    public static readonly string[] DefaultStrategies = ["alpha", "beta", "gamma"];

    private static readonly Dictionary<string, string> SymbolOf = new(StringComparer.Ordinal)
    {
        ["alpha"] = "SPY", ["beta"] = "TLT", ["gamma"] = "GLD",
    };

    public DailyRunHarness()
    {
        var registry = Workflow.Registry;
        registry.AddOrchestrator<RunInput, RunSummary>(DailyRun.Name, () => new DailyRun());
        registry.AddActivity<GateRequest, GateResult>(GateActivity.Name, Gate.RunAsync);
        registry.AddActivity<LoadPortfolioRequest, PortfolioLoaded>(LoadPortfolioActivity.Name, Portfolio.RunAsync);
        registry.AddActivity<EvaluateStrategyRequest, StrategyEvaluated>(EvaluateStrategyActivity.Name, Evaluate.RunAsync);
        registry.AddActivity<PlanRebalanceRequest, RebalancePlanned>(PlanRebalanceActivity.Name, Plan.RunAsync);
        registry.AddActivity<EnqueueExecutionRequest, ExecutionEnqueued>(EnqueueExecutionActivity.Name, Enqueue.RunAsync);
        registry.AddActivity<NotifyRequest, Notified>(NotifyActivity.Name, Notify.RunAsync);
        Runner = Workflow.NewRunner();
    }

    public WorkflowHarness Workflow { get; } = new();

    public LocalDurableRunner Runner { get; }

    public static CancellationToken Ct => WorkflowHarness.Ct;

    public ActivityStub<GateRequest, GateResult> Gate { get; } = new(r => Reply.Gate(r, GateVerdict.Pass, null, "trading day, close 16:00 ET"));

    public ActivityStub<LoadPortfolioRequest, PortfolioLoaded> Portfolio { get; } = new(r => Reply.Portfolio(r, StrategyFailureMode.Abort, DefaultStrategies));

    public ActivityStub<EvaluateStrategyRequest, StrategyEvaluated> Evaluate { get; } = new(Reply.Succeeded);

    public ActivityStub<PlanRebalanceRequest, RebalancePlanned> Plan { get; } = new(r => Reply.Planned(r, PlanOutcome.Trades));

    public ActivityStub<EnqueueExecutionRequest, ExecutionEnqueued> Enqueue { get; } = new(Reply.Enqueued);

    public ActivityStub<NotifyRequest, Notified> Notify { get; } = new(Reply.Notified);

    public static RunInput Input(RunKind kind = RunKind.Scheduled) =>
        new(T, kind, "start-1", Id.Value, "timer-1", WorkflowHarness.Start.UtcDateTime);

    public Task<WorkflowRunResult> StartAsync(RunInput? input = null) =>
        Runner.StartAsync(DailyRun.Name, Id, input ?? Input(), cancellationToken: Ct);

    /// <summary>Runs to the end, advancing fake time (retry back-offs, timeouts) as it goes.</summary>
    public Task<WorkflowRunResult> DriveAsync(Task<WorkflowRunResult> run, TimeSpan? step = null) =>
        Workflow.DriveAsync(run, step ?? TimeSpan.FromSeconds(1));

    /// <summary>Starts a run, waits until the plan is enqueued, raises <paramref name="completed"/> and waits for the end.</summary>
    public async Task<WorkflowRunResult> RunWithExecutionAsync(Func<EnqueueExecutionRequest, ExecutionCompleted> completed, RunInput? input = null)
    {
        var run = StartAsync(input);
        await WorkflowHarness.Until(() => Enqueue.Succeeded > 0 || run.IsCompleted, "the plan is enqueued");
        Assert.False(run.IsCompleted, "the run ended before the plan was enqueued");
        await Runner.RaiseEventAsync(Id, ExecutionCompleted.EventName, completed(Enqueue.Single), Ct);
        return await run.WaitAsync(TimeSpan.FromSeconds(10), Ct);
    }

    public static RunSummary Summary(WorkflowRunResult result)
    {
        Assert.Equal(RunStatus.Completed, result.Status);
        return result.ReadOutput<RunSummary>()!;
    }

    /// <summary>Every message the run sent or received carries the input's correlation id and a UTC timestamp.</summary>
    public void AssertEnvelopes(RunSummary summary, RunInput input)
    {
        IEnumerable<WorkflowEvent> requests = [.. Gate.Calls, .. Portfolio.Calls, .. Evaluate.Calls, .. Plan.Calls, .. Enqueue.Calls, .. Notify.Calls];
        IEnumerable<WorkflowEvent?> replies = [summary, summary.Gate, summary.Portfolio, .. summary.Strategies, summary.Plan, summary.Execution];
        foreach (var message in requests.Concat(replies.OfType<WorkflowEvent>()))
        {
            Assert.Equal(input.CorrelationId, message.CorrelationId);
            Assert.Equal(DateTimeKind.Utc, message.Timestamp.Kind);
            Assert.False(string.IsNullOrWhiteSpace(message.EventId));
        }
        foreach (var notify in Notify.Calls)
        {
            Assert.Equal(notify.Summary.EventId, notify.CausationId);
            Assert.Equal(DateTimeKind.Utc, notify.Summary.StartedUtc.Kind);
        }
    }

    /// <summary>The hand-made replies of the stub activities.</summary>
    public static class Reply
    {
        public static DateTime Now => WorkflowHarness.Start.UtcDateTime;

        public static GateResult Gate(GateRequest r, GateVerdict verdict, string? rule, string reason) =>
            new(verdict, rule, reason, r.TradingDate, NyseCalendar.PreviousTradingDay(r.TradingDate), BrokerMode.Paper, Now,
                NyseCalendar.GetSession(r.TradingDate)?.GetCloseUtc().UtcDateTime, MessageHeader.ReplyId(r), r.CorrelationId, r.EventId, Now);

        public static PortfolioLoaded Portfolio(LoadPortfolioRequest r, StrategyFailureMode mode, IReadOnlyList<string> ids, params string[] errors) =>
            new([.. ids.Select(id => new PortfolioStrategy(id, id + ".clj", 1.0 / ids.Count, 1.0 / ids.Count))], mode, errors,
                MessageHeader.ReplyId(r), r.CorrelationId, r.EventId, Now);

        public static StrategyEvaluated Succeeded(EvaluateStrategyRequest r) =>
            new(r.Strategy, r.AsOf, [new Holding(Symbol.Parse(SymbolOf.GetValueOrDefault(r.Strategy.StrategyId, "QQQ")), 1.0)], null, null,
                [$"{r.Strategy.StrategyId}: if true → then"], MessageHeader.ReplyId(r), r.CorrelationId, r.EventId, Now);

        public static StrategyEvaluated Failed(EvaluateStrategyRequest r) =>
            new(r.Strategy, r.AsOf, null, null, Diagnostic.ForFile(r.Strategy.File, "DSL021", "SPY has no usable close on " + r.AsOf.ToString("O")),
                [], MessageHeader.ReplyId(r), r.CorrelationId, r.EventId, Now);

        public static RebalancePlanned Planned(PlanRebalanceRequest r, PlanOutcome outcome, string? failure = null)
        {
            var plan = outcome switch
            {
                PlanOutcome.Trades => WorkerHarness.Plan([WorkerHarness.Buy("SPY", 1000m)]),
                PlanOutcome.NoTrades => WorkerHarness.Plan([]),
                _ => null,
            };
            var stored = outcome == PlanOutcome.Trades && !r.DryRun;
            var slices = r.Strategies.Select(s => s.Succeeded
                ? new StrategySlice(s.Strategy.StrategyId, StrategyUse.Target, s.Weights!, null, null)
                : new StrategySlice(s.Strategy.StrategyId, StrategyUse.ReusedPrevious, [new Holding(Symbol.Parse("BIL"), 1.0)], null, null)).ToList();
            return new RebalancePlanned(outcome, failure, plan, stored ? PlanStore.KeyOf(InstanceId.Parse(r.InstanceId)) : null, stored ? new string('a', 64) : null,
                [], [], [], outcome == PlanOutcome.Failed ? [] : slices, [], new AccountFigures(100_000m, 100_000m, 100_000m),
                MessageHeader.ReplyId(r), r.CorrelationId, r.EventId, Now);
        }

        public static ExecutionEnqueued Enqueued(EnqueueExecutionRequest r) => new(MessageHeader.ReplyId(r), r.CorrelationId, r.EventId, Now);

        public static Notified Notified(NotifyRequest r) => new(["sent"], null, false, MessageHeader.ReplyId(r), r.CorrelationId, r.EventId, Now);

        public static ExecutionCompleted Completed(EnqueueExecutionRequest r, ExecutionSummary? summary, string? failure = null) =>
            new(Id.Value, summary, failure, "done-" + r.EventId, r.CorrelationId, r.EventId, Now.AddMinutes(3));

        public static ExecutionSummary Execution(bool buysBlocked = false, params ExecutionItemStatus[] statuses)
        {
            var items = statuses.Select((status, i) => new ExecutionItemSummary(
                Symbol.Parse(i == 0 ? "SPY" : "TLT"), OrderSide.Buy, status, ExecutionReason.None, null, 1000m, 1000m, 10m,
                status == ExecutionItemStatus.Filled ? 10m : 0m, 100m, 1000m, 100m, 0m, 0m, 1, 1)).ToList();
            var totals = new ExecutionTotals(0m, 1000m, buysBlocked ? 600m : 0m, 1m, 1000m, items.Count,
                statuses.Count(s => s == ExecutionItemStatus.Filled), 0, statuses.Count(s => s == ExecutionItemStatus.Unfilled), 0, 0, 0m);
            return new ExecutionSummary(Id.Value, items, totals, false, buysBlocked, false, new BrokerAccount(100_000m, 99_000m, 99_000m), [],
                WorkflowHarness.Start.AddMinutes(3));
        }
    }
}
