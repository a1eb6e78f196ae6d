using Alchemiser.Core.Execution;
using Alchemiser.Core.Market;
using Alchemiser.Workflow.Brokers;

namespace Alchemiser.Infrastructure.Tests.Execution.Worker;

/// <summary>A broker that passes every call to another one, with faults to inject: a crash right after a given
/// submission returns, cancels that are acknowledged and never happen, and quotes moved by a fixed amount.</summary>
internal sealed class DecoratedBroker(IBroker inner) : IBroker
{
    private int _crashed;

    /// <summary>The client order id after whose submission the "process dies" (once).</summary>
    public string? CrashAfterSubmitOf { get; set; }

    /// <summary>What the crash throws; default an <see cref="OperationCanceledException"/> (the process died).</summary>
    public Func<Exception>? CrashWith { get; set; }

    /// <summary>Canceled at the crash, as a host shutting down would cancel the worker's token.</summary>
    public CancellationTokenSource? CrashToken { get; set; }

    /// <summary>Cancels are accepted and do nothing: the order never reaches a terminal state.</summary>
    public bool IgnoreCancels { get; set; }

    /// <summary>Added to the bid and ask of every quote.</summary>
    public decimal QuoteShift { get; set; }

    public BrokerMode Mode => inner.Mode;

    public Task<BrokerAccount> GetAccountAsync(CancellationToken cancellationToken = default) => inner.GetAccountAsync(cancellationToken);

    public Task<IReadOnlyList<BrokerPosition>> GetPositionsAsync(CancellationToken cancellationToken = default) => inner.GetPositionsAsync(cancellationToken);

    public Task<BrokerAsset?> GetAssetAsync(Symbol symbol, CancellationToken cancellationToken = default) => inner.GetAssetAsync(symbol, cancellationToken);

    public async Task<IReadOnlyDictionary<Symbol, Quote>> GetLatestQuotesAsync(IReadOnlyCollection<Symbol> symbols, CancellationToken cancellationToken = default)
    {
        var quotes = await inner.GetLatestQuotesAsync(symbols, cancellationToken);
        return quotes.ToDictionary(p => p.Key, p => p.Value with { Bid = p.Value.Bid + QuoteShift, Ask = p.Value.Ask + QuoteShift });
    }

    public async Task<BrokerOrder> SubmitOrderAsync(OrderRequest request, CancellationToken cancellationToken = default)
    {
        var order = await inner.SubmitOrderAsync(request, cancellationToken);
        if (request.ClientOrderId == CrashAfterSubmitOf && Interlocked.Exchange(ref _crashed, 1) == 0)
        {
            await (CrashToken?.CancelAsync() ?? Task.CompletedTask);
            throw CrashWith?.Invoke() ?? new OperationCanceledException("the process died after the broker accepted the order");
        }

        return order;
    }

    public Task<BrokerOrder?> GetOrderByClientIdAsync(string clientOrderId, CancellationToken cancellationToken = default) =>
        inner.GetOrderByClientIdAsync(clientOrderId, cancellationToken);

    public Task<BrokerOrder> GetOrderAsync(string orderId, CancellationToken cancellationToken = default) => inner.GetOrderAsync(orderId, cancellationToken);

    public Task CancelOrderAsync(string orderId, CancellationToken cancellationToken = default) =>
        IgnoreCancels ? Task.CompletedTask : inner.CancelOrderAsync(orderId, cancellationToken);

    public Task<IReadOnlyList<BrokerOrder>> ListOrdersAsync(OrderListing listing, DateTimeOffset? since = null, CancellationToken cancellationToken = default) =>
        inner.ListOrdersAsync(listing, since, cancellationToken);

    public Task<BrokerClock> GetClockAsync(CancellationToken cancellationToken = default) => inner.GetClockAsync(cancellationToken);

    public Task<IReadOnlyList<TradingSession>> GetCalendarAsync(DateOnly start, DateOnly end, CancellationToken cancellationToken = default) =>
        inner.GetCalendarAsync(start, end, cancellationToken);
}
