namespace Alchemiser.Core.Market;

/// <summary>
/// One NYSE regular trading session: its date and its scheduled open and close in exchange time
/// (America/New_York).
/// </summary>
/// <remarks>
/// Immutable. Obtain sessions from <see cref="NyseCalendar.GetSession"/>. The times are the scheduled ones; an
/// unscheduled intraday halt or a late open for a moment of silence does not change them.
/// </remarks>
public readonly record struct TradingSession
{
    /// <summary>Creates a session.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="close"/> is not after
    /// <paramref name="open"/>.</exception>
    public TradingSession(DateOnly date, TimeOnly open, TimeOnly close)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(close, open);
        Date = date;
        Open = open;
        Close = close;
    }

    /// <summary>The exchange-local trading date.</summary>
    public DateOnly Date { get; }

    /// <summary>Scheduled open in exchange time; 09:30 for every session the calendar produces.</summary>
    public TimeOnly Open { get; }

    /// <summary>Scheduled close in exchange time: 16:00, or earlier on an early-close day (13:00 since 1993).</summary>
    public TimeOnly Close { get; }

    /// <summary>Whether the session closes before the regular 16:00 close.</summary>
    public bool IsEarlyClose => Close < NyseCalendar.RegularClose;

    /// <summary>The open as an instant in UTC (offset zero), honouring daylight saving time in New York.</summary>
    /// <exception cref="TimeZoneNotFoundException">The machine has no data for America/New_York.</exception>
    public DateTimeOffset GetOpenUtc() => ToUtc(Open);

    /// <summary>The close as an instant in UTC (offset zero), honouring daylight saving time in New York.</summary>
    /// <exception cref="TimeZoneNotFoundException">The machine has no data for America/New_York.</exception>
    public DateTimeOffset GetCloseUtc() => ToUtc(Close);

    private DateTimeOffset ToUtc(TimeOnly time)
    {
        // Session times are never inside the 02:00-03:00 transition hour, so the local time is unambiguous.
        var local = Date.ToDateTime(time, DateTimeKind.Unspecified);
        var offset = NyseCalendar.TimeZone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset).ToUniversalTime();
    }
}
