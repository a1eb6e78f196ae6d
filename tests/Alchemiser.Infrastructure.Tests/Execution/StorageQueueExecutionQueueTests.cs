using Alchemiser.Infrastructure.Execution;
using Alchemiser.Infrastructure.Tests.TestSupport;
using Alchemiser.Workflow.Execution;

namespace Alchemiser.Infrastructure.Tests.Execution;

/// <summary>The <see cref="IExecutionQueue"/> contract over an Azurite storage queue, and what is particular to it.</summary>
public sealed class StorageQueueExecutionQueueTests(AzuriteFixture azurite) : ExecutionQueueContractTests
{
    private string? _connectionString;
    private string? _name;

    protected override TimeSpan ShortTimeout => TimeSpan.FromSeconds(1);

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_connectionString is not null)
        {
            var queue = new StorageQueueExecutionQueue(_connectionString, _name!);
            await queue.Queue.DeleteIfExistsAsync();
            await queue.PoisonQueue.DeleteIfExistsAsync();
        }
    }

    protected override async Task<IExecutionQueue> CreateQueueAsync()
    {
        _connectionString = await azurite.GetConnectionStringAsync();
        _name = "exec-" + Guid.NewGuid().ToString("N")[..16];
        return CreateOtherReceiver();
    }

    protected override IExecutionQueue CreateOtherReceiver() => new StorageQueueExecutionQueue(_connectionString!, _name!);

    protected override Task LetTimePassAsync(TimeSpan span) => Task.Delay(span + TimeSpan.FromMilliseconds(200), Ct);

    [Fact]
    public async Task EnqueueAsync_MissingQueues_CreatesBothWithBase64Bodies()
    {
        var queue = (StorageQueueExecutionQueue)Queue;
        Assert.False(await queue.Queue.ExistsAsync(Ct));

        await queue.EnqueueAsync(Message(1), Ct);

        Assert.True(await queue.Queue.ExistsAsync(Ct));
        Assert.True(await queue.PoisonQueue.ExistsAsync(Ct));
        Assert.Equal(_name + "-poison", queue.PoisonQueue.Name);
        var raw = new Azure.Storage.Queues.QueueClient(_connectionString, _name); // no decoding: the text on the wire
        var peeked = Assert.Single((await raw.PeekMessagesAsync(1, Ct)).Value);
        var json = System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(peeked.Body.ToString()));
        Assert.Contains("\"planKey\":\"plans/2026-11-24-1.json\"", json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ab")]
    [InlineData("Exec")]
    [InlineData("exec--plans")]
    [InlineData("-exec")]
    [InlineData("a-queue-name-of-57-characters-too-long-once-poison-is-add")] // 57 + 7 > 63
    public void Constructor_InvalidQueueName_Throws(string name)
    {
        Assert.Throws<ArgumentException>(() => new StorageQueueExecutionQueue("UseDevelopmentStorage=true", name));
    }
}
