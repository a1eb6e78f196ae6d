using Alchemiser.Core.Market;
using Alchemiser.Infrastructure.Alpaca;

namespace Alchemiser.Infrastructure.Tests.Alpaca;

public sealed partial class AlpacaMarketDataClientTests
{
    // GET /v2/calendar?start=2024-11-25&end=2024-12-03 as the trading API answers it: Thanksgiving (11-28) is absent,
    // the day after closes at 13:00.
    private const string ThanksgivingWeek = """
        [
          {"date":"2024-11-25","open":"09:30","close":"16:00","session_open":"0400","session_close":"2000","settlement_date":"2024-11-26"},
          {"date":"2024-11-26","open":"09:30","close":"16:00","session_open":"0400","session_close":"2000","settlement_date":"2024-11-27"},
          {"date":"2024-11-27","open":"09:30","close":"16:00","session_open":"0400","session_close":"2000","settlement_date":"2024-11-29"},
          {"date":"2024-11-29","open":"09:30","close":"13:00","session_open":"0400","session_close":"1700","settlement_date":"2024-12-02"},
          {"date":"2024-12-02","open":"09:30","close":"16:00","session_open":"0400","session_close":"2000","settlement_date":"2024-12-03"},
          {"date":"2024-12-03","open":"09:30","close":"16:00","session_open":"0400","session_close":"2000","settlement_date":"2024-12-04"}
        ]
        """;

    private static readonly DateOnly Nov25 = new(2024, 11, 25);
    private static readonly DateOnly Dec3 = new(2024, 12, 3);

    [Fact]
    public async Task GetCalendarAsync_Week_ReturnsSessionsWithOpenAndClose()
    {
        _stub.Sequence(Ok(ThanksgivingWeek));

        var days = await _time.RunAsync(() => _client.GetCalendarAsync(Nov25, Dec3, Ct), Ct);

        var request = Assert.Single(_stub.Requests);
        Assert.Equal("/v2/calendar", request.Path);
        Assert.Equal("2024-11-25", request.Query["start"]);
        Assert.Equal("2024-12-03", request.Query["end"]);
        Assert.Equal(ApiKey, request.Headers["APCA-API-KEY-ID"]);
        Assert.Equal(SecretKey, request.Headers["APCA-API-SECRET-KEY"]);
        Assert.Equal(6, days.Count);
        Assert.Equal(new AlpacaCalendarDay(new(2024, 11, 29), new(9, 30), new(13, 0)), days[3]);
        Assert.DoesNotContain(days, d => d.Date == new DateOnly(2024, 11, 28));
    }

    [Fact]
    public async Task GetCalendarAsync_Week_ReconcilesWithNyseCalendar()
    {
        _stub.Sequence(Ok(ThanksgivingWeek));

        var days = await _time.RunAsync(() => _client.GetCalendarAsync(Nov25, Dec3, Ct), Ct);

        var expected = NyseCalendar.TradingDays(Nov25, Dec3)
            .Select(d => NyseCalendar.GetSession(d)!.Value)
            .Select(s => new AlpacaCalendarDay(s.Date, s.Open, s.Close));
        Assert.Equal(expected, days);
    }

    [Fact]
    public async Task GetCalendarAsync_UsesTheTradingBaseUrl()
    {
        using var data = new AlpacaStub();
        using var client = new AlpacaMarketDataClient(_options with { DataBaseUrl = data.Url }, _time);
        _stub.Sequence(Ok(ThanksgivingWeek));

        await _time.RunAsync(() => client.GetCalendarAsync(Nov25, Dec3, Ct), Ct);

        Assert.Single(_stub.Requests);
        Assert.Empty(data.Requests);
    }

    [Fact]
    public async Task GetCalendarAsync_UnreadableDay_ThrowsAlpacaApiException()
    {
        _stub.Sequence(Ok("""[{"date":"2024-11-25","open":"half past nine","close":"16:00"}]"""));

        var error = await Assert.ThrowsAsync<AlpacaApiException>(
            () => _time.RunAsync(() => _client.GetCalendarAsync(Nov25, Dec3, Ct), Ct));

        Assert.Contains("half past nine", error.Message, StringComparison.Ordinal);
    }
}
