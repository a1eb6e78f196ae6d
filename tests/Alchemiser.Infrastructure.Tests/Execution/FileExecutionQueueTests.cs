using Alchemiser.Infrastructure.Execution;
using Alchemiser.Infrastructure.Tests.TestSupport;
using Alchemiser.Workflow.Execution;

namespace Alchemiser.Infrastructure.Tests.Execution;

/// <summary>The <see cref="IExecutionQueue"/> contract over files, on a fake clock, and what is particular to it.</summary>
public sealed class FileExecutionQueueTests : ExecutionQueueContractTests
{
    private readonly TempFolder _temp = new();
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 11, 24, 14, 30, 0, TimeSpan.Zero));

    protected override TimeSpan ShortTimeout => TimeSpan.FromMinutes(1);

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        _temp.Dispose();
    }

    protected override Task<IExecutionQueue> CreateQueueAsync() => Task.FromResult<IExecutionQueue>(CreateQueue());

    protected override IExecutionQueue CreateOtherReceiver() => CreateQueue();

    protected override Task LetTimePassAsync(TimeSpan span)
    {
        _clock.Now += span;
        return Task.CompletedTask;
    }

    private FileExecutionQueue CreateQueue() => new(_temp.Path, _clock);

    [Fact]
    public async Task EnqueueAsync_WritesOneMessageFileUnderHomeQueue()
    {
        await Queue.EnqueueAsync(Message(1), Ct);

        var file = Assert.Single(Directory.GetFiles(_temp.Combine("queue"), "*", SearchOption.AllDirectories));
        Assert.EndsWith(".json", file, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReceiveAsync_OldestFirst()
    {
        for (var i = 0; i < 3; i++)
        {
            await Queue.EnqueueAsync(Message(i), Ct);
            _clock.Now += TimeSpan.FromSeconds(i % 2); // two of them in the same tick
        }

        var received = new List<string>();
        while (await Queue.ReceiveAsync(Long, Ct) is { } r)
            received.Add(r.Message.EventId);

        Assert.Equal(["evt-enqueue-0", "evt-enqueue-1", "evt-enqueue-2"], received);
    }

    [Fact]
    public async Task ReceiveAsync_AfterACrash_StateSurvivesInTheFiles()
    {
        await Queue.EnqueueAsync(Message(1), Ct);
        var beforeCrash = await Queue.ReceiveAsync(ShortTimeout, Ct);
        Assert.NotNull(beforeCrash);

        var restarted = new FileExecutionQueue(_temp.Path, _clock);
        Assert.Null(await restarted.ReceiveAsync(Long, Ct));
        _clock.Now += ShortTimeout;
        var afterCrash = await restarted.ReceiveAsync(Long, Ct);

        Assert.NotNull(afterCrash);
        Assert.Equal(2, afterCrash.DeliveryCount);
        Assert.Equal(beforeCrash.Message, afterCrash.Message);
    }

    [Fact]
    public async Task ReceiveAsync_FourthDelivery_CopiesTheFileToThePoisonFolder()
    {
        await Queue.EnqueueAsync(Message(1), Ct);
        for (var i = 0; i < 3; i++)
            await Queue.AbandonAsync((await Queue.ReceiveAsync(Long, Ct))!, Ct);

        var poisoned = await Queue.ReceiveAsync(Long, Ct);
        Assert.NotNull(poisoned);
        Assert.True(File.Exists(_temp.Combine("queue", "poison", poisoned.MessageId + ".json")));
        Assert.True(await Queue.CompleteAsync(poisoned, Ct));

        Assert.Empty(Directory.GetFiles(_temp.Combine("queue"), "*.json"));
        Assert.Equal(_clock.Now, Assert.Single(await Queue.PeekPoisonedAsync(cancellationToken: Ct)).PoisonedAt);
    }

    [Fact]
    public async Task ReceiveAsync_LeftoverTemporaryFile_Ignored()
    {
        Directory.CreateDirectory(_temp.Combine("queue"));
        await File.WriteAllTextAsync(_temp.Combine("queue", ".0000-abc.json.x1.tmp"), "{ partial", Ct);
        await File.WriteAllTextAsync(_temp.Combine("queue", ".0000-abc.json"), "{ partial", Ct);

        Assert.Null(await Queue.ReceiveAsync(Long, Ct));
    }

    [Fact]
    public void Constructor_MaxDeliveriesBelowOne_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new FileExecutionQueue(_temp.Path, _clock, maxDeliveries: 0));
    }
}
