using System.Globalization;

namespace Alchemiser.Infrastructure.Alpaca;

public sealed partial class AlpacaMarketDataClient
{
    private const string CalendarPath = "/v2/calendar";
    private static readonly string[] ClockFormats = ["HH:mm", "HH:mm:ss", "HHmm"];

    /// <summary>
    /// The trading sessions from <paramref name="start"/> to <paramref name="end"/> (inclusive) according to the
    /// trading API's calendar (<c>GET /v2/calendar</c> on <see cref="AlpacaOptions.TradingBaseUrl"/>), oldest first,
    /// with the regular open and close in New York time; for reconciling with <c>NyseCalendar</c>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="end"/> is before <paramref name="start"/>.</exception>
    /// <exception cref="AlpacaApiException">The request failed for good, or a day could not be read.</exception>
    public async Task<IReadOnlyList<AlpacaCalendarDay>> GetCalendarAsync(
        DateOnly start, DateOnly end, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(end, start);
        var description = $"calendar {Iso(start)}..{Iso(end)}";
        var uri = AlpacaHttp.Combine(_options.TradingBaseUrl, CalendarPath, $"start={Iso(start)}&end={Iso(end)}");
        var entries = await GetJsonAsync(uri, AlpacaJsonContext.Default.ListAlpacaCalendarEntry, description, cancellationToken);

        var days = new List<AlpacaCalendarDay>(entries.Count);
        foreach (var entry in entries)
        {
            if (!DateOnly.TryParseExact(entry.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                || !TimeOnly.TryParseExact(entry.Open, ClockFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var open)
                || !TimeOnly.TryParseExact(entry.Close, ClockFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var close))
            {
                throw new AlpacaApiException(
                    $"Alpaca's calendar has a day that cannot be read: date '{entry.Date}', open '{entry.Open}', close '{entry.Close}' ({description})");
            }

            days.Add(new AlpacaCalendarDay(date, open, close));
        }

        days.Sort((a, b) => a.Date.CompareTo(b.Date));
        AlpacaLog.ReceivedCalendar(_logger, start, end, days.Count);
        return days;
    }
}
