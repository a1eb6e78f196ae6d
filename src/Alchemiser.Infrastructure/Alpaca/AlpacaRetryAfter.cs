using System.Globalization;
using System.Net;

namespace Alchemiser.Infrastructure.Alpaca;

/// <summary>How long a throttled response asks us to wait: <c>Retry-After</c> as seconds or as an HTTP date, else
/// Alpaca's <c>X-RateLimit-Reset</c> (Unix seconds when the rate window resets).</summary>
internal static class AlpacaRetryAfter
{
    public static TimeSpan? Read(HttpResponseMessage response, DateTimeOffset now)
    {
        if (response.Headers.RetryAfter is { } retryAfter)
        {
            if (retryAfter.Delta is { } delta)
                return Clamp(delta);
            if (retryAfter.Date is { } date)
                return Clamp(date - now);
        }

        if (response.StatusCode == HttpStatusCode.TooManyRequests
            && response.Headers.TryGetValues("X-RateLimit-Reset", out var values)
            && long.TryParse(values.FirstOrDefault(), NumberStyles.None, CultureInfo.InvariantCulture, out var reset))
        {
            return Clamp(DateTimeOffset.FromUnixTimeSeconds(reset) - now);
        }

        return null;
    }

    private static TimeSpan Clamp(TimeSpan delay) => delay < TimeSpan.Zero ? TimeSpan.Zero : delay;
}
