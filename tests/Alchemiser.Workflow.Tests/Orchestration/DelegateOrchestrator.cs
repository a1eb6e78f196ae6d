using Alchemiser.Workflow.Orchestration;

namespace Alchemiser.Workflow.Tests.Orchestration;

/// <summary>An orchestrator written as a lambda, for tests.</summary>
internal sealed class DelegateOrchestrator<TInput, TOutput>(Func<IWorkflowContext, TInput, Task<TOutput>> run) : IOrchestrator<TInput, TOutput>
{
    public Task<TOutput> RunAsync(IWorkflowContext context, TInput input) => run(context, input);
}
