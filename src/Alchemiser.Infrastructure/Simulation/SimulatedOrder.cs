using Alchemiser.Core.Execution;
using Alchemiser.Core.Market;
using Alchemiser.Workflow.Brokers;

namespace Alchemiser.Infrastructure.Simulation;

/// <summary>An order as the simulated broker stores it: what the port reports, plus <c>CanceledAt</c>, the session it
/// works in and the price at which its cash is reserved while it works.</summary>
/// <remarks><c>SessionDate</c> is the simulated session the order was placed in; a DAY order still working when the
/// session moves on expires. <c>ReservePrice</c> is, per share, what a working BUY holds back from the buying power:
/// its limit, or the ask at placement for a market order.</remarks>
internal sealed record SimulatedOrder(
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
    DateTimeOffset? FilledAt,
    DateTimeOffset? CanceledAt,
    DateOnly SessionDate,
    decimal ReservePrice)
{
    /// <summary>Whether the order can still fill or be canceled.</summary>
    public bool IsWorking => Status is OrderStatus.New or OrderStatus.PartiallyFilled or OrderStatus.PendingCancel;

    /// <summary>Shares still to fill.</summary>
    public decimal Remaining => Quantity - FilledQuantity;

    /// <summary>The order as the port reports it.</summary>
    public BrokerOrder ToBrokerOrder() => new(
        Id, ClientOrderId, Symbol, Side, Type, Quantity, LimitPrice, Status, FilledQuantity, AverageFillPrice,
        SubmittedAt, FilledAt);
}

/// <summary>A holding: shares (6 dp) and the average price paid per share.</summary>
internal sealed record SimulatedPosition(Symbol Symbol, decimal Quantity, decimal AveragePrice);

/// <summary>The account file's content (format version 1).</summary>
internal sealed record SimulatedAccountDocument(
    int Version,
    decimal StartingCash,
    decimal Cash,
    long LastOrderNumber,
    List<SimulatedPosition> Positions,
    List<SimulatedOrder> Orders);
