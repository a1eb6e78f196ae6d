using Alchemiser.Core.Execution;
using Alchemiser.Core.Market;

namespace Alchemiser.Workflow.Brokers;

/// <summary>How the broker trades.</summary>
public enum BrokerMode
{
    /// <summary>The simulated broker of the embedded default (subject prefix SIM).</summary>
    Simulated,

    /// <summary>Alpaca paper trading (PAPER).</summary>
    Paper,

    /// <summary>Alpaca live trading with real money (LIVE).</summary>
    Live,
}

/// <summary>Account values in dollars.</summary>
public sealed record BrokerAccount(decimal Equity, decimal Cash, decimal BuyingPower, bool TradingBlocked = false);

/// <summary>A position: quantity (6 dp) and market value at the broker's last price; null when unknown.</summary>
public sealed record BrokerPosition(Symbol Symbol, decimal Quantity, decimal? MarketValue, decimal? AverageEntryPrice = null);

/// <summary>What the broker says about a symbol.</summary>
public sealed record BrokerAsset(Symbol Symbol, bool IsTradable, bool IsFractionable);

/// <summary>Order types used by execution (PIPELINE.md §6.5).</summary>
public enum OrderType
{
    /// <summary>A limit order at a whole-cent price.</summary>
    Limit,

    /// <summary>A market order (only when <c>finalOrder = market</c>).</summary>
    Market,
}

/// <summary>An order to place: always a DAY order with a deterministic client order id.</summary>
public sealed record OrderRequest(string ClientOrderId, Symbol Symbol, OrderSide Side, decimal Quantity, OrderType Type, decimal? LimitPrice);

/// <summary>Order states as Alpaca reports them.</summary>
public enum OrderStatus
{
    /// <summary>Accepted and working.</summary>
    New,
    /// <summary>Working with some fills.</summary>
    PartiallyFilled,
    /// <summary>Completely filled (terminal).</summary>
    Filled,
    /// <summary>A cancel was requested and is not confirmed yet.</summary>
    PendingCancel,
    /// <summary>Canceled (terminal); may carry partial fills.</summary>
    Canceled,
    /// <summary>Expired at the end of the day (terminal).</summary>
    Expired,
    /// <summary>Refused by the broker (terminal).</summary>
    Rejected,
}

/// <summary>An order as the broker sees it.</summary>
public sealed record BrokerOrder(
    string Id,
    string ClientOrderId,
    Symbol Symbol,
    OrderSide Side,
    OrderType Type,
    decimal Quantity,
    decimal? LimitPrice,
    OrderStatus Status,
    decimal FilledQuantity,
    decimal? AverageFillPrice,
    DateTimeOffset SubmittedAt,
    DateTimeOffset? FilledAt = null,
    string? RejectReason = null)
{
    /// <summary>True when the order can no longer change: filled, canceled, expired or rejected.</summary>
    public bool IsTerminal => Status is OrderStatus.Filled or OrderStatus.Canceled or OrderStatus.Expired or OrderStatus.Rejected;
}

/// <summary>Which orders to list.</summary>
public enum OrderListing
{
    /// <summary>Orders still working.</summary>
    Open,
    /// <summary>Every order, working or terminal.</summary>
    All,
}

/// <summary>The broker's market clock.</summary>
public sealed record BrokerClock(DateTimeOffset Now, bool IsOpen, DateTimeOffset NextOpen, DateTimeOffset NextClose);

/// <summary>The broker already has an order with this client order id: adopt it instead of placing another.</summary>
public sealed class DuplicateClientOrderIdException(string clientOrderId)
    : Exception($"an order with client order id {clientOrderId} already exists")
{
    /// <summary>The client order id.</summary>
    public string ClientOrderId { get; } = clientOrderId;
}

/// <summary>The broker refused an order.</summary>
public sealed class OrderRejectedException(string clientOrderId, string reason)
    : Exception($"order {clientOrderId} rejected: {reason}")
{
    /// <summary>The client order id.</summary>
    public string ClientOrderId { get; } = clientOrderId;

    /// <summary>The broker's reason.</summary>
    public string Reason { get; } = reason;
}
