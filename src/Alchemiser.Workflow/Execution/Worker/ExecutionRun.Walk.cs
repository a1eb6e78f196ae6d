using Alchemiser.Core.Execution;
using Alchemiser.Core.Market;
using Alchemiser.Workflow.Brokers;

namespace Alchemiser.Workflow.Execution.Worker;

internal sealed partial class ExecutionRun
{
    /// <summary>
    /// Walks the book for one item (PIPELINE.md §6.5), continuing from the steps the record holds: steps 0–2 at the
    /// ladder prices for the remaining quantity, then the final step, until the quantity is filled or a step stops
    /// the item.
    /// </summary>
    private async Task WalkAsync(int index, IReadOnlyDictionary<Symbol, decimal>? positions, CancellationToken cancellationToken)
    {
        var item = Record.Items[index];
        if (item.Status is not null)
            return;
        if (item.Quantity is null && !await PrepareAsync(index, positions, cancellationToken))
            return;
        for (var step = 0; step <= PricingLadder.FinalStep; step++)
        {
            var record = item.StepAt(step);
            if (record is null)
            {
                var remaining = item.Quantity!.Value - item.FilledQuantity(); // a buying power cut may lower it
                if (remaining <= 0)
                    break;
                var stop = await NextStepAsync(index, step, remaining, cancellationToken);
                if (stop != ExecutionReason.None)
                {
                    await ConcludeAsync(item, stop, cancellationToken);
                    return;
                }

                record = item.StepAt(step)!;
            }

            if (record.State is StepState.Placing or StepState.Working)
            {
                var stopped = await RunStepAsync(index, record, cancellationToken);
                if (stopped != ExecutionReason.None)
                {
                    await ConcludeAsync(item, stopped, cancellationToken);
                    return;
                }
            }

            if (record.State == StepState.CancelUnconfirmed)
            {
                await FailAsync(item, ExecutionReason.CancelUnconfirmed, null, cancellationToken);
                return;
            }

            await EnsureRecordedAsync(index, record, cancellationToken);
            if (record.FinalStatus == OrderStatus.Rejected)
            {
                await FailAsync(item, ExecutionReason.Rejected, record.BrokerReason, cancellationToken);
                return;
            }

            if (item.Side == OrderSide.Buy && _tripped)
            {
                await ConcludeAsync(item, ExecutionReason.CircuitBreaker, cancellationToken);
                return;
            }

            if (record.CutToBuyingPower)
            {
                await ConcludeAsync(item, ExecutionReason.BuyingPower, cancellationToken);
                return;
            }
        }

        await ConcludeAsync(item, ExecutionReason.None, cancellationToken);
    }

    /// <summary>
    /// Prices step <paramref name="step"/>, applies the guards that come before a new order (latest order time, a
    /// tripped circuit breaker) and stores the step as <see cref="StepState.Placing"/>; returns why not, when it must
    /// not be placed. A buy's budget is checked when it is placed (<see cref="PlaceAsync"/>), once its quantity is
    /// fitted to the buying power.
    /// </summary>
    private async Task<ExecutionReason> NextStepAsync(int index, int step, decimal remaining, CancellationToken cancellationToken)
    {
        var item = Record.Items[index];
        if (IsTooLate())
            return ExecutionReason.TooLate;
        if (item.Side == OrderSide.Buy && _tripped)
            return ExecutionReason.CircuitBreaker;
        var (kind, limit, refusal) = await PriceAsync(item, step, cancellationToken);
        if (refusal != ExecutionReason.None)
            return refusal;
        var record = new StepRecord
        {
            Step = step,
            ClientOrderId = ClientOrderId.For(_plan.PlanId, Symbol.Parse(item.Symbol), item.Side, step).Value,
            Kind = kind,
            Limit = limit,
            Quantity = remaining,
            State = StepState.Placing,
        };
        await _journal.UpdateAsync(() => item.Steps.Add(record), cancellationToken);
        return ExecutionReason.None;
    }

    /// <summary>
    /// Before the first order (PIPELINE.md §6.2–§6.4): the asset, the arrival quote and the quantity, persisted
    /// together before any order; false when the item ended here (skipped or failed).
    /// </summary>
    private async Task<bool> PrepareAsync(int index, IReadOnlyDictionary<Symbol, decimal>? positions, CancellationToken cancellationToken)
    {
        var item = Record.Items[index];
        var planItem = _planItems[index];
        if (IsTooLate())
        {
            await ConcludeAsync(item, ExecutionReason.TooLate, cancellationToken);
            return false;
        }

        var asset = await _broker.GetAssetAsync(planItem.Symbol, cancellationToken);
        if (asset is not { IsTradable: true })
        {
            await FailAsync(item, ExecutionReason.NotTradable, null, cancellationToken);
            return false;
        }

        var (quote, problem) = await GetArrivalQuoteAsync(planItem.Symbol, cancellationToken);
        if (quote is null)
        {
            await FailAsync(item, problem, null, cancellationToken);
            return false;
        }

        var target = item.TargetDollars ?? item.PlannedDollars;
        var held = positions?.GetValueOrDefault(planItem.Symbol) ?? 0;
        var quantity = item.Side switch
        {
            OrderSide.Buy => OrderQuantity.ForBuy(target, quote.Mid, asset.IsFractionable),
            _ when planItem.IsFullExit => OrderQuantity.ForFullExit(held, asset.IsFractionable),
            _ => OrderQuantity.ForSell(target, quote.Mid, held, asset.IsFractionable),
        };
        await _journal.UpdateAsync(
            () =>
            {
                item.TargetDollars = target;
                item.ArrivalBid = quote.Bid;
                item.ArrivalAsk = quote.Ask;
                item.QuoteTime = quote.Time;
                item.Quantity = quantity.Quantity;
                item.IsFractionable = asset.IsFractionable;
                if (!quantity.HasQuantity)
                {
                    item.Status = ExecutionItemStatus.Skipped;
                    item.Reason = quantity.Reason;
                }
            },
            cancellationToken);
        return quantity.HasQuantity;
    }

    private async Task TripAsync(CancellationToken cancellationToken)
    {
        _tripped = true;
        await _journal.UpdateAsync(() => Record.CircuitBreaker = true, cancellationToken);
    }

    private Task ConcludeAsync(ItemRecord item, ExecutionReason reason, CancellationToken cancellationToken) =>
        _journal.UpdateAsync(() => Conclude(item, reason), cancellationToken);

    private Task FailAsync(ItemRecord item, ExecutionReason reason, string? brokerReason, CancellationToken cancellationToken) =>
        _journal.UpdateAsync(
            () =>
            {
                item.Status = ExecutionItemStatus.Failed;
                item.Reason = reason;
                item.BrokerReason = brokerReason;
            },
            cancellationToken);

    /// <summary>Finishes an item by what it filled: Filled, PartiallyFilled or Unfilled with the reason; Skipped
    /// when a rule stopped it before any order.</summary>
    private static void Conclude(ItemRecord item, ExecutionReason reason)
    {
        var filled = item.FilledQuantity();
        var placed = item.Steps.Exists(s => s.BrokerOrderId is not null);
        if (item.Quantity is { } quantity && quantity > 0 && filled >= quantity)
        {
            item.Status = ExecutionItemStatus.Filled;
            item.Reason = ExecutionReason.None;
            return;
        }

        item.Reason = reason;
        item.Status = filled > 0
            ? ExecutionItemStatus.PartiallyFilled
            : !placed && reason is ExecutionReason.MarketClosed or ExecutionReason.TooLate or ExecutionReason.RoundsToZero
                ? ExecutionItemStatus.Skipped
                : ExecutionItemStatus.Unfilled;
    }
}
