using Alchemiser.Core.Execution;
using Alchemiser.Core.Market;

namespace Alchemiser.Workflow.Execution.Worker;

internal sealed partial class ExecutionRun
{
    /// <summary>Reads the final account, builds the summary, stores it (the record becomes terminal) and returns it
    /// (PIPELINE.md §6.7).</summary>
    private async Task<ExecutionSummary> CompleteAsync(CancellationToken cancellationToken)
    {
        var account = await _broker.GetAccountAsync(cancellationToken);
        var positions = await _broker.GetPositionsAsync(cancellationToken);
        var items = Record.Items.Select(Summarize).ToList();
        var totals = new ExecutionTotals(
            SellNotional: items.Where(i => i.Side == OrderSide.Sell).Sum(i => i.Notional),
            BuyNotional: items.Where(i => i.Side == OrderSide.Buy).Sum(i => i.Notional),
            FailedSellNotional: FailedSellNotional(),
            BuyScale: Record.BuyScale ?? 1m,
            BuyLimit: _budget.Limit,
            OrdersPlaced: items.Sum(i => i.OrdersPlaced),
            Filled: items.Count(i => i.Status == ExecutionItemStatus.Filled),
            PartiallyFilled: items.Count(i => i.Status == ExecutionItemStatus.PartiallyFilled),
            Unfilled: items.Count(i => i.Status == ExecutionItemStatus.Unfilled),
            Failed: items.Count(i => i.Status == ExecutionItemStatus.Failed),
            Skipped: items.Count(i => i.Status == ExecutionItemStatus.Skipped),
            SlippageDollars: items.Sum(i => i.SlippageDollars));
        var summary = new ExecutionSummary(
            _plan.PlanId.Value,
            items,
            totals,
            Record.MarketClosed,
            Record.BuysBlocked,
            Record.CircuitBreaker,
            account,
            positions,
            _time.GetUtcNow());
        await _journal.UpdateAsync(
            () =>
            {
                Record.Summary = summary;
                Record.Stage = ExecutionStage.Completed;
            },
            cancellationToken);
        return summary;
    }

    private static ExecutionItemSummary Summarize(ItemRecord item)
    {
        var filled = item.FilledQuantity();
        var value = 0m;
        foreach (var step in item.Steps)
        {
            if (step.State == StepState.Terminal && step.FilledQuantity > 0 && step.AveragePrice is { } price)
                value = checked(value + (step.FilledQuantity * price));
        }

        decimal? vwap = filled > 0 ? Math.Round(value / filled, 6, MidpointRounding.AwayFromZero) : null;
        var slippage = vwap is { } average && item.ArrivalMid is { } mid
            ? Slippage.Measure(item.Side, average, mid, filled)
            : null;
        var placed = item.Steps.Where(s => s.BrokerOrderId is not null).ToList();
        return new ExecutionItemSummary(
            Symbol.Parse(item.Symbol),
            item.Side,
            item.Status ?? ExecutionItemStatus.Unfilled,
            item.Reason,
            item.BrokerReason,
            item.PlannedDollars,
            item.TargetDollars ?? item.PlannedDollars,
            item.Quantity ?? 0,
            filled,
            vwap,
            item.FilledNotional(),
            item.ArrivalMid,
            slippage?.Bps,
            slippage?.Dollars ?? 0,
            placed.Count == 0 ? 0 : placed.Max(s => s.Step) + 1,
            placed.Count);
    }
}
