using Alchemiser.Core.Market;

namespace Alchemiser.Infrastructure.Simulation;

/// <summary>Settings of the <see cref="SimulatedBroker"/>: where its account lives, the starting cash, the session it
/// trades, its spreads and which assets trade in whole shares only.</summary>
/// <remarks>Immutable. <see cref="Validate"/> runs when the broker is created.</remarks>
public sealed record SimulatedBrokerOptions
{
    /// <summary>The account file's path inside <see cref="Root"/>.</summary>
    public static readonly string AccountFileRelativePath = Path.Combine("broker", "simulated-account.json");

    /// <summary>The local state folder; the account is the one JSON document
    /// <c>&lt;Root&gt;/broker/simulated-account.json</c>.</summary>
    public required string Root { get; init; }

    /// <summary>Cash of a new account, in dollars; used only when no account file exists yet.</summary>
    /// <value>Default $100,000; not negative.</value>
    public decimal StartingCash { get; init; } = 100_000m;

    /// <summary>The session the broker trades. When null, the trading day after the newest stored bar of any symbol
    /// (PIPELINE.md §2.2).</summary>
    /// <value>Default null. A day that is not a trading day gives a clock that says closed.</value>
    public DateOnly? SimulatedSessionDate { get; init; }

    /// <summary>How long before the session's close the simulated clock stands (PIPELINE.md §2.2).</summary>
    /// <value>Default 15 minutes. Zero or less puts the clock at or after the close; more than the session's length
    /// puts it before the open: either way the market is closed and no order fills.</value>
    public TimeSpan TimeBeforeClose { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>Quoted spread (ask − bid) of an ordinary symbol, in basis points of the last close.</summary>
    /// <value>Default 2 bps; above 0 and at most 1,000. Quotes are whole cents, so the spread is at least 2 cents.</value>
    public decimal SpreadBps { get; init; } = 2m;

    /// <summary>Quoted spread of a leveraged or inverse fund (<see cref="LeveragedProducts"/>), in basis points.</summary>
    /// <value>Default 5 bps; above 0 and at most 1,000.</value>
    public decimal LeveragedSpreadBps { get; init; } = 5m;

    /// <summary>Quoted spread of a VIX futures fund (<see cref="LeveragedProducts.IsVolatility"/>), in basis points.</summary>
    /// <value>Default 10 bps; above 0 and at most 1,000.</value>
    public decimal VolatilitySpreadBps { get; init; } = 10m;

    /// <summary>Spreads of particular symbols, in basis points; they win over the three defaults.</summary>
    /// <value>Default empty; each above 0 and at most 1,000.</value>
    public IReadOnlyDictionary<Symbol, decimal> SpreadBpsBySymbol { get; init; } = new Dictionary<Symbol, decimal>();

    /// <summary>Symbols that trade in whole shares only; every other symbol accepts quantities to 6 decimals.</summary>
    /// <value>Default <c>BRK/A</c>.</value>
    public IReadOnlySet<Symbol> NonFractionableSymbols { get; init; } = new HashSet<Symbol> { Symbol.Parse("BRK/A") };

    /// <summary>The path of the account file.</summary>
    public string AccountFilePath => Path.Combine(Path.GetFullPath(Root), AccountFileRelativePath);

    /// <summary>The spread of <paramref name="symbol"/> in basis points: its own, or the default of its kind.</summary>
    public decimal SpreadBpsOf(Symbol symbol)
    {
        if (SpreadBpsBySymbol.TryGetValue(symbol, out var bps))
            return bps;
        if (LeveragedProducts.IsVolatility(symbol))
            return VolatilitySpreadBps;
        return LeveragedProducts.Find(symbol) is null ? SpreadBps : LeveragedSpreadBps;
    }

    /// <summary>Checks every setting.</summary>
    /// <exception cref="ArgumentException">A setting is out of range; the message names it.</exception>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(Root))
            throw new ArgumentException("Root must name the local state folder", nameof(Root));
        if (StartingCash < 0)
            throw new ArgumentException($"StartingCash must not be negative (got {StartingCash})", nameof(StartingCash));
        CheckSpread(SpreadBps, nameof(SpreadBps));
        CheckSpread(LeveragedSpreadBps, nameof(LeveragedSpreadBps));
        CheckSpread(VolatilitySpreadBps, nameof(VolatilitySpreadBps));
        ArgumentNullException.ThrowIfNull(SpreadBpsBySymbol, nameof(SpreadBpsBySymbol));
        ArgumentNullException.ThrowIfNull(NonFractionableSymbols, nameof(NonFractionableSymbols));
        foreach (var (symbol, bps) in SpreadBpsBySymbol)
            CheckSpread(bps, $"{nameof(SpreadBpsBySymbol)}[{symbol}]");
        if (SimulatedSessionDate is { } date && (date < NyseCalendar.MinDate || date > NyseCalendar.MaxDate))
        {
            throw new ArgumentException(
                $"SimulatedSessionDate {date:O} is outside the NYSE calendar", nameof(SimulatedSessionDate));
        }
    }

    private static void CheckSpread(decimal bps, string name)
    {
        if (bps is <= 0 or > 1_000)
            throw new ArgumentException($"{name} must be above 0 and at most 1000 bps (got {bps})", name);
    }
}
