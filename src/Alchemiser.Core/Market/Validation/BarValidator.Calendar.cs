namespace Alchemiser.Core.Market.Validation;

public sealed partial class BarValidator
{
    /// <summary>Gaps (one issue per session with no bar, between the first and last bar, inside the calendar's
    /// span) and staleness (the last bar lags the last completed session by more than the tolerance).</summary>
    private void CheckCalendar(BarSeries bars, bool sorted, BarValidationContext context, List<BarIssue> issues)
    {
        if (bars.Count == 0)
        {
            issues.Add(new BarIssue(
                bars.Symbol, context.LastCompletedSession, BarCheck.Stale,
                IssueText.Invariant($"no bars at all; the last completed session is {context.LastCompletedSession:O}")));
            return;
        }

        var dates = bars.Dates;
        if (!sorted)
        {
            dates = [.. dates];
            Array.Sort(dates);
        }
        var sessions = context.SessionSpan;
        CheckGaps(bars.Symbol, dates, sessions, issues);
        CheckStale(bars.Symbol, dates[^1], sessions, context.LastCompletedSession, issues);
    }

    private static void CheckGaps(
        Symbol symbol, DateOnly[] dates, ReadOnlySpan<DateOnly> sessions, List<BarIssue> issues)
    {
        var to = dates[^1] < sessions[^1] ? dates[^1] : sessions[^1];
        var s = LowerBound(sessions, dates[0]);
        var b = 0;
        for (; s < sessions.Length && sessions[s] <= to; s++)
        {
            var session = sessions[s];
            while (dates[b] < session)
                b++;
            if (dates[b] == session)
                continue;
            issues.Add(new BarIssue(symbol, session, BarCheck.Gap, IssueText.Invariant(
                $"no bar for the session {session:O} (bars on {dates[b - 1]:O} and {dates[b]:O})")));
        }
    }

    private void CheckStale(
        Symbol symbol, DateOnly last, ReadOnlySpan<DateOnly> sessions, DateOnly lastCompleted, List<BarIssue> issues)
    {
        if (last >= lastCompleted)
            return;
        // Sessions after the last bar, up to and including the last completed one.
        var behind = LowerBound(sessions, lastCompleted.AddDays(1)) - LowerBound(sessions, last.AddDays(1));
        if (behind <= _options.StaleTolerance)
            return;
        var unit = behind == 1 ? "session" : "sessions";
        issues.Add(new BarIssue(symbol, last, BarCheck.Stale, IssueText.Invariant(
            $"last bar {last:O} is {behind} {unit} behind the last completed session {lastCompleted:O}")));
    }

    /// <summary>The index of the first element not less than <paramref name="value"/> (the length when
    /// none).</summary>
    private static int LowerBound(ReadOnlySpan<DateOnly> sorted, DateOnly value)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (sorted[mid] < value)
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo;
    }
}
