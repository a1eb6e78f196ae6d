namespace Alchemiser.Core.Market.Validation;

/// <summary>
/// What <see cref="BarValidator"/> needs besides the bars: the exchange sessions, the last completed session (the
/// caller's "now"), and the other series, to look up a symbol's siblings.
/// </summary>
/// <remarks>Immutable once built; thread-safe when <see cref="FindSeries"/> is. One context serves every symbol of a
/// validation run.</remarks>
public sealed class BarValidationContext
{
    private readonly DateOnly[] _sessions;

    /// <summary>Creates a context.</summary>
    /// <param name="sessions">Every exchange session over the span the calendar covers, strictly increasing. Gaps
    /// are only looked for inside that span: a bar older than the first session is not checked.</param>
    /// <param name="lastCompletedSession">The newest session whose close has passed; see
    /// <see cref="NyseCalendar.LastCompletedSession"/>. Must lie within <paramref name="sessions"/>.</param>
    /// <param name="findSeries">Returns the bars of a symbol, or <see langword="null"/> when there are none; used
    /// for siblings only, and only for moves over the jump threshold. A sibling's dates are searched by bisection,
    /// so a sibling whose dates are not sorted may fail to explain a move. Omitted: no sibling has data.</param>
    /// <exception cref="ArgumentException"><paramref name="sessions"/> is empty or not strictly increasing, or
    /// <paramref name="lastCompletedSession"/> is outside it.</exception>
    public BarValidationContext(
        IEnumerable<DateOnly> sessions, DateOnly lastCompletedSession, Func<Symbol, BarSeries?>? findSeries = null)
    {
        ArgumentNullException.ThrowIfNull(sessions);
        _sessions = [.. sessions];
        if (_sessions.Length == 0)
            throw new ArgumentException("At least one session is needed.", nameof(sessions));
        for (var i = 1; i < _sessions.Length; i++)
        {
            if (_sessions[i] <= _sessions[i - 1])
            {
                throw new ArgumentException(
                    $"Sessions must be strictly increasing: {_sessions[i]:O} follows {_sessions[i - 1]:O}.",
                    nameof(sessions));
            }
        }
        if (lastCompletedSession < _sessions[0] || lastCompletedSession > _sessions[^1])
        {
            throw new ArgumentException(
                $"The last completed session {lastCompletedSession:O} is outside the sessions "
                + $"({_sessions[0]:O} to {_sessions[^1]:O}).",
                nameof(lastCompletedSession));
        }
        LastCompletedSession = lastCompletedSession;
        FindSeries = findSeries ?? (static _ => null);
    }

    /// <summary>The exchange sessions, oldest first.</summary>
    public IReadOnlyList<DateOnly> Sessions => _sessions;

    /// <summary>The newest session whose close has passed.</summary>
    public DateOnly LastCompletedSession { get; }

    /// <summary>Returns the bars of a symbol, or <see langword="null"/> when there are none.</summary>
    public Func<Symbol, BarSeries?> FindSeries { get; }

    internal ReadOnlySpan<DateOnly> SessionSpan => _sessions;

    /// <summary>
    /// A context on the NYSE calendar: every session from <see cref="NyseCalendar.MinDate"/> (1990-01-01) to
    /// <paramref name="lastCompletedSession"/>.
    /// </summary>
    /// <param name="lastCompletedSession">The newest session whose close has passed, e.g.
    /// <c>NyseCalendar.LastCompletedSession(now)</c>.</param>
    /// <param name="findSeries">Returns the bars of a symbol's siblings; see the constructor.</param>
    /// <exception cref="ArgumentException"><paramref name="lastCompletedSession"/> is not an NYSE session.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="lastCompletedSession"/> is outside the
    /// calendar's range.</exception>
    public static BarValidationContext ForNyse(
        DateOnly lastCompletedSession, Func<Symbol, BarSeries?>? findSeries = null)
    {
        if (!NyseCalendar.IsTradingDay(lastCompletedSession))
        {
            throw new ArgumentException(
                $"{lastCompletedSession:O} is not an NYSE session.", nameof(lastCompletedSession));
        }
        return new BarValidationContext(
            NyseCalendar.TradingDays(NyseCalendar.MinDate, lastCompletedSession), lastCompletedSession, findSeries);
    }
}
