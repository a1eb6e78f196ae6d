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

    [Fact]
    public async Task ReadBody_WhatATriggerReceives_GivesBackTheMessageFromTheMainAndThePoisonQueue()
    {
        var queue = (StorageQueueExecutionQueue)Queue;
        var message = Message(7);
        await queue.EnqueueAsync(message, Ct);
        var options = new Azure.Storage.Queues.QueueClientOptions { MessageEncoding = Azure.Storage.Queues.QueueMessageEncoding.Base64 };
        var decoding = new Azure.Storage.Queues.QueueClient(_connectionString, _name, options); // decodes as the Functions host does

        var main = Assert.Single((await decoding.PeekMessagesAsync(1, Ct)).Value);
        var (read, reason) = StorageQueueExecutionQueue.ReadBody(main.Body);
        Assert.Equal(message, read);
        Assert.Null(reason);

        var received = await queue.ReceiveAsync(TimeSpan.FromSeconds(30), Ct);
        await queue.PoisonAsync(received!, "plan hash mismatch", Ct);
        var poisonQueue = new Azure.Storage.Queues.QueueClient(_connectionString, _name + "-poison", options);
        var poisoned = Assert.Single((await poisonQueue.PeekMessagesAsync(1, Ct)).Value);
        (read, reason) = StorageQueueExecutionQueue.ReadBody(poisoned.Body);
        Assert.Equal(message, read);
        Assert.Equal("plan hash mismatch", reason);

        Assert.Throws<InvalidDataException>(() => StorageQueueExecutionQueue.ReadBody(BinaryData.FromString("{\"hello\":1}")));
        Assert.Throws<InvalidDataException>(() => StorageQueueExecutionQueue.ReadBody(BinaryData.FromString("not json")));
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
