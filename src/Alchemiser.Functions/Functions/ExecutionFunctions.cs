using Alchemiser.Infrastructure.Execution;
using Alchemiser.Infrastructure.Hosting;
using Alchemiser.Workflow.Execution;
using Alchemiser.Workflow.Notifications;
using Azure.Storage.Queues.Models;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;

namespace Alchemiser.Functions.Functions;

/// <summary>
/// The execution side (AZURE.md §5, PIPELINE.md §6.1): a queue trigger executes a plan with the tested
/// <see cref="ExecutionProcessor"/> and raises <see cref="ExecutionCompleted"/> on the run; the poison queue's trigger
/// alerts and ends the run at once. The host redelivers a failed message and moves it to the poison queue after
/// <c>maxDequeueCount</c> (3) deliveries.
/// </summary>
/// <param name="services">The app's services (queue, notifier, broker mode).</param>
/// <param name="processor">Executes a message's plan.</param>
/// <param name="log">Logs deliveries.</param>
public sealed class ExecutionFunctions(TradingServices services, ExecutionProcessor processor, ILogger<ExecutionFunctions> log)
{
    /// <summary>Executes (or resumes) a plan, then reports it to the run.</summary>
    [Function("ExecutionWorker")]
    public async Task Execute([QueueTrigger("%ALCHEMISER_EXECUTION_QUEUE%")] QueueMessage message, [DurableClient] DurableTaskClient client, FunctionContext context)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(client);
        var (execution, _) = StorageQueueExecutionQueue.ReadBody(message.Body);
        log.LogInformation("Executing plan {PlanKey} of {InstanceId}, delivery {Delivery}", execution.PlanKey, execution.InstanceId, message.DequeueCount);
        ExecutionCompleted completed;
        try
        {
            completed = await processor.ExecuteAsync(execution, context.CancellationToken);
        }
        catch (PlanIntegrityException ex)
        {
            // A plan that cannot be trusted is never retried: alert and end the run now.
            await DeadLetterAsync(client, execution, ex.Message, (int)message.DequeueCount, context.CancellationToken);
            return;
        }
        await client.RaiseEventAsync(execution.InstanceId.Value, ExecutionCompleted.EventName, completed, context.CancellationToken);
    }

    /// <summary>A plan the host dead-lettered after its deliveries failed: alert, and end the run at once.</summary>
    [Function("ExecutionDeadLetter")]
    public async Task DeadLetter([QueueTrigger("%ALCHEMISER_EXECUTION_QUEUE%-poison")] QueueMessage message, [DurableClient] DurableTaskClient client, FunctionContext context)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(client);
        var (execution, reason) = StorageQueueExecutionQueue.ReadBody(message.Body);
        await DeadLetterAsync(client, execution, reason ?? "the execution failed on every delivery", services.Queue.MaxDeliveries, context.CancellationToken);
    }

    private async Task DeadLetterAsync(DurableTaskClient client, ExecutionMessage execution, string reason, int deliveries, CancellationToken cancellationToken)
    {
        log.LogError("Plan {PlanKey} of {InstanceId} dead-lettered: {Reason}", execution.PlanKey, execution.InstanceId, reason);
        var mode = NotificationSubjects.ModeOf(services.Broker.Mode);
        await services.Notifier.SendAsync(DeadLetterAlert.For(execution, reason, deliveries, mode), cancellationToken);
        await client.RaiseEventAsync(execution.InstanceId.Value, ExecutionCompleted.EventName, processor.DeadLettered(execution, reason), cancellationToken);
    }
}
