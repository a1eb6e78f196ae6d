namespace Alchemiser.Workflow.Notifications;

/// <summary>Proof that a notification left: what was sent, where, and when.</summary>
/// <param name="MessageId">The <c>Message-ID</c> of the MIME message, without angle brackets.</param>
/// <param name="Channel">The transport: <c>outbox</c> or <c>smtp</c>.</param>
/// <param name="Destination">Where it went: the <c>.eml</c> file path, or the SMTP server as <c>host:port</c> (never
/// credentials).</param>
/// <param name="SentAt">When the adapter finished sending (UTC).</param>
public sealed record NotificationReceipt(string MessageId, string Channel, string Destination, DateTimeOffset SentAt);
