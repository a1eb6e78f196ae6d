using Polly;

namespace Alchemiser.Infrastructure.Alpaca;

/// <summary>Runs every request of the Alpaca <see cref="HttpClient"/> through the resilience pipeline, telling it
/// whether the request may be sent again (<see cref="AlpacaHttp.IsReplaySafe"/>). A retry re-sends the same request
/// message: the same URL and, for an order, the same body with the same client order id. The body is buffered inside
/// the attempt, so that the per-attempt timeout covers a slow body too.</summary>
internal sealed class AlpacaResilienceHandler(ResiliencePipeline<HttpResponseMessage> pipeline) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(
        HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(AlpacaResilience.Retryable, AlpacaHttp.IsReplaySafe(request));
        try
        {
            return await pipeline.ExecuteAsync(
                static async (context, state) => await state.Handler.SendCoreAsync(state.Request, context.CancellationToken),
                context,
                (Handler: this, Request: request));
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private async Task<HttpResponseMessage> SendCoreAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        try
        {
            await response.Content.LoadIntoBufferAsync(cancellationToken);
            return response;
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }
}
