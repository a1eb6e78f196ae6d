using Alchemiser.Core.Execution;
using Alchemiser.Core.Market;
using Microsoft.Extensions.Logging;

namespace Alchemiser.Infrastructure.Simulation;

/// <summary>The simulated broker's log events, one per event id.</summary>
internal static partial class SimulatedBrokerLog
{
    [LoggerMessage(EventId = 4301, Level = LogLevel.Information,
        Message = "SIM order {ClientOrderId} {Side} {Quantity} {Symbol} filled at {Price}")]
    public static partial void Filled(ILogger logger, string clientOrderId, OrderSide side, decimal quantity, Symbol symbol, decimal price);

    [LoggerMessage(EventId = 4302, Level = LogLevel.Information,
        Message = "SIM order {ClientOrderId} {Side} {Quantity} {Symbol} limit {LimitPrice} working (market open: {IsOpen})")]
    public static partial void Working(ILogger logger, string clientOrderId, OrderSide side, decimal quantity, Symbol symbol, decimal? limitPrice, bool isOpen);

    [LoggerMessage(EventId = 4303, Level = LogLevel.Warning,
        Message = "SIM order {ClientOrderId} rejected: {Reason}")]
    public static partial void Rejected(ILogger logger, string clientOrderId, string reason);

    [LoggerMessage(EventId = 4304, Level = LogLevel.Information,
        Message = "SIM order {ClientOrderId} canceled")]
    public static partial void Canceled(ILogger logger, string clientOrderId);

    [LoggerMessage(EventId = 4305, Level = LogLevel.Information,
        Message = "SIM {Count} working orders of sessions before {SessionDate} expired")]
    public static partial void Expired(ILogger logger, int count, DateOnly sessionDate);

    [LoggerMessage(EventId = 4306, Level = LogLevel.Debug,
        Message = "SIM session {SessionDate}: the trading day after the newest stored bar ({NewestBar})")]
    public static partial void SessionDerived(ILogger logger, DateOnly sessionDate, DateOnly newestBar);
}
