using System.Globalization;
using Alchemiser.Core.Execution;
using Alchemiser.Core.Market.Gate;
using Alchemiser.Workflow.Runs;

namespace Alchemiser.Workflow.Starting;

/// <summary>
/// The starters' rule (PIPELINE.md §2: G1–G5, §7.1), applied before an instance is scheduled so that a rejected timer
/// slot never occupies the day's instance id. The same rule for the command line, the timer and the HTTP starter. Pure.
/// </summary>
public static class RunStartRule
{
    /// <summary>Decides what to do with a request of <paramref name="kind"/> at <paramref name="now"/>.</summary>
    /// <param name="now">The market's time: the broker clock (the simulated broker's simulated time) or the system clock.</param>
    /// <param name="kind">Scheduled, manual, forced or dry run.</param>
    /// <param name="sameDay">The instances that exist for the trading date the gate finds (any status).</param>
    /// <param name="settings">The gate's settings; default <see cref="GateSettings.Default"/>.</param>
    /// <param name="runLabel">For dry runs: a label that makes the id unique (e.g. the wall-clock time <c>HHmmss</c>).</param>
    public static RunStartDecision Decide(
        DateTimeOffset now, RunKind kind, IReadOnlyList<ExistingRun> sameDay, GateSettings? settings = null, string? runLabel = null)
    {
        ArgumentNullException.ThrowIfNull(sameDay);
        var gate = TradingGate.Decide(now, kind, settings);
        var date = gate.TradingDate;
        if (gate.Outcome == GateOutcome.Ignored)
            return new(RunStartAction.Ignored, date, null, gate.Rule, gate.Reason);
        if (gate.Outcome == GateOutcome.Skipped)
            return new(kind == RunKind.Scheduled ? RunStartAction.Ignored : RunStartAction.Rejected, date, null, gate.Rule, gate.Reason);

        if (kind == RunKind.DryRun)
        {
            var label = runLabel ?? now.ToString("HHmmss", CultureInfo.InvariantCulture);
            return new(RunStartAction.Start, date, InstanceId.Parse($"dry-run-{date:yyyy-MM-dd}-{label}"), null, "dry run: nothing is enqueued");
        }

        var day = InstanceId.ForTradingDate(date);
        var inProgress = sameDay.FirstOrDefault(i => i.Status is RunStatus.Pending or RunStatus.Running);
        if (inProgress is not null)
            return Existing(kind, date, inProgress, inProgressRun: true);
        var failed = sameDay.Where(i => i.Status == RunStatus.Failed).OrderByDescending(i => i.Id.Run).FirstOrDefault();
        var finished = sameDay.Any(i => i.Status is RunStatus.Completed or RunStatus.Terminated);
        if (kind == RunKind.Forced && (finished || failed is not null))
        {
            var next = InstanceId.NextFor(date, sameDay.Select(i => i.Id));
            if (next.Run > ExistingRun.MaxRunsPerDay)
                return new(RunStartAction.Rejected, date, null, "G5", $"{date:yyyy-MM-dd} already has {ExistingRun.MaxRunsPerDay} runs: no more are started");
            return new(RunStartAction.Start, date, next, "G5", $"forced rerun of {date:yyyy-MM-dd} as {next}");
        }
        if (failed is not null)
            return Existing(kind, date, failed, inProgressRun: false);
        if (finished)
        {
            var why = $"{date:yyyy-MM-dd} already ran; use --force to run it again as a new instance";
            return new(kind == RunKind.Scheduled ? RunStartAction.Ignored : RunStartAction.Rejected, date, null, "G5", why);
        }
        return new(RunStartAction.Start, date, day, null, gate.Reason);
    }

    private static RunStartDecision Existing(RunKind kind, DateOnly date, ExistingRun instance, bool inProgressRun)
    {
        if (kind == RunKind.Scheduled)
            return new(RunStartAction.Ignored, date, null, "G5", $"instance {instance.Id} already exists ({instance.Status})");
        var why = inProgressRun
            ? $"instance {instance.Id} is {instance.Status}: resuming it where it stopped"
            : $"instance {instance.Id} failed: resuming it from its first failed step";
        return new(RunStartAction.Resume, date, instance.Id, "G5", why, InProgress: inProgressRun);
    }
}
