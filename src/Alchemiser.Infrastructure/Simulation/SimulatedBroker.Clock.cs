using Alchemiser.Core.Market;
using Alchemiser.Workflow.Brokers;

namespace Alchemiser.Infrastructure.Simulation;

public sealed partial class SimulatedBroker
{
    /// <summary>How long a session derived from the bar store is trusted before the store is read again.</summary>
    private static readonly TimeSpan DerivedSessionLifetime = TimeSpan.FromMinutes(1);

    private (DateOnly Date, DateTimeOffset At)? _derivedSession;

    /// <inheritdoc />
    /// <remarks>The clock of the simulated session (see the class remarks): with the default 15 minutes, open, Now =
    /// close − 15 min (12:45 New York time on an early-close day), NextClose = that close, NextOpen = the next
    /// session's open. It does not move while the session stays the same.</remarks>
    /// <exception cref="InvalidOperationException">No session is configured and the bar store holds no bars.</exception>
    public async Task<BrokerClock> GetClockAsync(CancellationToken cancellationToken = default)
    {
        var session = await GetSessionDateAsync(cancellationToken) ?? throw new InvalidOperationException(
            "the simulated market has no session: the bar store holds no bars and no SimulatedSessionDate is set");
        return SimulatedClock.At(session, _options.TimeBeforeClose);
    }

    /// <inheritdoc />
    /// <remarks>The NYSE calendar of Core, early closes included.</remarks>
    /// <exception cref="ArgumentOutOfRangeException">A date is outside the NYSE calendar's range.</exception>
    public Task<IReadOnlyList<TradingSession>> GetCalendarAsync(DateOnly start, DateOnly end, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        IReadOnlyList<TradingSession> sessions = [.. NyseCalendar.TradingDays(start, end)
            .Select(day => NyseCalendar.GetSession(day)!.Value)];
        return Task.FromResult(sessions);
    }

    /// <summary>The simulated session: the configured date, or the trading day after the newest stored bar; null when
    /// there are no bars.</summary>
    private async Task<DateOnly?> GetSessionDateAsync(CancellationToken cancellationToken)
    {
        if (_options.SimulatedSessionDate is { } configured)
            return configured;
        var now = _time.GetUtcNow();
        lock (_gate)
        {
            if (_derivedSession is { } cached && now >= cached.At && now - cached.At < DerivedSessionLifetime)
                return cached.Date;
        }

        if (await FindNewestBarDateAsync(cancellationToken) is not { } newest)
            return null;
        var session = NyseCalendar.NextTradingDay(newest);
        lock (_gate)
        {
            if (_derivedSession?.Date != session)
                SimulatedBrokerLog.SessionDerived(_logger, session, newest);
            _derivedSession = (session, now);
        }

        return session;
    }

    /// <summary>The newest bar date of any symbol, from the store's manifest (no bar file is read).</summary>
    private async Task<DateOnly?> FindNewestBarDateAsync(CancellationToken cancellationToken)
    {
        var manifest = await _bars.ReadManifestAsync(cancellationToken);
        return manifest.Entries.Select(e => e.LastDate).Max();
    }
}
