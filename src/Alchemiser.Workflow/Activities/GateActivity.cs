using Alchemiser.Core.Market;
using Alchemiser.Core.Market.Gate;
using Alchemiser.Workflow.Brokers;
using Alchemiser.Workflow.Orchestration;

namespace Alchemiser.Workflow.Activities;

/// <summary>
/// The run's first step (PIPELINE.md §2): applies G1–G3 again with the broker's clock and checks that the broker's
/// calendar agrees with the exchange calendar for T. The broker's clock is the time that counts: Alpaca's is the real
/// exchange time, the simulated broker's is its simulated session (§2.2).
/// </summary>
/// <remarks>A broker that cannot be reached throws, so the run fails closed (§11.15); it never assumes "open".</remarks>
public sealed class GateActivity(IBroker broker, TimeProvider timeProvider, GateSettings? settings = null) : IActivity<GateRequest, GateResult>
{
    /// <summary>The activity's registered name.</summary>
    public const string Name = "Gate";

    private readonly GateSettings _settings = settings ?? GateSettings.Default;

    /// <inheritdoc />
    public async Task<GateResult> RunAsync(GateRequest input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var clock = await broker.GetClockAsync(cancellationToken).ConfigureAwait(false);
        var asOf = NyseCalendar.PreviousTradingDay(input.TradingDate);
        var close = NyseCalendar.GetSession(input.TradingDate)?.GetCloseUtc().UtcDateTime;
        GateResult Result(GateVerdict verdict, string? rule, string reason) => new(
            verdict, rule, reason, input.TradingDate, asOf, broker.Mode, clock.Now.UtcDateTime, close,
            MessageHeader.ReplyId(input), input.CorrelationId, input.EventId, timeProvider.GetUtcNow().UtcDateTime);

        // G4 (the timer slot) is the starter's alone: here G1–G3 are applied again (PIPELINE.md §2), so a scheduled run
        // that reaches its gate a little after its slot still trades while it is before the latest start.
        var decision = TradingGate.Decide(clock.Now, input.Kind == RunKind.Scheduled ? RunKind.Manual : input.Kind, _settings);
        if (input.Kind is RunKind.Forced or RunKind.DryRun)
            return Result(GateVerdict.Pass, null, decision.Reason);
        if (decision.TradingDate != input.TradingDate)
        {
            return Result(GateVerdict.Failed, "G1",
                $"the run is for {input.TradingDate:yyyy-MM-dd} but the broker's date is {decision.TradingDate:yyyy-MM-dd}");
        }
        if (decision.Outcome != GateOutcome.Pass)
            return Result(GateVerdict.Skipped, decision.Rule, decision.Reason);

        var mismatch = await CompareCalendarsAsync(input.TradingDate, decision.Session!.Value, cancellationToken).ConfigureAwait(false);
        return mismatch is null
            ? Result(GateVerdict.Pass, null, decision.Reason)
            : Result(GateVerdict.Failed, "G1", "calendar mismatch: " + mismatch);
    }

    private async Task<string?> CompareCalendarsAsync(DateOnly date, TradingSession expected, CancellationToken cancellationToken)
    {
        var sessions = await broker.GetCalendarAsync(date, date, cancellationToken).ConfigureAwait(false);
        var actual = sessions.Where(s => s.Date == date).ToList();
        if (actual.Count == 0)
            return $"the broker has no session on {date:yyyy-MM-dd}, the exchange calendar does";
        var session = actual[0];
        return session.Open == expected.Open && session.Close == expected.Close
            ? null
            : $"the broker's session on {date:yyyy-MM-dd} is {session.Open:HH\\:mm}–{session.Close:HH\\:mm} ET, the exchange calendar's {expected.Open:HH\\:mm}–{expected.Close:HH\\:mm} ET";
    }
}
