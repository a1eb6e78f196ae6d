using Alchemiser.Core.Market;
using Alchemiser.Workflow.Brokers;

namespace Alchemiser.Infrastructure.Simulation;

/// <summary>
/// The simulated market clock (PIPELINE.md §2.2): it stands still at a fixed time before the close of the simulated
/// session, and says what a real exchange clock would say at that instant (open or not, next open, next close) from
/// the NYSE calendar, early closes included.
/// </summary>
internal static class SimulatedClock
{
    /// <summary>The clock of <paramref name="sessionDate"/> at <paramref name="timeBeforeClose"/> before its close
    /// (before 16:00 when the day does not trade).</summary>
    public static BrokerClock At(DateOnly sessionDate, TimeSpan timeBeforeClose)
    {
        var session = NyseCalendar.GetSession(sessionDate);
        var close = session?.Close ?? new TimeOnly(16, 0);
        var now = ToUtc(sessionDate.ToDateTime(close, DateTimeKind.Unspecified) - timeBeforeClose);
        if (session is { } today && now < today.GetCloseUtc())
        {
            var open = today.GetOpenUtc();
            return now < open
                ? new BrokerClock(now, IsOpen: false, NextOpen: open, NextClose: today.GetCloseUtc())
                : new BrokerClock(now, IsOpen: true, NextOpen: NextSession(sessionDate).GetOpenUtc(), today.GetCloseUtc());
        }

        var next = NextSession(sessionDate);
        return new BrokerClock(now, IsOpen: false, next.GetOpenUtc(), next.GetCloseUtc());
    }

    private static TradingSession NextSession(DateOnly date) =>
        NyseCalendar.GetSession(NyseCalendar.NextTradingDay(date))!.Value;

    private static DateTimeOffset ToUtc(DateTime local) =>
        new DateTimeOffset(local, NyseCalendar.TimeZone.GetUtcOffset(local)).ToUniversalTime();
}
