namespace Alchemiser.Workflow.Notifications;

/// <summary>A notification could not be sent. The message names the transport and the reason, never a secret.</summary>
public sealed class NotificationDeliveryException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What failed and why.</param>
    /// <param name="mayHaveBeenDelivered">Whether the server may have received the message anyway (the connection
    /// failed after the message content was handed over), so that a new attempt may duplicate it.</param>
    /// <param name="innerException">The transport's exception, if any.</param>
    public NotificationDeliveryException(string message, bool mayHaveBeenDelivered, Exception? innerException = null)
        : base(message, innerException) =>
        MayHaveBeenDelivered = mayHaveBeenDelivered;

    /// <summary>True when the message content reached the server before the failure: it was not retried, and sending
    /// it again may deliver a second copy.</summary>
    public bool MayHaveBeenDelivered { get; }
}
