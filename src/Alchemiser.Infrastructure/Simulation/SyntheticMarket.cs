using Alchemiser.Core.Market;

namespace Alchemiser.Infrastructure.Simulation;

/// <summary>
/// Generates deterministic synthetic completed daily bars (OHLCV) for any symbols over sessions the caller gives.
/// </summary>
/// <remarks>
/// <para>A shared equity factor, a shared rates factor and a volatility regime drive every path: the regime is a
/// mean-reverting log volatility multiplier that jumps when the equity factor falls and scales equity volatility
/// (about 16% a year for a broad index in a normal regime). Each asset adds its own noise from a stream keyed by the
/// seed and its ticker (FNV-1a, never <see cref="string.GetHashCode()"/>). Leveraged and inverse products are derived
/// from their underlying's daily return (L x return - fee - financing), so they show volatility drag; VIX-futures
/// products follow the regime and decay in contango. See the catalogue for the symbols it knows; others get a generic
/// single-stock profile.</para>
/// <para>Determinism: the same seed, symbols and sessions give the same bits. Every draw is keyed by (stream, session
/// date), and paths are built forward from the first session, so adding sessions at the end only appends bars; a
/// symbol's bars never depend on which other symbols are requested. The output uses <see cref="Math.Exp"/>,
/// <see cref="Math.Log(double)"/> and <see cref="Math.Sin"/>, so the last bits may differ between platforms' math libraries.</para>
/// <para>Thread safety: immutable; <see cref="Generate"/> may be called concurrently.</para>
/// </remarks>
public sealed partial class SyntheticMarket
{
    /// <summary>The seed used when none is given.</summary>
    public const ulong DefaultSeed = 0xA1C4_E015_E200_2026;

    private const double SessionsPerYear = 252;
    private const double MaxLogReturn = 0.5;

    private readonly ulong _seed;

    /// <summary>Creates a generator.</summary>
    /// <param name="seed">Fixes every path; defaults to <see cref="DefaultSeed"/>.</param>
    public SyntheticMarket(ulong seed = DefaultSeed) => _seed = seed;

    /// <summary>The seed this generator uses.</summary>
    public ulong Seed => _seed;

    /// <summary>Every ticker with its own profile (index, sector, bond, T-bill, commodity, leveraged, volatility).</summary>
    public static IReadOnlyList<Symbol> CatalogueSymbols => SyntheticCatalogue.Symbols;

    /// <summary>Generates one series per distinct symbol, in the order first given.</summary>
    /// <param name="symbols">The symbols to generate; unknown ones get a generic equity profile.</param>
    /// <param name="sessions">The trading sessions, strictly increasing; every series has one bar per session.</param>
    /// <returns>Series with dates, open, high, low, close and volume; prices finite and positive,
    /// low &lt;= open, close &lt;= high, volume positive.</returns>
    /// <exception cref="ArgumentException"><paramref name="sessions"/> are not strictly increasing.</exception>
    public IReadOnlyList<BarSeries> Generate(IEnumerable<Symbol> symbols, IReadOnlyList<DateOnly> sessions)
    {
        ArgumentNullException.ThrowIfNull(symbols);
        ArgumentNullException.ThrowIfNull(sessions);
        var days = sessions.ToArray();
        for (var i = 1; i < days.Length; i++)
        {
            if (days[i] <= days[i - 1])
            {
                throw new ArgumentException(
                    $"sessions must be strictly increasing, but {days[i]:yyyy-MM-dd} follows {days[i - 1]:yyyy-MM-dd}",
                    nameof(sessions));
            }
        }

        var factors = Factors.Generate(SplitMix64.StreamSeed(_seed, "^MARKET"), days);
        var paths = new Dictionary<string, PricePath>(StringComparer.Ordinal);
        var result = new List<BarSeries>();
        var seen = new HashSet<Symbol>();
        foreach (var symbol in symbols)
        {
            if (!seen.Add(symbol))
                continue;
            var path = PathOf(symbol.Value, days, factors, paths);
            result.Add(new BarSeries(
                symbol, (DateOnly[])days.Clone(), path.Close, path.Open, path.High, path.Low, path.Volume));
        }

        return result;
    }

    private PricePath PathOf(
        string key, DateOnly[] days, Factors factors, Dictionary<string, PricePath> paths)
    {
        if (paths.TryGetValue(key, out var known))
            return known;
        var stream = SplitMix64.StreamSeed(_seed, key);
        var asset = SyntheticCatalogue.Find(key);
        var path = asset switch
        {
            BaseAsset b => GenerateBase(b, stream, days, factors),
            VolatilityFuturesIndex v => GenerateVolatilityIndex(v, stream, days, factors),
            LeveragedAsset l => GenerateLeveraged(
                l, SyntheticCatalogue.Find(l.Underlying), PathOf(l.Underlying, days, factors, paths), stream, days, factors),
            _ => throw new InvalidOperationException($"no generator for {asset.GetType().Name}"),
        };
        paths.Add(key, path);
        return path;
    }
}
