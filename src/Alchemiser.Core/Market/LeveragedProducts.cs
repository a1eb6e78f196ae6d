namespace Alchemiser.Core.Market;

/// <summary>
/// A fund whose daily return is a fixed multiple of an underlying's daily return: TQQQ is 3 x QQQ, SQQQ is -3 x QQQ.
/// </summary>
/// <param name="Symbol">The fund's ticker.</param>
/// <param name="Underlying">What it multiplies: a ticker (<c>QQQ</c>) when a 1x fund on the same index trades, or an
/// index name starting with <c>^</c> (never a valid ticker), e.g. <see cref="LeveragedProducts.VixShortTermFutures"/>
/// or <c>^GDXJ</c> for an index whose 1x fund is not in the table.</param>
/// <param name="Leverage">The daily multiple, negative for inverse funds (-3 for SQQQ). For VIXM, which follows the
/// mid-term VIX futures, it is the empirical exposure to the short-term ones (0.5), not a stated multiple.</param>
public sealed record LeveragedProduct(Symbol Symbol, string Underlying, double Leverage)
{
    /// <summary>Whether the fund follows VIX futures: such funds gap far more than equity funds of the same
    /// leverage.</summary>
    public bool IsVolatility => Underlying == LeveragedProducts.VixShortTermFutures;
}

/// <summary>
/// The leveraged and inverse funds the system knows, with their underlying and leverage, and the siblings of a
/// symbol: its underlying and every fund on the same underlying.
/// </summary>
/// <remarks>
/// <para>Each entry is the fund's stated daily objective, checked against the real closes the tests use (the
/// regression of the fund's daily returns on the underlying's has a slope within about 10% of the leverage and a
/// correlation of 0.95 or more). Where a fund follows a close cousin of a 1x fund's index (USD: Dow Jones
/// semiconductors, SMH: MarketVector semiconductors) the 1x fund is used as the underlying;
/// where no 1x fund on the index is in the table (JDST on GDXJ, NRGU on the MicroSectors big-oil index) the
/// underlying is named by an index key and the fund's only siblings are funds on the same index.</para>
/// <para>Leverage changes over a fund's life are not modelled: UVXY was 2x and SVXY -1x before 2018-02-28; the
/// table holds today's multiples.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public static class LeveragedProducts
{
    /// <summary>The S&amp;P 500 VIX Short-Term Futures index that VXX, VIXY, UVXY, UVIX, SVXY and SVIX follow (no
    /// ticker trades it directly).</summary>
    public const string VixShortTermFutures = "^VIXST";

    private static readonly LeveragedProduct[] Table =
    [
        P("TQQQ", "QQQ", 3), P("SQQQ", "QQQ", -3), P("QLD", "QQQ", 2), P("QID", "QQQ", -2), P("PSQ", "QQQ", -1),
        P("SPXL", "SPY", 3), P("UPRO", "SPY", 3), P("SPXS", "SPY", -3), P("SPXU", "SPY", -3), P("SPYU", "SPY", 4),
        P("SSO", "SPY", 2), P("SDS", "SPY", -2), P("SH", "SPY", -1),
        P("UDOW", "DIA", 3), P("SDOW", "DIA", -3), P("DXD", "DIA", -2), P("DOG", "DIA", -1),
        P("TNA", "IWM", 3), P("TZA", "IWM", -3), P("URTY", "IWM", 3), P("SRTY", "IWM", -3), P("UWM", "IWM", 2),
        P("RWM", "IWM", -1),
        P("MIDU", "MDY", 3), P("MVV", "MDY", 2), P("SAA", "IJR", 2),
        P("TECL", "XLK", 3), P("TECS", "XLK", -3), P("ROM", "XLK", 2),
        P("SOXL", "SOXX", 3), P("SOXS", "SOXX", -3), P("USD", "SMH", 2),
        P("FNGU", "FNGS", 3), P("FNGD", "FNGS", -3), P("FNGG", "FNGS", 2),
        P("LABU", "XBI", 3), P("LABD", "XBI", -3),
        P("FAS", "XLF", 3), P("FAZ", "XLF", -3), P("UYG", "XLF", 2),
        P("CURE", "XLV", 3), P("PILL", "^XPH", 3),
        P("ERX", "XLE", 2), P("ERY", "XLE", -2), P("GUSH", "^XOP", 2), P("DRIP", "^XOP", -2),
        P("NRGU", "^NRGU", 3), P("NRGD", "^NRGU", -3), P("OILD", "^OILD", -3),
        P("UTSL", "XLU", 3), P("DRN", "XLRE", 3), P("DRV", "XLRE", -3), P("DFEN", "ITA", 3),
        P("WANT", "XLY", 3), P("RETL", "^XRT", 3), P("NAIL", "^ITB", 3),
        P("UYM", "XLB", 2), P("UGE", "XLP", 2), P("DUSL", "XLI", 3), P("LTL", "^XLC", 2),
        P("HIBL", "SPHB", 3), P("HIBS", "SPHB", -3),
        P("EDC", "EEM", 3), P("EDZ", "EEM", -3), P("YINN", "FXI", 3), P("YANG", "FXI", -3),
        P("EFO", "EFA", 2), P("EURL", "^VGK", 3),
        P("TMF", "TLT", 3), P("TMV", "TLT", -3), P("UBT", "TLT", 2), P("TBT", "TLT", -2), P("TBF", "TLT", -1),
        P("TYD", "IEF", 3), P("TYO", "IEF", -3),
        P("UGL", "GLD", 2), P("GLL", "GLD", -2), P("SHNY", "GLD", 3), P("DULL", "GLD", -3), P("AGQ", "SLV", 2),
        P("NUGT", "GDX", 2), P("DUST", "GDX", -2), P("GDXU", "GDX", 3), P("GDXD", "GDX", -3),
        P("JDST", "^GDXJ", -2),
        P("UCO", "^USO", 2), P("BOIL", "UNG", 2), P("KOLD", "UNG", -2),
        P("UDN", "UUP", -1), P("EUO", "^EUR", -2), P("YCS", "^JPY", -2), P("BITX", "^BTC", 2),
        P("NVDL", "NVDA", 2), P("TSLL", "TSLA", 2), P("TSLR", "TSLA", 2), P("CONL", "COIN", 2),
        P("AMZU", "AMZN", 2), P("AMZZ", "AMZN", 2), P("GGLL", "GOOGL", 2), P("AAPX", "AAPL", 2),
        P("FBL", "META", 2),
        P("VXX", VixShortTermFutures, 1), P("VIXY", VixShortTermFutures, 1), P("UVXY", VixShortTermFutures, 1.5),
        P("UVIX", VixShortTermFutures, 2), P("SVXY", VixShortTermFutures, -0.5), P("SVIX", VixShortTermFutures, -1),
        P("VIXM", VixShortTermFutures, 0.5),
    ];

    private static readonly Dictionary<Symbol, LeveragedProduct> BySymbol = Table.ToDictionary(p => p.Symbol);

    private static readonly Dictionary<Symbol, LeveragedProduct[]> Siblings = BuildSiblings();

    /// <summary>Every fund in the table, in a fixed order.</summary>
    public static IReadOnlyList<LeveragedProduct> All { get; } = Table.AsReadOnly();

    /// <summary>The entry of <paramref name="symbol"/>, or <see langword="null"/> when it is not a leveraged or
    /// inverse fund the table knows.</summary>
    public static LeveragedProduct? Find(Symbol symbol) => BySymbol.GetValueOrDefault(symbol);

    /// <summary>The daily multiple of <paramref name="symbol"/>: the table's leverage, or 1 for any other
    /// symbol.</summary>
    public static double LeverageOf(Symbol symbol) => Find(symbol)?.Leverage ?? 1.0;

    /// <summary>Whether <paramref name="symbol"/> is a VIX futures fund (see
    /// <see cref="LeveragedProduct.IsVolatility"/>).</summary>
    public static bool IsVolatility(Symbol symbol) => Find(symbol)?.IsVolatility ?? false;

    /// <summary>
    /// The symbols whose daily moves predict <paramref name="symbol"/>'s: for a fund, its underlying (when it is a
    /// ticker, with leverage 1) and every other fund on the same underlying; for an underlying such as SPY, every
    /// fund on it. Empty for any other symbol.
    /// </summary>
    /// <returns>Entries whose <see cref="LeveragedProduct.Leverage"/> is relative to the shared underlying, so the
    /// symbol's move is predicted by a sibling's move times <c>LeverageOf(symbol) / sibling.Leverage</c>.</returns>
    public static IReadOnlyList<LeveragedProduct> SiblingsOf(Symbol symbol) =>
        Siblings.TryGetValue(symbol, out var siblings) ? siblings : [];

    private static LeveragedProduct P(string symbol, string underlying, double leverage) =>
        new(Symbol.Parse(symbol), underlying, leverage);

    private static Dictionary<Symbol, LeveragedProduct[]> BuildSiblings()
    {
        var result = new Dictionary<Symbol, LeveragedProduct[]>();
        foreach (var family in Table.GroupBy(p => p.Underlying, StringComparer.Ordinal))
        {
            var funds = family.ToArray();
            var underlying = Symbol.TryParse(family.Key, out var ticker)
                ? new LeveragedProduct(ticker, family.Key, 1.0)
                : null;
            foreach (var fund in funds)
            {
                var others = funds.Where(f => f.Symbol != fund.Symbol);
                result[fund.Symbol] = underlying is null ? [.. others] : [underlying, .. others];
            }
            if (underlying is not null)
                result[underlying.Symbol] = funds;
        }
        return result;
    }
}
