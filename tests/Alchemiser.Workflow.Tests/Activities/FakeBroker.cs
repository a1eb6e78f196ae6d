using Alchemiser.Core.Execution;
using Alchemiser.Core.Market;
using Alchemiser.Workflow.Brokers;

namespace Alchemiser.Workflow.Tests.Activities;

/// <summary>
/// A broker with a settable clock, calendar and account, for the activities that only read it (gate, planning).
/// The calendar defaults to the exchange calendar; placing or cancelling orders is not supported.
/// </summary>
internal sealed class FakeBroker : IBroker
{
    public BrokerMode Mode { get; set; } = BrokerMode.Paper;

    /// <summary>The broker clock's "now"; the clock throws when it is null (the broker cannot be reached).</summary>
    public DateTimeOffset? Now { get; set; }

    /// <summary>The broker's calendar; the exchange calendar by default.</summary>
    public Func<DateOnly, DateOnly, IReadOnlyList<TradingSession>> Calendar { get; set; } = (from, to) =>
        [.. NyseCalendar.TradingDays(from, to).Select(d => NyseCalendar.GetSession(d)!.Value)];

    public decimal Cash { get; set; } = 10_000m;

    /// <summary>Positions: quantity and market value.</summary>
    public Dictionary<Symbol, (decimal Quantity, decimal Value)> Positions { get; } = [];

    public List<BrokerOrder> OpenOrders { get; } = [];

    /// <summary>Symbols the broker does not know (not tradable); every other symbol is tradable and fractionable.</summary>
    public HashSet<Symbol> Unknown { get; } = [];

    /// <summary>Awaited at the start of every asset lookup (a slow broker).</summary>
    public Func<Symbol, Task>? AssetLookup { get; set; }

    public Task<BrokerClock> GetClockAsync(CancellationToken cancellationToken = default)
    {
        if (Now is not { } now)
            return Task.FromException<BrokerClock>(new HttpRequestException("broker clock unreachable"));
        return Task.FromResult(new BrokerClock(now, true, now.AddDays(1), now.AddHours(1)));
    }

    public Task<IReadOnlyList<TradingSession>> GetCalendarAsync(DateOnly start, DateOnly end, CancellationToken cancellationToken = default) =>
        Task.FromResult(Calendar(start, end));

    public Task<BrokerAccount> GetAccountAsync(CancellationToken cancellationToken = default)
    {
        var equity = Cash + Positions.Values.Sum(p => p.Value);
        return Task.FromResult(new BrokerAccount(equity, Cash, Cash));
    }

    public Task<IReadOnlyList<BrokerPosition>> GetPositionsAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<BrokerPosition>>([.. Positions.OrderBy(p => p.Key).Select(p => new BrokerPosition(p.Key, p.Value.Quantity, p.Value.Value))]);

    public async Task<BrokerAsset?> GetAssetAsync(Symbol symbol, CancellationToken cancellationToken = default)
    {
        if (AssetLookup is { } lookup)
            await lookup(symbol);
        return Unknown.Contains(symbol) ? null : new BrokerAsset(symbol, true, true);
    }

    public Task<IReadOnlyList<BrokerOrder>> ListOrdersAsync(OrderListing listing, DateTimeOffset? since = null, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<BrokerOrder>>([.. OpenOrders]);

    public Task<IReadOnlyDictionary<Symbol, Quote>> GetLatestQuotesAsync(IReadOnlyCollection<Symbol> symbols, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<BrokerOrder> SubmitOrderAsync(OrderRequest request, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<BrokerOrder?> GetOrderByClientIdAsync(string clientOrderId, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<BrokerOrder> GetOrderAsync(string orderId, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task CancelOrderAsync(string orderId, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    /// <summary>An open order at the broker with <paramref name="clientOrderId"/>.</summary>
    public void AddOpenOrder(string clientOrderId, string symbol) => OpenOrders.Add(new BrokerOrder(
        "o-" + clientOrderId, clientOrderId, Symbol.Parse(symbol), OrderSide.Buy, OrderType.Limit, 1m, 10m, OrderStatus.New, 0m, null,
        DateTimeOffset.UnixEpoch));
}
