using System.Globalization;
using System.Text.Json;
using Alchemiser.Core.Portfolio.Rebalance;
using Alchemiser.Workflow.Activities;
using Alchemiser.Workflow.Execution;
using Alchemiser.Workflow.Orchestration;
using Alchemiser.Workflow.Orchestrators;

namespace Alchemiser.Workflow.Runs;

/// <summary>
/// One line per history entry of a daily run, in words, for the run-history views (<c>alchemiser runs show</c>): what
/// the gate decided, what each strategy wants, what the plan trades, how execution went, what was sent. An entry this
/// does not know (another orchestrator's activity) shows its output JSON, clipped.
/// </summary>
public static class HistoryDescriptions
{
    /// <summary>The longest description; longer ones end with an ellipsis.</summary>
    public const int MaxLength = 160;

    /// <summary>Describes <paramref name="entry"/>.</summary>
    public static string Describe(HistoryEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (entry.Failure is { } failure)
            return Clip($"failed after {entry.Attempts} attempt(s): {failure.ErrorType}: {failure.ErrorMessage}");
        if (entry.OutputJson is null)
            return entry.Kind == HistoryKind.TimerFired ? "timer fired" : "";
        try
        {
            return Clip(DescribeOutput(entry) ?? entry.OutputJson);
        }
        catch (JsonException)
        {
            return Clip(entry.OutputJson);
        }
    }

    /// <summary>Describes a daily run's output (its <see cref="RunSummary"/>): outcome and reason.</summary>
    public static string? DescribeRun(string? outputJson)
    {
        if (outputJson is null)
            return null;
        try
        {
            var summary = JsonSerializer.Deserialize<RunSummary>(outputJson, WorkflowJson.Default);
            return summary is null ? null : Clip($"{summary.Outcome}{(summary.Reason is null ? "" : ": " + summary.Reason)}");
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? DescribeOutput(HistoryEntry entry) => entry.Name switch
    {
        GateActivity.Name => Read<GateResult>(entry) is { } gate
            ? $"{gate.Verdict}{(gate.Rule is null ? "" : " " + gate.Rule)}: {gate.Reason}; T {gate.TradingDate:yyyy-MM-dd}, D {gate.AsOf:yyyy-MM-dd}, {gate.Mode}"
            : null,
        LoadPortfolioActivity.Name => Read<PortfolioLoaded>(entry) is { } portfolio
            ? portfolio.IsValid
                ? $"{portfolio.Strategies.Count} strategies, on failure {portfolio.OnStrategyFailure}"
                : "invalid: " + string.Join("; ", portfolio.Errors)
            : null,
        EvaluateStrategyActivity.Name => Read<StrategyEvaluated>(entry) is { } strategy
            ? strategy.Weights is { } weights
                ? $"{strategy.Strategy.StrategyId}: " + string.Join(", ", weights.OrderByDescending(h => h.Weight).Take(5)
                    .Select(h => string.Create(CultureInfo.InvariantCulture, $"{h.Symbol} {h.Weight:P1}")))
                : $"{strategy.Strategy.StrategyId} failed: {strategy.Error?.Headline}"
            : null,
        PlanRebalanceActivity.Name => Read<RebalancePlanned>(entry) is { } plan ? DescribePlan(plan) : null,
        EnqueueExecutionActivity.Name => "plan enqueued for execution",
        ExecutionCompleted.EventName => Read<ExecutionCompleted>(entry) is { } done ? DescribeExecution(done) : null,
        NotifyActivity.Name => Read<Notified>(entry) is { } notified
            ? notified.Sent.Count == 0 ? "nothing to send" : "sent: " + string.Join(" | ", notified.Sent)
            : null,
        _ => null,
    };

    private static string DescribePlan(RebalancePlanned plan)
    {
        if (plan.Outcome == PlanOutcome.Failed || plan.Plan is null)
            return "no plan: " + plan.Failure;
        var sells = plan.Plan.Items.Where(i => i.Side == RebalanceSide.Sell).ToList();
        var buys = plan.Plan.Items.Where(i => i.Side == RebalanceSide.Buy).ToList();
        var held = plan.Slices.Count(s => s.Use == StrategyUse.HeldByThreshold);
        return string.Create(CultureInfo.InvariantCulture,
            $"{plan.Outcome}: {sells.Count} sells ${sells.Sum(i => -i.Delta):N2}, {buys.Count} buys ${buys.Sum(i => i.Delta):N2} of equity ${plan.Plan.Totals.PortfolioValue:N2}{(held > 0 ? $"; {held} held by threshold" : "")}");
    }

    private static string DescribeExecution(ExecutionCompleted done)
    {
        if (done.Summary is not { } summary)
            return "dead-lettered: " + done.Failure;
        var totals = summary.Totals;
        var guards = summary.BuysBlocked ? "; BUYS BLOCKED" : summary.CircuitBreaker ? "; CIRCUIT BREAKER" : summary.MarketClosed ? "; MARKET CLOSED" : "";
        return string.Create(CultureInfo.InvariantCulture,
            $"{totals.OrdersPlaced} orders: {totals.Filled} filled, {totals.PartiallyFilled} partial, {totals.Unfilled} unfilled, {totals.Failed} failed, {totals.Skipped} skipped; sold ${totals.SellNotional:N2}, bought ${totals.BuyNotional:N2}, slippage ${totals.SlippageDollars:N2}{guards}");
    }

    private static T? Read<T>(HistoryEntry entry) => JsonSerializer.Deserialize<T>(entry.OutputJson!, WorkflowJson.Default);

    private static string Clip(string text) => text.Length <= MaxLength ? text : text[..(MaxLength - 1)] + "…";
}
