using System.Collections.Concurrent;
using Alchemiser.Workflow.Execution;

namespace Alchemiser.Workflow.Tests.Activities;

/// <summary>An <see cref="IExecutionQueue"/> that records what is enqueued (or fails while <see cref="Down"/>); nothing is received.</summary>
internal sealed class RecordingExecutionQueue : IExecutionQueue
{
    private readonly ConcurrentQueue<ExecutionMessage> _messages = new();

    public bool Down { get; init; }

    public IReadOnlyList<ExecutionMessage> Messages => [.. _messages];

    public int MaxDeliveries => IExecutionQueue.DefaultMaxDeliveries;

    public Task EnqueueAsync(ExecutionMessage message, CancellationToken cancellationToken = default)
    {
        if (Down)
            return Task.FromException(new IOException("queue unreachable"));
        _messages.Enqueue(message);
        return Task.CompletedTask;
    }

    public Task<ReceivedExecutionMessage?> ReceiveAsync(TimeSpan visibilityTimeout, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<bool> CompleteAsync(ReceivedExecutionMessage received, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<bool> AbandonAsync(ReceivedExecutionMessage received, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<ReceivedExecutionMessage?> RenewAsync(ReceivedExecutionMessage received, TimeSpan visibilityTimeout, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<ReceivedExecutionMessage?> PoisonAsync(ReceivedExecutionMessage received, string reason, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<IReadOnlyList<PoisonedExecutionMessage>> PeekPoisonedAsync(int maxCount = 32, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();
}
