using System.Collections.Concurrent;
using Alchemiser.Core.Execution;
using Alchemiser.Core.Portfolio.Rebalance;
using Alchemiser.Infrastructure.Execution;
using Alchemiser.Infrastructure.Tests.Execution.Worker;
using Alchemiser.Infrastructure.Tests.TestSupport;
using Alchemiser.Workflow.Brokers;
using Alchemiser.Workflow.Execution;
using Alchemiser.Workflow.Execution.Worker;
using Alchemiser.Workflow.Notifications;
using Alchemiser.Workflow.Tests.Execution;
using Alchemiser.Workflow.Tests.Notifications;
using Microsoft.Extensions.Time.Testing;

namespace Alchemiser.Infrastructure.Tests.Execution.Consumer;

/// <summary>
/// The local execution host end to end: a real <see cref="FileExecutionQueue"/> (on a fake clock, so visibility
/// timeouts pass when a test says so), the real <see cref="ExecutionWorker"/> over the simulated broker of
/// <see cref="SimulatedExecutionBed"/>, plans and records in memory, a <see cref="FakeNotifier"/>, and a report
/// callback that records (or fails) what the run would receive.
/// </summary>
internal sealed class ConsumerBed : IDisposable
{
    public static readonly TimeSpan Visibility = TimeSpan.FromSeconds(30);
    public static readonly DateTime Enqueued = new(2026, 11, 23, 20, 40, 0, DateTimeKind.Utc);

    private readonly TempFolder _home = new();
    private readonly ConcurrentQueue<(InstanceId Id, ExecutionCompleted Completed)> _reports = new();
    private int _reportFailures;

    public ConsumerBed()
    {
        Store = new ScriptedObjectStore(Objects);
    }

    public SimulatedExecutionBed Market { get; } = new();

    public FakeTimeProvider QueueClock { get; } = new(new DateTimeOffset(Enqueued));

    public InMemoryObjectStore Objects { get; } = new();

    public ScriptedObjectStore Store { get; }

    public FakeNotifier Notifier { get; } = new();

    public string Home => _home.Path;

    public IReadOnlyList<(InstanceId Id, ExecutionCompleted Completed)> Reports => [.. _reports];

    public int ReportAttempts { get; private set; }

    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A sell of AAA (20 held) and a buy of BBB, for the session of <see cref="SimulatedExecutionBed.Day"/>.</summary>
    public static RebalancePlan Plan() =>
        SimulatedExecutionBed.Plan([SimulatedExecutionBed.Sell("AAA", 1_000m, 20m), SimulatedExecutionBed.Buy("BBB", 2_000m)]);

    /// <summary>Writes the bars and buys the 20 AAA the plan starts from; returns the broker.</summary>
    public async Task<IBroker> MarketWithPositionsAsync()
    {
        await Market.WriteBarsAsync();
        var broker = Market.Broker();
        await SimulatedExecutionBed.HoldAsync(broker, "AAA", 20m);
        return broker;
    }

    public FileExecutionQueue Queue(int maxDeliveries = IExecutionQueue.DefaultMaxDeliveries, TimeProvider? clock = null) =>
        new(_home.Path, clock ?? QueueClock, maxDeliveries);

    /// <summary>Stores <paramref name="plan"/> and enqueues its message (for <paramref name="instance"/>, default the plan's).</summary>
    public async Task<ExecutionMessage> EnqueueAsync(IExecutionQueue queue, RebalancePlan plan, InstanceId? instance = null)
    {
        var (key, sha) = await new PlanStore(Store).SaveAsync(plan, Ct);
        var id = instance ?? plan.PlanId;
        var message = new ExecutionMessage(id, key, sha, "enqueue-" + id.Value, id.Value, "plan-" + id.Value, Enqueued);
        await queue.EnqueueAsync(message, Ct);
        return message;
    }

    public ExecutionQueueConsumer Consumer(IExecutionQueue queue, IBroker broker, INotifier? notifier = null, TimeSpan? visibility = null)
    {
        var worker = new ExecutionWorker(broker, Store, new NoFills(), TimeProvider.System);
        var processor = new ExecutionProcessor(new PlanStore(Store), worker, SimulatedExecutionBed.FastSettings, TimeProvider.System);
        return new ExecutionQueueConsumer(
            queue, processor, notifier ?? Notifier, ReportAsync, NotificationMode.Simulated, visibility ?? Visibility, TimeProvider.System);
    }

    /// <summary>The next <paramref name="count"/> reports fail (the run store is down).</summary>
    public void FailReports(int count) => _reportFailures = count;

    /// <summary>Moves the queue's clock past the visibility timeout: a delivery left alone becomes visible again.</summary>
    public void PassVisibilityTimeout() => QueueClock.Advance(Visibility + TimeSpan.FromSeconds(1));

    public void Dispose()
    {
        Market.Dispose();
        _home.Dispose();
    }

    private Task ReportAsync(InstanceId id, ExecutionCompleted completed, CancellationToken cancellationToken)
    {
        ReportAttempts++;
        if (_reportFailures-- > 0)
            throw new IOException("the run store is down");
        _reports.Enqueue((id, completed));
        return Task.CompletedTask;
    }

    private sealed class NoFills : IFillRecorder
    {
        public Task RecordAsync(FillRecord fill, CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
