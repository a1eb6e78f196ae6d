using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Logging;

namespace Alchemiser.Infrastructure.Alpaca;

/// <summary>Builds the one <see cref="HttpClient"/> the Alpaca adapter talks through: keys as headers, JSON accepted,
/// no client-wide timeout (the resilience pipeline times each attempt), every request through
/// <see cref="AlpacaResilienceHandler"/>.</summary>
internal static class AlpacaHttp
{
    public const string KeyIdHeader = "APCA-API-KEY-ID";
    public const string SecretKeyHeader = "APCA-API-SECRET-KEY";

    /// <summary>Marks a non-idempotent request (a POST) as safe to send again as is: its body carries a client order
    /// id, so a second copy is refused by Alpaca as a duplicate instead of placing another order.</summary>
    public static readonly HttpRequestOptionsKey<bool> ReplaySafe = new("Alchemiser.Alpaca.ReplaySafe");

    public static HttpClient CreateClient(AlpacaOptions options, TimeProvider timeProvider, ILogger logger)
    {
        var pipeline = AlpacaResilience.CreatePipeline(options, timeProvider, logger);
        var handler = new AlpacaResilienceHandler(pipeline)
        {
            InnerHandler = new SocketsHttpHandler
            {
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
                AutomaticDecompression = DecompressionMethods.All,
            },
        };
        var client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        client.DefaultRequestHeaders.Add(KeyIdHeader, options.ApiKey);
        client.DefaultRequestHeaders.Add(SecretKeyHeader, options.SecretKey);
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return client;
    }

    /// <summary>Whether the pipeline may send <paramref name="request"/> again after a 429, a 5xx, a timeout or a
    /// network error: GET, HEAD and DELETE always (reading twice, or cancelling twice, changes nothing); any other
    /// method only when marked <see cref="ReplaySafe"/>.</summary>
    public static bool IsReplaySafe(HttpRequestMessage request) =>
        request.Method == HttpMethod.Get || request.Method == HttpMethod.Head || request.Method == HttpMethod.Delete
        || (request.Options.TryGetValue(ReplaySafe, out var safe) && safe);

    /// <summary><paramref name="baseUrl"/> joined with an absolute API path and a query, keeping any path prefix the
    /// base URL has.</summary>
    public static Uri Combine(Uri baseUrl, string path, string query) =>
        new($"{baseUrl.AbsoluteUri.TrimEnd('/')}{path}?{query}");
}
