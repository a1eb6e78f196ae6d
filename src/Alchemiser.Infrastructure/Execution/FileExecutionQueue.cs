using System.Globalization;
using Alchemiser.Workflow.Execution;

namespace Alchemiser.Infrastructure.Execution;

/// <summary>
/// <see cref="IExecutionQueue"/> as files under <c>&lt;home&gt;/queue/</c>, the embedded default: one JSON file per
/// message holding its delivery count, visibility deadline and current receipt; poisoned messages are copied to
/// <c>&lt;home&gt;/queue/poison/</c>.
/// </summary>
/// <remarks>
/// <para>Nothing is lost on a crash: every file is written to a temporary name (starting with <c>.</c>), flushed to
/// disk and renamed over its target, so a file holds one whole state. A message is deleted only by
/// <see cref="CompleteAsync"/>.</para>
/// <para>Receive, complete, abandon, renew and poison hold an exclusive lock on <c>queue/.lock</c>, so queues over the
/// same folder, in one process or several, never hand one message to two receivers. Messages are received oldest
/// first (by enqueue time, then by id). Time comes from the injected <see cref="TimeProvider"/>.</para>
/// </remarks>
public sealed partial class FileExecutionQueue : IExecutionQueue
{
    private const string Extension = ".json";
    private static readonly TimeSpan LockTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan LockRetry = TimeSpan.FromMilliseconds(5);

    private readonly string _folder;
    private readonly string _poisonFolder;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private long _sequence;

    /// <summary>Creates a queue in <c><paramref name="home"/>/queue/</c>; folders are created when first needed.</summary>
    /// <param name="home">The local state folder.</param>
    /// <param name="timeProvider">The clock of visibility deadlines; default <see cref="TimeProvider.System"/>.</param>
    /// <param name="maxDeliveries">Deliveries for execution before the next poisons the message; at least 1, default 3.</param>
    public FileExecutionQueue(string home, TimeProvider? timeProvider = null, int maxDeliveries = IExecutionQueue.DefaultMaxDeliveries)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(home);
        ExecutionQueueLimits.ThrowIfInvalidMaxDeliveries(maxDeliveries);
        _folder = Path.Combine(Path.GetFullPath(home), "queue");
        _poisonFolder = Path.Combine(_folder, "poison");
        _time = timeProvider ?? TimeProvider.System;
        MaxDeliveries = maxDeliveries;
    }

    /// <inheritdoc />
    public int MaxDeliveries { get; }

    /// <summary>The folder of the message files.</summary>
    public string Folder => _folder;

    /// <summary>The folder of the poisoned messages.</summary>
    public string PoisonFolder => _poisonFolder;

    /// <inheritdoc />
    public Task EnqueueAsync(ExecutionMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        cancellationToken.ThrowIfCancellationRequested();
        var now = _time.GetUtcNow();
        var id = string.Create(
            CultureInfo.InvariantCulture,
            $"{now.UtcTicks:x16}-{Interlocked.Increment(ref _sequence):x8}-{Guid.NewGuid():N}");
        var entry = new FileQueueEntry(ExecutionQueueJson.ToWire(message), now, 0, now, null, null);
        WriteAtomically(PathOf(id), ExecutionQueueJson.Serialize(entry));
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public async Task<ReceivedExecutionMessage?> ReceiveAsync(TimeSpan visibilityTimeout, CancellationToken cancellationToken = default)
    {
        ExecutionQueueLimits.ThrowIfInvalidVisibilityTimeout(visibilityTimeout);
        return await LockedAsync(
            () =>
            {
                var now = _time.GetUtcNow();
                foreach (var (id, entry) in ReadAll())
                {
                    if (entry.VisibleAt > now)
                        continue;
                    var count = entry.DeliveryCount + 1;
                    var reason = entry.PoisonReason;
                    if (reason is null && count > MaxDeliveries)
                    {
                        reason = ExecutionQueueLimits.TooManyDeliveries(count, MaxDeliveries);
                        WritePoison(id, entry, count, reason, now);
                    }

                    var updated = entry with
                    {
                        DeliveryCount = count,
                        VisibleAt = now + visibilityTimeout,
                        Receipt = NewReceipt(),
                        PoisonReason = reason,
                    };
                    WriteAtomically(PathOf(id), ExecutionQueueJson.Serialize(updated));
                    return Delivery(id, updated);
                }

                return null;
            },
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<bool> CompleteAsync(ReceivedExecutionMessage received, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(received);
        return LockedAsync(
            () =>
            {
                if (ReadCurrent(received) is null)
                    return false;
                File.Delete(PathOf(received.MessageId));
                return true;
            },
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<bool> AbandonAsync(ReceivedExecutionMessage received, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(received);
        return LockedAsync(
            () =>
            {
                if (ReadCurrent(received) is not { } entry)
                    return false;
                var updated = entry with { VisibleAt = _time.GetUtcNow(), Receipt = null };
                WriteAtomically(PathOf(received.MessageId), ExecutionQueueJson.Serialize(updated));
                return true;
            },
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<ReceivedExecutionMessage?> RenewAsync(
        ReceivedExecutionMessage received, TimeSpan visibilityTimeout, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(received);
        ExecutionQueueLimits.ThrowIfInvalidVisibilityTimeout(visibilityTimeout);
        return LockedAsync(
            () =>
            {
                if (ReadCurrent(received) is not { } entry)
                    return null;
                var updated = entry with { VisibleAt = _time.GetUtcNow() + visibilityTimeout, Receipt = NewReceipt() };
                WriteAtomically(PathOf(received.MessageId), ExecutionQueueJson.Serialize(updated));
                return Delivery(received.MessageId, updated);
            },
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<ReceivedExecutionMessage?> PoisonAsync(
        ReceivedExecutionMessage received, string reason, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(received);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        return LockedAsync(
            () =>
            {
                if (ReadCurrent(received) is not { } entry)
                    return null;
                if (entry.PoisonReason is null)
                {
                    WritePoison(received.MessageId, entry, entry.DeliveryCount, reason, _time.GetUtcNow());
                    entry = entry with { PoisonReason = reason };
                }

                var updated = entry with { Receipt = NewReceipt() };
                WriteAtomically(PathOf(received.MessageId), ExecutionQueueJson.Serialize(updated));
                return Delivery(received.MessageId, updated);
            },
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<PoisonedExecutionMessage>> PeekPoisonedAsync(int maxCount = 32, CancellationToken cancellationToken = default)
    {
        ExecutionQueueLimits.ThrowIfInvalidPeekCount(maxCount);
        cancellationToken.ThrowIfCancellationRequested();
        var poisoned = new List<PoisonedExecutionMessage>();
        if (Directory.Exists(_poisonFolder))
        {
            foreach (var path in MessageFiles(_poisonFolder))
            {
                var wire = ExecutionQueueJson.Deserialize<ExecutionQueueJson.PoisonWire>(File.ReadAllBytes(path), path);
                poisoned.Add(ExecutionQueueJson.FromWire(wire));
            }
        }

        IReadOnlyList<PoisonedExecutionMessage> oldest =
            [.. poisoned.OrderBy(p => p.PoisonedAt).ThenBy(p => p.MessageId, StringComparer.Ordinal).Take(maxCount)];
        return Task.FromResult(oldest);
    }
}
