using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Logging;
using Polly.Timeout;

namespace Alchemiser.Infrastructure.Alpaca;

/// <summary>
/// The transport shared by <see cref="AlpacaMarketDataClient"/> and <c>AlpacaBroker</c>: one
/// <see cref="HttpClient"/> built by <see cref="AlpacaHttp"/> (keys as headers, the resilience pipeline on every
/// request), the mapping of timeouts and network failures to <see cref="AlpacaApiException"/>, the reading of JSON
/// bodies and of Alpaca's error body, and the wording of rejections (401/403 say "check the keys", never the keys).
/// </summary>
internal sealed class AlpacaRestClient : IDisposable
{
    private readonly HttpClient _http;
    private readonly ILogger _logger;

    public AlpacaRestClient(AlpacaOptions options, TimeProvider timeProvider, ILogger logger)
    {
        Options = options;
        _logger = logger;
        _http = AlpacaHttp.CreateClient(options, timeProvider, logger);
    }

    public AlpacaOptions Options { get; }

    public void Dispose() => _http.Dispose();

    /// <summary>How many attempts the pipeline makes for <paramref name="request"/>.</summary>
    public int AttemptsFor(HttpRequestMessage request) => AlpacaHttp.IsReplaySafe(request) ? Options.MaxRetries + 1 : 1;

    /// <summary>Sends <paramref name="request"/> through the pipeline and returns the final response whatever its
    /// status (buffered); a timeout on every attempt or a network failure becomes an <see cref="AlpacaApiException"/>.</summary>
    public async Task<HttpResponseMessage> SendAsync(
        HttpRequestMessage request, string description, CancellationToken cancellationToken)
    {
        var path = request.RequestUri!.AbsolutePath;
        var attempts = AttemptsFor(request);
        try
        {
            return await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
        }
        catch (TimeoutRejectedException e)
        {
            throw new AlpacaApiException(
                $"Alpaca did not answer {request.Method} {path} within {Seconds(Options.RequestTimeout)} on any of {attempts} attempts ({description})",
                innerException: e);
        }
        catch (HttpRequestException e)
        {
            throw new AlpacaApiException(
                $"Could not reach Alpaca at {request.RequestUri.Host} after {attempts} attempts ({description}): {e.Message}",
                e.StatusCode,
                innerException: e);
        }
    }

    /// <summary>GETs <paramref name="uri"/> and reads its JSON body; any non-success status throws.</summary>
    public async Task<T> GetJsonAsync<T>(Uri uri, JsonTypeInfo<T> type, string description, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, uri);
        using var response = await SendAsync(request, description, cancellationToken);
        if (!response.IsSuccessStatusCode)
            throw await RejectionAsync(response, request, description, cancellationToken);
        return await ReadJsonAsync(response, request, type, description, cancellationToken);
    }

    /// <summary>Reads a success body as <typeparamref name="T"/>; a body that does not fit throws.</summary>
    public static async Task<T> ReadJsonAsync<T>(
        HttpResponseMessage response, HttpRequestMessage request, JsonTypeInfo<T> type, string description, CancellationToken cancellationToken)
    {
        try
        {
            return await response.Content.ReadFromJsonAsync(type, cancellationToken)
                ?? throw new JsonException("the body is JSON null");
        }
        catch (JsonException e)
        {
            throw new AlpacaApiException(
                $"Alpaca answered {request.Method} {request.RequestUri!.AbsolutePath} with a body that is not the documented JSON ({description}): {e.Message}",
                response.StatusCode,
                innerException: e);
        }
    }

    /// <summary>Alpaca's code and message from an error response (logged), for callers that map statuses themselves.</summary>
    public async Task<(long? Code, string? Message)> ReadErrorAsync(
        HttpResponseMessage response, HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var error = ReadError(await response.Content.ReadAsStringAsync(cancellationToken));
        AlpacaLog.Rejected(_logger, response.StatusCode, request.Method.Method, request.RequestUri!.AbsolutePath, error.Message);
        return error;
    }

    /// <summary>The exception for a final non-success response: 401/403 ask to check the keys (naming the settings,
    /// never their values), 422 quotes Alpaca's reason, 429/5xx say how many attempts were made.</summary>
    public async Task<AlpacaApiException> RejectionAsync(
        HttpResponseMessage response, HttpRequestMessage request, string description, CancellationToken cancellationToken)
    {
        var (code, message) = await ReadErrorAsync(response, request, cancellationToken);
        var status = response.StatusCode;
        var number = (int)status;
        var attempts = AttemptsFor(request);
        var text = status switch
        {
            HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden =>
                $"Alpaca rejected the API keys ({number}): check {AlpacaOptions.ApiKeySetting}/{AlpacaOptions.SecretKeySetting}"
                + (message is null ? "" : $" (Alpaca: {message})"),
            HttpStatusCode.UnprocessableEntity =>
                $"Alpaca rejected the request ({number}): {message ?? "no reason given"} ({description})",
            HttpStatusCode.TooManyRequests =>
                $"Alpaca kept rate-limiting the request ({number}) for {attempts} attempts: {message ?? "too many requests"} ({description})",
            _ when AlpacaResilience.IsTransient(status) =>
                $"Alpaca failed with {number} {status} on all {attempts} attempts: {message ?? "no reason given"} ({description})",
            _ => $"Alpaca answered {number} {status}: {message ?? "no reason given"} ({description})",
        };
        return new AlpacaApiException(text, status, code, message);
    }

    /// <summary>Alpaca's error body <c>{"code":..., "message":"..."}</c>, or the (shortened) text when it is not JSON.</summary>
    public static (long? Code, string? Message) ReadError(string body)
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

    public static string Seconds(TimeSpan span) =>
        span.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture) + " s";
}
