using Alchemiser.Core.Execution;
using Alchemiser.Core.Market;
using Alchemiser.Core.Portfolio;
using Alchemiser.Core.Portfolio.Rebalance;
using Alchemiser.Core.Signals;
using Alchemiser.Workflow.Brokers;
using Alchemiser.Workflow.Data;
using Alchemiser.Workflow.Execution;
using Alchemiser.Workflow.Orchestration;
using Alchemiser.Workflow.Runs;

namespace Alchemiser.Workflow.Activities;

/// <summary>
/// Merges the strategies and plans the rebalance against the broker account (PIPELINE.md §4–§5): the threshold rule
/// per strategy with its stored book, hold-previous for failed strategies, the merge, the account snapshot, the
/// planner, and the plan stored with its SHA-256 for execution. Broker positions are the source of truth (§11.13).
/// </summary>
/// <remarks>Idempotent: the plan id is the instance id and the plan is stored under it, so a retry overwrites it with
/// the plan of the same account; nothing is enqueued here.</remarks>
public sealed class PlanRebalanceActivity(
    IBroker broker,
    IBarStore bars,
    IObjectStore objects,
    TimeProvider timeProvider,
    RebalanceSettings? settings = null) : IActivity<PlanRebalanceRequest, RebalancePlanned>
{
    /// <summary>The activity's registered name.</summary>
    public const string Name = "PlanRebalance";

    /// <summary>Asset lookups in flight at once: a few, well under the broker's rate limit.</summary>
    private const int AssetLookups = 8;

    private readonly RebalanceSettings _settings = settings ?? RebalanceSettings.Default;

    /// <inheritdoc />
    public async Task<RebalancePlanned> RunAsync(PlanRebalanceRequest input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var state = await new PortfolioStateStore(objects).LoadAsync(cancellationToken).ConfigureAwait(false);
        var previousTarget = state?.Target ?? [];
        var bookBars = await ReadBookBarsAsync(input.Strategies, state, cancellationToken).ConfigureAwait(false);

        var slices = new List<StrategySlice>();
        var books = new List<StrategyBookUpdate>();
        foreach (var strategy in input.Strategies)
        {
            var id = strategy.Strategy.StrategyId;
            if (strategy.Weights is { } weights)
            {
                var book = state?.Books.GetValueOrDefault(id);
                var decision = Decide(weights, strategy.RebalanceThreshold, book, input.AsOf, bookBars);
                slices.Add(new StrategySlice(id, decision.IsHeld ? StrategyUse.HeldByThreshold : StrategyUse.Target,
                    decision.Weights, strategy.RebalanceThreshold, decision.Drift));
                if (decision.NewBook is { } newBook)
                    books.Add(new StrategyBookUpdate(id, newBook));
                continue;
            }
            var previous = input.OnStrategyFailure == StrategyFailureMode.HoldPrevious
                && state is not null
                && state.TradingDate == NyseCalendar.PreviousTradingDay(input.TradingDate)
                && state.Slices.TryGetValue(id, out var slice) ? slice : null;
            if (previous is null)
            {
                return Failed(input, previousTarget,
                    $"strategy {id} failed and there is no allocation of it from the previous trading day's run to hold");
            }
            slices.Add(new StrategySlice(id, StrategyUse.ReusedPrevious, previous, strategy.RebalanceThreshold, null));
        }

        var allocations = input.Strategies.Zip(slices, (s, slice) => (s.Strategy.StrategyId, s.Strategy.Normalised, Allocation.Normalise(slice.Weights, out _)));
        var target = PortfolioMerger.Merge(allocations);
        var account = await SnapshotAsync(cancellationToken).ConfigureAwait(false);
        var assets = await AssetsAsync(target.Weights.Select(h => h.Symbol).Concat(account.Positions.Select(p => p.Symbol)), cancellationToken).ConfigureAwait(false);
        var request = new RebalanceRequest(InstanceId.Parse(input.InstanceId), account, target, assets, _settings, state?.Contributions ?? []);
        var outcome = RebalancePlanner.Plan(request);
        var figures = new AccountFigures(account.Equity, account.Cash, account.BuyingPower);
        if (!outcome.Succeeded)
            return Failed(input, previousTarget, outcome.Failure.Message, figures);

        var plan = outcome.Plan;
        string? key = null;
        string? hash = null;
        if (plan.HasTrades && !input.DryRun)
            (key, hash) = await new PlanStore(objects).SaveAsync(plan, cancellationToken).ConfigureAwait(false);
        return new RebalancePlanned(plan.HasTrades ? PlanOutcome.Trades : PlanOutcome.NoTrades, null, plan, key, hash,
            target.Weights, previousTarget, target.Contributions, slices, books, figures,
            MessageHeader.ReplyId(input), input.CorrelationId, input.EventId, Now());
    }

    /// <summary>The bars of every symbol in the book of a strategy with a threshold, each read once, in parallel.</summary>
    private async Task<IReadOnlyDictionary<Symbol, BarSeries>> ReadBookBarsAsync(
        IEnumerable<StrategyEvaluated> strategies, PortfolioState? state, CancellationToken cancellationToken)
    {
        var symbols = strategies
            .Where(s => s.Weights is not null && s.RebalanceThreshold is not null)
            .SelectMany(s => state?.Books.GetValueOrDefault(s.Strategy.StrategyId)?.Weights ?? [])
            .Select(h => h.Symbol)
            .Distinct()
            .ToArray();
        var series = await Task.WhenAll(symbols.Select(s => bars.ReadAsync(s, cancellationToken))).ConfigureAwait(false);
        var bySymbol = new Dictionary<Symbol, BarSeries>();
        for (var i = 0; i < symbols.Length; i++)
        {
            if (series[i] is { } found)
                bySymbol[symbols[i]] = found;
        }
        return bySymbol;
    }

    private static ThresholdDecision Decide(
        IReadOnlyList<Holding> weights, double? threshold, StrategyBook? book, DateOnly asOf, IReadOnlyDictionary<Symbol, BarSeries> bookBars)
    {
        var atBook = new Dictionary<Symbol, double>();
        var atAsOf = new Dictionary<Symbol, double>();
        if (threshold is not null && book is not null)
        {
            foreach (var holding in book.Weights)
            {
                if (!bookBars.TryGetValue(holding.Symbol, out var series))
                    continue;
                if (CloseOn(series, book.AsOf) is { } then)
                    atBook[holding.Symbol] = then;
                if (CloseOn(series, asOf) is { } now)
                    atAsOf[holding.Symbol] = now;
            }
        }
        return RebalanceThreshold.Decide(weights, threshold, book, asOf, atBook, atAsOf);
    }

    private static double? CloseOn(BarSeries series, DateOnly date)
    {
        var index = Array.BinarySearch(series.Dates, date);
        return index >= 0 ? series.Close[index] : null;
    }

    private async Task<AccountSnapshot> SnapshotAsync(CancellationToken cancellationToken)
    {
        var account = await broker.GetAccountAsync(cancellationToken).ConfigureAwait(false);
        var positions = await broker.GetPositionsAsync(cancellationToken).ConfigureAwait(false);
        var open = await broker.ListOrdersAsync(OrderListing.Open, null, cancellationToken).ConfigureAwait(false);
        return new AccountSnapshot(account.Equity, account.Cash, account.BuyingPower,
            positions.Select(p => new PositionSnapshot(p.Symbol, p.Quantity, p.MarketValue)).ToList(),
            open.Select(o => new OpenOrder(o.ClientOrderId, o.Symbol)).ToList());
    }

    /// <summary>Looks the assets up a few at a time (one broker request each), in symbol order.</summary>
    private async Task<IReadOnlyList<AssetInfo>> AssetsAsync(IEnumerable<Symbol> symbols, CancellationToken cancellationToken)
    {
        var distinct = symbols.Distinct().Order().ToArray();
        var assets = new AssetInfo[distinct.Length];
        var options = new ParallelOptions { MaxDegreeOfParallelism = AssetLookups, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(Enumerable.Range(0, distinct.Length), options, async (i, token) =>
        {
            var asset = await broker.GetAssetAsync(distinct[i], token).ConfigureAwait(false);
            assets[i] = new AssetInfo(distinct[i], asset?.IsTradable ?? false, asset?.IsFractionable ?? false);
        }).ConfigureAwait(false);
        return assets;
    }

    private RebalancePlanned Failed(PlanRebalanceRequest input, IReadOnlyList<Holding> previousTarget, string why, AccountFigures? account = null) =>
        new(PlanOutcome.Failed, why, null, null, null, [], previousTarget, [], [], [], account,
            MessageHeader.ReplyId(input), input.CorrelationId, input.EventId, Now());

    private DateTime Now() => timeProvider.GetUtcNow().UtcDateTime;
}
