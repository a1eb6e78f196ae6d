using System.Net;
using Alchemiser.Infrastructure.Alpaca;

namespace Alchemiser.Infrastructure.Tests.Alpaca;

public sealed partial class AlpacaMarketDataClientTests
{
    [Fact]
    public async Task GetDailyBarsAsync_401_SaysCheckTheKeysWithoutRetrying()
    {
        _stub.Sequence(new StubReply(401, AlpacaJson.Error(40110000, "request is not authorized")));

        var error = await Assert.ThrowsAsync<AlpacaApiException>(() => GetBarsAsync(Spy));

        Assert.Equal(HttpStatusCode.Unauthorized, error.StatusCode);
        Assert.StartsWith(
            "Alpaca rejected the API keys (401): check ALPACA_API_KEY/ALPACA_SECRET_KEY", error.Message, StringComparison.Ordinal);
        Assert.Equal(40110000, error.AlpacaCode);
        Assert.Equal("request is not authorized", error.AlpacaMessage);
        Assert.Single(_stub.Requests);
        Assert.Empty(_time.Waits);
        AssertNoSecret(error.ToString());
    }

    [Fact]
    public async Task GetDailyBarsAsync_403_SaysCheckTheKeysAndQuotesAlpaca()
    {
        _stub.Sequence(new StubReply(403, """{"message":"forbidden"}"""));

        var error = await Assert.ThrowsAsync<AlpacaApiException>(() => GetBarsAsync(Spy));

        Assert.Equal(HttpStatusCode.Forbidden, error.StatusCode);
        Assert.Equal(
            "Alpaca rejected the API keys (403): check ALPACA_API_KEY/ALPACA_SECRET_KEY (Alpaca: forbidden)", error.Message);
        Assert.Single(_stub.Requests);
        AssertNoSecret(error.ToString());
    }

    [Fact]
    public async Task GetDailyBarsAsync_422_QuotesAlpacaAndNamesTheRequest()
    {
        _stub.Sequence(new StubReply(422, AlpacaJson.Error(42210000, "invalid start: cannot be after end")));

        var error = await Assert.ThrowsAsync<AlpacaApiException>(() => GetBarsAsync(Spy, Qqq));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, error.StatusCode);
        Assert.Equal(
            "Alpaca rejected the request (422): invalid start: cannot be after end (symbols QQQ,SPY; 2024-01-02..2024-01-05)",
            error.Message);
        Assert.Equal(42210000, error.AlpacaCode);
        Assert.Single(_stub.Requests);
        Assert.Empty(_time.Waits);
    }

    [Fact]
    public async Task GetDailyBarsAsync_404WithText_QuotesTheTextWithoutRetrying()
    {
        _stub.Sequence(new StubReply(404, "Not Found"));

        var error = await Assert.ThrowsAsync<AlpacaApiException>(() => GetBarsAsync(Spy));

        Assert.Equal("Alpaca answered 404 NotFound: Not Found (symbols SPY; 2024-01-02..2024-01-05)", error.Message);
        Assert.Single(_stub.Requests);
    }

    [Fact]
    public async Task GetDailyBarsAsync_RetriesAndRejections_NeverLogTheKeys()
    {
        _stub.Sequence(
            new StubReply(429, "", new Dictionary<string, string> { ["Retry-After"] = "1" }),
            new StubReply(500, ""),
            new StubReply(401, AlpacaJson.Error(40110000, "request is not authorized")));

        await Assert.ThrowsAsync<AlpacaApiException>(() => GetBarsAsync(Spy));

        Assert.NotEmpty(_logger.Lines);
        Assert.Contains(_logger.Lines, line => line.Contains("retry 1", StringComparison.Ordinal));
        Assert.Contains(_logger.Lines, line => line.Contains("Unauthorized", StringComparison.Ordinal));
        Assert.All(_logger.Lines, AssertNoSecret);
    }

    private static void AssertNoSecret(string text)
    {
        Assert.DoesNotContain(ApiKey, text, StringComparison.Ordinal);
        Assert.DoesNotContain(SecretKey, text, StringComparison.Ordinal);
    }
}
