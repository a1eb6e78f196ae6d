namespace Alchemiser.Workflow.Activities;

/// <summary>The six activities of the daily run, built once by a host's composition. Immutable.</summary>
/// <param name="Gate">The calendar gate.</param>
/// <param name="LoadPortfolio">Reads <c>portfolio.json</c>.</param>
/// <param name="EvaluateStrategy">Evaluates one strategy.</param>
/// <param name="PlanRebalance">Merges and plans.</param>
/// <param name="EnqueueExecution">Buffers the plan.</param>
/// <param name="Notify">Records the run and sends its emails.</param>
public sealed record DailyRunActivities(
    GateActivity Gate,
    LoadPortfolioActivity LoadPortfolio,
    EvaluateStrategyActivity EvaluateStrategy,
    PlanRebalanceActivity PlanRebalance,
    EnqueueExecutionActivity EnqueueExecution,
    NotifyActivity Notify);
