using Alchemiser.Workflow.Execution;
using Azure;
using Azure.Core;
using Azure.Storage.Queues;

namespace Alchemiser.Infrastructure.Execution;

/// <summary>
/// <see cref="IExecutionQueue"/> over an Azure Storage queue and its poison queue <c>&lt;name&gt;-poison</c>, both
/// created when missing. Bodies are JSON in Base64 message encoding; the delivery count is the service's dequeue count.
/// </summary>
/// <remarks>
/// <para>The service hides a received message for the visibility timeout and hands it to one receiver only; a pop
/// receipt is void once the message is updated or delivered again. Messages never expire (time-to-live −1).</para>
/// <para>Poisoning sends a copy to the poison queue, then updates the main-queue message to record that it was
/// poisoned, so a redelivery is reported as poisoned again without a second copy. A crash between those two calls can
/// leave a second copy; it never loses one.</para>
/// <para>Thread safety: every member is safe to call concurrently (the Azure clients are thread-safe).</para>
/// </remarks>
public sealed class StorageQueueExecutionQueue : IExecutionQueue
{
    /// <summary>The suffix of the poison queue's name.</summary>
    public const string PoisonSuffix = "-poison";

    private static readonly TimeSpan NeverExpires = TimeSpan.FromSeconds(-1);

    private readonly QueueClient _queue;
    private readonly QueueClient _poison;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _createLock = new(1, 1);
    private volatile bool _queuesExist;

    /// <summary>Creates a queue named <paramref name="queueName"/> reached with a connection string (Azurite, or a
    /// key-based account).</summary>
    /// <param name="connectionString">A storage connection string.</param>
    /// <param name="queueName">3-56 lowercase letters, digits and single hyphens (the poison queue adds 7 characters).</param>
    /// <param name="maxDeliveries">Deliveries for execution before the next poisons the message; at least 1, default 3.</param>
    /// <param name="timeProvider">The clock of poison timestamps; default <see cref="TimeProvider.System"/>.</param>
    public StorageQueueExecutionQueue(
        string connectionString, string queueName, int maxDeliveries = IExecutionQueue.DefaultMaxDeliveries,
        TimeProvider? timeProvider = null)
        : this(Service(connectionString), queueName, maxDeliveries, timeProvider)
    {
    }

    /// <summary>Creates a queue named <paramref name="queueName"/> on the account <paramref name="serviceUri"/>
    /// (e.g. <c>https://account.queue.core.windows.net</c>), signed in with <paramref name="credential"/>.</summary>
    /// <param name="serviceUri">The account's queue endpoint.</param>
    /// <param name="credential">E.g. a managed identity.</param>
    /// <param name="queueName">3-56 lowercase letters, digits and single hyphens.</param>
    /// <param name="maxDeliveries">Deliveries for execution before the next poisons the message; at least 1, default 3.</param>
    /// <param name="timeProvider">The clock of poison timestamps; default <see cref="TimeProvider.System"/>.</param>
    public StorageQueueExecutionQueue(
        Uri serviceUri, TokenCredential credential, string queueName,
        int maxDeliveries = IExecutionQueue.DefaultMaxDeliveries, TimeProvider? timeProvider = null)
        : this(new QueueServiceClient(serviceUri, credential, ClientOptions()), queueName, maxDeliveries, timeProvider)
    {
    }

    private StorageQueueExecutionQueue(QueueServiceClient service, string queueName, int maxDeliveries, TimeProvider? timeProvider)
    {
        ThrowIfInvalidQueueName(queueName);
        ExecutionQueueLimits.ThrowIfInvalidMaxDeliveries(maxDeliveries);
        _queue = service.GetQueueClient(queueName);
        _poison = service.GetQueueClient(queueName + PoisonSuffix);
        _time = timeProvider ?? TimeProvider.System;
        MaxDeliveries = maxDeliveries;
    }

    /// <inheritdoc />
    public int MaxDeliveries { get; }

    /// <summary>The main queue.</summary>
    public QueueClient Queue => _queue;

    /// <summary>The poison queue.</summary>
    public QueueClient PoisonQueue => _poison;

    /// <summary>
    /// Reads a message body as a queue trigger receives it (already Base64-decoded by the Functions host), from the main
    /// queue or the poison queue, in either of the formats this adapter writes: what the Azure host's triggers call.
    /// </summary>
    /// <param name="body">The decoded body.</param>
    /// <returns>The message and, when it was poisoned by this adapter, why (a message the host moved is the main-queue
    /// envelope and has no reason: the caller knows it came from the poison queue).</returns>
    /// <exception cref="InvalidDataException">The body is not one of this adapter's messages.</exception>
    public static (ExecutionMessage Message, string? PoisonReason) ReadBody(BinaryData body)
    {
        ArgumentNullException.ThrowIfNull(body);
        try
        {
            using var document = System.Text.Json.JsonDocument.Parse(body.ToMemory());
            if (document.RootElement.TryGetProperty("reason", out _))
            {
                var poisoned = ExecutionQueueJson.Deserialize<ExecutionQueueJson.PoisonWire>(body.ToMemory().Span, "the poison message");
                return (ExecutionQueueJson.FromWire(poisoned.Message), poisoned.Reason);
            }
            var envelope = ExecutionQueueJson.Deserialize<StorageQueueEnvelope>(body.ToMemory().Span, "the queue message");
            return (ExecutionQueueJson.FromWire(envelope.Message), envelope.PoisonReason);
        }
        catch (Exception ex) when (ex is System.Text.Json.JsonException or ArgumentException or NullReferenceException)
        {
            throw new InvalidDataException($"not an execution message: {ex.Message}", ex);
        }
    }

    /// <inheritdoc />
    public async Task EnqueueAsync(ExecutionMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        await EnsureQueuesAsync(cancellationToken);
        var body = new StorageQueueEnvelope(ExecutionQueueJson.ToWire(message), null);
        await _queue.SendMessageAsync(
            BinaryData.FromBytes(ExecutionQueueJson.Serialize(body)), visibilityTimeout: null, NeverExpires, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<ReceivedExecutionMessage?> ReceiveAsync(TimeSpan visibilityTimeout, CancellationToken cancellationToken = default)
    {
        ExecutionQueueLimits.ThrowIfInvalidVisibilityTimeout(visibilityTimeout);
        await EnsureQueuesAsync(cancellationToken);
        var response = await _queue.ReceiveMessagesAsync(1, visibilityTimeout, cancellationToken);
        if (response.Value is not [var received, ..])
            return null;

        var envelope = ExecutionQueueJson.Deserialize<StorageQueueEnvelope>(received.Body.ToMemory().Span, received.MessageId);
        var count = checked((int)received.DequeueCount);
        var receipt = received.PopReceipt;
        var visibleAgainAt = received.NextVisibleOn ?? _time.GetUtcNow() + visibilityTimeout;
        if (envelope.PoisonReason is null && count > MaxDeliveries)
        {
            var reason = ExecutionQueueLimits.TooManyDeliveries(count, MaxDeliveries);
            (receipt, visibleAgainAt) = await MovePoisonAsync(
                received.MessageId, receipt, envelope, count, reason, visibilityTimeout, cancellationToken);
            envelope = envelope with { PoisonReason = reason };
        }

        return new ReceivedExecutionMessage(
            ExecutionQueueJson.FromWire(envelope.Message), received.MessageId, count, receipt, visibleAgainAt,
            envelope.PoisonReason);
    }

    /// <inheritdoc />
    public async Task<bool> CompleteAsync(ReceivedExecutionMessage received, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(received);
        try
        {
            await _queue.DeleteMessageAsync(received.MessageId, received.Receipt, cancellationToken);
            return true;
        }
        catch (RequestFailedException ex) when (IsVoidReceipt(ex))
        {
            return false;
        }
    }

    /// <inheritdoc />
    public async Task<bool> AbandonAsync(ReceivedExecutionMessage received, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(received);
        try
        {
            await _queue.UpdateMessageAsync(received.MessageId, received.Receipt, visibilityTimeout: TimeSpan.Zero, cancellationToken: cancellationToken);
            return true;
        }
        catch (RequestFailedException ex) when (IsVoidReceipt(ex))
        {
            return false;
        }
    }

    /// <inheritdoc />
    public async Task<ReceivedExecutionMessage?> RenewAsync(
        ReceivedExecutionMessage received, TimeSpan visibilityTimeout, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(received);
        ExecutionQueueLimits.ThrowIfInvalidVisibilityTimeout(visibilityTimeout);
        try
        {
            var update = await _queue.UpdateMessageAsync(
                received.MessageId, received.Receipt, visibilityTimeout: visibilityTimeout, cancellationToken: cancellationToken);
            return received with { Receipt = update.Value.PopReceipt, VisibleAgainAt = update.Value.NextVisibleOn };
        }
        catch (RequestFailedException ex) when (IsVoidReceipt(ex))
        {
            return null;
        }
    }

    /// <inheritdoc />
    public async Task<ReceivedExecutionMessage?> PoisonAsync(
        ReceivedExecutionMessage received, string reason, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(received);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        if (received.IsPoisoned)
            return received;
        var remaining = received.VisibleAgainAt - _time.GetUtcNow();
        var timeout = remaining < ExecutionQueueLimits.MinVisibilityTimeout ? ExecutionQueueLimits.MinVisibilityTimeout : remaining;
        try
        {
            var envelope = new StorageQueueEnvelope(ExecutionQueueJson.ToWire(received.Message), null);
            var (receipt, visibleAgainAt) = await MovePoisonAsync(
                received.MessageId, received.Receipt, envelope, received.DeliveryCount, reason, timeout, cancellationToken);
            return received with { Receipt = receipt, VisibleAgainAt = visibleAgainAt, PoisonReason = reason };
        }
        catch (RequestFailedException ex) when (IsVoidReceipt(ex))
        {
            return null;
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<PoisonedExecutionMessage>> PeekPoisonedAsync(int maxCount = 32, CancellationToken cancellationToken = default)
    {
        ExecutionQueueLimits.ThrowIfInvalidPeekCount(maxCount);
        await EnsureQueuesAsync(cancellationToken);
        var peeked = await _poison.PeekMessagesAsync(maxCount, cancellationToken);
        return [.. peeked.Value.Select(m => ExecutionQueueJson.FromWire(
            ExecutionQueueJson.Deserialize<ExecutionQueueJson.PoisonWire>(m.Body.ToMemory().Span, m.MessageId)))];
    }

    /// <summary>Copies the message to the poison queue, then marks it poisoned in the main queue (new receipt).</summary>
    private async Task<(string Receipt, DateTimeOffset VisibleAgainAt)> MovePoisonAsync(
        string messageId, string receipt, StorageQueueEnvelope envelope, int deliveryCount, string reason,
        TimeSpan visibilityTimeout, CancellationToken cancellationToken)
    {
        var poison = new ExecutionQueueJson.PoisonWire(envelope.Message, messageId, deliveryCount, reason, _time.GetUtcNow());
        await _poison.SendMessageAsync(
            BinaryData.FromBytes(ExecutionQueueJson.Serialize(poison)), visibilityTimeout: null, NeverExpires, cancellationToken);
        var marked = BinaryData.FromBytes(ExecutionQueueJson.Serialize(envelope with { PoisonReason = reason }));
        var update = await _queue.UpdateMessageAsync(messageId, receipt, marked, visibilityTimeout, cancellationToken);
        return (update.Value.PopReceipt, update.Value.NextVisibleOn);
    }

    private async Task EnsureQueuesAsync(CancellationToken cancellationToken)
    {
        if (_queuesExist)
            return;
        await _createLock.WaitAsync(cancellationToken);
        try
        {
            if (!_queuesExist)
            {
                await _queue.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
                await _poison.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
                _queuesExist = true;
            }
        }
        finally
        {
            _createLock.Release();
        }
    }

    /// <summary>The message is gone, or the pop receipt no longer matches (it was updated or delivered again).</summary>
    private static bool IsVoidReceipt(RequestFailedException ex) =>
        ex.Status == 404 || ex.ErrorCode is "PopReceiptMismatch" or "MessageNotFound";

    private static QueueServiceClient Service(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        return new QueueServiceClient(connectionString, ClientOptions());
    }

    private static QueueClientOptions ClientOptions() => new() { MessageEncoding = QueueMessageEncoding.Base64 };

    private static void ThrowIfInvalidQueueName(string queueName)
    {
        var valid = queueName is { Length: >= 3 and <= 63 - 7 } &&
            queueName.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-') &&
            queueName[0] != '-' && queueName[^1] != '-' && !queueName.Contains("--", StringComparison.Ordinal);
        if (!valid)
        {
            throw new ArgumentException(
                $"invalid queue name '{queueName}': 3-56 lowercase letters, digits and single hyphens, starting and " +
                "ending with a letter or digit", nameof(queueName));
        }
    }
}
