using System.Net;

namespace Alchemiser.Infrastructure.Alpaca;

/// <summary>An Alpaca request failed for good: rejected (4xx), still failing after the retries (429, 5xx), timed
/// out on every attempt, unreachable, or answered with something that is not the documented JSON.</summary>
/// <remarks>The message says what to do where there is something to do (e.g. check the keys on 401/403) and never
/// contains the API key or secret.</remarks>
public sealed class AlpacaApiException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">The full, human-readable message.</param>
    /// <param name="statusCode">The HTTP status of the last attempt, or <see langword="null"/> when none was received.</param>
    /// <param name="alpacaCode">Alpaca's numeric error code from the body, when it sent one.</param>
    /// <param name="alpacaMessage">Alpaca's message from the body, when it sent one.</param>
    /// <param name="innerException">The underlying failure (timeout, network, JSON), if any.</param>
    public AlpacaApiException(
        string message,
        HttpStatusCode? statusCode = null,
        long? alpacaCode = null,
        string? alpacaMessage = null,
        Exception? innerException = null)
        : base(message, innerException)
    {
        StatusCode = statusCode;
        AlpacaCode = alpacaCode;
        AlpacaMessage = alpacaMessage;
    }

    /// <summary>The HTTP status of the last attempt; <see langword="null"/> on timeouts and network failures.</summary>
    public HttpStatusCode? StatusCode { get; }

    /// <summary>Alpaca's numeric error code (the body's <c>code</c>), when present.</summary>
    public long? AlpacaCode { get; }

    /// <summary>Alpaca's explanation (the body's <c>message</c>, or its text when it is not JSON), when present.</summary>
    public string? AlpacaMessage { get; }
}
