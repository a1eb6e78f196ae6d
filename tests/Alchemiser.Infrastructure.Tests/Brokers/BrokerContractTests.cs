using Alchemiser.Core.Execution;
using Alchemiser.Core.Market;
using Alchemiser.Workflow.Brokers;

namespace Alchemiser.Infrastructure.Tests.Brokers;

/// <summary>
/// The behaviour every <see cref="IBroker"/> must show, whatever stands behind it (the simulated broker, Alpaca
/// behind WireMock, a paper account). A derived class supplies the broker in <see cref="CreateBrokerAsync"/>.
/// </summary>
/// <remarks>
/// <para>The broker a derived class arranges must have: at least <see cref="MinimumCash"/> in cash and buying
/// power, and no working orders with the ids the tests use (<see cref="ClientOrderIdPrefix"/>); an open market;
/// <see cref="TradableSymbol"/> quotable, tradable and fractionable, with a position of at most a few shares;
/// <see cref="UnknownSymbol"/> unknown (no asset, no quote). A limit BUY at <see cref="CrossingBuyLimit"/> must fill
/// and one at <see cref="WorkingBuyLimit"/> must keep working until canceled.</para>
/// <para>Orders may reach their final state asynchronously: the tests poll for up to <see cref="SettleTimeout"/>.
/// Client order ids are <see cref="ClientOrderIdPrefix"/> plus a per-test suffix, so a stub can recognise them and a
/// shared paper account can use a fresh prefix per run.</para>
/// </remarks>
public abstract class BrokerContractTests : IAsyncLifetime
{
    private IBroker? _broker;

    /// <summary>The broker under test.</summary>
    protected IBroker Broker => _broker ?? throw new InvalidOperationException("the broker is created in InitializeAsync");

    /// <summary>The mode the broker must report.</summary>
    protected abstract BrokerMode ExpectedMode { get; }

    /// <summary>A liquid, fractionable symbol the broker quotes and trades.</summary>
    protected virtual Symbol TradableSymbol => Symbol.Parse("SPY");

    /// <summary>A valid ticker the broker does not know.</summary>
    protected virtual Symbol UnknownSymbol => Symbol.Parse("ZZZZZ");

    /// <summary>The least cash the arranged account holds.</summary>
    protected virtual decimal MinimumCash => 10_000m;

    /// <summary>How long an order may take to reach the state the test waits for.</summary>
    protected virtual TimeSpan SettleTimeout => TimeSpan.FromSeconds(5);

    /// <summary>The start of every client order id the tests place.</summary>
    protected virtual string ClientOrderIdPrefix => "contract";

    /// <summary>Shares bought by the tests that need a fill: worth well under <see cref="MinimumCash"/>.</summary>
    protected virtual decimal SmallQuantity => 2m;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Creates the broker, arranged as the class remarks say.</summary>
    protected abstract Task<IBroker> CreateBrokerAsync(CancellationToken cancellationToken);

    /// <inheritdoc />
    public virtual async ValueTask InitializeAsync() => _broker = await CreateBrokerAsync(Ct);

    /// <inheritdoc />
    public virtual ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }

    /// <summary>A limit price that crosses the quote: 1 % above the ask, in whole cents.</summary>
    protected virtual decimal CrossingBuyLimit(Quote quote) => Math.Ceiling(quote.Ask * 101m) / 100m;

    /// <summary>A limit price that never fills today: 10 % below the bid, in whole cents.</summary>
    protected virtual decimal WorkingBuyLimit(Quote quote) => Math.Floor(quote.Bid * 90m) / 100m;

    [Fact]
    public void Mode_IsTheExpectedOne() => Assert.Equal(ExpectedMode, Broker.Mode);

    [Fact]
    public async Task GetAccountAsync_ArrangedAccount_HasCashAndBuyingPower()
    {
        var account = await Broker.GetAccountAsync(Ct);

        Assert.True(account.Cash >= MinimumCash, $"cash {account.Cash}");
        Assert.True(account.BuyingPower >= MinimumCash, $"buying power {account.BuyingPower}");
        Assert.True(account.Equity > 0, $"equity {account.Equity}");
        Assert.False(account.TradingBlocked);
    }

    [Fact]
    public async Task GetLatestQuotesAsync_KnownAndUnknownSymbols_QuotesOnlyTheKnownOne()
    {
        var quotes = await Broker.GetLatestQuotesAsync([TradableSymbol, UnknownSymbol], Ct);

        var quote = Assert.Single(quotes).Value;
        Assert.True(quotes.ContainsKey(TradableSymbol));
        Assert.True(quote.Bid > 0 && quote.Bid <= quote.Ask, $"bid {quote.Bid} ask {quote.Ask}");
    }

    [Fact]
    public async Task GetAssetAsync_TradableSymbol_IsTradableAndFractionable()
    {
        var asset = await Broker.GetAssetAsync(TradableSymbol, Ct);

        Assert.Equal(new BrokerAsset(TradableSymbol, IsTradable: true, IsFractionable: true), asset);
    }

    [Fact]
    public async Task GetAssetAsync_UnknownSymbol_IsNull() =>
        Assert.Null(await Broker.GetAssetAsync(UnknownSymbol, Ct));

    [Fact]
    public async Task SubmitOrderAsync_CrossingBuy_FillsAndUpdatesPositionAndCash()
    {
        var before = await Broker.GetAccountAsync(Ct);
        var heldBefore = await QuantityHeldAsync();
        var limit = CrossingBuyLimit(await QuoteAsync());

        var placed = await Broker.SubmitOrderAsync(Buy(Cid("fill"), SmallQuantity, limit), Ct);
        var order = await WaitForTerminalAsync(placed.Id);

        Assert.Equal(OrderStatus.Filled, order.Status);
        Assert.Equal(SmallQuantity, order.FilledQuantity);
        Assert.NotNull(order.AverageFillPrice);
        Assert.True(order.AverageFillPrice <= limit, $"filled at {order.AverageFillPrice} above the limit {limit}");
        Assert.Equal(heldBefore + SmallQuantity, await QuantityHeldAsync());
        var after = await Broker.GetAccountAsync(Ct);
        var paid = SmallQuantity * order.AverageFillPrice.Value;
        Assert.InRange(before.Cash - after.Cash, paid - 0.01m, paid + 0.01m);
    }

    [Fact]
    public async Task SubmitOrderAsync_FractionalBuy_FillsTheFraction()
    {
        var limit = CrossingBuyLimit(await QuoteAsync());

        var placed = await Broker.SubmitOrderAsync(Buy(Cid("fraction"), 0.123456m, limit), Ct);
        var order = await WaitForTerminalAsync(placed.Id);

        Assert.Equal(OrderStatus.Filled, order.Status);
        Assert.Equal(0.123456m, order.FilledQuantity);
    }

    [Fact]
    public async Task SubmitOrderAsync_SellOfHeldShares_ReducesPositionAndAddsCash()
    {
        var quote = await QuoteAsync();
        await WaitForTerminalAsync((await Broker.SubmitOrderAsync(Buy(Cid("sell-buy"), SmallQuantity, CrossingBuyLimit(quote)), Ct)).Id);
        var held = await QuantityHeldAsync();
        var cash = (await Broker.GetAccountAsync(Ct)).Cash;
        var sellLimit = Math.Floor(quote.Bid * 99m) / 100m;

        var placed = await Broker.SubmitOrderAsync(
            new OrderRequest(Cid("sell"), TradableSymbol, OrderSide.Sell, 1m, OrderType.Limit, sellLimit), Ct);
        var order = await WaitForTerminalAsync(placed.Id);

        Assert.Equal(OrderStatus.Filled, order.Status);
        Assert.True(order.AverageFillPrice >= sellLimit, $"sold at {order.AverageFillPrice} below the limit {sellLimit}");
        Assert.Equal(held - 1m, await QuantityHeldAsync());
        var received = (await Broker.GetAccountAsync(Ct)).Cash - cash;
        Assert.InRange(received, order.AverageFillPrice!.Value - 0.01m, order.AverageFillPrice.Value + 0.01m);
    }

    [Fact]
    public async Task SubmitOrderAsync_ClientOrderIdOfAFilledOrder_ThrowsDuplicateAndPlacesNothing()
    {
        var limit = CrossingBuyLimit(await QuoteAsync());
        var first = await Broker.SubmitOrderAsync(Buy(Cid("dup-filled"), SmallQuantity, limit), Ct);
        await WaitForTerminalAsync(first.Id);

        var error = await Assert.ThrowsAsync<DuplicateClientOrderIdException>(
            () => Broker.SubmitOrderAsync(Buy(Cid("dup-filled"), SmallQuantity, limit), Ct));

        Assert.Equal(Cid("dup-filled"), error.ClientOrderId);
        var all = await Broker.ListOrdersAsync(OrderListing.All, cancellationToken: Ct);
        Assert.Single(all, o => o.ClientOrderId == Cid("dup-filled"));
    }

    [Fact]
    public async Task SubmitOrderAsync_ClientOrderIdOfAWorkingOrder_ThrowsDuplicateEvenWithOtherTerms()
    {
        var quote = await QuoteAsync();
        await Broker.SubmitOrderAsync(Buy(Cid("dup-working"), 1m, WorkingBuyLimit(quote)), Ct);

        var error = await Assert.ThrowsAsync<DuplicateClientOrderIdException>(
            () => Broker.SubmitOrderAsync(Buy(Cid("dup-working"), 3m, CrossingBuyLimit(quote)), Ct));

        Assert.Equal(Cid("dup-working"), error.ClientOrderId);
        var order = await Broker.GetOrderByClientIdAsync(Cid("dup-working"), Ct);
        Assert.Equal(1m, order?.Quantity);
    }

    [Fact]
    public async Task SubmitOrderAsync_ClientOrderIdOfACanceledOrder_ThrowsDuplicate()
    {
        var limit = WorkingBuyLimit(await QuoteAsync());
        var first = await Broker.SubmitOrderAsync(Buy(Cid("dup-canceled"), 1m, limit), Ct);
        await Broker.CancelOrderAsync(first.Id, Ct);
        Assert.Equal(OrderStatus.Canceled, (await WaitForTerminalAsync(first.Id)).Status);

        await Assert.ThrowsAsync<DuplicateClientOrderIdException>(
            () => Broker.SubmitOrderAsync(Buy(Cid("dup-canceled"), 1m, limit), Ct));
    }

    [Fact]
    public async Task GetOrderByClientIdAsync_PlacedOrder_ReturnsItWithItsTerms()
    {
        var limit = WorkingBuyLimit(await QuoteAsync());
        var placed = await Broker.SubmitOrderAsync(Buy(Cid("lookup"), 1.5m, limit), Ct);

        var found = await Broker.GetOrderByClientIdAsync(Cid("lookup"), Ct);

        Assert.NotNull(found);
        Assert.Equal(placed.Id, found.Id);
        Assert.Equal(
            (Cid("lookup"), TradableSymbol, OrderSide.Buy, OrderType.Limit, 1.5m, (decimal?)limit),
            (found.ClientOrderId, found.Symbol, found.Side, found.Type, found.Quantity, found.LimitPrice));
        Assert.Equal(found, await Broker.GetOrderAsync(placed.Id, Ct));
    }

    [Fact]
    public async Task GetOrderByClientIdAsync_UnknownId_IsNull() =>
        Assert.Null(await Broker.GetOrderByClientIdAsync(Cid("never-placed"), Ct));

    [Fact]
    public async Task GetOrderAsync_UnknownId_Throws() =>
        await Assert.ThrowsAnyAsync<Exception>(() => Broker.GetOrderAsync("00000000-0000-0000-0000-000000000000", Ct));

    [Fact]
    public async Task CancelOrderAsync_WorkingOrder_EndsCanceledWithoutFillsAndLeavesTheOpenList()
    {
        var placed = await Broker.SubmitOrderAsync(Buy(Cid("cancel"), 1m, WorkingBuyLimit(await QuoteAsync())), Ct);
        Assert.False(placed.IsTerminal);
        Assert.Contains(await Broker.ListOrdersAsync(OrderListing.Open, cancellationToken: Ct), o => o.Id == placed.Id);

        await Broker.CancelOrderAsync(placed.Id, Ct);
        var order = await WaitForTerminalAsync(placed.Id);

        Assert.Equal(OrderStatus.Canceled, order.Status);
        Assert.Equal(0m, order.FilledQuantity);
        Assert.DoesNotContain(await Broker.ListOrdersAsync(OrderListing.Open, cancellationToken: Ct), o => o.Id == placed.Id);
        Assert.Contains(await Broker.ListOrdersAsync(OrderListing.All, cancellationToken: Ct), o => o.Id == placed.Id);
    }

    [Fact]
    public async Task CancelOrderAsync_FilledOrder_ChangesNothing()
    {
        var placed = await Broker.SubmitOrderAsync(Buy(Cid("cancel-filled"), 1m, CrossingBuyLimit(await QuoteAsync())), Ct);
        var filled = await WaitForTerminalAsync(placed.Id);

        await Broker.CancelOrderAsync(placed.Id, Ct);

        Assert.Equal(OrderStatus.Filled, filled.Status);
        Assert.Equal(filled, await Broker.GetOrderAsync(placed.Id, Ct));
    }

    [Fact]
    public async Task ListOrdersAsync_Since_KeepsOrdersSubmittedFromThatTimeOnly()
    {
        var placed = await Broker.SubmitOrderAsync(Buy(Cid("since"), 1m, WorkingBuyLimit(await QuoteAsync())), Ct);

        var from = await Broker.ListOrdersAsync(OrderListing.All, placed.SubmittedAt.AddSeconds(-1), Ct);
        var after = await Broker.ListOrdersAsync(OrderListing.All, placed.SubmittedAt.AddSeconds(1), Ct);

        Assert.Contains(from, o => o.Id == placed.Id);
        Assert.DoesNotContain(after, o => o.Id == placed.Id);
    }

    [Fact]
    public async Task SubmitOrderAsync_ZeroQuantity_IsRejected()
    {
        var error = await Assert.ThrowsAsync<OrderRejectedException>(
            () => Broker.SubmitOrderAsync(Buy(Cid("zero"), 0m, 100m), Ct));

        Assert.Equal(Cid("zero"), error.ClientOrderId);
        Assert.False(string.IsNullOrWhiteSpace(error.Reason));
    }

    [Fact]
    public async Task SubmitOrderAsync_LimitOrderWithoutLimitPrice_IsRejected() =>
        await Assert.ThrowsAsync<OrderRejectedException>(
            () => Broker.SubmitOrderAsync(
                new OrderRequest(Cid("no-limit"), TradableSymbol, OrderSide.Buy, 1m, OrderType.Limit, null), Ct));

    [Fact]
    public async Task SubmitOrderAsync_BeyondBuyingPower_IsRejectedAndTheIdStaysFree()
    {
        var quote = await QuoteAsync();
        var buyingPower = (await Broker.GetAccountAsync(Ct)).BuyingPower;
        var tooMany = Math.Ceiling(buyingPower * 10m / quote.Ask);

        await Assert.ThrowsAsync<OrderRejectedException>(
            () => Broker.SubmitOrderAsync(Buy(Cid("too-big"), tooMany, CrossingBuyLimit(quote)), Ct));

        Assert.Null(await Broker.GetOrderByClientIdAsync(Cid("too-big"), Ct));
        var retry = await Broker.SubmitOrderAsync(Buy(Cid("too-big"), 1m, WorkingBuyLimit(quote)), Ct);
        Assert.Equal(Cid("too-big"), retry.ClientOrderId);
    }

    [Fact]
    public async Task GetClockAsync_Always_NextOpenAndCloseFollowNowAndAgreeWithIsOpen()
    {
        var clock = await Broker.GetClockAsync(Ct);

        Assert.True(clock.NextOpen > clock.Now, $"next open {clock.NextOpen} not after now {clock.Now}");
        Assert.True(clock.NextClose > clock.Now, $"next close {clock.NextClose} not after now {clock.Now}");
        Assert.Equal(clock.IsOpen, clock.NextClose < clock.NextOpen);
    }

    [Fact]
    public async Task GetCalendarAsync_ThanksgivingWeek_IsTheNyseWeekWithTheEarlyClose()
    {
        var sessions = await Broker.GetCalendarAsync(new DateOnly(2026, 11, 23), new DateOnly(2026, 11, 29), Ct);

        Assert.Equal(
            [
                (new DateOnly(2026, 11, 23), new TimeOnly(9, 30), new TimeOnly(16, 0)),
                (new DateOnly(2026, 11, 24), new TimeOnly(9, 30), new TimeOnly(16, 0)),
                (new DateOnly(2026, 11, 25), new TimeOnly(9, 30), new TimeOnly(16, 0)),
                (new DateOnly(2026, 11, 27), new TimeOnly(9, 30), new TimeOnly(13, 0)),
            ],
            sessions.Select(s => (s.Date, s.Open, s.Close)));
    }

    /// <summary>A client order id unique to the calling test.</summary>
    protected string Cid(string suffix) => ClientOrderIdPrefix + "-" + suffix;

    /// <summary>The current quote of <see cref="TradableSymbol"/>.</summary>
    protected async Task<Quote> QuoteAsync()
    {
        var quotes = await Broker.GetLatestQuotesAsync([TradableSymbol], Ct);
        return Assert.Contains(TradableSymbol, quotes);
    }

    /// <summary>Polls the order until it is terminal or <see cref="SettleTimeout"/> passes; returns its last state.</summary>
    protected async Task<BrokerOrder> WaitForTerminalAsync(string orderId)
    {
        var deadline = DateTimeOffset.UtcNow + SettleTimeout;
        while (true)
        {
            var order = await Broker.GetOrderAsync(orderId, Ct);
            if (order.IsTerminal || DateTimeOffset.UtcNow >= deadline)
                return order;
            await Task.Delay(TimeSpan.FromMilliseconds(50), Ct);
        }
    }

    private OrderRequest Buy(string clientOrderId, decimal quantity, decimal limit) =>
        new(clientOrderId, TradableSymbol, OrderSide.Buy, quantity, OrderType.Limit, limit);

    private async Task<decimal> QuantityHeldAsync() =>
        (await Broker.GetPositionsAsync(Ct)).SingleOrDefault(p => p.Symbol == TradableSymbol)?.Quantity ?? 0m;
}
