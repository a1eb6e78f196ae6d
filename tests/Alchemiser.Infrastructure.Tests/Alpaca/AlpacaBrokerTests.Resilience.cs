using System.Net;
using Alchemiser.Infrastructure.Alpaca;
using Alchemiser.Workflow.Brokers;

namespace Alchemiser.Infrastructure.Tests.Alpaca;

public sealed partial class AlpacaBrokerTests
{
    [Fact]
    public async Task SubmitOrderAsync_429Then200_RetriesWithTheSameClientOrderId()
    {
        _stub.Sequence(
            new StubReply(429, AlpacaJson.Error(42910000, "rate limit exceeded"), new Dictionary<string, string> { ["Retry-After"] = "2" }),
            Ok(AlpacaTradingJson.Order(Cid)));

        var order = await Run(b => b.SubmitOrderAsync(BuyLimit, Ct));

        Assert.Equal(2, _stub.Requests.Count);
        Assert.All(_stub.Requests, r => Assert.Equal("POST", r.Method));
        Assert.Equal(_stub.Requests[0].Body, _stub.Requests[1].Body);
        Assert.Contains($"\"client_order_id\":\"{Cid}\"", _stub.Requests[1].Body, StringComparison.Ordinal);
        Assert.Equal([TimeSpan.FromSeconds(2)], _time.Waits);
        Assert.Equal(Cid, order.ClientOrderId);
    }

    [Fact]
    public async Task SubmitOrderAsync_TimeoutThenDuplicate_ThrowsDuplicateBecauseTheFirstAttemptPlacedIt()
    {
        var never = new TaskCompletionSource();
        _stub.Sequence(Ok(AlpacaTradingJson.Order(Cid)) with { Hold = never.Task }, new StubReply(422, AlpacaTradingJson.DuplicateClientOrderId));

        var call = Run(b => b.SubmitOrderAsync(BuyLimit, Ct));
        await _stub.WaitForRequestsAsync(1, Ct);
        _time.Advance(_options.RequestTimeout);
        var error = await Assert.ThrowsAsync<DuplicateClientOrderIdException>(() => call);

        Assert.Equal(Cid, error.ClientOrderId);
        Assert.Equal(2, _stub.Requests.Count);
        Assert.Equal(_stub.Requests[0].Body, _stub.Requests[1].Body);
        Assert.Single(_time.Waits);
    }

    [Fact]
    public async Task SubmitOrderAsync_500OnEveryAttempt_ThrowsAfterRetriesAllWithTheSameBody()
    {
        _stub.Sequence(new StubReply(500, AlpacaJson.Error(50010000, "internal server error")));

        var error = await Assert.ThrowsAsync<AlpacaApiException>(() => Run(b => b.SubmitOrderAsync(BuyLimit, Ct)));

        Assert.Equal(HttpStatusCode.InternalServerError, error.StatusCode);
        Assert.StartsWith("Alpaca failed with 500 InternalServerError on all 4 attempts", error.Message, StringComparison.Ordinal);
        Assert.Equal(_options.MaxRetries + 1, _stub.Requests.Count);
        Assert.Single(_stub.Requests.Select(r => r.Body).Distinct());
    }

    [Fact]
    public async Task SubmitOrderAsync_503Then200_Succeeds()
    {
        _stub.Sequence(new StubReply(503, "<html>Service Unavailable</html>"), Ok(AlpacaTradingJson.Order(Cid, status: "pending_new")));

        var order = await Run(b => b.SubmitOrderAsync(BuyLimit, Ct));

        Assert.Equal(OrderStatus.New, order.Status);
        Assert.Equal(2, _stub.Requests.Count);
    }

    [Fact]
    public async Task GetAccountAsync_500ThenSuccess_Retries()
    {
        _stub.Sequence(new StubReply(500, AlpacaJson.Error(50010000, "internal server error")), Ok(AlpacaTradingJson.Account));

        var account = await Run(b => b.GetAccountAsync(Ct));

        Assert.Equal(2, _stub.Requests.Count);
        Assert.Single(_time.Waits);
        Assert.Equal(103820.56m, account.Equity);
    }

    [Fact]
    public async Task GetOrderByClientIdAsync_429ThenSuccess_WaitsRetryAfter()
    {
        _stub.Sequence(
            new StubReply(429, "", new Dictionary<string, string> { ["Retry-After"] = "1" }),
            Ok(AlpacaTradingJson.Order(Cid)));

        var order = await Run(b => b.GetOrderByClientIdAsync(Cid, Ct));

        Assert.NotNull(order);
        Assert.Equal([TimeSpan.FromSeconds(1)], _time.Waits);
    }

    [Fact]
    public async Task CancelOrderAsync_TimeoutThenAlreadyCanceled_IsANoOp()
    {
        var never = new TaskCompletionSource();
        _stub.Sequence(
            new StubReply(204, "") { Hold = never.Task },
            new StubReply(422, AlpacaJson.Error(42210000, "order is already in \\\"canceled\\\" state")));

        var call = Run(b => b.CancelOrderAsync("61e69015", Ct));
        await _stub.WaitForRequestsAsync(1, Ct);
        _time.Advance(_options.RequestTimeout);
        await call;

        Assert.Equal(2, _stub.Requests.Count);
        Assert.All(_stub.Requests, r => Assert.Equal("DELETE", r.Method));
    }

    [Fact]
    public async Task GetClockAsync_TimeoutOnEveryAttempt_SaysSoWithoutStatus()
    {
        var never = new TaskCompletionSource();
        _stub.Sequence(Ok(AlpacaTradingJson.Clock) with { Hold = never.Task });

        var call = Run(b => b.GetClockAsync(Ct));
        for (var attempt = 1; attempt <= _options.MaxRetries + 1; attempt++)
        {
            await _stub.WaitForRequestsAsync(attempt, Ct);
            _time.Advance(_options.RequestTimeout);
        }

        var error = await Assert.ThrowsAsync<AlpacaApiException>(() => call);
        Assert.Null(error.StatusCode);
        Assert.StartsWith("Alpaca did not answer GET /v2/clock within 97 s on any of 4 attempts", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RetriesAndRejections_NeverLogTheKeys()
    {
        _stub.Sequence(
            new StubReply(429, "", new Dictionary<string, string> { ["Retry-After"] = "1" }),
            new StubReply(500, ""),
            new StubReply(422, AlpacaTradingJson.DuplicateClientOrderId));

        await Assert.ThrowsAsync<DuplicateClientOrderIdException>(() => Run(b => b.SubmitOrderAsync(BuyLimit, Ct)));

        Assert.Contains(_logger.Lines, line => line.Contains("retry 2", StringComparison.Ordinal));
        Assert.Contains(_logger.Lines, line => line.Contains(Cid, StringComparison.Ordinal));
        Assert.All(_logger.Lines, AssertNoSecret);
    }

    [Fact]
    public void IsReplaySafe_PostOnlyWhenMarked()
    {
        using var get = new HttpRequestMessage(HttpMethod.Get, "http://x/v2/account");
        using var delete = new HttpRequestMessage(HttpMethod.Delete, "http://x/v2/orders/1");
        using var post = new HttpRequestMessage(HttpMethod.Post, "http://x/v2/orders");
        using var marked = new HttpRequestMessage(HttpMethod.Post, "http://x/v2/orders");
        marked.Options.Set(AlpacaHttp.ReplaySafe, true);

        Assert.True(AlpacaHttp.IsReplaySafe(get));
        Assert.True(AlpacaHttp.IsReplaySafe(delete));
        Assert.False(AlpacaHttp.IsReplaySafe(post));
        Assert.True(AlpacaHttp.IsReplaySafe(marked));
    }

    [Theory]
    [InlineData("client_order_id must be unique", true)]
    [InlineData("Client_Order_ID must be unique", true)]
    [InlineData("insufficient buying power", false)]
    [InlineData(null, false)]
    public void IsDuplicateClientOrderId_ReadsAlpacasMessage(string? message, bool expected)
    {
        Assert.Equal(expected, AlpacaBroker.IsDuplicateClientOrderId(message));
    }

    [Theory]
    [InlineData("1.500000", "1.5")]
    [InlineData("3", "3")]
    [InlineData("300.00", "300")]
    [InlineData("0.000001", "0.000001")]
    [InlineData("463.21", "463.21")]
    public void FormatDecimal_InvariantWithoutTrailingZeros(string value, string expected)
    {
        Assert.Equal(expected, AlpacaBroker.FormatDecimal(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)));
    }
}
