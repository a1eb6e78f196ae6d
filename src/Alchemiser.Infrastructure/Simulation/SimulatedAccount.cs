using System.Globalization;
using Alchemiser.Core.Execution;
using Alchemiser.Core.Market;
using Alchemiser.Workflow.Brokers;

namespace Alchemiser.Infrastructure.Simulation;

/// <summary>
/// The simulated broker's book: cash, holdings and every order ever placed, oldest first. Cash moves by each fill's
/// notional rounded to cents (half away from zero); average prices are kept to 6 decimals.
/// </summary>
/// <remarks>Mutable and not thread-safe: the broker guards it with its lock.</remarks>
internal sealed class SimulatedAccount
{
    /// <summary>The account file's format version.</summary>
    public const int FormatVersion = 1;

    private readonly Dictionary<Symbol, SimulatedPosition> _positions = [];
    private readonly List<SimulatedOrder> _orders = [];
    private readonly Dictionary<string, int> _byClientId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _byId = new(StringComparer.Ordinal);

    private SimulatedAccount(decimal startingCash, decimal cash, long lastOrderNumber)
    {
        StartingCash = startingCash;
        Cash = cash;
        LastOrderNumber = lastOrderNumber;
    }

    /// <summary>The cash the account was opened with.</summary>
    public decimal StartingCash { get; }

    /// <summary>Settled cash in dollars.</summary>
    public decimal Cash { get; private set; }

    /// <summary>The number of the newest order; order ids are <c>sim-</c> and this number.</summary>
    public long LastOrderNumber { get; private set; }

    /// <summary>Every holding with a positive quantity.</summary>
    public IEnumerable<SimulatedPosition> Positions => _positions.Values;

    /// <summary>Every order, oldest first.</summary>
    public IReadOnlyList<SimulatedOrder> Orders => _orders;

    /// <summary>Cash less what working BUY orders hold back (their remaining shares at their reserve price).</summary>
    public decimal BuyingPower => Cash - _orders
        .Where(o => o.IsWorking && o.Side == OrderSide.Buy)
        .Sum(o => Notional(o.Remaining, o.ReservePrice));

    /// <summary>A new account holding only <paramref name="cash"/>.</summary>
    public static SimulatedAccount Open(decimal cash) => new(cash, cash, 0);

    /// <summary>The account stored in <paramref name="document"/>.</summary>
    /// <exception cref="InvalidDataException">The document is of another format version or inconsistent.</exception>
    public static SimulatedAccount FromDocument(SimulatedAccountDocument document)
    {
        if (document.Version != FormatVersion)
            throw new InvalidDataException($"account format version {document.Version} is not {FormatVersion}");
        var account = new SimulatedAccount(document.StartingCash, document.Cash, document.LastOrderNumber);
        foreach (var position in document.Positions ?? [])
        {
            if (position.Quantity <= 0 || !account._positions.TryAdd(position.Symbol, position))
                throw new InvalidDataException($"position {position.Symbol} is not positive or appears twice");
        }

        foreach (var order in document.Orders ?? [])
            account.Add(order);
        return account;
    }

    /// <summary>The account as a document to store.</summary>
    public SimulatedAccountDocument ToDocument() => new(
        FormatVersion, StartingCash, Cash, LastOrderNumber,
        [.. _positions.Values.OrderBy(p => p.Symbol)], [.. _orders]);

    /// <summary>The order with this client order id, or null.</summary>
    public SimulatedOrder? FindByClientId(string clientOrderId) =>
        _byClientId.TryGetValue(clientOrderId, out var index) ? _orders[index] : null;

    /// <summary>The order with this broker id, or null.</summary>
    public SimulatedOrder? FindById(string orderId) =>
        _byId.TryGetValue(orderId, out var index) ? _orders[index] : null;

    /// <summary>Shares held of <paramref name="symbol"/> (0 when none).</summary>
    public decimal QuantityOf(Symbol symbol) => _positions.TryGetValue(symbol, out var p) ? p.Quantity : 0;

    /// <summary>Shares of <paramref name="symbol"/> that a new SELL may take: the holding less working SELLs.</summary>
    public decimal AvailableToSell(Symbol symbol) => QuantityOf(symbol) - _orders
        .Where(o => o.IsWorking && o.Side == OrderSide.Sell && o.Symbol == symbol)
        .Sum(o => o.Remaining);

    /// <summary>Records a new order, filled at once at <paramref name="fillPrice"/> when one is given, else
    /// working.</summary>
    public SimulatedOrder Place(
        OrderRequest request, decimal reservePrice, DateOnly sessionDate, DateTimeOffset now, decimal? fillPrice)
    {
        LastOrderNumber++;
        var id = string.Create(CultureInfo.InvariantCulture, $"sim-{LastOrderNumber:D10}");
        var order = new SimulatedOrder(
            id, request.ClientOrderId, request.Symbol, request.Side, request.Type, request.Quantity,
            request.LimitPrice, OrderStatus.New, 0, null, now, null, null, sessionDate, reservePrice);
        if (fillPrice is { } price)
        {
            Apply(request.Side, request.Symbol, request.Quantity, price);
            order = order with
            {
                Status = OrderStatus.Filled, FilledQuantity = request.Quantity, AverageFillPrice = price, FilledAt = now,
            };
        }

        Add(order);
        return order;
    }

    /// <summary>Cancels a working order; returns the order as it now is (unchanged when already terminal).</summary>
    public SimulatedOrder Cancel(SimulatedOrder order, DateTimeOffset now)
    {
        if (!order.IsWorking)
            return order;
        var canceled = order with { Status = OrderStatus.Canceled, CanceledAt = now };
        _orders[_byId[order.Id]] = canceled;
        return canceled;
    }

    /// <summary>Expires every order still working from a session before <paramref name="sessionDate"/>; returns how
    /// many.</summary>
    public int ExpireBefore(DateOnly sessionDate)
    {
        var expired = 0;
        for (var i = 0; i < _orders.Count; i++)
        {
            if (_orders[i].IsWorking && _orders[i].SessionDate < sessionDate)
            {
                _orders[i] = _orders[i] with { Status = OrderStatus.Expired };
                expired++;
            }
        }

        return expired;
    }

    /// <summary>Dollars for <paramref name="quantity"/> shares at <paramref name="price"/>, rounded to cents half away
    /// from zero.</summary>
    public static decimal Notional(decimal quantity, decimal price) =>
        Math.Round(quantity * price, 2, MidpointRounding.AwayFromZero);

    private void Add(SimulatedOrder order)
    {
        if (!_byClientId.TryAdd(order.ClientOrderId, _orders.Count) || !_byId.TryAdd(order.Id, _orders.Count))
            throw new InvalidDataException($"order {order.Id} ({order.ClientOrderId}) appears twice");
        _orders.Add(order);
    }

    private void Apply(OrderSide side, Symbol symbol, decimal quantity, decimal price)
    {
        var notional = Notional(quantity, price);
        var held = _positions.GetValueOrDefault(symbol);
        if (side == OrderSide.Buy)
        {
            Cash -= notional;
            var total = (held?.Quantity ?? 0) + quantity;
            var cost = ((held?.Quantity ?? 0) * (held?.AveragePrice ?? 0)) + (quantity * price);
            _positions[symbol] = new SimulatedPosition(
                symbol, total, Math.Round(cost / total, 6, MidpointRounding.AwayFromZero));
            return;
        }

        Cash += notional;
        var left = (held?.Quantity ?? 0) - quantity;
        if (left > 0)
            _positions[symbol] = held! with { Quantity = left };
        else
            _positions.Remove(symbol);
    }
}
