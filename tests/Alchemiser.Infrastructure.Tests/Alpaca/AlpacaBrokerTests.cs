using System.Net;
using Alchemiser.Core.Market;
using Alchemiser.Infrastructure.Alpaca;
using Alchemiser.Workflow.Brokers;

namespace Alchemiser.Infrastructure.Tests.Alpaca;

/// <summary>Contract tests of <see cref="AlpacaBroker"/> against a local WireMock.Net server that replays Alpaca's
/// documented trading and market data responses. Time is a <see cref="RecordingTimeProvider"/>: no test sleeps
/// through a retry.</summary>
public sealed partial class AlpacaBrokerTests : IDisposable
{
    private const string ApiKey = AlpacaStub.ApiKey;
    private const string SecretKey = AlpacaStub.SecretKey;

    private static readonly Symbol BrkB = Symbol.Parse("BRK/B");
    private static readonly Symbol Spy = Symbol.Parse("SPY");

    private readonly AlpacaStub _stub = new();
    private readonly CollectingLogger _logger = new();
    private readonly RecordingTimeProvider _time;
    private readonly AlpacaOptions _options;
    private readonly AlpacaBroker _broker;

    public AlpacaBrokerTests()
    {
        _options = _stub.Options();
        _time = new RecordingTimeProvider(_options.RequestTimeout);
        _broker = new AlpacaBroker(_options, _time, _logger);
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose()
    {
        _broker.Dispose();
        _stub.Dispose();
    }

    private Task<T> Run<T>(Func<AlpacaBroker, Task<T>> call) => _time.RunAsync(() => call(_broker), Ct);

    private Task Run(Func<AlpacaBroker, Task> call) => _time.RunAsync(async () =>
    {
        await call(_broker);
        return true;
    }, Ct);

    private static StubReply Ok(string body) => new(200, body);

    private static void AssertNoSecret(string text)
    {
        Assert.DoesNotContain(ApiKey, text, StringComparison.Ordinal);
        Assert.DoesNotContain(SecretKey, text, StringComparison.Ordinal);
    }

    [Fact]
    public void Mode_PaperByDefault()
    {
        Assert.Equal(BrokerMode.Paper, _broker.Mode);
    }

    [Fact]
    public void Mode_LiveOnlyWhenTheOptionsSayLive()
    {
        using var live = new AlpacaBroker(_options with { Environment = AlpacaEnvironment.Live }, _time);

        Assert.Equal(BrokerMode.Live, live.Mode);
    }

    [Fact]
    public void Constructor_PaperEnvironmentWithTheLiveUrl_IsRefused()
    {
        var options = _options with { TradingBaseUrl = AlpacaOptions.LiveTradingBaseUrl };

        var error = Assert.Throws<AlpacaConfigurationException>(() => new AlpacaBroker(options, _time));

        Assert.Contains("live trading must be asked for explicitly", error.Message, StringComparison.Ordinal);
        AssertNoSecret(error.Message);
    }

    [Fact]
    public void Constructor_LiveEnvironmentWithThePaperUrl_IsRefused()
    {
        var options = _options with { Environment = AlpacaEnvironment.Live, TradingBaseUrl = AlpacaOptions.PaperTradingBaseUrl };

        Assert.Throws<AlpacaConfigurationException>(() => new AlpacaBroker(options, _time));
    }

    [Fact]
    public void Constructor_MissingKeys_NamesTheSettings()
    {
        var error = Assert.Throws<AlpacaConfigurationException>(() => new AlpacaBroker(_options with { ApiKey = "", SecretKey = " " }, _time));

        Assert.Contains("ALPACA_API_KEY is not set", error.Message, StringComparison.Ordinal);
        Assert.Contains("ALPACA_SECRET_KEY is not set", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetAccountAsync_ReadsMoneyStringsAsDecimals()
    {
        _stub.Sequence(Ok(AlpacaTradingJson.Account));

        var account = await Run(b => b.GetAccountAsync(Ct));

        var request = Assert.Single(_stub.Requests);
        Assert.Equal("GET", request.Method);
        Assert.Equal("/v2/account", request.Path);
        Assert.Equal(ApiKey, request.Headers["APCA-API-KEY-ID"]);
        Assert.Equal(SecretKey, request.Headers["APCA-API-SECRET-KEY"]);
        Assert.Equal(new BrokerAccount(103820.56m, -23140.2m, 262113.632m, TradingBlocked: false), account);
    }

    [Theory]
    [InlineData("\"trading_blocked\": false", "\"trading_blocked\": true")]
    [InlineData("\"account_blocked\": false", "\"account_blocked\": true")]
    public async Task GetAccountAsync_TradingOrAccountBlocked_IsTradingBlocked(string from, string to)
    {
        _stub.Sequence(Ok(AlpacaTradingJson.Account.Replace(from, to, StringComparison.Ordinal)));

        var account = await Run(b => b.GetAccountAsync(Ct));

        Assert.True(account.TradingBlocked);
    }

    [Fact]
    public async Task GetAccountAsync_EquityMissing_SaysWhichField()
    {
        _stub.Sequence(Ok(AlpacaTradingJson.Account.Replace("\"equity\"", "\"equity_x\"", StringComparison.Ordinal)));

        var error = await Assert.ThrowsAsync<AlpacaApiException>(() => Run(b => b.GetAccountAsync(Ct)));

        Assert.Equal("Alpaca answered /v2/account without 'equity'", error.Message);
    }

    [Fact]
    public async Task GetPositionsAsync_MapsSymbolsAndDecimals()
    {
        _stub.Sequence(Ok(AlpacaTradingJson.Array([
            AlpacaTradingJson.Position("BRK.B", "12.345678", "5715.43", "455.1"),
            AlpacaTradingJson.Position("SPY", "3", null, "590"),
        ])));

        var positions = await Run(b => b.GetPositionsAsync(Ct));

        Assert.Equal("/v2/positions", Assert.Single(_stub.Requests).Path);
        Assert.Equal(
            [new BrokerPosition(BrkB, 12.345678m, 5715.43m, 455.1m), new BrokerPosition(Spy, 3m, null, 590m)],
            positions);
    }

    [Fact]
    public async Task GetPositionsAsync_CryptoPosition_IsLeftOut()
    {
        _stub.Sequence(Ok(AlpacaTradingJson.Array([
            AlpacaTradingJson.Position("BTC/USD", "0.01", "950.2", "90000", assetClass: "crypto"),
            AlpacaTradingJson.Position("SPY", "3", "1800", "590"),
        ])));

        var positions = await Run(b => b.GetPositionsAsync(Ct));

        Assert.Equal([Spy], positions.Select(p => p.Symbol));
        Assert.Contains(_logger.Lines, line => line.Contains("BTC/USD", StringComparison.Ordinal));
    }

    [Fact]
    public async Task GetPositionsAsync_None_IsEmpty()
    {
        _stub.Sequence(Ok("[]"));

        Assert.Empty(await Run(b => b.GetPositionsAsync(Ct)));
    }

    [Fact]
    public async Task GetAssetAsync_AsksWithAlpacasSpelling()
    {
        _stub.Sequence(Ok(AlpacaTradingJson.Asset("BRK.B", tradable: true, fractionable: true)));

        var asset = await Run(b => b.GetAssetAsync(BrkB, Ct));

        Assert.Equal("/v2/assets/BRK.B", Assert.Single(_stub.Requests).Path);
        Assert.Equal(new BrokerAsset(BrkB, IsTradable: true, IsFractionable: true), asset);
    }

    [Fact]
    public async Task GetAssetAsync_NotFractionable_AndInactive()
    {
        _stub.Sequence(Ok(AlpacaTradingJson.Asset("BRK.B", tradable: true, fractionable: false, status: "inactive")));

        var asset = await Run(b => b.GetAssetAsync(BrkB, Ct));

        Assert.Equal(new BrokerAsset(BrkB, IsTradable: false, IsFractionable: false), asset);
    }

    [Fact]
    public async Task GetAssetAsync_404_IsNull()
    {
        _stub.Sequence(new StubReply(404, AlpacaJson.Error(40410000, "asset not found for ZZZZ")));

        Assert.Null(await Run(b => b.GetAssetAsync(Symbol.Parse("ZZZZ"), Ct)));
        Assert.Single(_stub.Requests);
    }

    [Fact]
    public async Task GetLatestQuotesAsync_AsksTheDataApiAndMapsBrkBack()
    {
        _stub.Sequence(Ok(AlpacaTradingJson.LatestQuotes));

        var quotes = await Run(b => b.GetLatestQuotesAsync([Spy, BrkB, Spy], Ct));

        var request = Assert.Single(_stub.Requests);
        Assert.Equal("/v2/stocks/quotes/latest", request.Path);
        Assert.Equal("BRK.B,SPY", request.Query["symbols"]);
        Assert.Equal("iex", request.Query["feed"]);
        Assert.Equal(2, quotes.Count);
        var brk = quotes[BrkB];
        Assert.Equal(463.1m, brk.Bid);
        Assert.Equal(463.3m, brk.Ask);
        Assert.Equal(new DateTimeOffset(2024, 11, 26, 15, 31, 12, TimeSpan.Zero).AddTicks(1048573), brk.Time);
        Assert.Equal(new Core.Execution.Quote(599.98m, 600.02m, new DateTimeOffset(2024, 11, 26, 15, 31, 11, 500, TimeSpan.Zero)), quotes[Spy]);
    }

    [Fact]
    public async Task GetLatestQuotesAsync_SymbolNotQuoted_IsAbsent()
    {
        _stub.Sequence(Ok("""{"quotes":{"SPY":{"ap":600.02,"as":3,"ax":"V","bp":599.98,"bs":5,"bx":"V","c":["R"],"t":"2024-11-26T15:31:11.5Z","z":"B"}}}"""));

        var quotes = await Run(b => b.GetLatestQuotesAsync([Spy, Symbol.Parse("ZZZZ")], Ct));

        Assert.Equal([Spy], quotes.Keys);
    }

    [Fact]
    public async Task GetLatestQuotesAsync_SipFeed_IsAskedFor()
    {
        using var broker = new AlpacaBroker(_options with { Feed = AlpacaDataFeed.Sip }, _time);
        _stub.Sequence(Ok("""{"quotes":{}}"""));

        await _time.RunAsync(() => broker.GetLatestQuotesAsync([Spy], Ct), Ct);

        Assert.Equal("sip", Assert.Single(_stub.Requests).Query["feed"]);
    }

    [Fact]
    public async Task GetClockAsync_ReadsInstantsWithNanoseconds()
    {
        _stub.Sequence(Ok(AlpacaTradingJson.Clock));

        var clock = await Run(b => b.GetClockAsync(Ct));

        Assert.Equal("/v2/clock", Assert.Single(_stub.Requests).Path);
        var newYork = TimeSpan.FromHours(-5);
        Assert.Equal(new DateTimeOffset(2024, 11, 26, 10, 31, 12, newYork).AddTicks(3456789), clock.Now);
        Assert.True(clock.IsOpen);
        Assert.Equal(new DateTimeOffset(2024, 11, 27, 9, 30, 0, newYork), clock.NextOpen);
        Assert.Equal(new DateTimeOffset(2024, 11, 26, 16, 0, 0, newYork), clock.NextClose);
    }

    [Fact]
    public async Task GetCalendarAsync_ReturnsTradingSessions()
    {
        _stub.Sequence(Ok("""
            [
              {"date":"2024-11-27","open":"09:30","close":"16:00","session_open":"0400","session_close":"2000","settlement_date":"2024-11-29"},
              {"date":"2024-11-29","open":"09:30","close":"13:00","session_open":"0400","session_close":"1700","settlement_date":"2024-12-02"}
            ]
            """));

        var sessions = await Run(b => b.GetCalendarAsync(new(2024, 11, 27), new(2024, 11, 29), Ct));

        var request = Assert.Single(_stub.Requests);
        Assert.Equal("/v2/calendar", request.Path);
        Assert.Equal("2024-11-27", request.Query["start"]);
        Assert.Equal("2024-11-29", request.Query["end"]);
        Assert.Equal(
            [new TradingSession(new(2024, 11, 27), new(9, 30), new(16, 0)), new TradingSession(new(2024, 11, 29), new(9, 30), new(13, 0))],
            sessions);
        Assert.True(sessions[1].IsEarlyClose);
    }

    [Fact]
    public async Task GetAccountAsync_401_SaysCheckTheKeysWithoutThem()
    {
        _stub.Sequence(new StubReply(401, AlpacaJson.Error(40110000, "request is not authorized")));

        var error = await Assert.ThrowsAsync<AlpacaApiException>(() => Run(b => b.GetAccountAsync(Ct)));

        Assert.Equal(HttpStatusCode.Unauthorized, error.StatusCode);
        Assert.Equal(
            "Alpaca rejected the API keys (401): check ALPACA_API_KEY/ALPACA_SECRET_KEY (Alpaca: request is not authorized)",
            error.Message);
        Assert.Single(_stub.Requests);
        Assert.Empty(_time.Waits);
        AssertNoSecret(error.ToString());
        Assert.All(_logger.Lines, AssertNoSecret);
    }

    [Fact]
    public async Task GetPositionsAsync_403_SaysCheckTheKeys()
    {
        _stub.Sequence(new StubReply(403, """{"message":"forbidden"}"""));

        var error = await Assert.ThrowsAsync<AlpacaApiException>(() => Run(b => b.GetPositionsAsync(Ct)));

        Assert.StartsWith("Alpaca rejected the API keys (403)", error.Message, StringComparison.Ordinal);
        AssertNoSecret(error.ToString());
    }
}
