using System.Globalization;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Alchemiser.Workflow.Data;

namespace Alchemiser.Infrastructure.Alpaca;

/// <summary>
/// Typed client of Alpaca's market data API (daily bars) and of the trading API's calendar. Every request goes
/// through one resilience pipeline: 429 waits as long as <c>Retry-After</c> asks; 408, 5xx, timeouts and network
/// errors are retried with exponential backoff and jitter, up to <see cref="AlpacaOptions.MaxRetries"/> times; other
/// statuses fail at once with an <see cref="AlpacaApiException"/>.
/// </summary>
/// <remarks>
/// Thread-safe: one instance may serve concurrent calls, and should be kept for the life of the process (it pools
/// connections). The keys travel only in the <c>APCA-API-KEY-ID</c> and <c>APCA-API-SECRET-KEY</c> headers; logs and
/// exception messages carry paths, symbols, dates and statuses, never headers.
/// </remarks>
public sealed partial class AlpacaMarketDataClient : IMarketDataSource, IDisposable
{
    private readonly AlpacaRestClient _rest;
    private readonly AlpacaOptions _options;
    private readonly ILogger _logger;

    /// <inheritdoc />
    public string Name => "alpaca";

    /// <summary>Creates the client and its HTTP pipeline.</summary>
    /// <param name="options">Keys, URLs, feed, timeout and retries; validated here.</param>
    /// <param name="timeProvider">Clock of retry delays and timeouts; <see cref="TimeProvider.System"/> when null.</param>
    /// <param name="logger">Receives the adapter's events; none when null.</param>
    /// <exception cref="AlpacaConfigurationException"><paramref name="options"/> are invalid.</exception>
    public AlpacaMarketDataClient(
        AlpacaOptions options,
        TimeProvider? timeProvider = null,
        ILogger<AlpacaMarketDataClient>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.EnsureValid();
        _options = options;
        _logger = logger ?? NullLogger<AlpacaMarketDataClient>.Instance;
        _rest = new AlpacaRestClient(options, timeProvider ?? TimeProvider.System, _logger);
    }

    /// <inheritdoc />
    public void Dispose() => _rest.Dispose();

    private Task<T> GetJsonAsync<T>(Uri uri, JsonTypeInfo<T> type, string request, CancellationToken cancellationToken) =>
        _rest.GetJsonAsync(uri, type, request, cancellationToken);

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
