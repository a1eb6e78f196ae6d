using System.Globalization;
using System.Net;
using Alchemiser.Core.Execution;
using Alchemiser.Core.Market;
using Alchemiser.Workflow.Brokers;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Alchemiser.Infrastructure.Alpaca;

/// <summary>
/// <see cref="IBroker"/> over Alpaca's trading API v2 (paper or live) and its market data API (latest quotes).
/// </summary>
/// <remarks>
/// <para>
/// <b>Mode.</b> <see cref="AlpacaOptions.Environment"/> decides: <see cref="AlpacaEnvironment.Paper"/> (the default)
/// trades the paper account, <see cref="AlpacaEnvironment.Live"/> real money; live is never inferred from a URL, and a
/// paper configuration whose trading URL points at the live host (or the reverse) is refused at construction.
/// </para>
/// <para>
/// <b>Resilience</b> is the adapter's one pipeline (<see cref="AlpacaResilience"/>): GET and DELETE are retried on 429
/// (honouring <c>Retry-After</c>), 408, 5xx, timeouts and network errors. <c>POST /v2/orders</c> is retried on the
/// same conditions only because every order carries a client order id and a retry re-sends the very same body:
/// if an earlier attempt reached Alpaca (e.g. it timed out after the order was placed), the retry is answered 422
/// "client_order_id must be unique" and becomes <see cref="DuplicateClientOrderIdException"/>, and the caller adopts
/// the existing order. No second order can be placed by a retry.
/// </para>
/// <para>
/// <b>Errors.</b> On <c>POST /v2/orders</c>: 422 naming the client order id as not unique →
/// <see cref="DuplicateClientOrderIdException"/>; any other 422, or 403 (e.g. "insufficient buying power") →
/// <see cref="OrderRejectedException"/> with Alpaca's message. Everywhere: 401, and 403 outside order placement →
/// <see cref="AlpacaApiException"/> saying to check the key settings (never their values); other failures →
/// <see cref="AlpacaApiException"/> naming the status and the request. Quantities and prices are decimals written and
/// read with the invariant culture.
/// </para>
/// <para>Thread-safe; keep one instance for the life of the process.</para>
/// </remarks>
public sealed partial class AlpacaBroker : IBroker, IDisposable
{
    private const string AccountPath = "/v2/account";
    private const string PositionsPath = "/v2/positions";
    private const string AssetsPath = "/v2/assets/";
    private const string ClockPath = "/v2/clock";
    private const string LatestQuotesPath = "/v2/stocks/quotes/latest";

    private readonly AlpacaRestClient _rest;
    private readonly AlpacaOptions _options;
    private readonly ILogger _logger;

    /// <summary>Creates the broker and its HTTP pipeline.</summary>
    /// <param name="options">Keys, environment (paper or live), URLs, feed, timeout and retries; validated here.</param>
    /// <param name="timeProvider">Clock of retry delays and timeouts; <see cref="TimeProvider.System"/> when null.</param>
    /// <param name="logger">Receives the adapter's events; none when null.</param>
    /// <exception cref="AlpacaConfigurationException"><paramref name="options"/> are invalid, or the environment and
    /// the trading URL disagree about paper and live.</exception>
    public AlpacaBroker(AlpacaOptions options, TimeProvider? timeProvider = null, ILogger<AlpacaBroker>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.EnsureValid();
        EnsureEnvironmentMatchesUrl(options);
        _options = options;
        _logger = logger ?? NullLogger<AlpacaBroker>.Instance;
        _rest = new AlpacaRestClient(options, timeProvider ?? TimeProvider.System, _logger);
        Mode = options.Environment == AlpacaEnvironment.Live ? BrokerMode.Live : BrokerMode.Paper;
    }

    /// <inheritdoc />
    /// <value><see cref="BrokerMode.Live"/> only when <see cref="AlpacaOptions.Environment"/> says
    /// <see cref="AlpacaEnvironment.Live"/>; otherwise <see cref="BrokerMode.Paper"/>.</value>
    public BrokerMode Mode { get; }

    /// <inheritdoc />
    public void Dispose() => _rest.Dispose();

    /// <inheritdoc />
    /// <remarks><c>GET /v2/account</c>: <c>equity</c>, <c>cash</c> and <c>buying_power</c>; trading is blocked when
    /// <c>trading_blocked</c> or <c>account_blocked</c> is true.</remarks>
    /// <exception cref="AlpacaApiException">The request failed for good, or a field is missing.</exception>
    public async Task<BrokerAccount> GetAccountAsync(CancellationToken cancellationToken = default)
    {
        var uri = AlpacaHttp.Combine(_options.TradingBaseUrl, AccountPath, "");
        var account = await _rest.GetJsonAsync(uri, AlpacaJsonContext.Default.AlpacaAccountWire, "account", cancellationToken);
        return new BrokerAccount(
            account.Equity ?? throw Missing("equity", AccountPath),
            account.Cash ?? throw Missing("cash", AccountPath),
            account.BuyingPower ?? throw Missing("buying_power", AccountPath),
            account.TradingBlocked == true || account.AccountBlocked == true);
    }

    /// <inheritdoc />
    /// <remarks><c>GET /v2/positions</c>; <c>BRK.B</c> comes back as <c>BRK/B</c>. A position that is not a US stock
    /// (<c>asset_class</c> other than <c>us_equity</c>: an option or crypto) is left out: the rebalance never trades it.</remarks>
    /// <exception cref="AlpacaApiException">The request failed for good, or a field is missing.</exception>
    public async Task<IReadOnlyList<BrokerPosition>> GetPositionsAsync(CancellationToken cancellationToken = default)
    {
        var uri = AlpacaHttp.Combine(_options.TradingBaseUrl, PositionsPath, "");
        var positions = await _rest.GetJsonAsync(uri, AlpacaJsonContext.Default.ListAlpacaPositionWire, "positions", cancellationToken);
        var result = new List<BrokerPosition>(positions.Count);
        foreach (var position in positions)
        {
            if (!AlpacaSymbols.TryFromAlpaca(position.Symbol, position.AssetClass, out var symbol))
            {
                AlpacaLog.IgnoredPosition(_logger, position.Symbol);
                continue;
            }

            result.Add(new BrokerPosition(
                symbol,
                position.Quantity ?? throw Missing("qty", PositionsPath),
                position.MarketValue,
                position.AverageEntryPrice));
        }

        return result;
    }

    /// <inheritdoc />
    /// <remarks><c>GET /v2/assets/{symbol}</c> with Alpaca's spelling; 404 → null. Tradable means <c>tradable</c> and
    /// not <c>status: inactive</c>.</remarks>
    /// <exception cref="AlpacaApiException">The request failed for good.</exception>
    public async Task<BrokerAsset?> GetAssetAsync(Symbol symbol, CancellationToken cancellationToken = default)
    {
        var alpaca = AlpacaSymbols.ToAlpaca(symbol);
        var uri = AlpacaHttp.Combine(_options.TradingBaseUrl, AssetsPath + Uri.EscapeDataString(alpaca), "");
        var description = $"asset {alpaca}";
        using var request = new HttpRequestMessage(HttpMethod.Get, uri);
        using var response = await _rest.SendAsync(request, description, cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound)
            return null;
        if (!response.IsSuccessStatusCode)
            throw await _rest.RejectionAsync(response, request, description, cancellationToken);
        var asset = await AlpacaRestClient.ReadJsonAsync(response, request, AlpacaJsonContext.Default.AlpacaAssetWire, description, cancellationToken);
        var tradable = asset.Tradable ?? throw Missing("tradable", AssetsPath + alpaca);
        var active = !string.Equals(asset.Status, "inactive", StringComparison.OrdinalIgnoreCase);
        return new BrokerAsset(symbol, tradable && active, asset.Fractionable ?? false);
    }

    /// <inheritdoc />
    /// <remarks><c>GET {data}/v2/stocks/quotes/latest?symbols=...&amp;feed=...</c> (feed from
    /// <see cref="AlpacaOptions.Feed"/>), up to 100 symbols per request. A symbol Alpaca does not quote, or quotes
    /// without a bid, an ask or a time, is absent. Quotes are returned as Alpaca sends them: whether a quote is usable
    /// (positive, not crossed, fresh) is the caller's decision (PIPELINE.md §6.4).</remarks>
    /// <exception cref="AlpacaApiException">A request failed for good.</exception>
    public async Task<IReadOnlyDictionary<Symbol, Quote>> GetLatestQuotesAsync(
        IReadOnlyCollection<Symbol> symbols, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(symbols);
        var requested = symbols.Distinct().ToDictionary(AlpacaSymbols.ToAlpaca, symbol => symbol, StringComparer.Ordinal);
        var quotes = new Dictionary<Symbol, Quote>();
        var feed = _options.Feed == AlpacaDataFeed.Sip ? "sip" : "iex";
        foreach (var batch in AlpacaSymbolBatches.Split(requested.Values))
        {
            var list = string.Join(',', batch);
            var uri = AlpacaHttp.Combine(
                _options.DataBaseUrl, LatestQuotesPath, $"symbols={Uri.EscapeDataString(list)}&feed={feed}");
            var page = await _rest.GetJsonAsync(
                uri, AlpacaJsonContext.Default.AlpacaLatestQuotesWire, $"latest quotes {list}", cancellationToken);
            foreach (var (alpaca, quote) in page.Quotes ?? [])
            {
                if (requested.TryGetValue(alpaca, out var symbol)
                    && quote is { BidPrice: { } bid, AskPrice: { } ask, Time: { } time })
                {
                    quotes[symbol] = new Quote(bid, ask, time);
                }
            }
        }

        return quotes;
    }

    /// <inheritdoc />
    /// <remarks><c>GET /v2/clock</c>; the instants keep the offset Alpaca sends (New York).</remarks>
    /// <exception cref="AlpacaApiException">The request failed for good, or a field is missing.</exception>
    public async Task<BrokerClock> GetClockAsync(CancellationToken cancellationToken = default)
    {
        var uri = AlpacaHttp.Combine(_options.TradingBaseUrl, ClockPath, "");
        var clock = await _rest.GetJsonAsync(uri, AlpacaJsonContext.Default.AlpacaClockWire, "clock", cancellationToken);
        return new BrokerClock(
            clock.Timestamp ?? throw Missing("timestamp", ClockPath),
            clock.IsOpen ?? throw Missing("is_open", ClockPath),
            clock.NextOpen ?? throw Missing("next_open", ClockPath),
            clock.NextClose ?? throw Missing("next_close", ClockPath));
    }

    /// <inheritdoc />
    /// <remarks><c>GET /v2/calendar?start&amp;end</c>, oldest first, open and close in New York time.</remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="end"/> is before <paramref name="start"/>.</exception>
    /// <exception cref="AlpacaApiException">The request failed for good, or a day cannot be read.</exception>
    public async Task<IReadOnlyList<TradingSession>> GetCalendarAsync(
        DateOnly start, DateOnly end, CancellationToken cancellationToken = default)
    {
        var days = await AlpacaCalendar.ReadAsync(_rest, _logger, start, end, cancellationToken);
        var sessions = new List<TradingSession>(days.Count);
        foreach (var day in days)
        {
            if (day.Close <= day.Open)
            {
                throw new AlpacaApiException(string.Create(
                    CultureInfo.InvariantCulture, $"Alpaca's calendar closes {day.Date:yyyy-MM-dd} at {day.Close:HH:mm}, not after its open at {day.Open:HH:mm}"));
            }

            sessions.Add(new TradingSession(day.Date, day.Open, day.Close));
        }

        return sessions;
    }

    private static AlpacaApiException Missing(string field, string path) =>
        new($"Alpaca answered {path} without '{field}'");

    private static void EnsureEnvironmentMatchesUrl(AlpacaOptions options)
    {
        var host = options.TradingBaseUrl.Host;
        if (options.Environment == AlpacaEnvironment.Paper && IsHost(host, AlpacaOptions.LiveTradingBaseUrl))
        {
            throw new AlpacaConfigurationException([
                $"{AlpacaOptions.TradingBaseUrlSetting} points at the live API while {AlpacaOptions.EnvironmentSetting} is paper: "
                + "live trading must be asked for explicitly (environment live, and --live on the command line)",
            ]);
        }

        if (options.Environment == AlpacaEnvironment.Live && IsHost(host, AlpacaOptions.PaperTradingBaseUrl))
        {
            throw new AlpacaConfigurationException([
                $"{AlpacaOptions.TradingBaseUrlSetting} points at the paper API while {AlpacaOptions.EnvironmentSetting} is live",
            ]);
        }
    }

    private static bool IsHost(string host, Uri url) => string.Equals(host, url.Host, StringComparison.OrdinalIgnoreCase);
}
