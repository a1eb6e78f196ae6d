using System.Net;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace Alchemiser.Infrastructure.Alpaca;

/// <summary>
/// The one place where the Alpaca HTTP resilience is declared: an outer retry (429 honouring <c>Retry-After</c>;
/// 408, 5xx, per-attempt timeouts and network errors with exponential backoff and jitter) around a per-attempt
/// timeout. Delays and timeouts run on the given <see cref="TimeProvider"/>.
/// </summary>
/// <remarks>A request is retried only when <see cref="Retryable"/> is set on its context (the handler sets it from
/// <see cref="AlpacaHttp.IsReplaySafe"/>): order placement is not idempotent, so a POST is retried only when it carries
/// a client order id and is re-sent byte for byte, so that Alpaca refuses a second copy as a duplicate.</remarks>
internal static class AlpacaResilience
{
    /// <summary>Whether the request of this execution may be sent again; not retried when absent.</summary>
    public static readonly ResiliencePropertyKey<bool> Retryable = new("Alchemiser.Alpaca.Retryable");

    public static ResiliencePipeline<HttpResponseMessage> CreatePipeline(
        AlpacaOptions options, TimeProvider timeProvider, ILogger logger)
    {
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = timeProvider };
        if (options.MaxRetries > 0)
        {
            Func<RetryPredicateArguments<HttpResponseMessage>, ValueTask<bool>> transient = new PredicateBuilder<HttpResponseMessage>()
                .Handle<HttpRequestException>()
                .Handle<TimeoutRejectedException>()
                .HandleResult(response => IsTransient(response.StatusCode));
            builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = options.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryBaseDelay,
                MaxDelay = options.MaxRetryDelay,
                ShouldHandle = args => args.Context.Properties.GetValue(Retryable, false) ? transient(args) : PredicateResult.False(),
                DelayGenerator = args =>
                    ValueTask.FromResult(
                        args.Outcome.Result is { } response
                        && AlpacaRetryAfter.Read(response, timeProvider.GetUtcNow()) is { } wait
                            ? wait < options.MaxRetryDelay ? wait : options.MaxRetryDelay
                            : (TimeSpan?)null),
                OnRetry = args =>
                {
                    var reason = args.Outcome.Result is { } response
                        ? $"{(int)response.StatusCode} {response.StatusCode}"
                        : args.Outcome.Exception?.GetType().Name ?? "unknown";
                    AlpacaLog.Retrying(logger, reason, args.AttemptNumber + 1, args.RetryDelay);
                    return ValueTask.CompletedTask;
                },
            });
        }

        return builder.AddTimeout(options.RequestTimeout).Build();
    }

    public static bool IsTransient(HttpStatusCode status) =>
        status is HttpStatusCode.TooManyRequests or HttpStatusCode.RequestTimeout || (int)status >= 500;
}
