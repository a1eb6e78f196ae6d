using Alchemiser.Core.Execution;
using Alchemiser.Core.Market;
using Alchemiser.Core.Market.Gate;
using Alchemiser.Workflow.Orchestrators;
using Alchemiser.Workflow.Runs;

namespace Alchemiser.Workflow.Starting;

/// <summary>
/// What every starter does before it schedules a <see cref="DailyRun"/> (PIPELINE.md §2, §7.1): find the day's runs,
/// apply <see cref="RunStartRule"/>, check a requested date, and build the run's input. The timer and HTTP functions
/// and the command line call it; only the lookup of an instance's status differs between them.
/// </summary>
public static class RunStarter
{
    /// <summary>The kind of a request: dry run wins over force; otherwise manual (a person or a script asked).</summary>
    public static RunKind KindOf(bool force, bool dryRun) => dryRun ? RunKind.DryRun : force ? RunKind.Forced : RunKind.Manual;

    /// <summary>Decides a start at <paramref name="now"/>.</summary>
    /// <param name="now">The market's time (the broker clock or the system clock).</param>
    /// <param name="kind">Scheduled, manual, forced or dry run.</param>
    /// <param name="requestedDate">A date the caller asked for; a real market trades only today, so another date is rejected.</param>
    /// <param name="statusOf">The status of an instance, or null when it does not exist.</param>
    /// <param name="settings">The gate's settings.</param>
    /// <param name="runLabel">For dry runs: what makes the id unique (e.g. the request's id); default the time to the second.</param>
    /// <param name="cancellationToken">Stops the lookups.</param>
    public static async Task<RunStartDecision> DecideAsync(
        DateTimeOffset now,
        RunKind kind,
        DateOnly? requestedDate,
        Func<InstanceId, CancellationToken, Task<RunStatus?>> statusOf,
        GateSettings? settings = null,
        string? runLabel = null,
        CancellationToken cancellationToken = default)
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, NyseCalendar.TimeZone).DateTime);
        if (requestedDate is { } date && date != today)
        {
            return new RunStartDecision(RunStartAction.Rejected, date, null, "date",
                $"a run trades the market's current session ({today:yyyy-MM-dd}); {date:yyyy-MM-dd} cannot be started now");
        }
        var sameDay = await ExistingRun.ProbeAsync(today, statusOf, cancellationToken).ConfigureAwait(false);
        return RunStartRule.Decide(now, kind, sameDay, settings, runLabel);
    }

    /// <summary>The input of the run a decision starts.</summary>
    /// <param name="decision">A <see cref="RunStartAction.Start"/> decision.</param>
    /// <param name="kind">The request's kind.</param>
    /// <param name="startedAt">When the starter created it (UTC).</param>
    /// <param name="causationId">What caused the start (an HTTP request id, a timer firing); null for none.</param>
    /// <exception cref="ArgumentException">The decision does not start an instance.</exception>
    public static RunInput InputFor(RunStartDecision decision, RunKind kind, DateTimeOffset startedAt, string? causationId = null)
    {
        ArgumentNullException.ThrowIfNull(decision);
        if (decision.Action != RunStartAction.Start || decision.InstanceId is not { } id)
            throw new ArgumentException($"the decision is {decision.Action}, not a start", nameof(decision));
        return new RunInput(decision.TradingDate, kind, id.Value + "/start", id.Value, causationId, startedAt.UtcDateTime);
    }
}
