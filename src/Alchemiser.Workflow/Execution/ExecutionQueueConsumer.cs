using Alchemiser.Core.Execution;
using Alchemiser.Workflow.Notifications;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Alchemiser.Workflow.Execution;

/// <summary>
/// The local execution host (PIPELINE.md §6.1): takes plans off an <see cref="IExecutionQueue"/>, executes them with
/// an <see cref="ExecutionProcessor"/>, reports <see cref="ExecutionCompleted"/> to the run, then deletes the message.
/// A poisoned delivery (after <see cref="IExecutionQueue.MaxDeliveries"/> failures, or a plan that fails its hash) is
/// alerted, reported to the run as dead-lettered, and then deleted. The Azure host does the same from queue triggers.
/// </summary>
/// <remarks>
/// A delivery that throws is left alone: it becomes visible again when its visibility timeout passes and the next
/// delivery resumes the execution from its record. While a plan executes, its visibility is renewed every third of
/// the timeout so a long walk is never handed to a second consumer.
/// </remarks>
public sealed class ExecutionQueueConsumer
{
    /// <summary>The shortest visibility timeout a consumer accepts: it renews every third of it.</summary>
    public static readonly TimeSpan MinVisibilityTimeout = TimeSpan.FromSeconds(3);

    private readonly IExecutionQueue _queue;
    private readonly ExecutionProcessor _processor;
    private readonly INotifier _notifier;
    private readonly Func<InstanceId, ExecutionCompleted, CancellationToken, Task> _report;
    private readonly NotificationMode _mode;
    private readonly TimeSpan _visibility;
    private readonly TimeProvider _time;
    private readonly ILogger _log;

    /// <summary>Creates a consumer.</summary>
    /// <param name="queue">The execution queue.</param>
    /// <param name="processor">Executes a message's plan.</param>
    /// <param name="notifier">Sends the dead-letter alert (de-duplicated per instance).</param>
    /// <param name="report">Raises <see cref="ExecutionCompleted"/> on the run (e.g. <c>LocalDurableRunner.RaiseEventAsync</c>).</param>
    /// <param name="mode">The mode shown in alert subjects.</param>
    /// <param name="visibilityTimeout">How long a delivery stays hidden without renewal; at least <see cref="MinVisibilityTimeout"/>.</param>
    /// <param name="timeProvider">The clock for renewals.</param>
    /// <param name="logger">Logs deliveries and failures.</param>
    public ExecutionQueueConsumer(
        IExecutionQueue queue,
        ExecutionProcessor processor,
        INotifier notifier,
        Func<InstanceId, ExecutionCompleted, CancellationToken, Task> report,
        NotificationMode mode,
        TimeSpan visibilityTimeout,
        TimeProvider? timeProvider = null,
        ILogger? logger = null)
    {
        ArgumentNullException.ThrowIfNull(queue);
        ArgumentNullException.ThrowIfNull(processor);
        ArgumentNullException.ThrowIfNull(notifier);
        ArgumentNullException.ThrowIfNull(report);
        ArgumentOutOfRangeException.ThrowIfLessThan(visibilityTimeout, MinVisibilityTimeout);
        _queue = queue;
        _processor = processor;
        _notifier = notifier;
        _report = report;
        _mode = mode;
        _visibility = visibilityTimeout;
        _time = timeProvider ?? TimeProvider.System;
        _log = logger ?? NullLogger.Instance;
    }

    /// <summary>Handles deliveries until <paramref name="cancellationToken"/> is cancelled, polling every <paramref name="pollInterval"/> when idle.</summary>
    /// <remarks>Cancellation is how a host stops the consumer: the task then completes normally, also when a delivery
    /// was in progress (it is left to be redelivered).</remarks>
    public async Task RunAsync(TimeSpan pollInterval, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            bool handled;
            try
            {
                handled = await ProcessNextAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                _log.LogWarning(ex, "Execution delivery failed; it is retried when its visibility timeout passes");
                handled = false;
            }
            if (!handled)
            {
                try
                {
                    await Task.Delay(pollInterval, _time, cancellationToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    /// <summary>Handles the next visible delivery, if any.</summary>
    /// <returns>Whether a delivery was handled to the end (completed and deleted).</returns>
    /// <exception cref="Exception">The execution or the report failed: the delivery is left to be redelivered.</exception>
    public async Task<bool> ProcessNextAsync(CancellationToken cancellationToken = default)
    {
        var received = await _queue.ReceiveAsync(_visibility, cancellationToken).ConfigureAwait(false);
        if (received is null)
            return false;
        var message = received.Message;
        if (received.IsPoisoned)
            return await DeadLetterAsync(received, received.PoisonReason!, cancellationToken).ConfigureAwait(false);

        _log.LogInformation("Executing plan {PlanKey} of {InstanceId}, delivery {Delivery}", message.PlanKey, message.InstanceId, received.DeliveryCount);
        ExecutionCompleted completed;
        using (var renewal = new VisibilityRenewal(_queue, received, _visibility, _time, _log))
        {
            try
            {
                completed = await _processor.ExecuteAsync(message, cancellationToken).ConfigureAwait(false);
            }
            catch (PlanIntegrityException ex)
            {
                var poisoned = await _queue.PoisonAsync(renewal.Current, ex.Message, cancellationToken).ConfigureAwait(false);
                return poisoned is not null && await DeadLetterAsync(poisoned, ex.Message, cancellationToken).ConfigureAwait(false);
            }
            received = renewal.Current;
        }
        await _report(message.InstanceId, completed, cancellationToken).ConfigureAwait(false);
        return await _queue.CompleteAsync(received, cancellationToken).ConfigureAwait(false);
    }

    private async Task<bool> DeadLetterAsync(ReceivedExecutionMessage received, string reason, CancellationToken cancellationToken)
    {
        var message = received.Message;
        _log.LogError("Plan {PlanKey} of {InstanceId} was dead-lettered: {Reason}", message.PlanKey, message.InstanceId, reason);
        await _notifier.SendAsync(DeadLetterAlert.For(message, reason, received.DeliveryCount, _mode), cancellationToken).ConfigureAwait(false);
        await _report(message.InstanceId, _processor.DeadLettered(message, reason), cancellationToken).ConfigureAwait(false);
        return await _queue.CompleteAsync(received, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Renews a delivery's visibility every third of the timeout until disposed.</summary>
    private sealed class VisibilityRenewal : IDisposable
    {
        private readonly CancellationTokenSource _stop = new();
        private readonly Task _loop;
        private ReceivedExecutionMessage _current;

        public VisibilityRenewal(IExecutionQueue queue, ReceivedExecutionMessage received, TimeSpan visibility, TimeProvider time, ILogger log)
        {
            _current = received;
            _loop = Task.Run(async () =>
            {
                try
                {
                    while (!_stop.IsCancellationRequested)
                    {
                        await Task.Delay(visibility / 3, time, _stop.Token).ConfigureAwait(false);
                        var renewed = await queue.RenewAsync(Volatile.Read(ref _current), visibility, _stop.Token).ConfigureAwait(false);
                        if (renewed is null)
                        {
                            log.LogWarning("The delivery of {InstanceId} could not be renewed: its visibility timeout passed", received.Message.InstanceId);
                            return;
                        }
                        Volatile.Write(ref _current, renewed);
                    }
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // A failed renewal only risks a second delivery, which resumes from the record: log and carry on.
                    log.LogWarning(ex, "Renewing the delivery of {InstanceId} failed", received.Message.InstanceId);
                }
            });
        }

        public ReceivedExecutionMessage Current
        {
            get
            {
                Stop();
                return Volatile.Read(ref _current);
            }
        }

        public void Dispose()
        {
            Stop();
            _stop.Dispose();
        }

        private void Stop()
        {
            if (_stop.IsCancellationRequested)
                return;
            _stop.Cancel();
            try
            {
                _loop.Wait();
            }
            catch (AggregateException ex) when (ex.InnerExceptions.All(e => e is OperationCanceledException))
            {
                // The renewal loop stopped as asked.
            }
        }
    }
}
