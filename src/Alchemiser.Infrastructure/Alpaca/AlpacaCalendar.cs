using System.Globalization;
using Microsoft.Extensions.Logging;

namespace Alchemiser.Infrastructure.Alpaca;

/// <summary>Reads the trading API's <c>GET /v2/calendar?start=yyyy-MM-dd&amp;end=yyyy-MM-dd</c>, which answers
/// <c>[{"date":"2024-11-29","open":"09:30","close":"13:00",...}]</c>; shared by the market data client and the
/// broker.</summary>
internal static class AlpacaCalendar
{
    public const string Path = "/v2/calendar";
    private static readonly string[] ClockFormats = ["HH:mm", "HH:mm:ss", "HHmm"];

    /// <summary>The sessions from <paramref name="start"/> to <paramref name="end"/> inclusive, oldest first.</summary>
    public static async Task<List<AlpacaCalendarDay>> ReadAsync(
        AlpacaRestClient rest, ILogger logger, DateOnly start, DateOnly end, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(end, start);
        var description = $"calendar {Iso(start)}..{Iso(end)}";
        var uri = AlpacaHttp.Combine(rest.Options.TradingBaseUrl, Path, $"start={Iso(start)}&end={Iso(end)}");
        var entries = await rest.GetJsonAsync(uri, AlpacaJsonContext.Default.ListAlpacaCalendarEntry, description, cancellationToken);

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
        AlpacaLog.ReceivedCalendar(logger, start, end, days.Count);
        return days;
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
