using Alchemiser.Core.Execution;
using Alchemiser.Workflow.Runs;

namespace Alchemiser.Workflow.Orchestration;

/// <summary>
/// An instance cannot be started: the day already completed (rerun with force), a forced rerun was asked while an
/// instance of that day is still Pending or Running, the instance was terminated, or it is already running in this
/// process. The message says which and what to do.
/// </summary>
public sealed class WorkflowInstanceConflictException : InvalidOperationException
{
    /// <summary>Creates the exception for <paramref name="instanceId"/> in <paramref name="status"/>.</summary>
    public WorkflowInstanceConflictException(InstanceId instanceId, RunStatus? status, string message)
        : base(message)
    {
        InstanceId = instanceId;
        Status = status;
    }

    /// <summary>Creates the exception.</summary>
    public WorkflowInstanceConflictException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public WorkflowInstanceConflictException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    public WorkflowInstanceConflictException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The instance in the way.</summary>
    public InstanceId InstanceId { get; }

    /// <summary>Its stored status, if it is stored.</summary>
    public RunStatus? Status { get; }
}
