using System.Globalization;
using System.Text;
using System.Text.Json;
using Alchemiser.Workflow.Notifications;

namespace Alchemiser.Infrastructure.Email;

/// <summary>
/// The embedded default <see cref="INotificationJournal"/>: an append-only JSON-lines file in the state folder
/// (<c>&lt;home&gt;/notifications.jsonl</c>), one line per state change, flushed to disk before the call returns.
/// </summary>
/// <remarks>
/// The latest line of a key is its state. A last line cut short by a crash (no line break) was never acknowledged: it
/// is ignored, and removed by the next write; any other unreadable line makes every call throw <see cref="InvalidDataException"/> (fail closed, the
/// file is never rewritten). Thread-safe within the process.
/// </remarks>
public sealed class JsonLinesNotificationJournal : INotificationJournal, IDisposable
{
    /// <summary>The journal's file name in the state folder.</summary>
    public const string FileName = "notifications.jsonl";

    private readonly string _path;
    private readonly TimeProvider _timeProvider;
    private readonly SemaphoreSlim _lock = new(1, 1);

    /// <summary>Creates the journal over the file at <paramref name="path"/> (created on the first write).</summary>
    public JsonLinesNotificationJournal(string path, TimeProvider? timeProvider = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        _path = Path.GetFullPath(path);
        _timeProvider = timeProvider ?? TimeProvider.System;
    }

    /// <summary>The journal of a state folder: <c>&lt;home&gt;/notifications.jsonl</c>.</summary>
    public static JsonLinesNotificationJournal InHome(string home, TimeProvider? timeProvider = null) =>
        new(Path.Combine(home, FileName), timeProvider);

    /// <inheritdoc />
    public async Task<NotificationJournalEntry?> FindAsync(NotificationKey key, CancellationToken cancellationToken = default)
    {
        await _lock.WaitAsync(cancellationToken);
        try
        {
            return (await LatestAsync(key, cancellationToken))?.ToEntry();
        }
        finally
        {
            _lock.Release();
        }
    }

    /// <inheritdoc />
    public async Task<NotificationJournalEntry> RecordSendingAsync(NotificationKey key, CancellationToken cancellationToken = default)
    {
        await _lock.WaitAsync(cancellationToken);
        try
        {
            var attempt = ((await LatestAsync(key, cancellationToken))?.Attempt ?? 0) + 1;
            var line = new NotificationJournalLine(key.InstanceId, key.Kind, NotificationJournalState.Sending, attempt, _timeProvider.GetUtcNow());
            await AppendAsync(line, cancellationToken);
            return line.ToEntry();
        }
        finally
        {
            _lock.Release();
        }
    }

    /// <inheritdoc />
    public async Task RecordSentAsync(NotificationKey key, NotificationReceipt receipt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(receipt);
        await _lock.WaitAsync(cancellationToken);
        try
        {
            var attempt = (await LatestAsync(key, cancellationToken))?.Attempt ?? 1;
            await AppendAsync(
                new NotificationJournalLine(
                    key.InstanceId, key.Kind, NotificationJournalState.Sent, attempt, _timeProvider.GetUtcNow(),
                    receipt.MessageId, receipt.Channel, receipt.Destination, receipt.SentAt),
                cancellationToken);
        }
        finally
        {
            _lock.Release();
        }
    }

    /// <inheritdoc />
    public async Task RecordFailedAsync(NotificationKey key, string error, CancellationToken cancellationToken = default)
    {
        await _lock.WaitAsync(cancellationToken);
        try
        {
            var attempt = (await LatestAsync(key, cancellationToken))?.Attempt ?? 1;
            await AppendAsync(
                new NotificationJournalLine(
                    key.InstanceId, key.Kind, NotificationJournalState.Failed, attempt, _timeProvider.GetUtcNow(), Error: error),
                cancellationToken);
        }
        finally
        {
            _lock.Release();
        }
    }

    /// <inheritdoc />
    public void Dispose() => _lock.Dispose();

    private async Task<NotificationJournalLine?> LatestAsync(NotificationKey key, CancellationToken cancellationToken)
    {
        string text;
        try
        {
            await using var file = new FileStream(_path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 16 * 1024, useAsync: true);
            using var reader = new StreamReader(file, Encoding.UTF8);
            text = await reader.ReadToEndAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }

        NotificationJournalLine? latest = null;
        var lines = text.Split('\n');
        // The segment after the last line break is empty, or a line cut short by a crash: never acknowledged, ignored.
        for (var i = 0; i < lines.Length - 1; i++)
        {
            var json = lines[i].Trim();
            if (json.Length == 0)
                continue;
            NotificationJournalLine? line;
            try
            {
                line = JsonSerializer.Deserialize(json, NotificationJournalJsonContext.Default.NotificationJournalLine);
            }
            catch (JsonException ex)
            {
                throw new InvalidDataException(
                    string.Create(CultureInfo.InvariantCulture, $"{_path}:{i + 1}: not a notification journal entry: {ex.Message}"), ex);
            }

            if (line is null || string.IsNullOrEmpty(line.InstanceId))
                throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"{_path}:{i + 1}: an entry without an instance id"));
            if (line.Key == key)
                latest = line;
        }

        return latest;
    }

    private async Task AppendAsync(NotificationJournalLine line, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
        var bytes = JsonSerializer.SerializeToUtf8Bytes(line, NotificationJournalJsonContext.Default.NotificationJournalLine);
        await using var file = new FileStream(_path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read, 4096, useAsync: true);
        if (file.Length > 0)
        {
            var last = new byte[1];
            file.Seek(-1, SeekOrigin.End);
            await file.ReadExactlyAsync(last, cancellationToken);
            if (last[0] != (byte)'\n')
            {
                // A line cut short by a crash was never acknowledged: cut it off so the file stays one entry per line.
                var content = new byte[file.Length];
                file.Seek(0, SeekOrigin.Begin);
                await file.ReadExactlyAsync(content, cancellationToken);
                file.SetLength(Array.LastIndexOf(content, (byte)'\n') + 1);
            }
        }

        file.Seek(0, SeekOrigin.End);
        await file.WriteAsync(bytes, cancellationToken);
        await file.WriteAsync("\n"u8.ToArray(), cancellationToken);
        await file.FlushAsync(cancellationToken);
        file.Flush(flushToDisk: true);
    }
}
