using Alchemiser.Core.Execution;
using Alchemiser.Core.Market;

namespace Alchemiser.Workflow.Brokers;

/// <summary>
/// The broker: account, positions, assets, quotes, orders, clock and calendar. The embedded default is a simulated
/// broker whose state persists in the local state folder; Alpaca (paper or live) is the real one.
/// </summary>
/// <remarks>
/// Order placement is not idempotent by itself: callers always pass a deterministic client order id
/// (<see cref="ClientOrderId"/>), look it up with <see cref="GetOrderByClientIdAsync"/> before placing, and treat
/// <see cref="DuplicateClientOrderIdException"/> as "adopt the existing order". Implementations reject a duplicate
/// client order id exactly as Alpaca does.
/// </remarks>
public interface IBroker
{
    /// <summary>How the broker trades: simulated, paper or live (shown in subjects and reports).</summary>
    BrokerMode Mode { get; }

    /// <summary>Equity, cash and buying power.</summary>
    Task<BrokerAccount> GetAccountAsync(CancellationToken cancellationToken = default);

    /// <summary>Every open position.</summary>
    Task<IReadOnlyList<BrokerPosition>> GetPositionsAsync(CancellationToken cancellationToken = default);

    /// <summary>Whether a symbol is tradable and fractionable; null when the broker does not know it.</summary>
    Task<BrokerAsset?> GetAssetAsync(Symbol symbol, CancellationToken cancellationToken = default);

    /// <summary>The latest bid/ask of each symbol the broker can quote.</summary>
    Task<IReadOnlyDictionary<Symbol, Quote>> GetLatestQuotesAsync(IReadOnlyCollection<Symbol> symbols, CancellationToken cancellationToken = default);

    /// <summary>Places an order.</summary>
    /// <exception cref="DuplicateClientOrderIdException">An order with the same client order id exists.</exception>
    /// <exception cref="OrderRejectedException">The broker refused the order (the reason is in the message).</exception>
    Task<BrokerOrder> SubmitOrderAsync(OrderRequest request, CancellationToken cancellationToken = default);

    /// <summary>The order with this client order id, or null.</summary>
    Task<BrokerOrder?> GetOrderByClientIdAsync(string clientOrderId, CancellationToken cancellationToken = default);

    /// <summary>The order with this broker id.</summary>
    Task<BrokerOrder> GetOrderAsync(string orderId, CancellationToken cancellationToken = default);

    /// <summary>Asks the broker to cancel an order; the order reaches a terminal state later.</summary>
    Task CancelOrderAsync(string orderId, CancellationToken cancellationToken = default);

    /// <summary>Orders by status: open ones, or all orders submitted since <paramref name="since"/>.</summary>
    Task<IReadOnlyList<BrokerOrder>> ListOrdersAsync(OrderListing listing, DateTimeOffset? since = null, CancellationToken cancellationToken = default);

    /// <summary>The broker's market clock.</summary>
    Task<BrokerClock> GetClockAsync(CancellationToken cancellationToken = default);

    /// <summary>The broker's trading calendar between two dates inclusive.</summary>
    Task<IReadOnlyList<TradingSession>> GetCalendarAsync(DateOnly start, DateOnly end, CancellationToken cancellationToken = default);
}
