using Alchemiser.Core.Dsl;
using Alchemiser.Core.Portfolio;
using Alchemiser.Workflow.Activities;
using Alchemiser.Workflow.Execution;
using Alchemiser.Workflow.Orchestration;
using Microsoft.Extensions.Logging;

namespace Alchemiser.Workflow.Orchestrators;

/// <summary>
/// The trading day (ARCHITECTURE.md §4, PIPELINE.md §1): gate, load the portfolio, evaluate every strategy in
/// parallel, plan the rebalance, enqueue it, wait for <see cref="ExecutionCompleted"/>, notify. Deterministic: it
/// only talks to <see cref="IWorkflowContext"/>, so it runs the same in Azure Durable Functions and in
/// <see cref="LocalDurableRunner"/>, and is replayed from history after a crash.
/// </summary>
/// <remarks>
/// Every way out goes through <see cref="FinishAsync"/>: the run always ends with a terminal outcome, and every outcome
/// that needs it gets a summary email and/or an alert (PIPELINE.md §11.3, §11.5). A failure to notify fails the
/// instance, so running it again retries the notification (which is de-duplicated) rather than losing it.
/// </remarks>
public sealed class DailyRun : IOrchestrator<RunInput, RunSummary>
{
    /// <summary>The orchestrator's registered name.</summary>
    public const string Name = nameof(DailyRun);

    /// <summary>"retry 2" (three attempts, 5 s then 10 s apart) for strategy evaluations (ARCHITECTURE.md §4).</summary>
    public static readonly ActivityRetry EvaluateRetry = new(3, TimeSpan.FromSeconds(5), 2.0);

    /// <summary>Retries for the other activities: an infrastructure fault (storage, broker, SMTP) gets three attempts.</summary>
    public static readonly ActivityRetry StepRetry = new(3, TimeSpan.FromSeconds(5), 2.0);

    /// <inheritdoc />
    public async Task<RunSummary> RunAsync(IWorkflowContext context, RunInput input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var run = new RunProgress(context, input);
        var log = context.CreateReplaySafeLogger<DailyRun>();
        log.LogInformation("Run {InstanceId} for {TradingDate} ({Kind}) started", context.InstanceId, input.TradingDate, input.Kind);

        run.Step("gate");
        var gate = await run.CallAsync<GateResult>(GateActivity.Name,
            new GateRequest(input.TradingDate, input.Kind, run.NewId(), run.Correlation, input.EventId, context.CurrentUtcDateTime), StepRetry);
        if (gate is null)
            return await FinishAsync(run, RunOutcome.Failed, $"the gate could not run: {run.LastError}");
        run.Gate = gate;
        if (gate.Verdict == GateVerdict.Skipped)
            return await FinishAsync(run, RunOutcome.Skipped, $"{gate.Rule}: {gate.Reason}");
        if (gate.Verdict == GateVerdict.Failed)
            return await FinishAsync(run, RunOutcome.Failed, $"{gate.Rule}: {gate.Reason}");

        run.Step("portfolio");
        var portfolio = await run.CallAsync<PortfolioLoaded>(LoadPortfolioActivity.Name,
            new LoadPortfolioRequest(run.NewId(), run.Correlation, gate.EventId, context.CurrentUtcDateTime), StepRetry);
        if (portfolio is null)
            return await FinishAsync(run, RunOutcome.Failed, $"portfolio.json could not be read: {run.LastError}");
        run.Portfolio = portfolio;
        if (!portfolio.IsValid)
            return await FinishAsync(run, RunOutcome.Failed, "portfolio.json is invalid: " + string.Join("; ", portfolio.Errors));

        run.Step("evaluate");
        var evaluations = portfolio.Strategies.Select(strategy => EvaluateAsync(run, strategy, gate.AsOf, portfolio.EventId)).ToList();
        run.Strategies = await Task.WhenAll(evaluations);
        var failed = run.Strategies.Where(s => !s.Succeeded).Select(s => s.Strategy.StrategyId).ToList();
        if (failed.Count > 0 && portfolio.OnStrategyFailure == StrategyFailureMode.Abort)
            return await FinishAsync(run, RunOutcome.Failed, $"{Count(failed.Count, "strategy", "strategies")} failed ({string.Join(", ", failed)}): no plan, no orders");

        run.Step("plan");
        var plan = await run.CallAsync<RebalancePlanned>(PlanRebalanceActivity.Name,
            new PlanRebalanceRequest(context.InstanceId, input.TradingDate, gate.AsOf, run.Strategies, portfolio.OnStrategyFailure, input.IsDryRun,
                run.NewId(), run.Correlation, portfolio.EventId, context.CurrentUtcDateTime), StepRetry);
        if (plan is null)
            return await FinishAsync(run, RunOutcome.Failed, $"the rebalance could not be planned: {run.LastError}");
        run.Plan = plan;
        if (plan.Outcome == PlanOutcome.Failed)
            return await FinishAsync(run, RunOutcome.Failed, $"no plan: {plan.Failure}");
        if (input.IsDryRun)
            return await FinishAsync(run, RunOutcome.DryRun, plan.Outcome == PlanOutcome.NoTrades ? "dry run: no trades" : "dry run: nothing was enqueued");
        if (plan.Outcome == PlanOutcome.NoTrades)
            return await FinishAsync(run, plan.IsDegraded ? RunOutcome.Degraded : RunOutcome.NoTrades, RunOutcomeRules.DegradedReason(plan));

        run.Step("execute");
        var enqueued = await run.CallAsync<ExecutionEnqueued>(EnqueueExecutionActivity.Name,
            new EnqueueExecutionRequest(context.InstanceId, plan.PlanKey!, plan.PlanSha256!, run.NewId(), run.Correlation, plan.EventId, context.CurrentUtcDateTime), StepRetry);
        if (enqueued is null)
            return await FinishAsync(run, RunOutcome.Failed, $"the plan could not be enqueued: {run.LastError}");
        try
        {
            run.Execution = await context.WaitForExternalEvent<ExecutionCompleted>(
                ExecutionCompleted.EventName, TimeSpan.FromMinutes(input.CompletionTimeoutMinutes));
        }
        catch (OperationCanceledException)
        {
            return await FinishAsync(run, RunOutcome.Failed,
                $"execution did not report within {input.CompletionTimeoutMinutes} minutes: check the execution queue and the broker");
        }
        var (outcome, reason) = RunOutcomeRules.AfterExecution(run.Execution, plan);
        return await FinishAsync(run, outcome, reason);
    }

    private static async Task<StrategyEvaluated> EvaluateAsync(RunProgress run, PortfolioStrategy strategy, DateOnly asOf, string causation)
    {
        var request = new EvaluateStrategyRequest(strategy, asOf, run.NewId(), run.Correlation, causation, run.Context.CurrentUtcDateTime);
        try
        {
            return await run.Context.CallActivityAsync<StrategyEvaluated>(EvaluateStrategyActivity.Name, request, EvaluateRetry);
        }
        catch (ActivityFailedException failure)
        {
            // An infrastructure fault after every retry: a failed result, so one strategy never hides the others.
            var error = Diagnostic.ForFile(strategy.File, RunOutcomeRules.EvaluationFaultCode,
                $"the strategy could not be evaluated after {EvaluateRetry.MaxAttempts} attempts: {failure.FailureDetails.ErrorMessage}");
            return new StrategyEvaluated(strategy, asOf, null, null, error, [], request.EventId + "/fault", run.Correlation,
                request.EventId, run.Context.CurrentUtcDateTime);
        }
    }

    private static async Task<RunSummary> FinishAsync(RunProgress run, RunOutcome outcome, string? reason)
    {
        var summary = run.Summarise(outcome, reason);
        run.Step("notify");
        if (summary.HasDailySummary || summary.NeedsAlert)
        {
            // Not caught: if notifying fails after its retries, the instance fails and running it again retries it.
            await run.Context.CallActivityAsync<Notified>(NotifyActivity.Name,
                new NotifyRequest(summary, run.NewId(), run.Correlation, summary.EventId, run.Context.CurrentUtcDateTime), StepRetry);
        }
        run.Context.SetCustomStatus(new { step = "done", outcome });
        return summary;
    }

    private static string Count(int n, string one, string many) => n == 1 ? $"1 {one}" : $"{n} {many}";
}
