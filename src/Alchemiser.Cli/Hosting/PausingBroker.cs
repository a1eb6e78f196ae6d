// TEST HOOK (see TestPause.cs): composed only when ALCHEMISER_TEST_PAUSE_AT is set. It only waits; every call and
// result passes through to the real broker unchanged.
using Alchemiser.Core.Execution;
using Alchemiser.Core.Market;
using Alchemiser.Workflow.Brokers;

namespace Alchemiser.Cli.Hosting;

/// <summary>The <c>submit:</c> point of <see cref="TestPause"/>: after an order submission returns, before the worker
/// records it; and no broker call at all once the process paused.</summary>
internal sealed class PausingBroker(IBroker inner, TestPause pause) : IBroker
{
    public BrokerMode Mode => inner.Mode;

    public async Task<BrokerOrder> SubmitOrderAsync(OrderRequest request, CancellationToken cancellationToken = default)
    {
        await pause.HoldIfPausedAsync(cancellationToken).ConfigureAwait(false);
        var order = await inner.SubmitOrderAsync(request, cancellationToken).ConfigureAwait(false);
        await pause.PassAsync("submit", "", cancellationToken).ConfigureAwait(false);
        return order;
    }

    public async Task<BrokerAccount> GetAccountAsync(CancellationToken cancellationToken = default)
    {
        await pause.HoldIfPausedAsync(cancellationToken).ConfigureAwait(false);
        return await inner.GetAccountAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<BrokerPosition>> GetPositionsAsync(CancellationToken cancellationToken = default)
    {
        await pause.HoldIfPausedAsync(cancellationToken).ConfigureAwait(false);
        return await inner.GetPositionsAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<BrokerAsset?> GetAssetAsync(Symbol symbol, CancellationToken cancellationToken = default)
    {
        await pause.HoldIfPausedAsync(cancellationToken).ConfigureAwait(false);
        return await inner.GetAssetAsync(symbol, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyDictionary<Symbol, Quote>> GetLatestQuotesAsync(IReadOnlyCollection<Symbol> symbols, CancellationToken cancellationToken = default)
    {
        await pause.HoldIfPausedAsync(cancellationToken).ConfigureAwait(false);
        return await inner.GetLatestQuotesAsync(symbols, cancellationToken).ConfigureAwait(false);
    }

    public async Task<BrokerOrder?> GetOrderByClientIdAsync(string clientOrderId, CancellationToken cancellationToken = default)
    {
        await pause.HoldIfPausedAsync(cancellationToken).ConfigureAwait(false);
        return await inner.GetOrderByClientIdAsync(clientOrderId, cancellationToken).ConfigureAwait(false);
    }

    public async Task<BrokerOrder> GetOrderAsync(string orderId, CancellationToken cancellationToken = default)
    {
        await pause.HoldIfPausedAsync(cancellationToken).ConfigureAwait(false);
        return await inner.GetOrderAsync(orderId, cancellationToken).ConfigureAwait(false);
    }

    public async Task CancelOrderAsync(string orderId, CancellationToken cancellationToken = default)
    {
        await pause.HoldIfPausedAsync(cancellationToken).ConfigureAwait(false);
        await inner.CancelOrderAsync(orderId, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<BrokerOrder>> ListOrdersAsync(OrderListing listing, DateTimeOffset? since = null, CancellationToken cancellationToken = default)
    {
        await pause.HoldIfPausedAsync(cancellationToken).ConfigureAwait(false);
        return await inner.ListOrdersAsync(listing, since, cancellationToken).ConfigureAwait(false);
    }

    public async Task<BrokerClock> GetClockAsync(CancellationToken cancellationToken = default)
    {
        await pause.HoldIfPausedAsync(cancellationToken).ConfigureAwait(false);
        return await inner.GetClockAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<TradingSession>> GetCalendarAsync(DateOnly start, DateOnly end, CancellationToken cancellationToken = default)
    {
        await pause.HoldIfPausedAsync(cancellationToken).ConfigureAwait(false);
        return await inner.GetCalendarAsync(start, end, cancellationToken).ConfigureAwait(false);
    }
}
