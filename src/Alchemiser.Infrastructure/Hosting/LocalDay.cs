using Alchemiser.Core.Market.Gate;
using Alchemiser.Workflow.Execution;
using Alchemiser.Workflow.Notifications;
using Alchemiser.Workflow.Orchestration;
using Alchemiser.Workflow.Orchestrators;
using Alchemiser.Workflow.Runs;
using Alchemiser.Workflow.Starting;

namespace Alchemiser.Infrastructure.Hosting;

/// <summary>
/// Runs one trading day in this process, as <c>alchemiser run</c> does: the <see cref="DailyRun"/> on the
/// <see cref="LocalDurableRunner"/> over the services' run store, with an <see cref="ExecutionQueueConsumer"/> beside it
/// that executes the plan from the services' queue and reports back, stopped when the run ends.
/// </summary>
public static class LocalDay
{
    private static readonly TimeSpan QueuePoll = TimeSpan.FromMilliseconds(100);

    /// <summary>Starts or resumes the instance of <paramref name="decision"/> and runs it to the end.</summary>
    /// <param name="trading">The services.</param>
    /// <param name="decision">A Start or Resume decision of <see cref="RunStarter"/>.</param>
    /// <param name="kind">The request's kind.</param>
    /// <param name="clock">The runner's clock (start times, retries, the execution timeout).</param>
    /// <param name="decorator">Wraps each activity (a host's hook); none by default.</param>
    /// <param name="runs">The run store to use instead of the services' one (a host's hook); none by default.</param>
    /// <param name="cancellationToken">Stops the run as a crash would: the instance stays resumable.</param>
    /// <returns>The run's summary, or null when the instance failed (running it again resumes it).</returns>
    public static async Task<RunSummary?> RunAsync(
        TradingServices trading,
        RunStartDecision decision,
        RunKind kind,
        TimeProvider clock,
        IActivityDecorator? decorator = null,
        IRunStore? runs = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(trading);
        ArgumentNullException.ThrowIfNull(decision);
        if (decision.InstanceId is not { } id || decision.Action is not (RunStartAction.Start or RunStartAction.Resume))
            throw new ArgumentException($"the decision is {decision.Action}: nothing to run", nameof(decision));

        var runner = new LocalDurableRunner(trading.CreateRegistry(decorator), runs ?? trading.Runs, clock);
        var consumer = new ExecutionQueueConsumer(trading.Queue, trading.CreateExecutionProcessor(), trading.Notifier,
            (instance, completed, ct) => runner.RaiseEventAsync(instance, ExecutionCompleted.EventName, completed, ct),
            NotificationSubjects.ModeOf(trading.Broker.Mode), trading.VisibilityTimeout);
        using var stopConsumer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var consuming = consumer.RunAsync(QueuePoll, stopConsumer.Token);
        try
        {
            var result = decision.Action == RunStartAction.Resume
                ? await runner.RunAsync(id, cancellationToken).ConfigureAwait(false)
                : await runner.StartAsync(DailyRun.Name, id, RunStarter.InputFor(decision, kind, clock.GetUtcNow()), force: false, cancellationToken)
                    .ConfigureAwait(false);
            return result.Status == RunStatus.Completed ? result.ReadOutput<RunSummary>() : null;
        }
        finally
        {
            await stopConsumer.CancelAsync().ConfigureAwait(false);
            await consuming.ConfigureAwait(false);
        }
    }
}
