using System.Text;
using Alchemiser.Workflow.Notifications;
using MimeKit;

namespace Alchemiser.Infrastructure.Email;

/// <summary>
/// Renders a <see cref="Notification"/> as the MIME message every adapter sends: <c>multipart/alternative</c> with the
/// plain-text part first and the HTML part second (readers show the last one they understand), inside
/// <c>multipart/mixed</c> with the attachments when there are any.
/// </summary>
/// <remarks>The <c>Message-ID</c> is derived from the notification key and the sender's domain, so a message sent again
/// after a crash carries the same id and mail readers can tell it is the same message.</remarks>
internal static class NotificationMessageBuilder
{
    public const string InstanceHeader = "X-Alchemiser-Instance";
    public const string KindHeader = "X-Alchemiser-Kind";

    /// <exception cref="ArgumentException">A recipient or an attachment's content type cannot be parsed.</exception>
    public static MimeMessage Build(
        Notification notification, MailboxAddress from, IReadOnlyList<string> defaultRecipients, DateTimeOffset date)
    {
        ArgumentNullException.ThrowIfNull(notification);
        var message = new MimeMessage();
        message.From.Add(from);
        foreach (var recipient in notification.Recipients.Count > 0 ? notification.Recipients : defaultRecipients)
            message.To.Add(ParseMailbox(recipient, "recipient"));
        message.Subject = notification.Subject;
        message.Date = date;
        message.MessageId = MessageIdFor(notification.Key, from.Domain);
        message.Headers.Add(InstanceHeader, notification.InstanceId);
        message.Headers.Add(KindHeader, KindName(notification.Kind));

        var body = new BodyBuilder { TextBody = notification.TextBody, HtmlBody = notification.HtmlBody };
        foreach (var attachment in notification.Attachments)
        {
            if (!ContentType.TryParse(attachment.ContentType, out var contentType))
                throw new ArgumentException($"attachment {attachment.FileName}: '{attachment.ContentType}' is not a MIME type", nameof(notification));
            // Base64 keeps the bytes exactly (a text/csv part sent as 7bit or quoted-printable would get CRLF line ends).
            if (body.Attachments.Add(attachment.FileName, attachment.Content.ToArray(), contentType) is MimePart part)
                part.ContentTransferEncoding = ContentEncoding.Base64;
        }

        message.Body = body.ToMessageBody();
        return message;
    }

    /// <summary>Parses <c>a@b.c</c> or <c>Name &lt;a@b.c&gt;</c>.</summary>
    /// <exception cref="ArgumentException">Not one mailbox address.</exception>
    public static MailboxAddress ParseMailbox(string text, string role)
    {
        if (!string.IsNullOrWhiteSpace(text) && MailboxAddress.TryParse(text, out var mailbox) && mailbox.Address.Contains('@', StringComparison.Ordinal))
            return mailbox;
        throw new ArgumentException($"the {role} '{text}' is not an email address");
    }

    /// <summary><c>daily-summary</c>, <c>failure-alert</c> or <c>dead-letter-alert</c>: the kind in file names, ids and headers.</summary>
    public static string KindName(NotificationKind kind) => kind switch
    {
        NotificationKind.DailySummary => "daily-summary",
        NotificationKind.FailureAlert => "failure-alert",
        NotificationKind.DeadLetterAlert => "dead-letter-alert",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown notification kind"),
    };

    /// <summary>The instance id with every character but letters, digits, <c>.</c>, <c>-</c> and <c>#</c> replaced
    /// by <c>-</c>, safe in file names and message ids.</summary>
    public static string SafeInstance(string instanceId)
    {
        var safe = new StringBuilder(instanceId.Length);
        foreach (var c in instanceId)
            safe.Append(char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '#' ? c : '-');
        return safe.ToString();
    }

    private static string MessageIdFor(NotificationKey key, string? domain) =>
        $"{SafeInstance(key.InstanceId).Replace('#', '.')}.{KindName(key.Kind)}.alchemiser@{(string.IsNullOrEmpty(domain) ? "localhost" : domain)}";
}
