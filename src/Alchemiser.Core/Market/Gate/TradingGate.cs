using System.Globalization;

namespace Alchemiser.Core.Market.Gate;

/// <summary>
/// The calendar gate of PIPELINE.md §2 (rules G1–G4) on the NYSE calendar: a pure function of the moment, the kind of
/// run and the settings. G5 (one instance per day) needs the run store and is applied by the starter.
/// </summary>
public static class TradingGate
{
    /// <summary>Decides whether a run of <paramref name="kind"/> may start at <paramref name="now"/>.</summary>
    public static GateDecision Decide(DateTimeOffset now, RunKind kind, GateSettings? settings = null)
    {
        settings ??= GateSettings.Default;
        var local = TimeZoneInfo.ConvertTime(now, NyseCalendar.TimeZone);
        var today = DateOnly.FromDateTime(local.DateTime);
        var session = NyseCalendar.GetSession(today);
        if (kind is RunKind.Forced or RunKind.DryRun)
            return new GateDecision(GateOutcome.Pass, today, null, $"{Describe(kind)}: calendar rules G1–G4 skipped", session);

        if (session is not { } open)
        {
            var why = NyseCalendar.GetClosureReason(today) ?? "closed";
            return new GateDecision(GateOutcome.Skipped, today, "G1", $"market holiday: {why}", null);
        }
        if (now < open.GetOpenUtc())
            return new GateDecision(GateOutcome.Skipped, today, "G2", $"before open ({Time(open.Open)} ET)", open);
        var latest = open.GetCloseUtc().AddMinutes(-settings.LatestStartMinutes);
        if (now > latest)
            return new GateDecision(GateOutcome.Skipped, today, "G3", $"too close to the close: the latest start is {Time(open.Close.AddMinutes(-settings.LatestStartMinutes))} ET", open);
        if (kind == RunKind.Scheduled)
        {
            var slot = open.GetCloseUtc().AddMinutes(-settings.MinutesBeforeClose);
            if ((now - slot).Duration() > TimeSpan.FromMinutes(settings.SlotToleranceMinutes))
                return new GateDecision(GateOutcome.Ignored, today, "G4", $"not today's slot: today's run is at {Time(open.Close.AddMinutes(-settings.MinutesBeforeClose))} ET", open);
        }
        return new GateDecision(GateOutcome.Pass, today, null, $"trading day, close {Time(open.Close)} ET", open);
    }

    private static string Time(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    private static string Describe(RunKind kind) => kind == RunKind.Forced ? "forced run" : "dry run";
}
