using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Alchemiser.Workflow.Data;
using Polly.Timeout;

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
    private readonly HttpClient _http;
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
        _http = AlpacaHttp.CreateClient(options, timeProvider ?? TimeProvider.System, _logger);
    }

    /// <inheritdoc />
    public void Dispose() => _http.Dispose();

    private int Attempts => _options.MaxRetries + 1;

    private async Task<T> GetJsonAsync<T>(
        Uri uri, JsonTypeInfo<T> type, string request, CancellationToken cancellationToken)
    {
        HttpResponseMessage response;
        try
        {
            response = await _http.GetAsync(uri, HttpCompletionOption.ResponseContentRead, cancellationToken);
        }
        catch (TimeoutRejectedException e)
        {
            throw new AlpacaApiException(
                $"Alpaca did not answer GET {uri.AbsolutePath} within {Seconds(_options.RequestTimeout)} on any of {Attempts} attempts ({request})",
                innerException: e);
        }
        catch (HttpRequestException e)
        {
            throw new AlpacaApiException(
                $"Could not reach Alpaca at {uri.Host} after {Attempts} attempts ({request}): {e.Message}",
                e.StatusCode,
                innerException: e);
        }

        using (response)
        {
            if (!response.IsSuccessStatusCode)
                throw await RejectionAsync(response, uri.AbsolutePath, request, cancellationToken);
            try
            {
                return await response.Content.ReadFromJsonAsync(type, cancellationToken)
                    ?? throw new JsonException("the body is JSON null");
            }
            catch (JsonException e)
            {
                throw new AlpacaApiException(
                    $"Alpaca answered GET {uri.AbsolutePath} with a body that is not the documented JSON ({request}): {e.Message}",
                    response.StatusCode,
                    innerException: e);
            }
        }
    }

    private async Task<AlpacaApiException> RejectionAsync(
        HttpResponseMessage response, string path, string request, CancellationToken cancellationToken)
    {
        var (code, message) = ReadError(await response.Content.ReadAsStringAsync(cancellationToken));
        var status = response.StatusCode;
        AlpacaLog.Rejected(_logger, status, path, message);
        var number = (int)status;
        var text = status switch
        {
            HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden =>
                $"Alpaca rejected the API keys ({number}): check {AlpacaOptions.ApiKeySetting}/{AlpacaOptions.SecretKeySetting}"
                + (message is null ? "" : $" (Alpaca: {message})"),
            HttpStatusCode.UnprocessableEntity =>
                $"Alpaca rejected the request ({number}): {message ?? "no reason given"} ({request})",
            HttpStatusCode.TooManyRequests =>
                $"Alpaca kept rate-limiting the request ({number}) for {Attempts} attempts: {message ?? "too many requests"} ({request})",
            _ when AlpacaResilience.IsTransient(status) =>
                $"Alpaca failed with {number} {status} on all {Attempts} attempts: {message ?? "no reason given"} ({request})",
            _ => $"Alpaca answered {number} {status}: {message ?? "no reason given"} ({request})",
        };
        return new AlpacaApiException(text, status, code, message);
    }

    private static (long? Code, string? Message) ReadError(string body)
    {
        var trimmed = body.Trim();
        if (trimmed.Length == 0)
            return (null, null);
        if (trimmed[0] == '{')
        {
            try
            {
                if (JsonSerializer.Deserialize(trimmed, AlpacaJsonContext.Default.AlpacaError) is { } error)
                    return (error.Code, string.IsNullOrWhiteSpace(error.Message) ? null : error.Message.Trim());
            }
            catch (JsonException)
            {
                // Not Alpaca's error shape: fall through and quote the text.
            }
        }

        return (null, trimmed.Length <= 300 ? trimmed : trimmed[..300] + "...");
    }

    private static string Seconds(TimeSpan span) =>
        span.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture) + " s";

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
