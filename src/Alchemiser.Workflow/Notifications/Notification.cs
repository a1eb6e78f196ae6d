namespace Alchemiser.Workflow.Notifications;

/// <summary>
/// One email to send: an HTML body and its plain-text alternative, attachments, and the recipients. Adapters render
/// it as the same MIME message whatever the transport.
/// </summary>
/// <remarks>Immutable. Nothing in it may hold a secret or an account number: subjects come from
/// <see cref="NotificationSubjects"/>, which never includes them.</remarks>
public sealed record Notification
{
    /// <summary>What the notification reports.</summary>
    public required NotificationKind Kind { get; init; }

    /// <summary>The run's instance id; with <see cref="Kind"/> it forms the de-duplication <see cref="Key"/>.</summary>
    public required string InstanceId { get; init; }

    /// <summary>The subject line, one line (see <see cref="NotificationSubjects"/>).</summary>
    public required string Subject { get; init; }

    /// <summary>The HTML body (a complete document or a fragment).</summary>
    public required string HtmlBody { get; init; }

    /// <summary>The plain-text alternative of <see cref="HtmlBody"/>, for readers that do not show HTML.</summary>
    public required string TextBody { get; init; }

    /// <summary>Files attached to the message, in order.</summary>
    /// <value>Default none.</value>
    public IReadOnlyList<NotificationAttachment> Attachments { get; init; } = [];

    /// <summary>Email addresses to send to.</summary>
    /// <value>Default none: the adapter's configured recipients are used.</value>
    public IReadOnlyList<string> Recipients { get; init; } = [];

    /// <summary>(instance id, kind): at most one notification per key is sent.</summary>
    public NotificationKey Key => new(InstanceId, Kind);
}
