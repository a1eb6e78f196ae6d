using System.Net;
using Microsoft.Extensions.Logging;

namespace Alchemiser.Infrastructure.Alpaca;

/// <summary>The Alpaca adapter's log events, one per event id. They carry paths, counts and statuses, never headers,
/// keys or secrets.</summary>
internal static partial class AlpacaLog
{
    [LoggerMessage(EventId = 4101, Level = LogLevel.Debug,
        Message = "Alpaca GET {Path}: {SymbolCount} symbols, {Start}..{End}, page {Page}")]
    public static partial void RequestingBars(ILogger logger, string path, int symbolCount, DateOnly start, DateOnly end, int page);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Debug,
        Message = "Alpaca returned {BarCount} bars on page {Page}; more pages: {HasMore}")]
    public static partial void ReceivedBars(ILogger logger, int barCount, int page, bool hasMore);

    [LoggerMessage(EventId = 4103, Level = LogLevel.Information,
        Message = "Alpaca daily bars: {SymbolCount} symbols with data of {RequestedCount} requested, {BarCount} bars in {RequestCount} requests")]
    public static partial void ReceivedDailyBars(ILogger logger, int symbolCount, int requestedCount, int barCount, int requestCount);

    [LoggerMessage(EventId = 4104, Level = LogLevel.Warning,
        Message = "Alpaca request failed ({Reason}); retry {Retry} in {Delay}")]
    public static partial void Retrying(ILogger logger, string reason, int retry, TimeSpan delay);

    [LoggerMessage(EventId = 4105, Level = LogLevel.Warning,
        Message = "Alpaca answered {StatusCode} to {Method} {Path}: {AlpacaMessage}")]
    public static partial void Rejected(ILogger logger, HttpStatusCode statusCode, string method, string path, string? alpacaMessage);

    [LoggerMessage(EventId = 4106, Level = LogLevel.Warning,
        Message = "Alpaca returned bars for {AlpacaSymbol}, which was not requested; ignored")]
    public static partial void UnexpectedSymbol(ILogger logger, string alpacaSymbol);

    [LoggerMessage(EventId = 4107, Level = LogLevel.Warning,
        Message = "Alpaca returned two bars for {Symbol} on {Date}; the later one is kept")]
    public static partial void DuplicateBar(ILogger logger, string symbol, DateOnly date);

    [LoggerMessage(EventId = 4108, Level = LogLevel.Debug,
        Message = "Alpaca calendar {Start}..{End}: {DayCount} sessions")]
    public static partial void ReceivedCalendar(ILogger logger, DateOnly start, DateOnly end, int dayCount);

    [LoggerMessage(EventId = 4109, Level = LogLevel.Information,
        Message = "Alpaca {Mode} order {ClientOrderId}: {Side} {Quantity} {Symbol} {Type} limit {LimitPrice}")]
    public static partial void SubmittingOrder(
        ILogger logger, string mode, string clientOrderId, string side, decimal quantity, string symbol, string type, decimal? limitPrice);

    [LoggerMessage(EventId = 4110, Level = LogLevel.Information,
        Message = "Alpaca accepted order {ClientOrderId} as {OrderId} with status {Status}")]
    public static partial void OrderAccepted(ILogger logger, string clientOrderId, string orderId, string? status);

    [LoggerMessage(EventId = 4111, Level = LogLevel.Warning,
        Message = "Alpaca already has an order with client order id {ClientOrderId}: {AlpacaMessage}")]
    public static partial void DuplicateClientOrderId(ILogger logger, string clientOrderId, string? alpacaMessage);

    [LoggerMessage(EventId = 4112, Level = LogLevel.Warning,
        Message = "Alpaca rejected order {ClientOrderId} ({StatusCode}): {Reason}")]
    public static partial void OrderRejected(ILogger logger, string clientOrderId, HttpStatusCode statusCode, string reason);

    [LoggerMessage(EventId = 4113, Level = LogLevel.Information,
        Message = "Alpaca order {OrderId} could not be canceled (422, already terminal or not cancelable): {AlpacaMessage}")]
    public static partial void CancelRefused(ILogger logger, string orderId, string? alpacaMessage);

    [LoggerMessage(EventId = 4114, Level = LogLevel.Warning,
        Message = "Alpaca order {OrderId} has the unknown status '{Status}'; treated as still working")]
    public static partial void UnknownOrderStatus(ILogger logger, string orderId, string? status);

    [LoggerMessage(EventId = 4115, Level = LogLevel.Warning,
        Message = "Alpaca position in '{AlpacaSymbol}' is not a US stock; left out")]
    public static partial void IgnoredPosition(ILogger logger, string? alpacaSymbol);

    [LoggerMessage(EventId = 4116, Level = LogLevel.Debug,
        Message = "Alpaca order {OrderId} in '{AlpacaSymbol}' is not for a US stock; left out of the listing")]
    public static partial void IgnoredOrder(ILogger logger, string orderId, string? alpacaSymbol);

    [LoggerMessage(EventId = 4117, Level = LogLevel.Warning,
        Message = "Alpaca order {ClientOrderId} not sent: Alpaca would refuse it ({Reason})")]
    public static partial void OrderRefusedBeforeSending(ILogger logger, string clientOrderId, string reason);
}
