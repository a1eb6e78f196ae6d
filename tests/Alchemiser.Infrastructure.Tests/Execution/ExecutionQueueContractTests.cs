using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Alchemiser.Core.Execution;
using Alchemiser.Workflow.Execution;

namespace Alchemiser.Infrastructure.Tests.Execution;

/// <summary>
/// What every <see cref="IExecutionQueue"/> must do (PIPELINE.md §6.1), run once per adapter
/// (<see cref="FileExecutionQueueTests"/>, <see cref="StorageQueueExecutionQueueTests"/>).
/// </summary>
public abstract class ExecutionQueueContractTests : IAsyncLifetime
{
    /// <summary>A visibility timeout no test outlives.</summary>
    protected static readonly TimeSpan Long = TimeSpan.FromMinutes(5);

    private IExecutionQueue? _queue;

    /// <summary>The queue under test: empty at the start of each test, max 3 deliveries.</summary>
    protected IExecutionQueue Queue => _queue ?? throw new InvalidOperationException("not initialized");

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A timeout short enough for <see cref="LetTimePassAsync"/> to outlast quickly.</summary>
    protected abstract TimeSpan ShortTimeout { get; }

    public async ValueTask InitializeAsync() => _queue = await CreateQueueAsync();

    public virtual ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }

    /// <summary>Creates a fresh, empty queue.</summary>
    protected abstract Task<IExecutionQueue> CreateQueueAsync();

    /// <summary>Another client of the same queue, as a second worker would have.</summary>
    protected abstract IExecutionQueue CreateOtherReceiver();

    /// <summary>Lets <paramref name="span"/> pass on the queue's clock.</summary>
    protected abstract Task LetTimePassAsync(TimeSpan span);

    protected static ExecutionMessage Message(int n, string? causationId = "evt-plan") => new(
        InstanceId.Parse("2026-11-24"),
        string.Create(CultureInfo.InvariantCulture, $"plans/2026-11-24-{n}.json"),
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(n.ToString(CultureInfo.InvariantCulture)))),
        string.Create(CultureInfo.InvariantCulture, $"evt-enqueue-{n}"),
        "2026-11-24",
        causationId,
        new DateTime(2026, 11, 24, 14, 30, 0, DateTimeKind.Utc).AddTicks(1_234_567 + n));

    [Fact]
    public async Task ReceiveAsync_Empty_ReturnsNull()
    {
        Assert.Null(await Queue.ReceiveAsync(Long, Ct));
        Assert.Empty(await Queue.PeekPoisonedAsync(cancellationToken: Ct));
    }

    [Fact]
    public async Task EnqueueReceiveComplete_RoundTripsTheMessageAndDeletesIt()
    {
        var message = Message(1);
        var root = Message(2, causationId: null);
        await Queue.EnqueueAsync(message, Ct);
        await Queue.EnqueueAsync(root, Ct);

        var first = await Queue.ReceiveAsync(Long, Ct);
        var second = await Queue.ReceiveAsync(Long, Ct);

        Assert.NotNull(first);
        Assert.NotNull(second);
        Assert.Equal(
            new[] { message, root }.OrderBy(m => m.EventId, StringComparer.Ordinal),
            new[] { first.Message, second.Message }.OrderBy(m => m.EventId, StringComparer.Ordinal));
        Assert.All([first, second], r =>
        {
            Assert.Equal(1, r.DeliveryCount);
            Assert.False(r.IsPoisoned);
            Assert.Null(r.PoisonReason);
            Assert.NotEmpty(r.Receipt);
        });
        Assert.NotEqual(first.MessageId, second.MessageId);
        Assert.True(await Queue.CompleteAsync(first, Ct));
        Assert.True(await Queue.CompleteAsync(second, Ct));
        Assert.False(await Queue.CompleteAsync(first, Ct));
        Assert.Null(await Queue.ReceiveAsync(Long, Ct));
    }

    [Fact]
    public async Task ReceiveAsync_WhileInvisible_NotDeliveredAgain()
    {
        await Queue.EnqueueAsync(Message(1), Ct);

        Assert.NotNull(await Queue.ReceiveAsync(Long, Ct));

        Assert.Null(await Queue.ReceiveAsync(Long, Ct));
        Assert.Null(await CreateOtherReceiver().ReceiveAsync(Long, Ct));
    }

    [Fact]
    public async Task ReceiveAsync_AfterVisibilityTimeout_RedeliversAndVoidsTheOldReceipt()
    {
        await Queue.EnqueueAsync(Message(1), Ct);
        var first = await Queue.ReceiveAsync(ShortTimeout, Ct);
        Assert.NotNull(first);
        Assert.Null(await Queue.ReceiveAsync(ShortTimeout, Ct));

        await LetTimePassAsync(ShortTimeout * 2);
        var second = await Queue.ReceiveAsync(Long, Ct);

        Assert.NotNull(second);
        Assert.Equal(first.MessageId, second.MessageId);
        Assert.Equal(first.Message, second.Message);
        Assert.Equal(2, second.DeliveryCount);
        Assert.NotEqual(first.Receipt, second.Receipt);
        Assert.False(await Queue.CompleteAsync(first, Ct));
        Assert.False(await Queue.AbandonAsync(first, Ct));
        Assert.True(await Queue.CompleteAsync(second, Ct));
        Assert.Null(await Queue.ReceiveAsync(Long, Ct));
    }

    [Fact]
    public async Task AbandonAsync_MakesItVisibleAtOnceAndVoidsTheReceipt()
    {
        await Queue.EnqueueAsync(Message(1), Ct);
        var first = await Queue.ReceiveAsync(Long, Ct);
        Assert.NotNull(first);

        Assert.True(await Queue.AbandonAsync(first, Ct));

        Assert.False(await Queue.AbandonAsync(first, Ct));
        Assert.False(await Queue.CompleteAsync(first, Ct));
        var second = await Queue.ReceiveAsync(Long, Ct);
        Assert.NotNull(second);
        Assert.Equal(2, second.DeliveryCount);
        Assert.Equal(first.Message, second.Message);
    }

    [Fact]
    public async Task RenewAsync_ExtendsTheTimeoutAndReplacesTheReceipt()
    {
        await Queue.EnqueueAsync(Message(1), Ct);
        var received = await Queue.ReceiveAsync(ShortTimeout, Ct);
        Assert.NotNull(received);

        var renewed = await Queue.RenewAsync(received, Long, Ct);
        await LetTimePassAsync(ShortTimeout * 2);

        Assert.NotNull(renewed);
        Assert.NotEqual(received.Receipt, renewed.Receipt);
        Assert.True(renewed.VisibleAgainAt > received.VisibleAgainAt);
        Assert.Null(await Queue.ReceiveAsync(Long, Ct));
        Assert.Null(await Queue.RenewAsync(received, Long, Ct));
        Assert.True(await Queue.CompleteAsync(renewed, Ct));
    }

    [Fact]
    public async Task ReceiveAsync_FourthDelivery_MovesToPoisonAndReportsItOnce()
    {
        var message = Message(7);
        await Queue.EnqueueAsync(message, Ct);
        for (var delivery = 1; delivery <= 3; delivery++)
        {
            var received = await Queue.ReceiveAsync(Long, Ct);
            Assert.NotNull(received);
            Assert.False(received.IsPoisoned);
            Assert.Equal(delivery, received.DeliveryCount);
            Assert.Empty(await Queue.PeekPoisonedAsync(cancellationToken: Ct));
            Assert.True(await Queue.AbandonAsync(received, Ct)); // the worker failed
        }

        var fourth = await Queue.ReceiveAsync(Long, Ct);

        Assert.NotNull(fourth);
        Assert.True(fourth.IsPoisoned);
        Assert.Equal(4, fourth.DeliveryCount);
        Assert.Equal("delivered 4 times (max 3)", fourth.PoisonReason);
        Assert.Equal(message, fourth.Message);
        var poisoned = Assert.Single(await Queue.PeekPoisonedAsync(cancellationToken: Ct));
        Assert.Equal(message, poisoned.Message);
        Assert.Equal(fourth.MessageId, poisoned.MessageId);
        Assert.Equal(4, poisoned.DeliveryCount);
        Assert.Equal("delivered 4 times (max 3)", poisoned.Reason);

        Assert.True(await Queue.CompleteAsync(fourth, Ct)); // the alert was sent

        Assert.Null(await Queue.ReceiveAsync(Long, Ct));
        Assert.Single(await Queue.PeekPoisonedAsync(cancellationToken: Ct));
    }

    [Fact]
    public async Task ReceiveAsync_PoisonedDeliveryNotCompleted_ReportedAgainWithoutASecondCopy()
    {
        await Queue.EnqueueAsync(Message(7), Ct);
        for (var delivery = 1; delivery <= 3; delivery++)
            Assert.True(await Queue.AbandonAsync((await Queue.ReceiveAsync(Long, Ct))!, Ct));
        var fourth = await Queue.ReceiveAsync(ShortTimeout, Ct);
        Assert.True(fourth?.IsPoisoned);

        await LetTimePassAsync(ShortTimeout * 2); // the alert could not be sent: the delivery times out
        var fifth = await Queue.ReceiveAsync(Long, Ct);

        Assert.NotNull(fifth);
        Assert.True(fifth.IsPoisoned);
        Assert.Equal(5, fifth.DeliveryCount);
        Assert.Equal("delivered 4 times (max 3)", fifth.PoisonReason);
        Assert.Single(await Queue.PeekPoisonedAsync(cancellationToken: Ct));
        Assert.True(await Queue.CompleteAsync(fifth, Ct));
        Assert.Null(await Queue.ReceiveAsync(Long, Ct));
    }

    [Fact]
    public async Task PoisonAsync_HashMismatch_MovesItNowAndLeavesTheAlertToComplete()
    {
        await Queue.EnqueueAsync(Message(3), Ct);
        var received = await Queue.ReceiveAsync(Long, Ct);
        Assert.NotNull(received);

        var poisoned = await Queue.PoisonAsync(received, "plan hash mismatch", Ct);

        Assert.NotNull(poisoned);
        Assert.True(poisoned.IsPoisoned);
        Assert.Equal("plan hash mismatch", poisoned.PoisonReason);
        var listed = Assert.Single(await Queue.PeekPoisonedAsync(cancellationToken: Ct));
        Assert.Equal(("plan hash mismatch", 1, received.Message), (listed.Reason, listed.DeliveryCount, listed.Message));
        Assert.Null(await Queue.ReceiveAsync(Long, Ct));
        Assert.True(await Queue.CompleteAsync(poisoned, Ct));
        Assert.Null(await Queue.ReceiveAsync(Long, Ct));
        Assert.Single(await Queue.PeekPoisonedAsync(cancellationToken: Ct));
    }

    [Fact]
    public async Task ReceiveAsync_ConcurrentReceivers_NeverGetTheSameMessage()
    {
        const int Messages = 12;
        for (var i = 0; i < Messages; i++)
            await Queue.EnqueueAsync(Message(i), Ct);
        var receivers = Enumerable.Range(0, 6).Select(i => i == 0 ? Queue : CreateOtherReceiver()).ToArray();

        var batches = await Task.WhenAll(receivers.Select(receiver => Task.Run(
            async () =>
            {
                var mine = new List<ReceivedExecutionMessage>();
                while (await receiver.ReceiveAsync(Long, Ct) is { } received)
                    mine.Add(received);
                return mine;
            },
            Ct)));

        var all = batches.SelectMany(b => b).ToList();
        Assert.Equal(Messages, all.Count);
        Assert.Equal(Messages, all.Select(r => r.MessageId).Distinct().Count());
        Assert.Equal(Messages, all.Select(r => r.Message.EventId).Distinct().Count());
        Assert.All(all, r => Assert.Equal(1, r.DeliveryCount));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(999)]
    [InlineData(-1000)]
    public async Task ReceiveAsync_TimeoutOutOfRange_Throws(int milliseconds)
    {
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(
            () => Queue.ReceiveAsync(TimeSpan.FromMilliseconds(milliseconds), Ct));
    }

    [Fact]
    public void MaxDeliveries_DefaultsToThree()
    {
        Assert.Equal(3, Queue.MaxDeliveries);
    }
}
