using Alchemiser.Core.Market;
using Alchemiser.Infrastructure.Alpaca;

namespace Alchemiser.Infrastructure.Tests.Alpaca;

public sealed partial class AlpacaMarketDataClientTests
{
    [Fact]
    public async Task GetDailyBarsAsync_SinglePage_ReturnsOhlcvSeriesPerSymbol()
    {
        _stub.Sequence(Ok(SpyAndQqqPage()));

        var bars = await GetBarsAsync(Spy, Qqq);

        Assert.Single(_stub.Requests);
        Assert.Equal([Qqq, Spy], bars.Keys.Order());
        var spy = bars[Spy];
        Assert.Equal(Spy, spy.Symbol);
        Assert.Equal([new(2024, 1, 2), new(2024, 1, 3), new(2024, 1, 4)], spy.Dates);
        Assert.Equal([472.65, 468.79, 467.28], spy.Close);
        Assert.Equal([471.65, 467.79, 466.28], spy.Open!);
        Assert.Equal([474.65, 470.79, 469.28], spy.High!);
        Assert.Equal([469.65, 465.79, 464.28], spy.Low!);
        Assert.Equal([123_623_700d, 103_585_900d, 84_232_200d], spy.Volume!);
        Assert.Equal([402.5, 398.25], bars[Qqq].Close);
    }

    [Fact]
    public async Task GetDailyBarsAsync_AnyRequest_SendsDocumentedQuery()
    {
        _stub.Sequence(Ok(SpyAndQqqPage()));

        await GetBarsAsync(Spy, Qqq);

        var request = Assert.Single(_stub.Requests);
        Assert.Equal("/v2/stocks/bars", request.Path);
        Assert.Equal("QQQ,SPY", request.Query["symbols"]);
        Assert.Equal("1Day", request.Query["timeframe"]);
        Assert.Equal("all", request.Query["adjustment"]);
        Assert.Equal("iex", request.Query["feed"]);
        Assert.Equal("10000", request.Query["limit"]);
        Assert.Equal("asc", request.Query["sort"]);
        // Midnight New York (EST) on the first session, up to the last second of the last session's New York day.
        Assert.Equal("2024-01-02T05:00:00Z", request.Query["start"]);
        Assert.Equal("2024-01-06T04:59:59Z", request.Query["end"]);
        Assert.Null(request.Query["page_token"]);
    }

    [Fact]
    public async Task GetDailyBarsAsync_AnyRequest_SendsKeysOnlyAsHeaders()
    {
        _stub.Sequence(Ok(SpyAndQqqPage()));

        await GetBarsAsync(Spy);

        var request = Assert.Single(_stub.Requests);
        Assert.Equal(ApiKey, request.Headers["APCA-API-KEY-ID"]);
        Assert.Equal(SecretKey, request.Headers["APCA-API-SECRET-KEY"]);
        Assert.DoesNotContain(ApiKey, request.Query.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(SecretKey, request.Query.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetDailyBarsAsync_SipFeed_SendsFeedSip()
    {
        using var sip = new AlpacaMarketDataClient(_options with { Feed = AlpacaDataFeed.Sip }, _time);
        _stub.Sequence(Ok(SpyAndQqqPage()));

        await _time.RunAsync(() => sip.GetDailyBarsAsync([Spy], Jan2, Jan5, Ct), Ct);

        Assert.Equal("sip", Assert.Single(_stub.Requests).Query["feed"]);
    }

    [Fact]
    public async Task GetDailyBarsAsync_ThreePages_FollowsTokensAndMergesSortedBars()
    {
        // Alpaca sorts by symbol, then time, and cuts pages anywhere: SPY spans pages 2 and 3.
        _stub.Handle((request, _) => request.Query["page_token"] switch
        {
            null => Ok(AlpacaJson.Page("QUFQTHwyMDI0", ("QQQ", [AlpacaJson.Bar("2024-01-02T05:00:00Z", 402.5)]))),
            "QUFQTHwyMDI0" => Ok(AlpacaJson.Page(
                "U1BZfDIwMjQtMDEtMDM=",
                ("QQQ", [AlpacaJson.Bar("2024-01-03T05:00:00Z", 398.25)]),
                ("SPY", [AlpacaJson.Bar("2024-01-02T05:00:00Z", 472.65)]))),
            "U1BZfDIwMjQtMDEtMDM=" => Ok(AlpacaJson.Page(
                null,
                ("SPY", [AlpacaJson.Bar("2024-01-03T05:00:00Z", 468.79), AlpacaJson.Bar("2024-01-04T05:00:00Z", 467.28)]))),
            var token => new StubReply(422, AlpacaJson.Error(42210000, $"invalid page token {token}")),
        });

        var bars = await GetBarsAsync(Spy, Qqq);

        var requests = _stub.Requests;
        Assert.Equal(3, requests.Count);
        Assert.Equal([null, "QUFQTHwyMDI0", "U1BZfDIwMjQtMDEtMDM="], requests.Select(r => r.Query["page_token"]));
        Assert.All(requests, r => Assert.Equal("QQQ,SPY", r.Query["symbols"]));
        Assert.All(requests, r => Assert.Equal("2024-01-02T05:00:00Z", r.Query["start"]));
        Assert.Equal([new(2024, 1, 2), new(2024, 1, 3), new(2024, 1, 4)], bars[Spy].Dates);
        Assert.Equal([472.65, 468.79, 467.28], bars[Spy].Close);
        Assert.Equal([402.5, 398.25], bars[Qqq].Close);
    }

    [Fact]
    public async Task GetDailyBarsAsync_BarsOutOfOrder_ReturnsThemOldestFirst()
    {
        _stub.Sequence(Ok(AlpacaJson.Page(null, ("SPY", [
            AlpacaJson.Bar("2024-01-04T05:00:00Z", 467.28),
            AlpacaJson.Bar("2024-01-02T05:00:00Z", 472.65),
            AlpacaJson.Bar("2024-01-03T05:00:00Z", 468.79),
        ]))));

        var bars = await GetBarsAsync(Spy);

        Assert.Equal([new(2024, 1, 2), new(2024, 1, 3), new(2024, 1, 4)], bars[Spy].Dates);
        Assert.Equal([472.65, 468.79, 467.28], bars[Spy].Close);
    }

    [Fact]
    public async Task GetDailyBarsAsync_150Symbols_SendsTwoRequestsOfAtMost100()
    {
        var symbols = Enumerable.Range(1, 150).Select(i => Symbol.Parse($"T{i:000}")).ToArray();
        _stub.Handle((request, _) => Ok(AlpacaJson.Page(
            null,
            [.. request.Query["symbols"]!.Split(',').Select(s => (s, new[] { AlpacaJson.Bar("2024-01-02T05:00:00Z", 10) }))])));

        var bars = await GetBarsAsync(symbols);

        var requests = _stub.Requests;
        Assert.Equal(2, requests.Count);
        Assert.Equal([100, 50], requests.Select(r => r.Query["symbols"]!.Split(',').Length));
        Assert.Equal(symbols.Order(), bars.Keys.Order());
        Assert.Equal(150, requests.SelectMany(r => r.Query["symbols"]!.Split(',')).Distinct().Count());
    }

    [Fact]
    public async Task GetDailyBarsAsync_ShareClassSymbol_SendsDotAndMapsBackToSlash()
    {
        var berkshire = Symbol.Parse("BRK/B");
        _stub.Sequence(Ok(AlpacaJson.Page(null, ("BRK.B", [AlpacaJson.Bar("2024-01-02T05:00:00Z", 362.46)]))));

        var bars = await GetBarsAsync(berkshire);

        Assert.Equal("BRK.B", Assert.Single(_stub.Requests).Query["symbols"]);
        var series = Assert.Single(bars).Value;
        Assert.Equal("BRK/B", series.Symbol.Value);
        Assert.Equal([362.46], series.Close);
    }

    [Fact]
    public async Task GetDailyBarsAsync_MidnightNewYorkTimestamps_MapToSessionDateAcrossDaylightSaving()
    {
        // 2024-03-10 is the switch to EDT: daily bars move from 05:00Z to 04:00Z; 2024-11-03 is the switch back.
        _stub.Sequence(Ok(AlpacaJson.Page(null, ("SPY", [
            AlpacaJson.Bar("2024-03-08T05:00:00Z", 511.72),
            AlpacaJson.Bar("2024-03-11T04:00:00Z", 511.28),
            AlpacaJson.Bar("2024-11-01T04:00:00Z", 571.04),
            AlpacaJson.Bar("2024-11-04T05:00:00Z", 569.81),
        ]))));

        var bars = await _time.RunAsync(
            () => _client.GetDailyBarsAsync([Spy], new DateOnly(2024, 3, 1), new DateOnly(2024, 11, 30), Ct), Ct);

        Assert.Equal(
            [new(2024, 3, 8), new(2024, 3, 11), new(2024, 11, 1), new(2024, 11, 4)],
            bars[Spy].Dates);
        var request = Assert.Single(_stub.Requests);
        Assert.Equal("2024-03-01T05:00:00Z", request.Query["start"]);
        Assert.Equal("2024-12-01T04:59:59Z", request.Query["end"]);
    }

    [Theory]
    [InlineData("2024-01-03T02:00:00Z", "2024-01-02")] // 21:00 EST on Jan 2: the New York date, not the UTC date
    [InlineData("2024-07-01T04:00:00Z", "2024-07-01")] // midnight EDT
    [InlineData("2024-01-02T05:00:00Z", "2024-01-02")] // midnight EST
    [InlineData("2024-01-02T00:00:00-05:00", "2024-01-02")]
    public void SessionDate_Timestamp_IsNewYorkCalendarDate(string timestamp, string expected) =>
        Assert.Equal(
            DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture),
            AlpacaMarketDataClient.SessionDate(DateTimeOffset.Parse(timestamp, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("""{"bars":{},"next_page_token":null}""")]
    [InlineData("""{"bars":null,"next_page_token":null}""")]
    [InlineData("""{"bars":{"SPY":[]}}""")]
    public async Task GetDailyBarsAsync_NoBars_ReturnsEmpty(string body)
    {
        _stub.Sequence(Ok(body));

        var bars = await GetBarsAsync(Spy);

        Assert.Empty(bars);
    }

    [Fact]
    public async Task GetDailyBarsAsync_SymbolWithoutBars_IsAbsent()
    {
        _stub.Sequence(Ok(AlpacaJson.Page(null, ("SPY", [AlpacaJson.Bar("2024-01-02T05:00:00Z", 472.65)]))));

        var bars = await GetBarsAsync(Spy, Symbol.Parse("DELISTED"));

        Assert.Equal([Spy], bars.Keys);
    }

    [Fact]
    public async Task GetDailyBarsAsync_MissingPrice_IsNaN()
    {
        _stub.Sequence(Ok("""{"bars":{"SPY":[{"t":"2024-01-02T05:00:00Z","c":472.65}]},"next_page_token":null}"""));

        var bars = await GetBarsAsync(Spy);

        Assert.Equal([472.65], bars[Spy].Close);
        Assert.True(double.IsNaN(bars[Spy].Open![0]));
        Assert.True(double.IsNaN(bars[Spy].Volume![0]));
    }

    [Fact]
    public async Task GetDailyBarsAsync_SamePageTokenTwice_FailsInsteadOfLooping()
    {
        _stub.Sequence(Ok(AlpacaJson.Page("again", ("SPY", [AlpacaJson.Bar("2024-01-02T05:00:00Z", 472.65)]))));

        var error = await Assert.ThrowsAsync<AlpacaApiException>(() => GetBarsAsync(Spy));

        Assert.Contains("next_page_token", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, _stub.Requests.Count);
    }

    [Fact]
    public async Task GetDailyBarsAsync_EndBeforeStart_Throws() =>
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => _client.GetDailyBarsAsync([Spy], Jan5, Jan2, Ct));

    [Fact]
    public async Task GetDailyBarsAsync_MalformedJson_ThrowsAlpacaApiException()
    {
        _stub.Sequence(Ok("""{"bars":{"SPY":[{"t":"yesterday","c":1}]}}"""));

        var error = await Assert.ThrowsAsync<AlpacaApiException>(() => GetBarsAsync(Spy));

        Assert.Contains("not the documented JSON", error.Message, StringComparison.Ordinal);
        Assert.Single(_stub.Requests);
    }
}
