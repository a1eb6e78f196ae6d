using Alchemiser.Core.Execution;

namespace Alchemiser.Workflow.Starting;

/// <summary>What a starter does with a request to run a trading day.</summary>
public enum RunStartAction
{
    /// <summary>Start a new instance with <see cref="RunStartDecision.InstanceId"/>.</summary>
    Start,

    /// <summary>The day's instance exists and is unfinished or failed: run it again to resume it (the command line), or
    /// answer with its status (HTTP 409 when it is in progress).</summary>
    Resume,

    /// <summary>Not now, and say why (a manual request: exit code or HTTP 422).</summary>
    Rejected,

    /// <summary>Not this timer slot: log it and do nothing (no instance id is used).</summary>
    Ignored,
}

/// <summary>The starter's decision (PIPELINE.md §2, §7.1). Immutable.</summary>
/// <param name="Action">What to do.</param>
/// <param name="TradingDate">T.</param>
/// <param name="InstanceId">The instance to start or resume; null when rejected or ignored.</param>
/// <param name="Rule">The rule that decided (G1–G5); null when started.</param>
/// <param name="Reason">Why, in words.</param>
/// <param name="InProgress">When resuming: the instance is Pending or Running (rather than Failed).</param>
public sealed record RunStartDecision(RunStartAction Action, DateOnly TradingDate, InstanceId? InstanceId, string? Rule, string Reason, bool InProgress = false);
