using Alchemiser.Core.Execution;
using Alchemiser.Infrastructure.Tests.Execution.Worker;
using Alchemiser.Workflow.Brokers;
using Alchemiser.Workflow.Execution;
using Alchemiser.Workflow.Execution.Worker;
using static Alchemiser.Infrastructure.Tests.Execution.Consumer.ConsumerBed;

namespace Alchemiser.Infrastructure.Tests.Execution.Consumer;

/// <summary><see cref="ExecutionQueueConsumer"/> and <see cref="ExecutionProcessor"/>: deliveries (PIPELINE.md §6.1).</summary>
public sealed partial class ExecutionQueueConsumerTests : IDisposable
{
    private const string BuyBbb = "20261123-B-BBB-0";

    private readonly ConsumerBed _bed = new();

    public void Dispose() => _bed.Dispose();

    [Fact]
    public async Task ProcessNextAsync_EmptyQueue_ReturnsFalse()
    {
        var consumer = _bed.Consumer(_bed.Queue(), _bed.Market.Broker());

        Assert.False(await consumer.ProcessNextAsync(Ct));
        Assert.Empty(_bed.Reports);
    }

    [Fact]
    public async Task ProcessNextAsync_Delivery_ExecutesReportsCompletedWithTheInstanceAndDeletesTheMessage()
    {
        var broker = await _bed.MarketWithPositionsAsync();
        var queue = _bed.Queue();
        var message = await _bed.EnqueueAsync(queue, Plan());

        var handled = await _bed.Consumer(queue, broker).ProcessNextAsync(Ct);

        Assert.True(handled);
        var (id, completed) = Assert.Single(_bed.Reports);
        Assert.Equal(SimulatedExecutionBed.Day, id);
        Assert.Equal("2026-11-23", completed.PlanId);
        Assert.False(completed.IsDeadLettered);
        Assert.Null(completed.Failure);
        Assert.NotNull(completed.Summary);
        Assert.All(completed.Summary.Items, i => Assert.Equal(ExecutionItemStatus.Filled, i.Status));
        Assert.Equal((message.EventId + "/completed", message.CorrelationId, message.EventId),
            (completed.EventId, completed.CorrelationId, completed.CausationId));
        Assert.Equal(DateTimeKind.Utc, completed.Timestamp.Kind);
        var positions = (await broker.GetPositionsAsync(Ct)).ToDictionary(p => p.Symbol.Value, p => p.Quantity);
        Assert.Equal(new Dictionary<string, decimal> { ["AAA"] = 10m, ["BBB"] = 40m }, positions);

        _bed.PassVisibilityTimeout();
        Assert.Null(await queue.ReceiveAsync(Visibility, Ct));
        Assert.Empty(Directory.GetFiles(queue.Folder, "*.json"));
        Assert.Empty(await queue.PeekPoisonedAsync(cancellationToken: Ct));
        Assert.Empty(_bed.Notifier.Sent);
    }

    [Fact]
    public async Task ProcessNextAsync_ExecutionThrows_LeavesTheMessage_AndTheNextDeliveryResumesAndCompletes()
    {
        var broker = await _bed.MarketWithPositionsAsync();
        var queue = _bed.Queue();
        await _bed.EnqueueAsync(queue, Plan());
        var faulty = new DecoratedBroker(broker) { CrashAfterSubmitOf = BuyBbb, CrashWith = () => new IOException("connection reset") };
        var consumer = _bed.Consumer(queue, faulty);

        await Assert.ThrowsAsync<IOException>(() => consumer.ProcessNextAsync(Ct));

        Assert.Empty(_bed.Reports);
        Assert.Null(await queue.ReceiveAsync(Visibility, Ct)); // hidden until its visibility timeout passes
        Assert.False(await consumer.ProcessNextAsync(Ct));

        _bed.PassVisibilityTimeout();
        Assert.True(await consumer.ProcessNextAsync(Ct));

        var (_, completed) = Assert.Single(_bed.Reports);
        Assert.All(completed.Summary!.Items, i => Assert.Equal(ExecutionItemStatus.Filled, i.Status));
        var orders = await broker.ListOrdersAsync(OrderListing.All, cancellationToken: Ct);
        Assert.Single(orders, o => o.ClientOrderId == BuyBbb); // resumed: the accepted order was adopted, not placed again
        Assert.Equal(40m, (await broker.GetPositionsAsync(Ct)).Single(p => p.Symbol.Value == "BBB").Quantity);
        _bed.PassVisibilityTimeout();
        Assert.Null(await queue.ReceiveAsync(Visibility, Ct));
    }

    [Fact]
    public async Task ProcessNextAsync_ReportFails_LeavesTheMessage_AndTheRedeliveryReportsTheStoredSummaryWithoutTrading()
    {
        var broker = await _bed.MarketWithPositionsAsync();
        var queue = _bed.Queue();
        await _bed.EnqueueAsync(queue, Plan());
        var consumer = _bed.Consumer(queue, broker);
        _bed.FailReports(1);

        await Assert.ThrowsAsync<IOException>(() => consumer.ProcessNextAsync(Ct));
        var orders = (await broker.ListOrdersAsync(OrderListing.All, cancellationToken: Ct)).Count;
        _bed.PassVisibilityTimeout();

        Assert.True(await consumer.ProcessNextAsync(Ct));

        Assert.Equal(2, _bed.ReportAttempts);
        Assert.NotNull(Assert.Single(_bed.Reports).Completed.Summary);
        Assert.Equal(orders, (await broker.ListOrdersAsync(OrderListing.All, cancellationToken: Ct)).Count);
        _bed.PassVisibilityTimeout();
        Assert.Null(await queue.ReceiveAsync(Visibility, Ct));
    }

    [Fact]
    public void Constructor_VisibilityUnderThreeSeconds_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => _bed.Consumer(_bed.Queue(), _bed.Market.Broker(), visibility: TimeSpan.FromSeconds(2)));

    [Fact]
    public async Task ExecuteAsync_PlanOfAnotherRun_IsAPlanIntegrityFailure()
    {
        var queue = _bed.Queue();
        var message = await _bed.EnqueueAsync(queue, Plan(), InstanceId.Parse("2026-11-24"));
        var processor = new ExecutionProcessor(
            new PlanStore(_bed.Store), new ExecutionWorker(_bed.Market.Broker(), _bed.Store, new NoFills(), TimeProvider.System),
            SimulatedExecutionBed.FastSettings, TimeProvider.System);

        var error = await Assert.ThrowsAsync<PlanIntegrityException>(() => processor.ExecuteAsync(message, Ct));

        Assert.Contains("belongs to 2026-11-23", error.Message, StringComparison.Ordinal);
    }

    private sealed class NoFills : IFillRecorder
    {
        public Task RecordAsync(FillRecord fill, CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
