using Microsoft.Extensions.Logging;

namespace Alchemiser.Infrastructure.Email;

/// <summary>The email adapters' log events, one per event id. They carry servers, keys and reasons, never credentials
/// or message bodies.</summary>
internal static partial class EmailLog
{
    [LoggerMessage(EventId = 4501, Level = LogLevel.Information,
        Message = "SMTP {Server}: sending {Key} to {RecipientCount} recipients, attempt {Attempt}")]
    public static partial void Sending(ILogger logger, string server, string key, int recipientCount, int attempt);

    [LoggerMessage(EventId = 4502, Level = LogLevel.Information,
        Message = "SMTP {Server} accepted {Key} as {MessageId}: {Response}")]
    public static partial void Accepted(ILogger logger, string server, string key, string messageId, string response);

    [LoggerMessage(EventId = 4503, Level = LogLevel.Warning,
        Message = "SMTP {Server}: sending {Key} failed ({Reason}); retry {Retry} in {Delay}")]
    public static partial void Retrying(ILogger logger, string server, string key, string reason, int retry, TimeSpan delay);

    [LoggerMessage(EventId = 4504, Level = LogLevel.Error,
        Message = "SMTP {Server}: {Key} not sent after {Attempts} attempts; may have been delivered: {MayHaveBeenDelivered}")]
    public static partial void Failed(ILogger logger, Exception exception, string server, string key, int attempts, bool mayHaveBeenDelivered);

    [LoggerMessage(EventId = 4505, Level = LogLevel.Debug,
        Message = "SMTP {Server}: disconnecting after {Key} was accepted failed ({Reason}); ignored")]
    public static partial void DisconnectFailed(ILogger logger, string server, string key, string reason);
}
