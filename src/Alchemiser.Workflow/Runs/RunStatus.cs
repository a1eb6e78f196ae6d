namespace Alchemiser.Workflow.Runs;

/// <summary>The life cycle of an orchestration instance (stored by name, so never renumber).</summary>
public enum RunStatus
{
    /// <summary>Stored, nothing dispatched yet.</summary>
    Pending,

    /// <summary>Being run, or stopped mid-run (a crash leaves an instance Running; running it again resumes it).</summary>
    Running,

    /// <summary>Finished with an output.</summary>
    Completed,

    /// <summary>The orchestrator threw; the error is stored. Running it again re-runs failed activities.</summary>
    Failed,

    /// <summary>Stopped on purpose; never resumed.</summary>
    Terminated,
}
