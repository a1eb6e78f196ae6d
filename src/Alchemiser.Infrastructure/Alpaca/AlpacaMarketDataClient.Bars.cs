using System.Globalization;
using System.Text;
using Alchemiser.Core.Market;

namespace Alchemiser.Infrastructure.Alpaca;

public sealed partial class AlpacaMarketDataClient
{
    private const string BarsPath = "/v2/stocks/bars";
    private const int PageLimit = 10_000;

    /// <summary>
    /// Completed daily bars (<c>timeframe=1Day</c>, split- and dividend-adjusted with <c>adjustment=all</c>, from
    /// <see cref="AlpacaOptions.Feed"/>) of every symbol for the sessions <paramref name="start"/> to
    /// <paramref name="end"/>, both inclusive, in New York dates.
    /// </summary>
    /// <remarks>
    /// Symbols are requested up to 100 at a time and every <c>next_page_token</c> is followed, so any number of symbols
    /// and years may be asked for. Each bar's timestamp (midnight New York, 04:00Z or 05:00Z) becomes its session date.
    /// A symbol without any bar in the range is absent from the result. Bars come out oldest first with open, high,
    /// low, close and volume; a value Alpaca leaves out is <see cref="double.NaN"/>. Whether the last session is
    /// complete is the caller's concern (Alpaca serves the running session's bar during the day).
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="end"/> is before <paramref name="start"/>.</exception>
    /// <exception cref="AlpacaApiException">A request failed for good; its message names the status and the request.</exception>
    public async Task<IReadOnlyDictionary<Symbol, BarSeries>> GetDailyBarsAsync(
        IReadOnlyCollection<Symbol> symbols,
        DateOnly start,
        DateOnly end,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(symbols);
        ArgumentOutOfRangeException.ThrowIfLessThan(end, start);

        var requested = symbols.Distinct().ToDictionary(AlpacaSymbols.ToAlpaca, symbol => symbol, StringComparer.Ordinal);
        var bars = new Dictionary<Symbol, SortedDictionary<DateOnly, AlpacaBar>>();
        var requests = 0;
        foreach (var batch in AlpacaSymbolBatches.Split(requested.Values))
        {
            var description = Describe(batch, start, end);
            string? pageToken = null;
            var page = 0;
            do
            {
                page++;
                requests++;
                AlpacaLog.RequestingBars(_logger, BarsPath, batch.Length, start, end, page);
                var uri = AlpacaHttp.Combine(_options.DataBaseUrl, BarsPath, BarsQuery(batch, start, end, pageToken));
                var result = await GetJsonAsync(uri, AlpacaJsonContext.Default.AlpacaBarsPage, description, cancellationToken);
                var received = Collect(result, requested, start, end, bars);
                var next = string.IsNullOrEmpty(result.NextPageToken) ? null : result.NextPageToken;
                AlpacaLog.ReceivedBars(_logger, received, page, next is not null);
                if (next is not null && next == pageToken)
                {
                    throw new AlpacaApiException(
                        $"Alpaca returned the same next_page_token twice on GET {BarsPath} ({description}); stopped to avoid an endless loop");
                }

                pageToken = next;
            }
            while (pageToken is not null);
        }

        var series = new Dictionary<Symbol, BarSeries>(bars.Count);
        foreach (var (symbol, days) in bars)
            series.Add(symbol, ToSeries(symbol, days));
        AlpacaLog.ReceivedDailyBars(_logger, series.Count, requested.Count, series.Values.Sum(s => s.Count), requests);
        return series;
    }

    private string BarsQuery(string[] batch, DateOnly start, DateOnly end, string? pageToken)
    {
        var zone = NyseCalendar.TimeZone;
        var from = TimeZoneInfo.ConvertTimeToUtc(start.ToDateTime(TimeOnly.MinValue), zone);
        var to = TimeZoneInfo.ConvertTimeToUtc(end.AddDays(1).ToDateTime(TimeOnly.MinValue), zone).AddSeconds(-1);
        var query = new StringBuilder()
            .Append("symbols=").AppendJoin(',', batch.Select(Uri.EscapeDataString))
            .Append("&timeframe=1Day")
            .Append("&start=").Append(Utc(from))
            .Append("&end=").Append(Utc(to))
            .Append("&limit=").Append(PageLimit.ToString(CultureInfo.InvariantCulture))
            .Append("&adjustment=all")
            .Append("&feed=").Append(_options.Feed == AlpacaDataFeed.Sip ? "sip" : "iex")
            .Append("&sort=asc");
        if (pageToken is not null)
            query.Append("&page_token=").Append(Uri.EscapeDataString(pageToken));
        return query.ToString();
    }

    private int Collect(
        AlpacaBarsPage page,
        Dictionary<string, Symbol> requested,
        DateOnly start,
        DateOnly end,
        Dictionary<Symbol, SortedDictionary<DateOnly, AlpacaBar>> bars)
    {
        if (page.Bars is null)
            return 0;
        var count = 0;
        foreach (var (alpacaSymbol, list) in page.Bars)
        {
            if (!requested.TryGetValue(alpacaSymbol, out var symbol))
            {
                AlpacaLog.UnexpectedSymbol(_logger, alpacaSymbol);
                continue;
            }

            if (list is null || list.Count == 0)
                continue;
            if (!bars.TryGetValue(symbol, out var days))
                bars.Add(symbol, days = []);
            foreach (var bar in list)
            {
                var date = SessionDate(bar.Time);
                if (date < start || date > end)
                    continue;
                if (days.ContainsKey(date))
                    AlpacaLog.DuplicateBar(_logger, symbol.Value, date);
                days[date] = bar;
                count++;
            }
        }

        return count;
    }

    /// <summary>The New York calendar date of a bar's timestamp: a daily bar starts at midnight New York, which is
    /// 05:00Z in winter (EST) and 04:00Z in summer (EDT).</summary>
    internal static DateOnly SessionDate(DateTimeOffset time) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time, NyseCalendar.TimeZone).DateTime);

    private static BarSeries ToSeries(Symbol symbol, SortedDictionary<DateOnly, AlpacaBar> days)
    {
        var n = days.Count;
        var dates = new DateOnly[n];
        var open = new double[n];
        var high = new double[n];
        var low = new double[n];
        var close = new double[n];
        var volume = new double[n];
        var i = 0;
        foreach (var (date, bar) in days)
        {
            dates[i] = date;
            open[i] = bar.Open ?? double.NaN;
            high[i] = bar.High ?? double.NaN;
            low[i] = bar.Low ?? double.NaN;
            close[i] = bar.Close ?? double.NaN;
            volume[i] = bar.Volume ?? double.NaN;
            i++;
        }

        return new BarSeries(symbol, dates, close, open, high, low, volume);
    }

    private static string Describe(string[] batch, DateOnly start, DateOnly end)
    {
        const int Shown = 10;
        var symbols = batch.Length <= Shown
            ? string.Join(',', batch)
            : $"{string.Join(',', batch.Take(Shown))} and {batch.Length - Shown} more";
        return $"symbols {symbols}; {Iso(start)}..{Iso(end)}";
    }

    private static string Utc(DateTime utc) => utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
