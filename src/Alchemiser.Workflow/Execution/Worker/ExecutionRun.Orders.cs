using Alchemiser.Core.Execution;
using Alchemiser.Core.Market;
using Alchemiser.Workflow.Brokers;

namespace Alchemiser.Workflow.Execution.Worker;

internal sealed partial class ExecutionRun
{
    /// <summary>
    /// Runs one step's order to a terminal state: adopts the order the broker already has for the step's client
    /// order id or places it, waits for a fill, cancels the rest and waits for the cancel, then reads the final fills.
    /// </summary>
    /// <returns>Why the item stops when the order did not exist and must not be placed (too late, no buying power;
    /// nothing placed, step dropped); else <see cref="ExecutionReason.None"/>.</returns>
    private async Task<ExecutionReason> RunStepAsync(int index, StepRecord step, CancellationToken cancellationToken)
    {
        var item = Record.Items[index];
        var order = step.BrokerOrderId is { } id
            ? await _broker.GetOrderAsync(id, cancellationToken)
            : await _broker.GetOrderByClientIdAsync(step.ClientOrderId, cancellationToken);
        if (order is null)
        {
            var (placed, stopped) = await PlaceAsync(index, step, cancellationToken);
            if (stopped != ExecutionReason.None)
            {
                _budget.Release(index);
                await _journal.UpdateAsync(() => item.Steps.Remove(step), cancellationToken);
                return stopped;
            }

            if (placed is null)
            {
                _budget.Release(index);
                return ExecutionReason.None;
            }

            order = placed;
        }

        await _journal.UpdateAsync(
            () =>
            {
                step.State = StepState.Working;
                step.BrokerOrderId = order.Id;
                step.SubmittedAt = order.SubmittedAt;
                step.Limit = order.LimitPrice;
            },
            cancellationToken);
        if (item.Side == OrderSide.Buy)
            _budget.Adopt(index, WorkingNotional(item, order));

        var wait = step.Step == PricingLadder.FinalStep ? _settings.FinalWait : _settings.StepWait;
        var firstFillSeen = order.FilledQuantity > 0 ? _time.GetUtcNow() : (DateTimeOffset?)null;
        (order, firstFillSeen) = await WaitAsync(order, wait, item.Side == OrderSide.Buy, firstFillSeen, cancellationToken);
        if (!order.IsTerminal)
        {
            order = await CancelAsync(order, cancellationToken);
            (order, firstFillSeen) = await WaitAsync(
                order, _settings.CancelWait + _settings.CancelGrace, false, firstFillSeen, cancellationToken);
            if (!order.IsTerminal)
            {
                // Never place the next step while a cancel is unconfirmed: fills racing the cancel would overfill.
                await _journal.UpdateAsync(() => step.State = StepState.CancelUnconfirmed, cancellationToken);
                return ExecutionReason.None;
            }
        }

        await SettleAsync(index, step, order, firstFillSeen, cancellationToken);
        return ExecutionReason.None;
    }

    /// <summary>Submits the step's order; a duplicate client order id adopts the existing order; a rejection stores
    /// the step as terminal and rejected and returns null.</summary>
    private async Task<BrokerOrder?> SubmitAsync(ItemRecord item, StepRecord step, CancellationToken cancellationToken)
    {
        var type = step.Kind == ExecutionOrderKind.Market ? OrderType.Market : OrderType.Limit;
        var request = new OrderRequest(step.ClientOrderId, Symbol.Parse(item.Symbol), item.Side, step.Quantity, type, step.Limit);
        try
        {
            return await _broker.SubmitOrderAsync(request, cancellationToken);
        }
        catch (DuplicateClientOrderIdException)
        {
            return await _broker.GetOrderByClientIdAsync(step.ClientOrderId, cancellationToken)
                ?? throw new InvalidOperationException(
                    $"the broker refused {step.ClientOrderId} as a duplicate but has no order with that id");
        }
        catch (OrderRejectedException rejection)
        {
            await _journal.UpdateAsync(
                () =>
                {
                    step.State = StepState.Terminal;
                    step.FinalStatus = OrderStatus.Rejected;
                    step.BrokerReason = rejection.Reason;
                },
                cancellationToken);
            return null;
        }
    }

    /// <summary>Asks for a cancel. A cancel that fails is forgiven only when the order turns out to be terminal (it
    /// filled meanwhile); otherwise the failure propagates.</summary>
    private async Task<BrokerOrder> CancelAsync(BrokerOrder order, CancellationToken cancellationToken)
    {
        try
        {
            await _broker.CancelOrderAsync(order.Id, cancellationToken);
            return order;
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            var current = await _broker.GetOrderAsync(order.Id, cancellationToken);
            if (current.IsTerminal)
                return current;
            throw;
        }
    }

    /// <summary>Polls the order until it is terminal or <paramref name="limit"/> has passed; a buy also stops
    /// waiting when the circuit breaker trips.</summary>
    private async Task<(BrokerOrder Order, DateTimeOffset? FirstFillSeen)> WaitAsync(
        BrokerOrder order, TimeSpan limit, bool stopOnTrip, DateTimeOffset? firstFillSeen, CancellationToken cancellationToken)
    {
        var deadline = _time.GetUtcNow() + limit;
        while (!order.IsTerminal && !(stopOnTrip && _tripped))
        {
            var left = deadline - _time.GetUtcNow();
            if (left <= TimeSpan.Zero)
                break;
            await Task.Delay(left < _settings.PollInterval ? left : _settings.PollInterval, _time, cancellationToken);
            order = await _poller.GetAsync(order.Id, cancellationToken);
            if (firstFillSeen is null && order.FilledQuantity > 0)
                firstFillSeen = _time.GetUtcNow();
        }

        return (order, firstFillSeen);
    }

    /// <summary>The order is terminal: store its final fills (read after the terminal state) and free its budget.</summary>
    private async Task SettleAsync(int index, StepRecord step, BrokerOrder order, DateTimeOffset? firstFillSeen, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        var lastFill = order.FilledAt ?? now;
        var firstFill = firstFillSeen is { } seen && seen < lastFill && order.Status != OrderStatus.Filled ? seen : lastFill;
        var notional = order.FilledQuantity > 0 && order.AverageFillPrice is { } price
            ? Money(checked(order.FilledQuantity * price))
            : 0m;
        await _journal.UpdateAsync(
            () =>
            {
                step.State = StepState.Terminal;
                step.FinalStatus = order.Status;
                step.FilledQuantity = order.FilledQuantity;
                step.AveragePrice = order.AverageFillPrice;
                step.Notional = notional;
                step.BrokerReason = order.RejectReason;
                if (order.FilledQuantity > 0)
                {
                    step.FirstFillAt = firstFill;
                    step.LastFillAt = lastFill;
                }
            },
            cancellationToken);
        if (Record.Items[index].Side == OrderSide.Buy)
            _budget.Settle(index, notional);
    }

    /// <summary>Reports a terminal step with fills to the fill recorder, once per record (the recorder upserts).</summary>
    private async Task EnsureRecordedAsync(int index, StepRecord step, CancellationToken cancellationToken)
    {
        if (step.Recorded || step.FilledQuantity <= 0 || step.AveragePrice is not { } average)
            return;
        var item = Record.Items[index];
        var mid = item.ArrivalMid!.Value;
        var firstSubmit = item.Steps.Where(s => s.SubmittedAt is not null).Min(s => s.SubmittedAt!.Value);
        var lastFill = step.LastFillAt!.Value;
        var arrival = new Quote(item.ArrivalBid!.Value, item.ArrivalAsk!.Value, item.QuoteTime!.Value);
        var fill = new FillRecord(
            _plan.PlanId.Value,
            _plan.PlanId.TradingDate,
            step.ClientOrderId,
            step.BrokerOrderId!,
            step.Step,
            step.Kind,
            Symbol.Parse(item.Symbol),
            item.Side,
            step.Limit,
            step.FilledQuantity,
            average,
            step.Notional,
            step.SubmittedAt!.Value,
            step.FirstFillAt!.Value,
            lastFill,
            lastFill - firstSubmit,
            arrival.Bid,
            arrival.Ask,
            mid,
            arrival.Time,
            Math.Round(arrival.SpreadBps, 2, MidpointRounding.AwayFromZero),
            Slippage.Measure(item.Side, average, mid, step.FilledQuantity),
            _planItems[index].Attribution);
        await _fills.RecordAsync(fill, cancellationToken);
        await _journal.UpdateAsync(() => step.Recorded = true, cancellationToken);
    }

    /// <summary>What an order still may cost: its unfilled quantity at its limit (at the cap price for a market order).</summary>
    private decimal WorkingNotional(ItemRecord item, BrokerOrder order)
    {
        var price = order.LimitPrice ?? PricingLadder.CapPrice(item.ArrivalMid!.Value, OrderSide.Buy, _pricing);
        return checked((order.Quantity - order.FilledQuantity) * price);
    }
}
