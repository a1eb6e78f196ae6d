using System.Globalization;
using Alchemiser.Workflow.Execution;

namespace Alchemiser.Infrastructure.Execution;

/// <summary>The file handling of <see cref="FileExecutionQueue"/>: the lock, atomic writes, reads.</summary>
public sealed partial class FileExecutionQueue
{
    /// <summary>Runs <paramref name="action"/> holding the in-process gate and the folder's lock file.</summary>
    private async Task<T> LockedAsync<T>(Func<T> action, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            Directory.CreateDirectory(_folder);
            using var fileLock = await AcquireLockAsync(cancellationToken);
            return action();
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<FileStream> AcquireLockAsync(CancellationToken cancellationToken)
    {
        var path = Path.Combine(_folder, ".lock");
        var started = Environment.TickCount64;
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (Environment.TickCount64 - started < LockTimeout.TotalMilliseconds)
            {
                // Another queue (or process) holds the lock: retry shortly.
                await Task.Delay(LockRetry, cancellationToken);
            }
        }
    }

    private string PathOf(string id)
    {
        if (id.Length == 0 || id[0] == '.' || id.Any(c => !char.IsAsciiLetterOrDigit(c) && c != '-'))
            throw new ArgumentException($"'{id}' is not a message id of this queue", nameof(id));
        return Path.Combine(_folder, id + Extension);
    }

    /// <summary>Every message file with its state, oldest first.</summary>
    private List<(string Id, FileQueueEntry Entry)> ReadAll()
    {
        var all = new List<(string Id, FileQueueEntry Entry)>();
        foreach (var path in MessageFiles(_folder))
            all.Add((Path.GetFileNameWithoutExtension(path), Read(path)));
        all.Sort((a, b) =>
        {
            var byTime = a.Entry.EnqueuedAt.CompareTo(b.Entry.EnqueuedAt);
            return byTime != 0 ? byTime : string.CompareOrdinal(a.Id, b.Id);
        });
        return all;
    }

    /// <summary>The message's state when <paramref name="received"/> is its current delivery, else null.</summary>
    private FileQueueEntry? ReadCurrent(ReceivedExecutionMessage received)
    {
        var path = PathOf(received.MessageId);
        if (!File.Exists(path))
            return null;
        var entry = Read(path);
        return entry.Receipt is not null && string.Equals(entry.Receipt, received.Receipt, StringComparison.Ordinal)
            ? entry
            : null;
    }

    private void WritePoison(string id, FileQueueEntry entry, int deliveryCount, string reason, DateTimeOffset now)
    {
        Directory.CreateDirectory(_poisonFolder);
        var poison = new ExecutionQueueJson.PoisonWire(entry.Message, id, deliveryCount, reason, now);
        WriteAtomically(Path.Combine(_poisonFolder, id + Extension), ExecutionQueueJson.Serialize(poison));
    }

    private ReceivedExecutionMessage Delivery(string id, FileQueueEntry entry) => new(
        ExecutionQueueJson.FromWire(entry.Message), id, entry.DeliveryCount, entry.Receipt!, entry.VisibleAt, entry.PoisonReason);

    private static IEnumerable<string> MessageFiles(string folder) =>
        Directory.EnumerateFiles(folder, "*" + Extension).Where(p => !Path.GetFileName(p).StartsWith('.'));

    private static FileQueueEntry Read(string path) =>
        ExecutionQueueJson.Deserialize<FileQueueEntry>(File.ReadAllBytes(path), path);

    private static string NewReceipt() => Guid.NewGuid().ToString("N", CultureInfo.InvariantCulture);

    private static void WriteAtomically(string path, byte[] content)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temp = Path.Combine(
            Path.GetDirectoryName(path)!, "." + Path.GetFileName(path) + "." + Path.GetRandomFileName() + ".tmp");
        try
        {
            using (var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                file.Write(content);
                file.Flush(flushToDisk: true);
            }

            File.Move(temp, path, overwrite: true);
        }
        catch
        {
            File.Delete(temp);
            throw;
        }
    }
}
