using System.Net;
using System.Text.Json;
using Alchemiser.Core.Execution;
using Alchemiser.Infrastructure.Alpaca;
using Alchemiser.Workflow.Brokers;

namespace Alchemiser.Infrastructure.Tests.Alpaca;

public sealed partial class AlpacaBrokerTests
{
    private const string Cid = "20241126-B-BRK.B-0";

    private static readonly OrderRequest BuyLimit = new(Cid, BrkB, OrderSide.Buy, 1.500000m, OrderType.Limit, 463.210m);

    [Fact]
    public async Task SubmitOrderAsync_Limit_PostsTheDocumentedBody()
    {
        _stub.Sequence(Ok(AlpacaTradingJson.Order(Cid)));

        var order = await Run(b => b.SubmitOrderAsync(BuyLimit, Ct));

        var request = Assert.Single(_stub.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/v2/orders", request.Path);
        Assert.StartsWith("application/json", request.Headers["Content-Type"], StringComparison.Ordinal);
        using var body = JsonDocument.Parse(request.Body!);
        var json = body.RootElement;
        Assert.Equal("BRK.B", json.GetProperty("symbol").GetString());
        Assert.Equal(JsonValueKind.String, json.GetProperty("qty").ValueKind);
        Assert.Equal("1.5", json.GetProperty("qty").GetString());
        Assert.Equal("buy", json.GetProperty("side").GetString());
        Assert.Equal("limit", json.GetProperty("type").GetString());
        Assert.Equal("day", json.GetProperty("time_in_force").GetString());
        Assert.Equal("463.21", json.GetProperty("limit_price").GetString());
        Assert.Equal(Cid, json.GetProperty("client_order_id").GetString());
        Assert.Equal(7, json.EnumerateObject().Count());

        Assert.Equal(
            new BrokerOrder(
                "61e69015-8549-4bfd-b9c3-01e75843f47d", Cid, BrkB, OrderSide.Buy, OrderType.Limit, 1.5m, 463.21m, OrderStatus.New,
                0m, null, new DateTimeOffset(2024, 11, 26, 15, 31, 12, TimeSpan.Zero).AddTicks(9377340)),
            order);
    }

    [Fact]
    public async Task SubmitOrderAsync_MarketSell_SendsNoLimitPrice()
    {
        _stub.Sequence(Ok(AlpacaTradingJson.Order("20241126-S-SPY-3", symbol: "SPY", side: "sell", type: "market", qty: "3", limitPrice: null)));

        var order = await Run(b => b.SubmitOrderAsync(new("20241126-S-SPY-3", Spy, OrderSide.Sell, 3m, OrderType.Market, null), Ct));

        using var body = JsonDocument.Parse(Assert.Single(_stub.Requests).Body!);
        Assert.Equal("sell", body.RootElement.GetProperty("side").GetString());
        Assert.Equal("market", body.RootElement.GetProperty("type").GetString());
        Assert.Equal("3", body.RootElement.GetProperty("qty").GetString());
        Assert.False(body.RootElement.TryGetProperty("limit_price", out _));
        Assert.Equal(OrderType.Market, order.Type);
        Assert.Null(order.LimitPrice);
    }

    [Fact]
    public async Task SubmitOrderAsync_DuplicateClientOrderId_ThrowsDuplicate()
    {
        _stub.Sequence(new StubReply(422, AlpacaTradingJson.DuplicateClientOrderId));

        var error = await Assert.ThrowsAsync<DuplicateClientOrderIdException>(() => Run(b => b.SubmitOrderAsync(BuyLimit, Ct)));

        Assert.Equal(Cid, error.ClientOrderId);
        Assert.Single(_stub.Requests);
    }

    [Fact]
    public async Task SubmitOrderAsync_Other422_IsRejectedWithAlpacasMessage()
    {
        _stub.Sequence(new StubReply(422, AlpacaJson.Error(42210000, "invalid limit_price 463.215. sub-penny increment does not fulfill minimum pricing criteria")));

        var error = await Assert.ThrowsAsync<OrderRejectedException>(() => Run(b => b.SubmitOrderAsync(BuyLimit, Ct)));

        Assert.Equal(Cid, error.ClientOrderId);
        Assert.Equal("invalid limit_price 463.215. sub-penny increment does not fulfill minimum pricing criteria", error.Reason);
        Assert.Single(_stub.Requests);
    }

    [Fact]
    public async Task SubmitOrderAsync_403InsufficientBuyingPower_IsRejectedNotAKeyError()
    {
        _stub.Sequence(new StubReply(403, """{"buying_power":"176.28","code":40310000,"cost_basis":"694.82","message":"insufficient buying power"}"""));

        var error = await Assert.ThrowsAsync<OrderRejectedException>(() => Run(b => b.SubmitOrderAsync(BuyLimit, Ct)));

        Assert.Equal("insufficient buying power", error.Reason);
        Assert.Equal($"order {Cid} rejected: insufficient buying power", error.Message);
        Assert.Single(_stub.Requests);
    }

    [Fact]
    public async Task SubmitOrderAsync_401_IsAKeyErrorWithoutTheKeys()
    {
        _stub.Sequence(new StubReply(401, AlpacaJson.Error(40110000, "request is not authorized")));

        var error = await Assert.ThrowsAsync<AlpacaApiException>(() => Run(b => b.SubmitOrderAsync(BuyLimit, Ct)));

        Assert.StartsWith("Alpaca rejected the API keys (401): check ALPACA_API_KEY/ALPACA_SECRET_KEY", error.Message, StringComparison.Ordinal);
        AssertNoSecret(error.ToString());
        Assert.All(_logger.Lines, AssertNoSecret);
    }

    [Theory]
    [InlineData(0.0, OrderType.Limit, 10.0, "qty must be > 0")]
    [InlineData(-1.0, OrderType.Market, null, "qty must be > 0")]
    [InlineData(1.0, OrderType.Limit, null, "limit_price is required for a limit order")]
    [InlineData(1.0, OrderType.Limit, 0.0, "limit_price must be > 0")]
    [InlineData(0.0000000001, OrderType.Market, null, "qty must have at most 9 decimal places")]
    public async Task SubmitOrderAsync_TermsAlpacaRefuses_AreRejectedWithoutSending(
        double quantity, OrderType type, double? limit, string reason)
    {
        var request = new OrderRequest(Cid, Spy, OrderSide.Buy, (decimal)quantity, type, (decimal?)limit);

        var error = await Assert.ThrowsAsync<OrderRejectedException>(() => Run(b => b.SubmitOrderAsync(request, Ct)));

        Assert.Equal((Cid, reason), (error.ClientOrderId, error.Reason));
        Assert.Empty(_stub.Requests);
    }

    [Fact]
    public async Task SubmitOrderAsync_ClientOrderIdTooLong_IsRejectedWithoutSending()
    {
        var request = BuyLimit with { ClientOrderId = new string('x', 49) };

        var error = await Assert.ThrowsAsync<OrderRejectedException>(() => Run(b => b.SubmitOrderAsync(request, Ct)));

        Assert.Equal("client_order_id must be no more than 48 characters", error.Reason);
        Assert.Empty(_stub.Requests);
    }

    [Theory]
    [InlineData(" ", OrderSide.Buy, OrderType.Limit)]
    [InlineData(Cid, (OrderSide)7, OrderType.Limit)]
    [InlineData(Cid, OrderSide.Buy, (OrderType)7)]
    public async Task SubmitOrderAsync_BlankIdOrUndefinedSideOrType_ThrowsWithoutSending(string clientOrderId, OrderSide side, OrderType type)
    {
        var request = BuyLimit with { ClientOrderId = clientOrderId, Side = side, Type = type };

        await Assert.ThrowsAsync<ArgumentException>(() => Run(b => b.SubmitOrderAsync(request, Ct)));

        Assert.Empty(_stub.Requests);
    }

    [Fact]
    public async Task GetOrderByClientIdAsync_Found_MapsTheFills()
    {
        _stub.Sequence(Ok(AlpacaTradingJson.Order(
            Cid, status: "filled", filledQty: "1.5", filledAvgPrice: "463.2", filledAt: "2024-11-26T15:31:14.512Z")));

        var order = await Run(b => b.GetOrderByClientIdAsync(Cid, Ct));

        var request = Assert.Single(_stub.Requests);
        Assert.Equal("/v2/orders:by_client_order_id", request.Path);
        Assert.Equal(Cid, request.Query["client_order_id"]);
        Assert.NotNull(order);
        Assert.Equal(OrderStatus.Filled, order.Status);
        Assert.True(order.IsTerminal);
        Assert.Equal(1.5m, order.FilledQuantity);
        Assert.Equal(463.2m, order.AverageFillPrice);
        Assert.Equal(new DateTimeOffset(2024, 11, 26, 15, 31, 14, 512, TimeSpan.Zero), order.FilledAt);
        Assert.Equal(BrkB, order.Symbol);
    }

    [Fact]
    public async Task GetOrderByClientIdAsync_404_IsNull()
    {
        _stub.Sequence(new StubReply(404, AlpacaJson.Error(40410000, "order not found")));

        Assert.Null(await Run(b => b.GetOrderByClientIdAsync(Cid, Ct)));
        Assert.Single(_stub.Requests);
    }

    [Fact]
    public async Task GetOrderAsync_ById()
    {
        _stub.Sequence(Ok(AlpacaTradingJson.Order(Cid, status: "partially_filled", filledQty: "0.5", filledAvgPrice: "463.21")));

        var order = await Run(b => b.GetOrderAsync("61e69015-8549-4bfd-b9c3-01e75843f47d", Ct));

        Assert.Equal("/v2/orders/61e69015-8549-4bfd-b9c3-01e75843f47d", Assert.Single(_stub.Requests).Path);
        Assert.Equal(OrderStatus.PartiallyFilled, order.Status);
        Assert.Equal(0.5m, order.FilledQuantity);
    }

    [Fact]
    public async Task GetOrderAsync_404_Throws()
    {
        _stub.Sequence(new StubReply(404, AlpacaJson.Error(40410000, "order not found for 61e69015")));

        var error = await Assert.ThrowsAsync<AlpacaApiException>(() => Run(b => b.GetOrderAsync("61e69015", Ct)));

        Assert.Equal(HttpStatusCode.NotFound, error.StatusCode);
    }

    [Theory]
    [InlineData("new", "0", OrderStatus.New)]
    [InlineData("accepted", "0", OrderStatus.New)]
    [InlineData("pending_new", "0", OrderStatus.New)]
    [InlineData("accepted_for_bidding", "0", OrderStatus.New)]
    [InlineData("pending_replace", "0.5", OrderStatus.PartiallyFilled)]
    [InlineData("partially_filled", "0.5", OrderStatus.PartiallyFilled)]
    [InlineData("filled", "1.5", OrderStatus.Filled)]
    [InlineData("pending_cancel", "0", OrderStatus.PendingCancel)]
    [InlineData("canceled", "0.5", OrderStatus.Canceled)]
    [InlineData("replaced", "0", OrderStatus.Canceled)]
    [InlineData("expired", "0", OrderStatus.Expired)]
    [InlineData("done_for_day", "0.5", OrderStatus.Expired)]
    [InlineData("calculated", "1.5", OrderStatus.Filled)]
    [InlineData("calculated", "0.5", OrderStatus.Expired)]
    [InlineData("rejected", "0", OrderStatus.Rejected)]
    [InlineData("some_future_status", "0", OrderStatus.New)]
    [InlineData("some_future_status", "0.5", OrderStatus.PartiallyFilled)]
    public async Task GetOrderAsync_MapsEveryAlpacaStatus(string status, string filled, OrderStatus expected)
    {
        _stub.Sequence(Ok(AlpacaTradingJson.Order(Cid, status: status, filledQty: filled)));

        var order = await Run(b => b.GetOrderAsync("61e69015-8549-4bfd-b9c3-01e75843f47d", Ct));

        Assert.Equal(expected, order.Status);
    }

    [Fact]
    public async Task CancelOrderAsync_204_Returns()
    {
        _stub.Sequence(new StubReply(204, ""));

        await Run(b => b.CancelOrderAsync("61e69015-8549-4bfd-b9c3-01e75843f47d", Ct));

        var request = Assert.Single(_stub.Requests);
        Assert.Equal("DELETE", request.Method);
        Assert.Equal("/v2/orders/61e69015-8549-4bfd-b9c3-01e75843f47d", request.Path);
    }

    [Fact]
    public async Task CancelOrderAsync_FilledOrder422_IsANoOp()
    {
        _stub.Sequence(new StubReply(422, AlpacaJson.Error(42210000, "order is already in \\\"filled\\\" state")));

        await Run(b => b.CancelOrderAsync("61e69015-8549-4bfd-b9c3-01e75843f47d", Ct));

        Assert.Single(_stub.Requests);
        Assert.Contains(_logger.Lines, line => line.Contains("could not be canceled", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CancelOrderAsync_404_Throws()
    {
        _stub.Sequence(new StubReply(404, AlpacaJson.Error(40410000, "order not found")));

        var error = await Assert.ThrowsAsync<AlpacaApiException>(() => Run(b => b.CancelOrderAsync("nope", Ct)));

        Assert.Equal(HttpStatusCode.NotFound, error.StatusCode);
    }

    [Fact]
    public async Task ListOrdersAsync_Open_AsksForOpenOrdersOldestFirst()
    {
        _stub.Sequence(Ok(AlpacaTradingJson.Array([
            AlpacaTradingJson.Order("20241126-S-SPY-0", status: "new", symbol: "SPY", side: "sell", qty: "2", limitPrice: "600.01", id: "a1"),
            AlpacaTradingJson.Order(Cid, status: "partially_filled", filledQty: "0.5", id: "a2"),
        ])));

        var orders = await Run(b => b.ListOrdersAsync(OrderListing.Open, cancellationToken: Ct));

        var request = Assert.Single(_stub.Requests);
        Assert.Equal("/v2/orders", request.Path);
        Assert.Equal("open", request.Query["status"]);
        Assert.Equal("500", request.Query["limit"]);
        Assert.Equal("asc", request.Query["direction"]);
        Assert.Null(request.Query["after"]);
        Assert.Equal(["a1", "a2"], orders.Select(o => o.Id));
        Assert.Equal(OrderSide.Sell, orders[0].Side);
        Assert.Equal(600.01m, orders[0].LimitPrice);
        Assert.Equal(OrderStatus.PartiallyFilled, orders[1].Status);
    }

    [Fact]
    public async Task ListOrdersAsync_AllSince_SendsAfterAndLeavesOutForeignInstruments()
    {
        _stub.Sequence(Ok(AlpacaTradingJson.Array([
            AlpacaTradingJson.Order(Cid, status: "filled", filledQty: "1.5", id: "a1"),
            AlpacaTradingJson.Order("manual", symbol: "AAPL240119C00150000", id: "a2", assetClass: "us_option"),
        ])));
        var since = new DateTimeOffset(2024, 11, 26, 9, 30, 0, TimeSpan.FromHours(-5));

        var orders = await Run(b => b.ListOrdersAsync(OrderListing.All, since, Ct));

        var request = Assert.Single(_stub.Requests);
        Assert.Equal("all", request.Query["status"]);
        Assert.Equal("2024-11-26T14:30:00.000000Z", request.Query["after"]);
        Assert.Equal(["a1"], orders.Select(o => o.Id));
    }

    [Fact]
    public async Task ListOrdersAsync_FullPage_FetchesTheNextAfterTheLastSubmission()
    {
        var start = new DateTimeOffset(2024, 11, 26, 14, 30, 0, TimeSpan.Zero);
        string OrderAt(int i) => AlpacaTradingJson.Order(
            $"c{i}", status: "filled", id: $"o{i}", submittedAt: AlpacaTradingJson.At(start.AddSeconds(i)));
        _stub.Sequence(
            Ok(AlpacaTradingJson.Array(Enumerable.Range(0, 500).Select(OrderAt))),
            Ok(AlpacaTradingJson.Array(Enumerable.Range(499, 3).Select(OrderAt))));

        var orders = await Run(b => b.ListOrdersAsync(OrderListing.All, start.AddSeconds(-1), Ct));

        Assert.Equal(2, _stub.Requests.Count);
        Assert.Equal("2024-11-26T14:38:18.999000Z", _stub.Requests[1].Query["after"]);
        Assert.Equal(502, orders.Count);
        Assert.Equal(502, orders.Select(o => o.Id).Distinct().Count());
    }
}
