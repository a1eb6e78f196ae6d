using Alchemiser.Workflow.Orchestrators;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;

namespace Alchemiser.Functions.Functions;

/// <summary>The orchestrator function: the same <see cref="DailyRun"/> the local runner runs, through the adapter.</summary>
public static class DailyRunOrchestration
{
    /// <summary>Runs (or replays) the trading day. Injects nothing: orchestrator code must not reach services (AZURE.md §3.1).</summary>
    [Function(DailyRun.Name)]
    public static Task<RunSummary> Run([OrchestrationTrigger] TaskOrchestrationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var input = context.GetInput<RunInput>() ?? throw new InvalidOperationException($"instance {context.InstanceId} has no RunInput");
        return new DailyRun().RunAsync(new DurableWorkflowContext(context), input);
    }
}
