using Alchemiser.Workflow.Execution;
using static Alchemiser.Infrastructure.Tests.Execution.Consumer.ConsumerBed;

namespace Alchemiser.Infrastructure.Tests.Execution.Consumer;

/// <summary>The consumer as a host runs it: visibility renewal during a long execution, and the polling loop.</summary>
public sealed partial class ExecutionQueueConsumerTests
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(20);
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task ProcessNextAsync_ExecutionLongerThanTheVisibilityTimeout_StaysInvisibleToOtherReceivers()
    {
        var broker = await _bed.MarketWithPositionsAsync();
        var queue = _bed.Queue(clock: TimeProvider.System);
        var otherProcess = _bed.Queue(clock: TimeProvider.System);
        await _bed.EnqueueAsync(queue, Plan());
        _bed.Store.PlanReadDelay = TimeSpan.FromSeconds(5); // the execution takes over 5 s; deliveries hide for 3 s
        var consumer = _bed.Consumer(queue, broker, visibility: TimeSpan.FromSeconds(3));

        var processing = consumer.ProcessNextAsync(Ct);
        var stolen = new List<ReceivedExecutionMessage>();
        while (!processing.IsCompleted)
        {
            if (await otherProcess.ReceiveAsync(TimeSpan.FromSeconds(3), Ct) is { } received)
                stolen.Add(received);
            await Task.Delay(200, Ct);
        }

        Assert.True(await processing);
        Assert.Empty(stolen);
        Assert.NotNull(Assert.Single(_bed.Reports).Completed.Summary);
        Assert.Null(await otherProcess.ReceiveAsync(TimeSpan.FromSeconds(3), Ct));
    }

    [Fact]
    public async Task RunAsync_HandlesDeliveriesUntilCancelled_ThenReturns()
    {
        var broker = await _bed.MarketWithPositionsAsync();
        var queue = _bed.Queue();
        await _bed.EnqueueAsync(queue, Plan());
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(Ct);

        var running = _bed.Consumer(queue, broker).RunAsync(Poll, stop.Token);
        await WaitUntilAsync(() => _bed.Reports.Count == 1);
        await stop.CancelAsync();
        await running.WaitAsync(Patience, Ct);

        Assert.True(running.IsCompletedSuccessfully);
        Assert.NotNull(Assert.Single(_bed.Reports).Completed.Summary);
        _bed.PassVisibilityTimeout();
        Assert.Null(await queue.ReceiveAsync(Visibility, Ct));
    }

    [Fact]
    public async Task RunAsync_AFailedDelivery_IsRetriedAfterItsVisibilityTimeout()
    {
        var broker = await _bed.MarketWithPositionsAsync();
        var queue = _bed.Queue();
        await _bed.EnqueueAsync(queue, Plan());
        _bed.Store.FailPlanReads(1);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(Ct);

        var running = _bed.Consumer(queue, broker).RunAsync(Poll, stop.Token);
        await _bed.Store.PlanReadStarted.Task.WaitAsync(Patience, Ct); // the first delivery was received, and fails
        await Task.Delay(100, Ct);
        Assert.Empty(_bed.Reports);
        _bed.PassVisibilityTimeout();
        await WaitUntilAsync(() => _bed.Reports.Count == 1);
        await stop.CancelAsync();
        await running.WaitAsync(Patience, Ct);

        Assert.NotNull(Assert.Single(_bed.Reports).Completed.Summary);
        Assert.False(running.IsFaulted);
    }

    [Fact]
    public async Task RunAsync_CancelledDuringAnExecution_ReturnsAndLeavesTheDeliveryForLater()
    {
        var broker = await _bed.MarketWithPositionsAsync();
        var queue = _bed.Queue();
        await _bed.EnqueueAsync(queue, Plan());
        _bed.Store.PlanReadDelay = TimeSpan.FromMinutes(10);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(Ct);

        var running = _bed.Consumer(queue, broker).RunAsync(Poll, stop.Token);
        await _bed.Store.PlanReadStarted.Task.WaitAsync(Patience, Ct);
        await stop.CancelAsync();
        await running.WaitAsync(Patience, Ct); // a host that stops its consumer is not told about an error

        Assert.True(running.IsCompletedSuccessfully);
        Assert.Empty(_bed.Reports);
        _bed.PassVisibilityTimeout();
        var again = await queue.ReceiveAsync(Visibility, Ct);
        Assert.Equal(2, again?.DeliveryCount);
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var waited = TimeSpan.Zero;
        while (!condition())
        {
            Assert.True(waited < Patience, "the condition did not become true");
            await Task.Delay(20, Ct);
            waited += TimeSpan.FromMilliseconds(20);
        }
    }
}
