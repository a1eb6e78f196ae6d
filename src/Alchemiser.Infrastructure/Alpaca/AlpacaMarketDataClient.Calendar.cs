namespace Alchemiser.Infrastructure.Alpaca;

public sealed partial class AlpacaMarketDataClient
{
    /// <summary>
    /// The trading sessions from <paramref name="start"/> to <paramref name="end"/> (inclusive) according to the
    /// trading API's calendar (<c>GET /v2/calendar</c> on <see cref="AlpacaOptions.TradingBaseUrl"/>), oldest first,
    /// with the regular open and close in New York time; for reconciling with <c>NyseCalendar</c>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="end"/> is before <paramref name="start"/>.</exception>
    /// <exception cref="AlpacaApiException">The request failed for good, or a day could not be read.</exception>
    public async Task<IReadOnlyList<AlpacaCalendarDay>> GetCalendarAsync(
        DateOnly start, DateOnly end, CancellationToken cancellationToken = default) =>
        await AlpacaCalendar.ReadAsync(_rest, _logger, start, end, cancellationToken);
}
