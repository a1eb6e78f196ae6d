using System.Text.Json;
using Alchemiser.Infrastructure.Email;
using Alchemiser.Infrastructure.Execution;
using Alchemiser.Infrastructure.Tests.Execution.Worker;
using Alchemiser.Infrastructure.Tests.TestSupport;
using Alchemiser.Workflow.Brokers;
using Alchemiser.Workflow.Execution;
using Alchemiser.Workflow.Execution.Worker;
using Alchemiser.Workflow.Notifications;
using Alchemiser.Workflow.Orchestration;
using static Alchemiser.Infrastructure.Tests.Execution.Worker.SimulatedExecutionBed;

namespace Alchemiser.Infrastructure.Tests.Execution;

/// <summary>
/// An execution message delivered more than once (PIPELINE.md §7): the file queue, the queue consumer, the plan store,
/// the worker and the simulated broker, all real. Whether the same message was enqueued twice or one delivery came
/// back after its visibility timeout, the later delivery places no order and reports the same summary.
/// </summary>
public sealed class DuplicateDeliveryTests : IDisposable
{
    private static readonly TimeSpan Visibility = TimeSpan.FromSeconds(3);

    private readonly SimulatedExecutionBed _bed = new();
    private readonly ManualClock _queueClock = new(DateTimeOffset.UtcNow);
    private readonly List<ExecutionCompleted> _reports = [];
    private FileExecutionQueue? _queue;
    private IBroker? _broker;

    public void Dispose() => _bed.Dispose();

    [Fact]
    public async Task TheSameMessageEnqueuedTwice_SecondDeliveryPlacesNoOrderAndReportsTheSameSummary()
    {
        var (consumer, message) = await ArrangeAsync();
        await _queue!.EnqueueAsync(message, Ct);
        await _queue.EnqueueAsync(message, Ct);

        Assert.True(await consumer.ProcessNextAsync(Ct));
        var placed = await OrderIdsAsync();
        Assert.True(await consumer.ProcessNextAsync(Ct));

        Assert.Equal(["20261123-B-BBB-0", "20261123-S-AAA-0"], placed);
        Assert.Equal(placed, await OrderIdsAsync());
        AssertSameReportTwice();
        Assert.False(await consumer.ProcessNextAsync(Ct));
    }

    [Fact]
    public async Task ADeliveryRedeliveredAfterItsVisibilityTimeout_PlacesNoOrderAndReportsTheSameSummary()
    {
        var failReport = true;
        var (consumer, message) = await ArrangeAsync(afterReport: () =>
        {
            if (failReport)
            {
                failReport = false;
                throw new IOException("the report was not stored: the delivery is left to come back");
            }
        });
        await _queue!.EnqueueAsync(message, Ct);

        await Assert.ThrowsAsync<IOException>(() => consumer.ProcessNextAsync(Ct));
        var placed = await OrderIdsAsync();
        Assert.False(await consumer.ProcessNextAsync(Ct));
        _queueClock.Now += Visibility;
        Assert.True(await consumer.ProcessNextAsync(Ct));

        Assert.Equal(["20261123-B-BBB-0", "20261123-S-AAA-0"], placed);
        Assert.Equal(placed, await OrderIdsAsync());
        AssertSameReportTwice();
        Assert.False(await consumer.ProcessNextAsync(Ct));
    }

    /// <summary>Holds 20 AAA; the plan sells $1,000 of AAA and buys $2,000 of BBB.</summary>
    private async Task<(ExecutionQueueConsumer Consumer, ExecutionMessage Message)> ArrangeAsync(Action? afterReport = null)
    {
        await _bed.WriteBarsAsync();
        _broker = _bed.Broker();
        await HoldAsync(_broker, "AAA", 20m);
        var (key, sha) = await new PlanStore(_bed.Store).SaveAsync(Plan([Sell("AAA", 1_000m, 20m), Buy("BBB", 2_000m)]), Ct);
        var message = new ExecutionMessage(Day, key, sha, "2026-11-23/enqueue", Day.Value, "2026-11-23/plan", DateTime.UtcNow);
        _queue = new FileExecutionQueue(Path.Combine(_bed.StateRoot, "home"), _queueClock);
        var processor = new ExecutionProcessor(new PlanStore(_bed.Store), _bed.Worker(_broker), FastSettings, TimeProvider.System);
        var outbox = new OutboxNotifier(OutboxOptions.InHome(Path.Combine(_bed.StateRoot, "home")));
        var consumer = new ExecutionQueueConsumer(_queue, processor, outbox, (_, completed, _) =>
        {
            _reports.Add(completed);
            afterReport?.Invoke();
            return Task.CompletedTask;
        }, NotificationMode.Simulated, Visibility);
        return (consumer, message);
    }

    private async Task<List<string>> OrderIdsAsync() =>
        [.. (await _broker!.ListOrdersAsync(OrderListing.All, null, Ct))
            .Select(o => o.ClientOrderId)
            .Where(id => !id.StartsWith("setup-", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)];

    private void AssertSameReportTwice()
    {
        Assert.Equal(2, _reports.Count);
        Assert.All(_reports, r => Assert.False(r.IsDeadLettered));
        Assert.Equal(_reports[0].EventId, _reports[1].EventId);
        Assert.Equal(Json(_reports[0].Summary), Json(_reports[1].Summary));
        Assert.All(_reports[0].Summary!.Items, i => Assert.Equal(ExecutionItemStatus.Filled, i.Status));
    }

    private static string Json(object? value) => JsonSerializer.Serialize(value, WorkflowJson.Default);
}
