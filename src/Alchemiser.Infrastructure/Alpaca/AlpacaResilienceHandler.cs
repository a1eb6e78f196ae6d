using Polly;

namespace Alchemiser.Infrastructure.Alpaca;

/// <summary>Runs every request of the Alpaca <see cref="HttpClient"/> through the resilience pipeline. Each retry
/// re-sends the same GET request, which carries no content. The body is buffered inside the attempt, so that the
/// per-attempt timeout covers a slow body too.</summary>
internal sealed class AlpacaResilienceHandler(ResiliencePipeline<HttpResponseMessage> pipeline) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(
        HttpRequestMessage request, CancellationToken cancellationToken) =>
        await pipeline.ExecuteAsync(
            async (state, token) => await state.Handler.SendCoreAsync(state.Request, token),
            (Handler: this, Request: request),
            cancellationToken);

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
