using Alchemiser.Core.Execution;
using Alchemiser.Core.Market;
using Alchemiser.Core.Portfolio.Rebalance;
using Alchemiser.Workflow.Brokers;

namespace Alchemiser.Workflow.Execution.Worker;

/// <summary>
/// One call of <see cref="ExecutionWorker.ExecuteAsync"/>: the phases (PIPELINE.md §6.1, §6.6) over the record,
/// continuing from whatever stage the record reached.
/// </summary>
internal sealed partial class ExecutionRun
{
    private readonly IBroker _broker;
    private readonly IFillRecorder _fills;
    private readonly TimeProvider _time;
    private readonly RebalancePlan _plan;
    private readonly ExecutionSettings _settings;
    private readonly PricingSettings _pricing;
    private readonly ExecutionJournal _journal;
    private readonly WorkingOrderPoller _poller;
    private readonly RebalanceItem[] _planItems;
    private readonly BuyBudget _budget;
    private readonly SemaphoreSlim _buyPlacement = new(1, 1);

    /// <summary>How far the buying power may cut the plan's buys in all and the items still count as filled: max(m,
    /// Σ planned buys × the slippage cap), what buying every item at its cap price above the mid could cost.</summary>
    private readonly decimal _cutTolerance;
    private TimeSpan _brokerOffset;
    private DateTimeOffset _lastOrderAt;
    private volatile bool _tripped;

    public ExecutionRun(
        IBroker broker, IFillRecorder fills, TimeProvider time, RebalancePlan plan, ExecutionSettings settings, ExecutionJournal journal)
    {
        _broker = broker;
        _fills = fills;
        _time = time;
        _plan = plan;
        _settings = settings;
        _pricing = settings.Pricing;
        _journal = journal;
        _poller = new WorkingOrderPoller(broker, time, settings.PollInterval);
        _planItems = [.. plan.Items.Where(i => i.Side != RebalanceSide.Hold)];
        _budget = new BuyBudget(BuyLimitOf(plan, settings));
        _cutTolerance = CutToleranceOf(plan, settings);
        _tripped = Record.CircuitBreaker;
        CountRecordedBuys();
    }

    private ExecutionRecord Record => _journal.Record;

    /// <summary>
    /// A resumed execution starts its budget from the record: what each buy filled, and its open step (placing or
    /// working) at that step's price, so that no item's new order is checked before another item's open one is
    /// counted.
    /// </summary>
    private void CountRecordedBuys()
    {
        for (var i = 0; i < Record.Items.Count; i++)
        {
            var item = Record.Items[i];
            if (item.Side != OrderSide.Buy)
                continue;
            _budget.Settle(i, item.FilledNotional());
            if (item.Status is null && item.Steps.FindLast(s => s.State is StepState.Placing or StepState.Working) is { } open)
                _budget.Adopt(i, checked(open.Quantity * PriceOf(item, open)));
        }
    }

    public async Task<ExecutionSummary> RunAsync(CancellationToken cancellationToken)
    {
        var clock = await _broker.GetClockAsync(cancellationToken);
        if (!clock.IsOpen)
        {
            await CloseAsync(cancellationToken);
            return await CompleteAsync(cancellationToken);
        }

        _brokerOffset = clock.Now - _time.GetUtcNow();
        _lastOrderAt = clock.NextClose - _settings.LatestOrderBeforeClose;
        if (Record.Stage == ExecutionStage.Selling)
        {
            await RunPhaseAsync(OrderSide.Sell, cancellationToken);
            await _journal.UpdateAsync(() => Record.Stage = ExecutionStage.SellsDone, cancellationToken);
        }

        if (Record.Stage == ExecutionStage.SellsDone)
            await PrepareBuysAsync(cancellationToken);
        if (Record.Stage == ExecutionStage.Buying)
            await RunPhaseAsync(OrderSide.Buy, cancellationToken);
        return await CompleteAsync(cancellationToken);
    }

    /// <summary>min(φ × E_plan, (1 + overrun) × Σ planned buys + m), in cents.</summary>
    private static decimal BuyLimitOf(RebalancePlan plan, ExecutionSettings settings)
    {
        var totals = plan.Totals;
        var byEquity = checked(totals.DeploymentFraction * totals.PortfolioValue);
        var byPlan = checked((1 + (settings.BuyOverrunPercent / 100m)) * PlannedBuys(plan) + totals.MinimumTrade);
        return Money(Math.Min(byEquity, byPlan));
    }

    private static decimal CutToleranceOf(RebalancePlan plan, ExecutionSettings settings) =>
        Math.Max(plan.Totals.MinimumTrade, Money(checked(PlannedBuys(plan) * settings.MaxSlippageBps / 10_000m)));

    private static decimal PlannedBuys(RebalancePlan plan)
    {
        var plannedBuys = 0m;
        foreach (var item in plan.Items)
        {
            if (item.Side == RebalanceSide.Buy)
                plannedBuys = checked(plannedBuys + item.Delta);
        }

        return plannedBuys;
    }

    /// <summary>The market is closed: every item not finished is skipped (or ends with what it filled).</summary>
    private async Task CloseAsync(CancellationToken cancellationToken) =>
        await _journal.UpdateAsync(
            () =>
            {
                Record.MarketClosed = true;
                foreach (var item in Record.Items)
                {
                    if (item.Status is null)
                        Conclude(item, ExecutionReason.MarketClosed);
                }
            },
            cancellationToken);

    private async Task RunPhaseAsync(OrderSide side, CancellationToken cancellationToken)
    {
        var indices = new List<int>();
        for (var i = 0; i < Record.Items.Count; i++)
        {
            if (Record.Items[i].Side == side && Record.Items[i].Status is null)
                indices.Add(i);
        }

        if (indices.Count == 0)
            return;
        var positions = side == OrderSide.Sell ? await ReadPositionsAsync(cancellationToken) : null;
        var options = new ParallelOptions { MaxDegreeOfParallelism = _settings.Concurrency, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(indices, options, async (index, token) => await WalkAsync(index, positions, token));
    }

    private async Task<IReadOnlyDictionary<Symbol, decimal>> ReadPositionsAsync(CancellationToken cancellationToken)
    {
        var positions = new Dictionary<Symbol, decimal>();
        foreach (var position in await _broker.GetPositionsAsync(cancellationToken))
            positions[position.Symbol] = position.Quantity;
        return positions;
    }

    /// <summary>
    /// Between the phases (PIPELINE.md §6.6): buys blocked when the failed sell notional exceeds the threshold, else
    /// the buys are scaled by k′ = A′ / Σ buys when they exceed A′ = max(0, min(cash, buying power)), and a scaled buy
    /// below the minimum trade is dropped. Decided once and stored, so a replay never re-scales.
    /// </summary>
    private async Task PrepareBuysAsync(CancellationToken cancellationToken)
    {
        var failedSells = FailedSellNotional();
        var blocked = failedSells > _settings.SellFailureBlockUsd;
        var scale = 1m;
        if (!blocked)
        {
            var buys = 0m;
            foreach (var item in Record.Items)
            {
                if (item.Side == OrderSide.Buy && item.Status is null)
                    buys = checked(buys + item.PlannedDollars);
            }

            var account = await _broker.GetAccountAsync(cancellationToken);
            var available = Math.Max(0, Math.Min(account.Cash, account.BuyingPower));
            if (buys > available)
                scale = Math.Round(available / buys, 6, MidpointRounding.ToZero);
        }

        await _journal.UpdateAsync(
            () =>
            {
                Record.BuysBlocked = blocked;
                Record.BuyScale = scale;
                foreach (var item in Record.Items)
                {
                    if (item.Side != OrderSide.Buy || item.Status is not null)
                        continue;
                    if (blocked)
                    {
                        Conclude(item, ExecutionReason.BuysBlocked);
                        continue;
                    }

                    item.TargetDollars = scale < 1
                        ? Math.Round(checked(item.PlannedDollars * scale), 2, MidpointRounding.ToNegativeInfinity)
                        : item.PlannedDollars;
                    if (scale < 1 && item.TargetDollars < _plan.Totals.MinimumTrade)
                    {
                        item.Quantity = 0;
                        item.Status = ExecutionItemStatus.Skipped;
                        item.Reason = ExecutionReason.None;
                    }
                }

                Record.Stage = ExecutionStage.Buying;
            },
            cancellationToken);
    }

    private decimal FailedSellNotional()
    {
        var failed = 0m;
        foreach (var item in Record.Items)
        {
            if (item.Side == OrderSide.Sell)
                failed = checked(failed + Math.Max(0, item.PlannedDollars - item.FilledNotional()));
        }

        return failed;
    }

    /// <summary>The broker's time now: the worker's clock moved by the offset seen when the broker clock was read.</summary>
    private DateTimeOffset BrokerNow() => _time.GetUtcNow() + _brokerOffset;

    /// <summary>No new order after close − the latest-order margin (PIPELINE.md §6.1).</summary>
    private bool IsTooLate() => BrokerNow() >= _lastOrderAt;

    private static decimal Money(decimal amount) => Math.Round(amount, 2, MidpointRounding.AwayFromZero);
}
