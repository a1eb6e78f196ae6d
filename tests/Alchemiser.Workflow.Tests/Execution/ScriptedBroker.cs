using System.Globalization;
using Alchemiser.Core.Execution;
using Alchemiser.Core.Market;
using Alchemiser.Workflow.Brokers;

namespace Alchemiser.Workflow.Tests.Execution;

/// <summary>What the scripted broker does with one order.</summary>
internal enum OrderScript
{
    /// <summary>Fills completely on submission, at its limit (a market order at the far side).</summary>
    Fill,

    /// <summary>Fills <see cref="ScriptedBroker.PartialShare"/> of its quantity on submission and works; a cancel
    /// confirms with those fills.</summary>
    Partial,

    /// <summary>Works and never fills; a cancel confirms.</summary>
    Never,

    /// <summary>Works and never fills; a cancel is acknowledged but never confirmed (pending cancel forever).</summary>
    CancelNeverConfirms,

    /// <summary>Refused on submission.</summary>
    Reject,

    /// <summary>On submission the order turns out to exist already (placed by an earlier attempt, filled) and the
    /// broker answers "duplicate client order id".</summary>
    DuplicateOnSubmit,
}

/// <summary>
/// An in-memory <see cref="IBroker"/> whose order outcomes are scripted per client order id (default
/// <see cref="OrderScript.Fill"/>). Fills move cash and positions. Buying power is cash less what working buys hold
/// at their limit (as Alpaca holds it), and a buy beyond it is refused. Thread-safe.
/// </summary>
internal sealed class ScriptedBroker(TimeProvider time) : IBroker
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, BrokerOrder> _byClientId = new(StringComparer.Ordinal);
    private readonly List<OrderRequest> _submissions = [];
    private readonly List<string> _cancels = [];
    private readonly List<string> _calls = [];
    private int _sequence;

    public Dictionary<string, OrderScript> Scripts { get; } = new(StringComparer.Ordinal);

    public Dictionary<Symbol, Quote> Quotes { get; } = [];

    public Dictionary<Symbol, decimal> Positions { get; } = [];

    public HashSet<Symbol> NonFractionable { get; } = [];

    public decimal Cash { get; set; } = 100_000m;

    public decimal PartialShare { get; set; } = 0.4m;

    public bool IsOpen { get; set; } = true;

    /// <summary>Buying power held by orders placed outside this plan (another app, a manual order).</summary>
    public decimal OtherHolds { get; set; }

    /// <summary>Runs at the start of every account read (to change the account between two reads).</summary>
    public Action? BeforeAccountRead { get; set; }

    /// <summary>Real time each account read takes (a slow broker, to expose reads that race each other).</summary>
    public TimeSpan AccountReadDelay { get; set; }

    /// <summary>Real time a lookup by client order id takes, per id (null: at once).</summary>
    public Func<string, TimeSpan?>? LookupDelay { get; set; }

    /// <summary>Runs when a submission arrives, before the broker looks at it: a crash before the order reached the
    /// broker.</summary>
    public Action<OrderRequest>? BeforeSubmit { get; set; }

    /// <summary>Runs after an order was stored and before the submission returns: a crash between the broker
    /// accepting an order and the caller recording it.</summary>
    public Action<OrderRequest>? AfterSubmit { get; set; }

    /// <summary>The close, relative to the fake clock's start.</summary>
    public DateTimeOffset Close { get; set; } = time.GetUtcNow() + TimeSpan.FromHours(1);

    public BrokerMode Mode => BrokerMode.Simulated;

    public IReadOnlyList<OrderRequest> Submissions
    {
        get
        {
            lock (_gate)
                return [.. _submissions];
        }
    }

    public IReadOnlyList<string> Cancels
    {
        get
        {
            lock (_gate)
                return [.. _cancels];
        }
    }

    /// <summary>Account reads and order submissions in the order they happened: <c>account</c>, <c>submit AAA</c>.</summary>
    public IReadOnlyList<string> Calls
    {
        get
        {
            lock (_gate)
                return [.. _calls];
        }
    }

    public IReadOnlyList<BrokerOrder> Orders
    {
        get
        {
            lock (_gate)
                return [.. _byClientId.Values.OrderBy(o => o.Id, StringComparer.Ordinal)];
        }
    }

    public void SetQuote(string symbol, decimal bid, decimal ask) => Quotes[Symbol.Parse(symbol)] = new Quote(bid, ask, time.GetUtcNow());

    /// <summary>Puts an order at the broker as if an earlier attempt had placed it, filled at <paramref name="price"/>.</summary>
    public void Seed(OrderRequest request, decimal price)
    {
        lock (_gate)
            Store(Filled(NewOrder(request), request.Quantity, price));
    }

    public async Task<BrokerAccount> GetAccountAsync(CancellationToken cancellationToken = default)
    {
        BeforeAccountRead?.Invoke();
        lock (_gate)
            _calls.Add("account");
        if (AccountReadDelay > TimeSpan.Zero)
            await Task.Delay(AccountReadDelay, cancellationToken);
        lock (_gate)
        {
            var equity = Cash;
            foreach (var (symbol, quantity) in Positions)
                equity += Quotes.TryGetValue(symbol, out var quote) ? quantity * quote.Mid : 0;
            return new BrokerAccount(equity, Cash, BuyingPower());
        }
    }

    public Task<IReadOnlyList<BrokerPosition>> GetPositionsAsync(CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            IReadOnlyList<BrokerPosition> positions = [.. Positions
                .Where(p => p.Value != 0)
                .OrderBy(p => p.Key)
                .Select(p => new BrokerPosition(p.Key, p.Value, Quotes.TryGetValue(p.Key, out var q) ? p.Value * q.Mid : null))];
            return Task.FromResult(positions);
        }
    }

    public Task<BrokerAsset?> GetAssetAsync(Symbol symbol, CancellationToken cancellationToken = default) =>
        Task.FromResult(Quotes.ContainsKey(symbol) ? new BrokerAsset(symbol, true, !NonFractionable.Contains(symbol)) : null);

    public Task<IReadOnlyDictionary<Symbol, Quote>> GetLatestQuotesAsync(IReadOnlyCollection<Symbol> symbols, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        IReadOnlyDictionary<Symbol, Quote> result = symbols
            .Where(Quotes.ContainsKey)
            .ToDictionary(s => s, s => Quotes[s] with { Time = now });
        return Task.FromResult(result);
    }

    public Task<BrokerOrder> SubmitOrderAsync(OrderRequest request, CancellationToken cancellationToken = default)
    {
        BeforeSubmit?.Invoke(request);
        BrokerOrder order;
        lock (_gate)
        {
            _submissions.Add(request);
            _calls.Add($"submit {request.Symbol}");
            if (_byClientId.ContainsKey(request.ClientOrderId))
                throw new DuplicateClientOrderIdException(request.ClientOrderId);
            var script = Scripts.GetValueOrDefault(request.ClientOrderId, OrderScript.Fill);
            order = NewOrder(request);
            var price = PriceOf(request);
            if (request.Side == OrderSide.Buy && request.Quantity * price > BuyingPower())
                throw new OrderRejectedException(request.ClientOrderId, "insufficient buying power");
            switch (script)
            {
                case OrderScript.Reject:
                    throw new OrderRejectedException(request.ClientOrderId, "insufficient buying power");
                case OrderScript.DuplicateOnSubmit:
                    Store(Filled(order, request.Quantity, price));
                    throw new DuplicateClientOrderIdException(request.ClientOrderId);
                case OrderScript.Fill:
                    order = Filled(order, request.Quantity, price);
                    break;
                case OrderScript.Partial:
                    order = Filled(order, Math.Round(request.Quantity * PartialShare, 6, MidpointRounding.ToZero), price);
                    break;
            }

            Store(order);
        }

        AfterSubmit?.Invoke(request);
        return Task.FromResult(order);
    }

    public async Task<BrokerOrder?> GetOrderByClientIdAsync(string clientOrderId, CancellationToken cancellationToken = default)
    {
        if (LookupDelay?.Invoke(clientOrderId) is { } delay)
            await Task.Delay(delay, cancellationToken);
        lock (_gate)
            return _byClientId.GetValueOrDefault(clientOrderId);
    }

    public Task<BrokerOrder> GetOrderAsync(string orderId, CancellationToken cancellationToken = default)
    {
        lock (_gate)
            return Task.FromResult(_byClientId.Values.Single(o => o.Id == orderId));
    }

    public Task CancelOrderAsync(string orderId, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            _cancels.Add(orderId);
            var order = _byClientId.Values.Single(o => o.Id == orderId);
            if (order.IsTerminal)
                return Task.CompletedTask;
            var script = Scripts.GetValueOrDefault(order.ClientOrderId, OrderScript.Fill);
            Store(order with { Status = script == OrderScript.CancelNeverConfirms ? OrderStatus.PendingCancel : OrderStatus.Canceled });
            return Task.CompletedTask;
        }
    }

    public Task<IReadOnlyList<BrokerOrder>> ListOrdersAsync(OrderListing listing, DateTimeOffset? since = null, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            IReadOnlyList<BrokerOrder> orders = [.. _byClientId.Values.Where(o => listing == OrderListing.All || !o.IsTerminal)];
            return Task.FromResult(orders);
        }
    }

    public Task<BrokerClock> GetClockAsync(CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        return Task.FromResult(new BrokerClock(now, IsOpen, now.AddDays(1), Close));
    }

    public Task<IReadOnlyList<TradingSession>> GetCalendarAsync(DateOnly start, DateOnly end, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    /// <summary>Cash less the unfilled part of every working buy at its price, less <see cref="OtherHolds"/>. Under the lock.</summary>
    private decimal BuyingPower()
    {
        var held = OtherHolds;
        foreach (var order in _byClientId.Values)
        {
            if (order.Side == OrderSide.Buy && !order.IsTerminal)
                held += (order.Quantity - order.FilledQuantity) * (order.LimitPrice ?? Quotes[order.Symbol].Ask);
        }

        return Cash - held;
    }

    private BrokerOrder NewOrder(OrderRequest request) => new(
        string.Create(CultureInfo.InvariantCulture, $"o-{++_sequence}"),
        request.ClientOrderId,
        request.Symbol,
        request.Side,
        request.Type,
        request.Quantity,
        request.LimitPrice,
        OrderStatus.New,
        0,
        null,
        time.GetUtcNow());

    private decimal PriceOf(OrderRequest request)
    {
        if (request.LimitPrice is { } limit)
            return limit;
        var quote = Quotes[request.Symbol];
        return request.Side == OrderSide.Buy ? quote.Ask : quote.Bid;
    }

    /// <summary>Adds a fill of <paramref name="quantity"/> at <paramref name="price"/>; moves cash and the position.</summary>
    private BrokerOrder Filled(BrokerOrder order, decimal quantity, decimal price)
    {
        var signed = order.Side == OrderSide.Buy ? quantity : -quantity;
        Positions[order.Symbol] = Positions.GetValueOrDefault(order.Symbol) + signed;
        Cash -= Math.Round(signed * price, 2, MidpointRounding.AwayFromZero);
        return order with
        {
            Status = quantity >= order.Quantity ? OrderStatus.Filled : OrderStatus.PartiallyFilled,
            FilledQuantity = quantity,
            AverageFillPrice = price,
            FilledAt = time.GetUtcNow(),
        };
    }

    private void Store(BrokerOrder order) => _byClientId[order.ClientOrderId] = order;
}
