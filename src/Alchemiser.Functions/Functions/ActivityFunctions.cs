using Alchemiser.Workflow.Activities;
using Microsoft.Azure.Functions.Worker;

namespace Alchemiser.Functions.Functions;

/// <summary>One function per activity of the daily run; each calls the Workflow activity built by the composition.</summary>
/// <param name="activities">The activities over the app's services.</param>
public sealed class ActivityFunctions(DailyRunActivities activities)
{
    /// <summary>The calendar gate.</summary>
    [Function(GateActivity.Name)]
    public Task<GateResult> Gate([ActivityTrigger] GateRequest input, FunctionContext context) =>
        activities.Gate.RunAsync(input, context.CancellationToken);

    /// <summary>Reads <c>portfolio.json</c>.</summary>
    [Function(LoadPortfolioActivity.Name)]
    public Task<PortfolioLoaded> LoadPortfolio([ActivityTrigger] LoadPortfolioRequest input, FunctionContext context) =>
        activities.LoadPortfolio.RunAsync(input, context.CancellationToken);

    /// <summary>Evaluates one strategy.</summary>
    [Function(EvaluateStrategyActivity.Name)]
    public Task<StrategyEvaluated> EvaluateStrategy([ActivityTrigger] EvaluateStrategyRequest input, FunctionContext context) =>
        activities.EvaluateStrategy.RunAsync(input, context.CancellationToken);

    /// <summary>Merges the strategies and plans the rebalance.</summary>
    [Function(PlanRebalanceActivity.Name)]
    public Task<RebalancePlanned> PlanRebalance([ActivityTrigger] PlanRebalanceRequest input, FunctionContext context) =>
        activities.PlanRebalance.RunAsync(input, context.CancellationToken);

    /// <summary>Puts the plan on the execution queue.</summary>
    [Function(EnqueueExecutionActivity.Name)]
    public Task<ExecutionEnqueued> EnqueueExecution([ActivityTrigger] EnqueueExecutionRequest input, FunctionContext context) =>
        activities.EnqueueExecution.RunAsync(input, context.CancellationToken);

    /// <summary>Records the run and sends its emails.</summary>
    [Function(NotifyActivity.Name)]
    public Task<Notified> Notify([ActivityTrigger] NotifyRequest input, FunctionContext context) =>
        activities.Notify.RunAsync(input, context.CancellationToken);
}
