using Alchemiser.Workflow.Activities;
using Alchemiser.Workflow.Execution;
using Alchemiser.Workflow.Orchestration;

namespace Alchemiser.Workflow.Orchestrators;

/// <summary>What a <see cref="DailyRun"/> has learned so far, and the small helpers its steps share.</summary>
internal sealed class RunProgress(IWorkflowContext context, RunInput input)
{
    public IWorkflowContext Context { get; } = context;

    public RunInput Input { get; } = input;

    public string Correlation => Input.CorrelationId;

    public string? LastError { get; private set; }

    public GateResult? Gate { get; set; }

    public PortfolioLoaded? Portfolio { get; set; }

    public IReadOnlyList<StrategyEvaluated> Strategies { get; set; } = [];

    public RebalancePlanned? Plan { get; set; }

    public ExecutionCompleted? Execution { get; set; }

    /// <summary>A replay-safe event id.</summary>
    public string NewId() => Context.NewGuid().ToString("D");

    /// <summary>Shows the current step in the instance's custom status.</summary>
    public void Step(string step) => Context.SetCustomStatus(new { step });

    /// <summary>Calls an activity; an infrastructure failure after its retries gives <see langword="null"/> and <see cref="LastError"/>.</summary>
    public async Task<T?> CallAsync<T>(string activity, object request, ActivityRetry retry)
        where T : class
    {
        try
        {
            return await Context.CallActivityAsync<T>(activity, request, retry);
        }
        catch (ActivityFailedException failure)
        {
            LastError = $"{failure.FailureDetails.ErrorType}: {failure.FailureDetails.ErrorMessage}";
            return null;
        }
    }

    public RunSummary Summarise(RunOutcome outcome, string? reason)
    {
        var causation = (WorkflowEvent?)Execution ?? (WorkflowEvent?)Plan ?? (WorkflowEvent?)Portfolio ?? Gate;
        return new RunSummary(Context.InstanceId, Input.TradingDate, Input.Kind, outcome, reason, Gate, Portfolio, Strategies, Plan,
            Execution, Input.Timestamp, NewId(), Correlation, causation?.EventId ?? Input.EventId, Context.CurrentUtcDateTime);
    }
}
