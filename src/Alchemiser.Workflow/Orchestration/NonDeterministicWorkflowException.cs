namespace Alchemiser.Workflow.Orchestration;

/// <summary>
/// The orchestrator did not do what its history says it did (another activity at the same sequence, a different
/// event name), or awaited a task that did not come from <see cref="IWorkflowContext"/>. The instance fails; mirrors
/// Durable Functions' <c>NonDeterministicOrchestrationException</c>.
/// </summary>
public sealed class NonDeterministicWorkflowException : Exception
{
    /// <summary>Creates the exception.</summary>
    public NonDeterministicWorkflowException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public NonDeterministicWorkflowException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    public NonDeterministicWorkflowException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
