using System.Globalization;
using Alchemiser.Core.Execution;
using Alchemiser.Core.Market;

namespace Alchemiser.Core.Portfolio.Rebalance;

/// <summary>
/// Turns the consolidated target and the account into a dollar plan (PIPELINE.md §5). Pure: no I/O, no clock; the
/// same request always gives the same outcome.
/// </summary>
public static class RebalancePlanner
{
    private const int ScaleDecimals = 6;

    /// <summary>Plans the rebalance.</summary>
    /// <remarks>
    /// Expected rejections are failures in the outcome, never exceptions: open orders of another instance, a held
    /// position without a market value, a short position, negative equity. Money is rounded to cents half away
    /// from zero: Dep = φ × V, T = w × Dep, Δ = T − M. Symbols missing from the asset list are not tradable.
    /// </remarks>
    /// <exception cref="ArgumentException">The request holds two positions or two assets for one symbol.</exception>
    public static RebalanceOutcome Plan(RebalanceRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var account = request.Account;
        var failure = Validate(request);
        if (failure is not null)
            return RebalanceOutcome.Fail(failure);

        var positions = ToDictionary(account.Positions.Where(p => p.Quantity != 0), p => p.Symbol, nameof(request.Account));
        var assets = ToDictionary(request.Assets, a => a.Symbol, nameof(request.Assets));
        var weights = new Dictionary<Symbol, double>();
        foreach (var holding in request.Target.Weights)
            weights[holding.Symbol] = weights.GetValueOrDefault(holding.Symbol) + holding.Weight;
        var current = new Attribution(request.Target.Contributions);
        var previous = new Attribution(request.PreviousContributions);

        var settings = request.Settings;
        var value = Cents.Round(account.Equity);
        var deployable = Cents.Round(checked(settings.DeploymentFraction * value));
        var minimum = value < RebalanceSettings.SmallPortfolioBelow
            ? Cents.Round(checked(settings.MinTradeFractionBelow1000 * value))
            : settings.MinTradeUsd;

        var symbols = new SortedSet<Symbol>(weights.Where(p => p.Value > 0).Select(p => p.Key));
        symbols.UnionWith(positions.Keys);
        var items = new List<RebalanceItem>(symbols.Count);
        foreach (var symbol in symbols)
        {
            var weight = weights.GetValueOrDefault(symbol);
            var position = positions.GetValueOrDefault(symbol);
            var quantity = position?.Quantity ?? 0;
            var marketValue = position?.MarketValue ?? 0;
            var asset = assets.GetValueOrDefault(symbol);
            var target = Cents.Round(checked((decimal)weight * deployable));
            var attribution = weight > 0 || !previous.Has(symbol) ? current.SharesOf(symbol) : previous.SharesOf(symbol);
            var item = new RebalanceItem(
                symbol, RebalanceSide.Hold, 0, quantity, marketValue, WeightOf(marketValue, value), target, WeightOf(target, value),
                IsFullExit: false, IsFractionable: asset?.IsFractionable ?? false, attribution, RebalanceReason.HoldBelowMinimum);
            var delta = Cents.Round(checked(target - marketValue));
            if (asset is not { IsTradable: true })
                item = item with { Reason = RebalanceReason.NotTradable };
            else if (weight <= 0 && quantity > 0)
                item = item with { Side = RebalanceSide.Sell, Delta = -Cents.Round(marketValue), IsFullExit = true, Reason = RebalanceReason.Exit };
            else if (delta != 0 && Math.Abs(delta) >= minimum)
                item = delta < 0
                    ? item with { Side = RebalanceSide.Sell, Delta = delta, Reason = RebalanceReason.Decrease }
                    : item with { Side = RebalanceSide.Buy, Delta = delta, Reason = quantity > 0 ? RebalanceReason.Increase : RebalanceReason.New };
            items.Add(item);
        }

        var proceeds = items.Where(i => i.Side == RebalanceSide.Sell).Sum(i => -i.Delta);
        var buys = items.Where(i => i.Side == RebalanceSide.Buy).Sum(i => i.Delta);
        var available = checked(Math.Max(0, Math.Min(account.Cash, account.BuyingPower)) + proceeds);
        var scale = 1m;
        if (buys > checked(available + Cents.One))
        {
            scale = Math.Round(available / buys, ScaleDecimals, MidpointRounding.ToZero);
            for (var i = 0; i < items.Count; i++)
            {
                if (items[i].Side != RebalanceSide.Buy)
                    continue;
                var scaled = Cents.Floor(checked(scale * items[i].Delta));
                items[i] = scaled > 0 && scaled >= minimum
                    ? items[i] with { Delta = scaled, Reason = RebalanceReason.Scaled }
                    : items[i] with { Side = RebalanceSide.Hold, Delta = 0, Reason = RebalanceReason.HoldBelowMinimum };
            }
        }

        var ordered = items.Where(i => i.Side == RebalanceSide.Sell).OrderBy(i => i.Delta).ThenBy(i => i.Symbol)
            .Concat(items.Where(i => i.Side == RebalanceSide.Buy).OrderByDescending(i => i.Delta).ThenBy(i => i.Symbol))
            .Concat(items.Where(i => i.Side == RebalanceSide.Hold).OrderBy(i => i.Symbol))
            .ToList();
        var totals = new RebalanceTotals(
            value, settings.DeploymentFraction, deployable, minimum, account.Cash, account.BuyingPower, proceeds, buys, available, scale,
            ordered.Where(i => i.Side == RebalanceSide.Buy).Sum(i => i.Delta));
        return RebalanceOutcome.Success(new RebalancePlan(request.PlanId, ordered, totals));
    }

    private static RebalanceFailure? Validate(RebalanceRequest request)
    {
        ArgumentNullException.ThrowIfNull(request.Account);
        ArgumentNullException.ThrowIfNull(request.Target);
        ArgumentNullException.ThrowIfNull(request.Assets);
        ArgumentNullException.ThrowIfNull(request.Settings);
        ArgumentNullException.ThrowIfNull(request.PreviousContributions);
        var account = request.Account;
        var foreign = account.OpenOrders.Where(o => !ClientOrderId.BelongsTo(o.ClientOrderId, request.PlanId))
            .OrderBy(o => o.Symbol).ThenBy(o => o.ClientOrderId, StringComparer.Ordinal).ToList();
        if (foreign.Count > 0)
        {
            return Failure(
                RebalanceFailureReason.OpenOrdersPresent,
                foreign.Select(o => o.Symbol),
                "open orders present: " + string.Join(", ", foreign.Select(o => $"{o.Symbol} ({o.ClientOrderId ?? "no client order id"})")));
        }
        var unvalued = account.Positions.Where(p => p.Quantity != 0 && p.MarketValue is null).Select(p => p.Symbol).ToList();
        if (unvalued.Count > 0)
            return Failure(RebalanceFailureReason.MissingMarketValue, unvalued, "held positions without a market value: ");
        var shorts = account.Positions.Where(p => p.Quantity < 0).Select(p => p.Symbol).ToList();
        if (shorts.Count > 0)
            return Failure(RebalanceFailureReason.ShortPosition, shorts, "short positions are not planned: ");
        if (account.Equity < 0)
        {
            return new RebalanceFailure(
                RebalanceFailureReason.NegativeEquity, [], string.Create(CultureInfo.InvariantCulture, $"account equity is negative: {account.Equity:0.00}"));
        }
        return null;
    }

    private static RebalanceFailure Failure(RebalanceFailureReason reason, IEnumerable<Symbol> symbols, string message)
    {
        var sorted = symbols.Distinct().Order().ToList();
        return new RebalanceFailure(
            reason, sorted, message.EndsWith(": ", StringComparison.Ordinal) ? message + string.Join(", ", sorted) : message);
    }

    private static decimal WeightOf(decimal amount, decimal portfolioValue) =>
        portfolioValue > 0 ? checked(amount / portfolioValue) : 0;

    private static Dictionary<Symbol, T> ToDictionary<T>(IEnumerable<T> items, Func<T, Symbol> key, string parameter)
    {
        var result = new Dictionary<Symbol, T>();
        foreach (var item in items)
        {
            if (!result.TryAdd(key(item), item))
                throw new ArgumentException($"{key(item)} appears twice", parameter);
        }
        return result;
    }
}
