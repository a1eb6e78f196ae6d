using System.Globalization;
using System.Net;
using Alchemiser.Infrastructure.Alpaca;

namespace Alchemiser.Infrastructure.Tests.Alpaca;

public sealed partial class AlpacaMarketDataClientTests
{
    private static readonly string OnePage = AlpacaJson.Page(null, ("SPY", [AlpacaJson.Bar("2024-01-02T05:00:00Z", 472.65)]));

    [Fact]
    public async Task GetDailyBarsAsync_429WithRetryAfterSeconds_WaitsThatLongThenSucceeds()
    {
        _stub.Sequence(
            new StubReply(429, AlpacaJson.Error(42910000, "too many requests"), new Dictionary<string, string> { ["Retry-After"] = "1" }),
            Ok(OnePage));

        var bars = await GetBarsAsync(Spy);

        Assert.Equal(2, _stub.Requests.Count);
        Assert.Equal([TimeSpan.FromSeconds(1)], _time.Waits);
        Assert.Equal([472.65], bars[Spy].Close);
    }

    [Fact]
    public async Task GetDailyBarsAsync_429WithRetryAfterDate_WaitsUntilThatDate()
    {
        var at = _time.GetUtcNow().AddSeconds(3).ToString("R", CultureInfo.InvariantCulture);
        _stub.Sequence(
            new StubReply(429, "", new Dictionary<string, string> { ["Retry-After"] = at }),
            Ok(OnePage));

        await GetBarsAsync(Spy);

        Assert.Equal(2, _stub.Requests.Count);
        Assert.Equal([TimeSpan.FromSeconds(3)], _time.Waits);
    }

    [Fact]
    public async Task GetDailyBarsAsync_429WithRateLimitResetOnly_WaitsUntilTheReset()
    {
        var reset = _time.GetUtcNow().AddSeconds(7).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        _stub.Sequence(
            new StubReply(429, "too many requests.", new Dictionary<string, string>
            {
                ["X-RateLimit-Limit"] = "200",
                ["X-RateLimit-Remaining"] = "0",
                ["X-RateLimit-Reset"] = reset,
            }),
            Ok(OnePage));

        await GetBarsAsync(Spy);

        Assert.Equal([TimeSpan.FromSeconds(7)], _time.Waits);
    }

    [Fact]
    public async Task GetDailyBarsAsync_RetryAfterBeyondMaximum_WaitsTheMaximum()
    {
        _stub.Sequence(
            new StubReply(429, "", new Dictionary<string, string> { ["Retry-After"] = "3600" }),
            Ok(OnePage));

        await GetBarsAsync(Spy);

        Assert.Equal([_options.MaxRetryDelay], _time.Waits);
    }

    [Fact]
    public async Task GetDailyBarsAsync_500Then200_RetriesAfterABackoffAndSucceeds()
    {
        _stub.Sequence(new StubReply(500, AlpacaJson.Error(50010000, "internal server error")), Ok(OnePage));

        var bars = await GetBarsAsync(Spy);

        Assert.Equal(2, _stub.Requests.Count);
        var wait = Assert.Single(_time.Waits);
        Assert.InRange(wait, TimeSpan.FromTicks(1), _options.MaxRetryDelay);
        Assert.Equal([472.65], bars[Spy].Close);
    }

    [Fact]
    public async Task GetDailyBarsAsync_503OnEveryAttempt_ThrowsAfterMaxRetries()
    {
        _stub.Sequence(new StubReply(503, "<html>Service Unavailable</html>"));

        var error = await Assert.ThrowsAsync<AlpacaApiException>(() => GetBarsAsync(Spy));

        Assert.Equal(_options.MaxRetries + 1, _stub.Requests.Count);
        Assert.Equal(_options.MaxRetries, _time.Waits.Count);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, error.StatusCode);
        Assert.StartsWith("Alpaca failed with 503 ServiceUnavailable on all 4 attempts", error.Message, StringComparison.Ordinal);
        Assert.Contains("Service Unavailable", error.AlpacaMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetDailyBarsAsync_BackoffBetweenFailures_GrowsExponentiallyWithinTheMaximum()
    {
        _stub.Sequence(new StubReply(502, ""), new StubReply(502, ""), new StubReply(502, ""), Ok(OnePage));

        await GetBarsAsync(Spy);

        Assert.Equal(4, _stub.Requests.Count);
        Assert.Equal(3, _time.Waits.Count);
        Assert.All(_time.Waits, wait => Assert.InRange(wait, TimeSpan.FromTicks(1), _options.MaxRetryDelay));
    }

    [Fact]
    public async Task GetDailyBarsAsync_FirstAttemptTimesOut_RetriesAndSucceeds()
    {
        var never = new TaskCompletionSource();
        _stub.Sequence(Ok(OnePage) with { Hold = never.Task }, Ok(OnePage));

        var call = GetBarsAsync(Spy);
        await _stub.WaitForRequestsAsync(1, Ct);
        _time.Advance(_options.RequestTimeout);
        var bars = await call;

        Assert.Equal(2, _stub.Requests.Count);
        Assert.Single(_time.Waits);
        Assert.Equal([472.65], bars[Spy].Close);
    }

    [Fact]
    public async Task GetDailyBarsAsync_EveryAttemptTimesOut_ThrowsWithoutStatus()
    {
        var never = new TaskCompletionSource();
        _stub.Sequence(Ok(OnePage) with { Hold = never.Task });

        var call = GetBarsAsync(Spy);
        for (var attempt = 1; attempt <= _options.MaxRetries + 1; attempt++)
        {
            await _stub.WaitForRequestsAsync(attempt, Ct);
            _time.Advance(_options.RequestTimeout);
        }

        var error = await Assert.ThrowsAsync<AlpacaApiException>(() => call);
        Assert.Null(error.StatusCode);
        Assert.StartsWith("Alpaca did not answer GET /v2/stocks/bars within 97 s on any of 4 attempts", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetDailyBarsAsync_ServerUnreachable_ThrowsAfterRetries()
    {
        var closed = new Uri("http://127.0.0.1:1/");
        using var client = new AlpacaMarketDataClient(_options with { DataBaseUrl = closed, MaxRetries = 1 }, _time);

        var error = await Assert.ThrowsAsync<AlpacaApiException>(
            () => _time.RunAsync(() => client.GetDailyBarsAsync([Spy], Jan2, Jan5, Ct), Ct));

        Assert.StartsWith("Could not reach Alpaca at 127.0.0.1 after 2 attempts", error.Message, StringComparison.Ordinal);
        Assert.IsType<HttpRequestException>(error.InnerException);
        Assert.Single(_time.Waits);
    }

    [Fact]
    public async Task GetDailyBarsAsync_NoRetriesConfigured_FailsOnFirst500()
    {
        using var client = new AlpacaMarketDataClient(_options with { MaxRetries = 0 }, _time);
        _stub.Sequence(new StubReply(500, ""), Ok(OnePage));

        var error = await Assert.ThrowsAsync<AlpacaApiException>(
            () => _time.RunAsync(() => client.GetDailyBarsAsync([Spy], Jan2, Jan5, Ct), Ct));

        Assert.Equal(HttpStatusCode.InternalServerError, error.StatusCode);
        Assert.Single(_stub.Requests);
    }

    [Fact]
    public async Task GetDailyBarsAsync_CancelledByCaller_ThrowsOperationCanceled()
    {
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => _client.GetDailyBarsAsync([Spy], Jan2, Jan5, cancellation.Token));
    }
}
