using System.Globalization;
using Alchemiser.Workflow.Notifications;
using MimeKit;

namespace Alchemiser.Infrastructure.Email;

/// <summary>
/// The embedded default <see cref="INotifier"/>: writes each message as a MIME <c>.eml</c> file (openable by any mail
/// reader) named <c>yyyy-MM-dd_&lt;instance&gt;_&lt;kind&gt;.eml</c> by the UTC date of writing, e.g.
/// <c>2026-11-24_2026-11-24_daily-summary.eml</c>.
/// </summary>
/// <remarks>
/// A file is written to a temporary name in the same folder, flushed and renamed, so a reader never sees a partial
/// message; writing the same notification again the same day replaces the file. Thread-safe.
/// </remarks>
public sealed class OutboxNotifier : INotifier
{
    /// <summary>The <see cref="NotificationReceipt.Channel"/> of this adapter.</summary>
    public const string Channel = "outbox";

    private readonly OutboxOptions _options;
    private readonly MailboxAddress _from;
    private readonly TimeProvider _timeProvider;

    /// <summary>Creates the outbox over <see cref="OutboxOptions.Folder"/>.</summary>
    /// <exception cref="ArgumentException">The folder is blank or the sender is not an email address.</exception>
    public OutboxNotifier(OutboxOptions options, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.Folder, nameof(options));
        _options = options;
        _from = NotificationMessageBuilder.ParseMailbox(options.From, "sender");
        _timeProvider = timeProvider ?? TimeProvider.System;
    }

    /// <inheritdoc />
    /// <exception cref="NotificationDeliveryException">The file could not be written.</exception>
    public async Task<NotificationReceipt> SendAsync(Notification notification, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(notification);
        var now = _timeProvider.GetUtcNow();
        var message = NotificationMessageBuilder.Build(notification, _from, _options.To, now);
        var name = string.Create(
            CultureInfo.InvariantCulture,
            $"{now:yyyy-MM-dd}_{NotificationMessageBuilder.SafeInstance(notification.InstanceId)}_{NotificationMessageBuilder.KindName(notification.Kind)}.eml");
        var path = Path.Combine(Path.GetFullPath(_options.Folder), name);
        var temp = Path.Combine(Path.GetDirectoryName(path)!, "." + name + "." + Path.GetRandomFileName() + ".tmp");
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await using (var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 16 * 1024, useAsync: true))
            {
                await message.WriteToAsync(file, cancellationToken);
                await file.FlushAsync(cancellationToken);
                file.Flush(flushToDisk: true);
            }

            File.Move(temp, path, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            TryDelete(temp);
            throw new NotificationDeliveryException($"outbox: could not write {path}: {ex.Message}", mayHaveBeenDelivered: false, ex);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }

        return new NotificationReceipt(message.MessageId ?? "", Channel, path, now);
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Best effort: a leftover temporary file starts with a dot and is never read as a message.
        }
    }
}
