using Alchemiser.Core.Execution;

namespace Alchemiser.Infrastructure.Simulation;

/// <summary>
/// The simulated broker's quotes: a deterministic bid/ask in whole cents around a last close. The mid is the close
/// rounded to cents and the bid and ask sit the same whole number of cents either side of it (at least one), so the
/// mid is always a whole-cent price a limit order can be placed at.
/// </summary>
internal static class SimulatedQuotes
{
    private const decimal Cent = 0.01m;

    /// <summary>The quote around <paramref name="close"/> with a spread of about <paramref name="spreadBps"/>, or null
    /// when the close is not a positive finite price that leaves a positive bid.</summary>
    public static Quote? Around(double close, decimal spreadBps, DateTimeOffset time)
    {
        if (!double.IsFinite(close) || close <= 0 || close >= (double)decimal.MaxValue / 2)
            return null;
        var mid = Math.Round((decimal)close, 2, MidpointRounding.AwayFromZero);
        var halfSpreadCents = Math.Max(1m, Math.Ceiling(mid * spreadBps / 20_000m / Cent));
        var bid = mid - (halfSpreadCents * Cent);
        var ask = mid + (halfSpreadCents * Cent);
        return bid > 0 ? new Quote(bid, ask, time) : null;
    }
}
