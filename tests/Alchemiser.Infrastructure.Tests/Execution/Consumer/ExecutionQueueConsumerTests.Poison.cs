using Alchemiser.Core.Execution;
using Alchemiser.Infrastructure.Email;
using Alchemiser.Infrastructure.Tests.Execution.Worker;
using Alchemiser.Workflow.Brokers;
using Alchemiser.Workflow.Execution;
using Alchemiser.Workflow.Notifications;
using Alchemiser.Workflow.Tests.Notifications;
using static Alchemiser.Infrastructure.Tests.Execution.Consumer.ConsumerBed;

namespace Alchemiser.Infrastructure.Tests.Execution.Consumer;

/// <summary>Poisoned deliveries: alerted, reported to the run as dead-lettered, then deleted; the alert is never lost
/// and sent once (PIPELINE.md §6.1, §11.3, §11.9).</summary>
public sealed partial class ExecutionQueueConsumerTests
{
    [Fact]
    public async Task ProcessNextAsync_TamperedPlan_PoisonsAlertsReportsDeadLetteredAndCompletes()
    {
        var broker = await _bed.MarketWithPositionsAsync();
        var queue = _bed.Queue();
        var message = await _bed.EnqueueAsync(queue, Plan());
        await _bed.Objects.WriteAsync(message.PlanKey, """{"planId":"2026-11-23","items":[]}"""u8.ToArray(), Ct);
        var ordersBefore = (await broker.ListOrdersAsync(OrderListing.All, cancellationToken: Ct)).Count;

        Assert.True(await _bed.Consumer(queue, broker).ProcessNextAsync(Ct));

        var alert = Assert.Single(_bed.Notifier.Sent);
        Assert.Equal(NotificationKind.DeadLetterAlert, alert.Kind);
        Assert.Equal("2026-11-23", alert.InstanceId);
        Assert.StartsWith("[SIM] ALERT Alchemiser 2026-11-23:", alert.Subject, StringComparison.Ordinal);
        Assert.Contains("changed after it was enqueued", alert.TextBody, StringComparison.Ordinal);
        Assert.Contains(message.PlanKey, alert.TextBody, StringComparison.Ordinal);
        var (id, completed) = Assert.Single(_bed.Reports);
        Assert.Equal(SimulatedExecutionBed.Day, id);
        Assert.True(completed.IsDeadLettered);
        Assert.Null(completed.Summary);
        Assert.Contains("changed after it was enqueued", completed.Failure, StringComparison.Ordinal);
        Assert.Equal((message.EventId + "/dead-lettered", message.CorrelationId), (completed.EventId, completed.CorrelationId));
        var poisoned = Assert.Single(await queue.PeekPoisonedAsync(cancellationToken: Ct));
        Assert.Equal(message.PlanKey, poisoned.Message.PlanKey);
        Assert.Contains("changed after it was enqueued", poisoned.Reason, StringComparison.Ordinal);
        Assert.Equal(ordersBefore, (await broker.ListOrdersAsync(OrderListing.All, cancellationToken: Ct)).Count);
        _bed.PassVisibilityTimeout();
        Assert.Null(await queue.ReceiveAsync(Visibility, Ct));
    }

    [Fact]
    public async Task ProcessNextAsync_DeadLetteredRerun_NamesTheInstanceInTheAlertSubject()
    {
        var queue = _bed.Queue();
        var rerun = InstanceId.Parse("2026-11-23#2");
        var message = await _bed.EnqueueAsync(queue, Plan() with { PlanId = rerun });
        await _bed.Objects.WriteAsync(message.PlanKey, "{}"u8.ToArray(), Ct);

        Assert.True(await _bed.Consumer(queue, _bed.Market.Broker()).ProcessNextAsync(Ct));

        var alert = Assert.Single(_bed.Notifier.Sent);
        Assert.Equal("2026-11-23#2", alert.InstanceId);
        Assert.Contains("2026-11-23#2", alert.Subject, StringComparison.Ordinal);
        Assert.Equal(rerun, Assert.Single(_bed.Reports).Id);
    }

    [Fact]
    public async Task ProcessNextAsync_PlanOfAnotherRun_IsDeadLetteredForTheMessagesRun()
    {
        var queue = _bed.Queue();
        await _bed.EnqueueAsync(queue, Plan(), InstanceId.Parse("2026-11-24"));

        Assert.True(await _bed.Consumer(queue, _bed.Market.Broker()).ProcessNextAsync(Ct));

        var (id, completed) = Assert.Single(_bed.Reports);
        Assert.Equal("2026-11-24", id.Value);
        Assert.Contains("belongs to 2026-11-23", completed.Failure, StringComparison.Ordinal);
        Assert.Equal("2026-11-24", Assert.Single(_bed.Notifier.Sent).InstanceId);
    }

    [Fact]
    public async Task ProcessNextAsync_AfterMaxDeliveries_PoisonedDeliveryIsAlertedReportedAndCompleted_NeverExecuted()
    {
        var broker = await _bed.MarketWithPositionsAsync();
        var queue = _bed.Queue(maxDeliveries: 2);
        await _bed.EnqueueAsync(queue, Plan());
        var consumer = _bed.Consumer(queue, broker);
        _bed.Store.FailPlanReads(2);

        await Assert.ThrowsAsync<IOException>(() => consumer.ProcessNextAsync(Ct));
        _bed.PassVisibilityTimeout();
        await Assert.ThrowsAsync<IOException>(() => consumer.ProcessNextAsync(Ct));
        _bed.PassVisibilityTimeout();
        Assert.True(await consumer.ProcessNextAsync(Ct));

        var alert = Assert.Single(_bed.Notifier.Sent);
        Assert.Contains("delivered 3 times (max 2)", alert.TextBody, StringComparison.Ordinal);
        var completed = Assert.Single(_bed.Reports).Completed;
        Assert.True(completed.IsDeadLettered);
        Assert.Contains("delivered 3 times (max 2)", completed.Failure, StringComparison.Ordinal);
        Assert.Single(await queue.PeekPoisonedAsync(cancellationToken: Ct));
        Assert.DoesNotContain(await broker.ListOrdersAsync(OrderListing.All, cancellationToken: Ct), o => o.ClientOrderId.StartsWith("20261123-", StringComparison.Ordinal));
        _bed.PassVisibilityTimeout();
        Assert.Null(await queue.ReceiveAsync(Visibility, Ct));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task ProcessNextAsync_PoisonedDeliveryProcessedAgain_AlertSentOnce(bool tampered)
    {
        var queue = await PoisonedPlanQueueAsync(tampered);
        using var notifier = new DeduplicatingNotifier(_bed.Notifier, new InMemoryNotificationJournal());
        var consumer = _bed.Consumer(queue, _bed.Market.Broker(), notifier);
        _bed.FailReports(1); // the alert goes out, then the report fails: the poisoned delivery comes back

        await SpendTheFailingDeliveryAsync(consumer, tampered);
        await Assert.ThrowsAsync<IOException>(() => consumer.ProcessNextAsync(Ct));
        _bed.PassVisibilityTimeout();
        Assert.True(await consumer.ProcessNextAsync(Ct));

        Assert.Single(_bed.Notifier.Sent);
        Assert.Equal(2, _bed.ReportAttempts);
        Assert.True(Assert.Single(_bed.Reports).Completed.IsDeadLettered);
        Assert.Single(await queue.PeekPoisonedAsync(cancellationToken: Ct));
        _bed.PassVisibilityTimeout();
        Assert.Null(await queue.ReceiveAsync(Visibility, Ct));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task ProcessNextAsync_NotifierFails_PoisonedDeliveryComesBackUntilTheAlertIsSent(bool tampered)
    {
        var queue = await PoisonedPlanQueueAsync(tampered);
        var consumer = _bed.Consumer(queue, _bed.Market.Broker());
        _bed.Notifier.FailuresLeft = 2;

        await SpendTheFailingDeliveryAsync(consumer, tampered);
        await Assert.ThrowsAsync<NotificationDeliveryException>(() => consumer.ProcessNextAsync(Ct));
        Assert.Empty(_bed.Reports); // the run is told only once the alert is out
        _bed.PassVisibilityTimeout();
        await Assert.ThrowsAsync<NotificationDeliveryException>(() => consumer.ProcessNextAsync(Ct));
        _bed.PassVisibilityTimeout();
        var poisoned = await queue.ReceiveAsync(Visibility, Ct);
        Assert.True(poisoned?.IsPoisoned);
        await queue.AbandonAsync(poisoned!, Ct);

        Assert.True(await consumer.ProcessNextAsync(Ct));

        Assert.Equal(NotificationKind.DeadLetterAlert, Assert.Single(_bed.Notifier.Sent).Kind);
        Assert.True(Assert.Single(_bed.Reports).Completed.IsDeadLettered);
        Assert.Single(await queue.PeekPoisonedAsync(cancellationToken: Ct));
    }

    [Fact]
    public async Task DeadLetterAlert_KindHasAnOutboxFileName()
    {
        var outbox = new OutboxNotifier(OutboxOptions.InHome(_bed.Home), TimeProvider.System);
        var message = new ExecutionMessage(SimulatedExecutionBed.Day, "plans/2026-11-23.json", new string('a', 64), "e", "c", null, Enqueued);

        var receipt = await outbox.SendAsync(DeadLetterAlert.For(message, "delivered 4 times (max 3)", 4, NotificationMode.Paper), Ct);

        Assert.EndsWith("_2026-11-23_dead-letter-alert.eml", receipt.Destination, StringComparison.Ordinal);
        Assert.Equal("dead-letter-alert", NotificationMessageBuilder.KindName(NotificationKind.DeadLetterAlert));
        Assert.Equal(
            Enum.GetValues<NotificationKind>().Length,
            Enum.GetValues<NotificationKind>().Select(NotificationMessageBuilder.KindName).Distinct().Count());
    }

    /// <summary>A queue that poisons a plan after one delivery, holding a plan that cannot run: its stored plan
    /// tampered with (poisoned at once), or its plan read failing once (the first delivery fails, the next is
    /// poisoned).</summary>
    private async Task<IExecutionQueue> PoisonedPlanQueueAsync(bool tampered)
    {
        var queue = _bed.Queue(maxDeliveries: 1);
        var message = await _bed.EnqueueAsync(queue, Plan());
        if (tampered)
            await _bed.Objects.WriteAsync(message.PlanKey, "{}"u8.ToArray(), Ct);
        else
            _bed.Store.FailPlanReads(1);
        return queue;
    }

    /// <summary>With a failing plan read, the first delivery fails and comes back after its visibility timeout.</summary>
    private async Task SpendTheFailingDeliveryAsync(ExecutionQueueConsumer consumer, bool tampered)
    {
        if (tampered)
            return;
        await Assert.ThrowsAsync<IOException>(() => consumer.ProcessNextAsync(Ct));
        _bed.PassVisibilityTimeout();
    }
}
