using Alchemiser.Core.Execution;
using Alchemiser.Workflow.Brokers;

namespace Alchemiser.Workflow.Execution.Worker;

internal sealed partial class ExecutionRun
{
    /// <summary>The smallest order a broker takes for a fractional quantity (Alpaca: $1 notional).</summary>
    private const decimal MinimumOrderDollars = 1m;

    /// <summary>
    /// Places a step the broker does not have, unless it is past the latest order time. Buys are read and placed one
    /// at a time (<see cref="PlaceBuyAsync"/>), so two of them never count on the same buying power; only the
    /// placement is serialized, not the wait for fills.
    /// </summary>
    /// <returns>The order, or null when the broker rejected it; or why it must not be placed.</returns>
    private async Task<(BrokerOrder? Order, ExecutionReason Stopped)> PlaceAsync(int index, StepRecord step, CancellationToken cancellationToken)
    {
        if (IsTooLate())
            return (null, ExecutionReason.TooLate);
        var item = Record.Items[index];
        if (item.Side == OrderSide.Sell)
            return (await SubmitAsync(item, step, cancellationToken), ExecutionReason.None);
        await _buyPlacement.WaitAsync(cancellationToken);
        try
        {
            return await PlaceBuyAsync(index, item, step, cancellationToken);
        }
        finally
        {
            _buyPlacement.Release();
        }
    }

    /// <summary>
    /// A broker holds buying power at the limit of every working buy (Alpaca does), so on a fully deployed account a
    /// buy priced above the mid it was sized at would be refused. The step is cut to what the buying power covers at
    /// its price, the circuit breaker checks the cut order, and only then is the cut stored and the order submitted.
    /// While the plan's cuts add up to at most <see cref="_cutTolerance"/> they are what buying above the mids costs:
    /// the item's quantity is lowered too, so it can still end Filled. A larger cut means the buying power went
    /// elsewhere: the item stops after this step as <see cref="ExecutionReason.BuyingPower"/>.
    /// </summary>
    private async Task<(BrokerOrder? Order, ExecutionReason Stopped)> PlaceBuyAsync(
        int index, ItemRecord item, StepRecord step, CancellationToken cancellationToken)
    {
        if (IsTooLate()) // again: waiting for the other placements may have crossed it
            return (null, ExecutionReason.TooLate);
        if (_tripped)
            return (null, ExecutionReason.CircuitBreaker);
        var price = PriceOf(item, step);
        var account = await _broker.GetAccountAsync(cancellationToken);
        var covered = checked(step.Quantity * price) <= account.BuyingPower
            ? step.Quantity
            : OrderQuantity.ForBuy(Math.Max(0, account.BuyingPower), price, item.IsFractionable).Quantity;
        if (covered < step.Quantity && checked(covered * price) < MinimumOrderDollars)
        {
            await DropUncoveredRestAsync(item, step, price, cancellationToken);
            return (null, ExecutionReason.BuyingPower);
        }

        if (!_budget.TryReserve(index, checked(covered * price)))
        {
            await TripAsync(cancellationToken);
            return (null, ExecutionReason.CircuitBreaker);
        }

        if (covered < step.Quantity)
        {
            var cut = checked((step.Quantity - covered) * price);
            await _journal.UpdateAsync(
                () =>
                {
                    if (!TryTolerate(cut))
                        step.CutToBuyingPower = true;
                    else
                        item.Quantity = checked(item.Quantity!.Value - (step.Quantity - covered));
                    step.Quantity = covered;
                },
                cancellationToken);
        }

        return (await SubmitAsync(item, step, cancellationToken), ExecutionReason.None);
    }

    /// <summary>
    /// Not even a minimum order is covered. When the item already bought something and the rest of it fits the
    /// allowance, the rest is dropped (the item then concludes Filled at what it bought); otherwise the item will
    /// conclude for <see cref="ExecutionReason.BuyingPower"/>.
    /// </summary>
    private async Task DropUncoveredRestAsync(ItemRecord item, StepRecord step, decimal price, CancellationToken cancellationToken)
    {
        if (item.FilledQuantity() <= 0)
            return;
        var rest = checked(step.Quantity * price);
        await _journal.UpdateAsync(
            () =>
            {
                if (TryTolerate(rest))
                    item.Quantity = checked(item.Quantity!.Value - step.Quantity);
            },
            cancellationToken);
    }

    /// <summary>Adds <paramref name="cut"/> to the plan's tolerated cuts when the sum stays within the allowance.
    /// Inside a journal update.</summary>
    private bool TryTolerate(decimal cut)
    {
        var total = checked(Record.ToleratedCuts + cut);
        if (total > _cutTolerance)
            return false;
        Record.ToleratedCuts = total;
        return true;
    }

    /// <summary>What a buy step may cost per share: its limit, or the cap price for a market order.</summary>
    private decimal PriceOf(ItemRecord item, StepRecord step) =>
        step.Limit ?? PricingLadder.CapPrice(item.ArrivalMid!.Value, OrderSide.Buy, _pricing);
}
