using System.Collections.Specialized;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Alchemiser.Core.Market;

namespace Alchemiser.Infrastructure.Tests.Alpaca;

/// <summary>
/// A stateful stand-in for Alpaca's trading API, and for the latest-quotes endpoint of its data API, to put behind
/// <see cref="AlpacaStub.Handle"/>: orders are kept by client order id and move as Alpaca's do, and the account and
/// positions follow the fills. Every body has the documented shape of <see cref="AlpacaTradingJson"/>.
/// </summary>
/// <remarks>
/// <para><b>Market.</b> Open (<see cref="AlpacaTradingJson.Clock"/>); the quotes are those of
/// <see cref="AlpacaTradingJson.LatestQuotes"/> (SPY 599.98 × 600.02, BRK.B 463.10 × 463.30) and a symbol without one
/// is unknown: its asset is 404 and an order for it 422. Every known asset is tradable and fractionable. The calendar
/// is the NYSE's (<see cref="NyseCalendar"/>).</para>
/// <para><b>Orders.</b> <c>POST /v2/orders</c> answers the order as <c>accepted</c>, then matches it at once: a buy
/// whose limit reaches the ask fills whole at the ask, a sell whose limit reaches the bid at the bid, a market order
/// at the touch; any other order stays <c>new</c> until <c>DELETE /v2/orders/{id}</c> makes it <c>canceled</c> (204;
/// 422 once it is filled or canceled, 404 for an unknown id). Refused as Alpaca refuses, storing nothing: a client
/// order id already used by an order in any state (422 <see cref="AlpacaTradingJson.DuplicateClientOrderId"/>), a
/// quantity not above 0, a fractional quantity not <c>day</c>, a limit order without a limit price in whole cents
/// (422); a buy beyond the buying power or a sell beyond the shares not already offered (403).</para>
/// <para><b>Account.</b> A cash account: a fill moves cash by the notional; buying power is cash less the notional of
/// working buys; equity is cash plus the positions at the bid.</para>
/// <para><b>Faults.</b> <see cref="FaultPlan"/>, when set, may answer any request with a fault instead (429, 5xx, a
/// reply held past the client's timeout), either before the request touches the state or after it did, as when the
/// response of a POST that Alpaca stored is lost on the way back.</para>
/// <para>Thread-safe: the stub may call it from several requests at once.</para>
/// </remarks>
internal sealed class AlpacaTradingFake
{
    private const string AssetsPrefix = "/v2/assets/";
    private const string OrderPrefix = "/v2/orders/";

    private readonly Lock _gate = new();
    private readonly JsonObject _quotes = JsonNode.Parse(AlpacaTradingJson.LatestQuotes)!["quotes"]!.AsObject();
    private readonly List<FakeOrder> _orders = [];
    private readonly Dictionary<string, Holding> _positions = new(StringComparer.Ordinal);
    private decimal _cash;
    private int _refusedBuys;

    /// <summary>An account with <paramref name="cash"/> and the given long positions (Alpaca symbols).</summary>
    public AlpacaTradingFake(decimal cash, params (string Symbol, decimal Quantity, decimal AverageEntryPrice)[] positions)
    {
        _cash = cash;
        foreach (var (symbol, quantity, price) in positions)
            _positions[symbol] = new Holding(quantity, price);
    }

    /// <summary>How many buys were refused for insufficient buying power.</summary>
    public int RefusedBuys => Volatile.Read(ref _refusedBuys);

    /// <summary>Decides for each request whether it gets a fault instead of its answer (null: answer normally); called
    /// from several threads at once.</summary>
    public Func<StubRequest, StubFault?>? FaultPlan { get; set; }

    /// <summary>Adds a symbol quoted <paramref name="bid"/> × <paramref name="ask"/> (tradable, fractionable), stamped
    /// like the others.</summary>
    public AlpacaTradingFake WithQuote(string symbol, decimal bid, decimal ask)
    {
        lock (_gate)
        {
            var quote = _quotes["SPY"]!.DeepClone();
            quote["bp"] = bid;
            quote["ap"] = ask;
            _quotes[symbol] = quote;
        }
        return this;
    }

    /// <summary>Answers one request from the current state (and changes it for a POST or a DELETE), or with the fault
    /// <see cref="FaultPlan"/> chooses.</summary>
    public StubReply Reply(StubRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var fault = FaultPlan?.Invoke(request);
        if (fault is { AfterApplying: false })
            return fault.Reply;
        var reply = Answer(request);
        return fault?.Reply ?? reply;
    }

    private StubReply Answer(StubRequest request)
    {
        lock (_gate)
        {
            return (request.Method, request.Path) switch
            {
                ("GET", "/v2/account") => Ok(Account()),
                ("GET", "/v2/positions") => Ok(AlpacaTradingJson.Array(_positions.Select(p => Position(p.Key, p.Value)))),
                ("GET", "/v2/clock") => Ok(AlpacaTradingJson.Clock),
                ("GET", "/v2/calendar") => Ok(Calendar(request.Query)),
                ("GET", "/v2/stocks/quotes/latest") => Ok(LatestQuotes(request.Query)),
                ("GET", "/v2/orders") => Ok(AlpacaTradingJson.Array(ListOrders(request.Query).Select(o => o.ToJson()))),
                ("GET", "/v2/orders:by_client_order_id") => Found(_orders.Find(o => o.ClientOrderId == request.Query["client_order_id"])),
                ("POST", "/v2/orders") => Submit(request.Body),
                ("GET", var path) when path.StartsWith(AssetsPrefix, StringComparison.Ordinal) => Asset(path[AssetsPrefix.Length..]),
                ("GET", var path) when path.StartsWith(OrderPrefix, StringComparison.Ordinal) => Found(FindById(path[OrderPrefix.Length..])),
                ("DELETE", var path) when path.StartsWith(OrderPrefix, StringComparison.Ordinal) => Cancel(path[OrderPrefix.Length..]),
                _ => Error(404, 40410000, $"the fake has no route {request.Method} {request.Path}"),
            };
        }
    }

    private decimal BuyingPower =>
        _cash - _orders.Where(o => o.IsOpen && o.Side == "buy").Sum(o => o.Quantity * (o.LimitPrice ?? Ask(o.Symbol)));

    private StubReply Submit(string? body)
    {
        using var json = JsonDocument.Parse(body ?? "{}");
        string? Field(string name) =>
            json.RootElement.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

        var clientOrderId = Field("client_order_id") ?? Guid.NewGuid().ToString();
        if (_orders.Exists(o => o.ClientOrderId == clientOrderId))
            return new StubReply(422, AlpacaTradingJson.DuplicateClientOrderId);
        var symbol = Field("symbol") ?? "";
        if (!_quotes.ContainsKey(symbol))
            return Error(422, 40010001, $"asset {symbol} not found");
        if (!decimal.TryParse(Field("qty"), NumberStyles.Number, CultureInfo.InvariantCulture, out var quantity) || quantity <= 0)
            return Error(422, 40010001, "qty must be > 0");
        if (decimal.Floor(quantity) != quantity && Field("time_in_force") != "day")
            return Error(422, 40010001, "fractional orders must be DAY orders");
        var (side, type) = (Field("side"), Field("type"));
        if (side is not ("buy" or "sell") || type is not ("limit" or "market"))
            return Error(422, 40010001, $"side '{side}' or type '{type}' is not one the fake trades");
        decimal? limit = null;
        if (type == "limit")
        {
            if (!decimal.TryParse(Field("limit_price"), NumberStyles.Number, CultureInfo.InvariantCulture, out var price) || price <= 0)
                return Error(422, 40010001, "limit_price is required for a limit order");
            if (decimal.Round(price, price >= 1 ? 2 : 4) != price)
                return Error(422, 42210000, $"invalid limit_price {Money(price)}. sub-penny increment does not fulfill minimum pricing criteria");
            limit = price;
        }

        if (side == "buy" && quantity * (limit ?? Ask(symbol)) > BuyingPower)
        {
            Interlocked.Increment(ref _refusedBuys);
            return Error(403, 40310000, "insufficient buying power");
        }

        var offered = _orders.Where(o => o.IsOpen && o.Side == "sell" && o.Symbol == symbol).Sum(o => o.Quantity);
        var available = _positions.GetValueOrDefault(symbol).Quantity - offered;
        if (side == "sell" && quantity > available)
            return Error(403, 40310000, $"insufficient qty available for order (requested: {Money(quantity)}, available: {Money(available)})");

        var order = new FakeOrder(clientOrderId, symbol, side, type, quantity, limit, Now());
        _orders.Add(order);
        var accepted = Ok(order.ToJson());
        Match(order);
        return accepted;
    }

    private void Match(FakeOrder order)
    {
        var (bid, ask) = (Bid(order.Symbol), Ask(order.Symbol));
        decimal? price = order.Side == "buy"
            ? (order.LimitPrice is not { } buyLimit || buyLimit >= ask ? ask : null)
            : (order.LimitPrice is not { } sellLimit || sellLimit <= bid ? bid : null);
        if (price is not { } fill)
        {
            order.Status = "new";
            return;
        }

        order.Status = "filled";
        order.FilledAveragePrice = fill;
        order.FilledAt = Now();
        var held = _positions.GetValueOrDefault(order.Symbol);
        var signed = order.Side == "buy" ? order.Quantity : -order.Quantity;
        _cash -= signed * fill;
        var quantity = held.Quantity + signed;
        var average = order.Side == "buy" ? ((held.Quantity * held.AverageEntryPrice) + (order.Quantity * fill)) / quantity : held.AverageEntryPrice;
        if (quantity == 0)
            _positions.Remove(order.Symbol);
        else
            _positions[order.Symbol] = new Holding(quantity, average);
    }

    private StubReply Cancel(string id)
    {
        if (FindById(id) is not { } order)
            return Error(404, 40410000, "order not found");
        if (!order.IsOpen)
            return Error(422, 42210000, $"order is already in \\\"{order.Status}\\\" state");
        order.Status = "canceled";
        return new StubReply(204, "");
    }

    /// <summary><c>status</c> open, closed or all (default open); submitted strictly <c>after</c> and before
    /// <c>until</c>; by submission time, <c>direction</c> asc or desc (default); at most <c>limit</c> (default 50).</summary>
    private IEnumerable<FakeOrder> ListOrders(NameValueCollection query)
    {
        var status = query["status"] ?? "open";
        var after = query["after"] is { } a ? Instant(a) : DateTimeOffset.MinValue;
        var until = query["until"] is { } u ? Instant(u) : DateTimeOffset.MaxValue;
        var selected = _orders.Where(o => status == "all" || o.IsOpen == (status == "open"))
            .Where(o => o.SubmittedAt > after && o.SubmittedAt < until);
        var sorted = query["direction"] == "asc"
            ? selected.OrderBy(o => o.SubmittedAt)
            : selected.OrderByDescending(o => o.SubmittedAt);
        return sorted.Take(int.Parse(query["limit"] ?? "50", CultureInfo.InvariantCulture)).ToList();
    }

    private StubReply Asset(string symbol) =>
        _quotes.ContainsKey(symbol)
            ? Ok(AlpacaTradingJson.Asset(symbol, tradable: true, fractionable: true))
            : Error(404, 40410000, "asset not found");

    private string Account()
    {
        var account = JsonNode.Parse(AlpacaTradingJson.Account)!;
        var longValue = _positions.Sum(p => p.Value.Quantity * Bid(p.Key));
        account["cash"] = Money(_cash);
        foreach (var field in new[] { "buying_power", "regt_buying_power", "daytrading_buying_power", "non_marginable_buying_power" })
            account[field] = Money(BuyingPower);
        account["equity"] = Money(_cash + longValue);
        account["portfolio_value"] = Money(_cash + longValue);
        account["long_market_value"] = Money(longValue);
        account["multiplier"] = "1";
        return account.ToJsonString();
    }

    private string Position(string symbol, Holding holding) =>
        AlpacaTradingJson.Position(symbol, Money(holding.Quantity), Money(holding.Quantity * Bid(symbol)), Money(holding.AverageEntryPrice));

    private string LatestQuotes(NameValueCollection query)
    {
        var quotes = new JsonObject();
        foreach (var symbol in (query["symbols"] ?? "").Split(',').Where(_quotes.ContainsKey))
            quotes[symbol] = _quotes[symbol]!.DeepClone();
        return new JsonObject { ["quotes"] = quotes }.ToJsonString();
    }

    private static string Calendar(NameValueCollection query)
    {
        var start = DateOnly.ParseExact(query["start"]!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var end = DateOnly.ParseExact(query["end"]!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        return AlpacaTradingJson.Array(
            from date in NyseCalendar.TradingDays(start, end)
            let session = NyseCalendar.GetSession(date)!.Value
            select AlpacaTradingJson.CalendarDay(date, session.Open, session.Close, NyseCalendar.NextTradingDay(date)));
    }

    private FakeOrder? FindById(string id) => _orders.Find(o => o.Id == id);

    private decimal Bid(string symbol) => _quotes[symbol]!["bp"]!.GetValue<decimal>();

    private decimal Ask(string symbol) => _quotes[symbol]!["ap"]!.GetValue<decimal>();

    private static StubReply Found(FakeOrder? order) =>
        order is null ? Error(404, 40410000, "order not found") : Ok(order.ToJson());

    private static StubReply Ok(string body) => new(200, body);

    private static StubReply Error(int status, long code, string message) => new(status, AlpacaJson.Error(code, message));

    private static string Money(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private static DateTimeOffset Instant(string text) =>
        DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    /// <summary>Now in whole microseconds, as Alpaca stamps orders.</summary>
    private static DateTimeOffset Now()
    {
        var now = DateTimeOffset.UtcNow;
        return now.AddTicks(-(now.Ticks % 10));
    }

    private readonly record struct Holding(decimal Quantity, decimal AverageEntryPrice);

    private sealed class FakeOrder(
        string clientOrderId, string symbol, string side, string type, decimal quantity, decimal? limitPrice, DateTimeOffset submittedAt)
    {
        public string Id { get; } = Guid.NewGuid().ToString();

        public string ClientOrderId => clientOrderId;

        public string Symbol => symbol;

        public string Side => side;

        public decimal Quantity => quantity;

        public decimal? LimitPrice => limitPrice;

        public DateTimeOffset SubmittedAt => submittedAt;

        public string Status { get; set; } = "accepted";

        public decimal? FilledAveragePrice { get; set; }

        public DateTimeOffset? FilledAt { get; set; }

        public bool IsOpen => Status is "accepted" or "new";

        public string ToJson() => AlpacaTradingJson.Order(
            clientOrderId,
            Status,
            symbol,
            side,
            type,
            Money(quantity),
            limitPrice is { } limit ? Money(limit) : null,
            Status == "filled" ? Money(quantity) : "0",
            FilledAveragePrice is { } average ? Money(average) : null,
            AlpacaTradingJson.At(submittedAt),
            FilledAt is { } filledAt ? AlpacaTradingJson.At(filledAt) : null,
            Id);
    }
}

/// <summary>A fault <see cref="AlpacaTradingFake.FaultPlan"/> puts in place of an answer.</summary>
/// <param name="Reply">What the client gets (give it a <see cref="StubReply.Hold"/> to make the client time out).</param>
/// <param name="AfterApplying">The request changes the state first and only its answer is lost (a stored order whose
/// response never arrives); otherwise the request has no effect.</param>
internal sealed record StubFault(StubReply Reply, bool AfterApplying);
