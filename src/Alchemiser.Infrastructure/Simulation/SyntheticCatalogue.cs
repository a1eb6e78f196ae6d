using Alchemiser.Core.Market;

namespace Alchemiser.Infrastructure.Simulation;

/// <summary>
/// What the synthetic market knows about each symbol: its asset class parameters, or which underlying it multiplies.
/// Unknown symbols get a generic single-stock profile varied by a hash of the ticker.
/// </summary>
/// <remarks>
/// Keys are canonical tickers, plus hidden drivers that start with <c>^</c> (never a valid ticker): the short- and
/// mid-term VIX futures indexes behind VXX, UVXY, SVXY, VIXM and friends. Volumes are in shares.
/// </remarks>
internal static class SyntheticCatalogue
{
    /// <summary>The short-term VIX futures index (like SPVXSP) that VXX, VIXY, UVXY and SVXY track.</summary>
    public const string ShortTermVix = "^VIXST";

    /// <summary>The mid-term VIX futures index (like SPVXMP) that VIXM tracks.</summary>
    public const string MidTermVix = "^VIXMT";

    private const double Million = 1_000_000;

    private static readonly Dictionary<string, SyntheticAsset> Assets = Build();

    /// <summary>Every ticker in the catalogue (hidden drivers excluded), in ordinal order.</summary>
    public static IReadOnlyList<Symbol> Symbols { get; } = Assets.Keys
        .Where(k => !k.StartsWith('^'))
        .Select(Symbol.Parse)
        .Order()
        .ToArray();

    /// <summary>The profile of <paramref name="key"/> (a ticker or a hidden driver); unknown tickers get a generic one.</summary>
    public static SyntheticAsset Find(string key) => Assets.TryGetValue(key, out var asset) ? asset : Generic(key);

    /// <summary>Whether <paramref name="key"/> has its own entry.</summary>
    public static bool Contains(string key) => Assets.ContainsKey(key);

    /// <summary>Every entry, hidden drivers included; for tests.</summary>
    internal static IReadOnlyDictionary<string, SyntheticAsset> All => Assets;

    private static BaseAsset Generic(string key)
    {
        var hash = SplitMix64.StreamSeed(0, key);
        var u1 = (hash & 0xFFFF) / 65536.0;
        var u2 = ((hash >> 16) & 0xFFFF) / 65536.0;
        var u3 = ((hash >> 32) & 0xFFFF) / 65536.0;
        return Stock(0.08, 0.25 + (0.2 * u1), 0.55, 20 * Math.Pow(10, u2), 0.5 + (4 * u3));
    }

    private static BaseAsset Equity(double drift, double vol, double loading, double price, double volumeMillions) =>
        new(drift, vol, loading, 0, 1.0, price, volumeMillions * Million);

    private static BaseAsset Stock(double drift, double vol, double loading, double price, double volumeMillions) =>
        new(drift, vol, loading, 0, 0.8, price, volumeMillions * Million);

    private static BaseAsset Bond(
        double drift, double vol, double equity, double rates, double price, double volumeMillions) =>
        new(drift, vol, equity, rates, 0.3, price, volumeMillions * Million);

    private static BaseAsset Real(
        double drift, double vol, double equity, double rates, double price, double volumeMillions) =>
        new(drift, vol, equity, rates, 0.5, price, volumeMillions * Million);

    /// <summary>T-bill funds: a slow steady rise with almost no noise.</summary>
    private static BaseAsset Cash(double yield, double price, double volumeMillions) =>
        new(yield, 0.0005, 0, 0.05, 0, price, volumeMillions * Million);

    private static LeveragedAsset Lev(
        string underlying, double leverage, double price, double volumeMillions, double fee = 0.0095) =>
        new(underlying, leverage, fee, price, volumeMillions * Million);

    private static Dictionary<string, SyntheticAsset> Build() => new(StringComparer.Ordinal)
    {
        // Broad equity indexes: ~16% vol, ~9% drift; growth and small caps higher.
        ["SPY"] = Equity(0.095, 0.16, 0.98, 450, 80),
        ["VOO"] = Equity(0.095, 0.16, 0.98, 410, 5),
        ["IVV"] = Equity(0.095, 0.16, 0.98, 450, 5),
        ["VTI"] = Equity(0.095, 0.165, 0.97, 230, 4),
        ["DIA"] = Equity(0.09, 0.15, 0.93, 380, 3),
        ["IWM"] = Equity(0.09, 0.22, 0.86, 200, 30),
        ["QQQ"] = Equity(0.12, 0.21, 0.92, 380, 45),
        ["QQQE"] = Equity(0.11, 0.20, 0.90, 80, 0.1),
        ["VTV"] = Equity(0.085, 0.155, 0.93, 160, 3),
        ["VOOG"] = Equity(0.11, 0.18, 0.95, 300, 0.3),
        ["VOOV"] = Equity(0.085, 0.16, 0.93, 180, 0.3),
        ["USMV"] = Equity(0.08, 0.12, 0.90, 80, 2),
        ["SPHB"] = Equity(0.10, 0.26, 0.90, 85, 1),
        ["EFA"] = Equity(0.07, 0.17, 0.85, 75, 20),
        ["EEM"] = Equity(0.06, 0.21, 0.78, 42, 40),
        ["FXI"] = Equity(0.03, 0.28, 0.60, 28, 30),
        ["EWZ"] = Equity(0.05, 0.33, 0.55, 30, 25),

        // Sectors and themes.
        ["XLK"] = Equity(0.13, 0.23, 0.90, 180, 8),
        ["SOXX"] = Equity(0.15, 0.32, 0.80, 500, 3),
        ["SMH"] = Equity(0.15, 0.32, 0.80, 230, 8),
        ["FNGS"] = Equity(0.16, 0.30, 0.85, 40, 0.5),
        ["FDN"] = Equity(0.12, 0.26, 0.85, 200, 0.5),
        ["XBI"] = Equity(0.07, 0.33, 0.70, 90, 10),
        ["XLF"] = Equity(0.08, 0.22, 0.85, 38, 40),
        ["XLE"] = Equity(0.06, 0.27, 0.60, 85, 15),
        ["XLV"] = Equity(0.09, 0.16, 0.75, 135, 8),
        ["XLU"] = Equity(0.07, 0.17, 0.45, 65, 12),
        ["XLP"] = Equity(0.07, 0.14, 0.55, 75, 9),
        ["XLY"] = Equity(0.10, 0.20, 0.88, 175, 4),
        ["XLI"] = Equity(0.09, 0.19, 0.88, 110, 9),
        ["XLB"] = Equity(0.08, 0.21, 0.80, 85, 5),
        ["XLRE"] = Equity(0.06, 0.21, 0.70, 40, 6),
        ["IYR"] = Equity(0.06, 0.21, 0.70, 90, 6),
        ["ITA"] = Equity(0.09, 0.22, 0.75, 120, 0.5),
        ["BTAL"] = Equity(0.00, 0.12, -0.60, 19, 0.5),

        // Single stocks.
        ["AAPL"] = Stock(0.18, 0.28, 0.65, 190, 55),
        ["MSFT"] = Stock(0.16, 0.25, 0.68, 400, 22),
        ["NVDA"] = Stock(0.30, 0.50, 0.55, 120, 250),
        ["AMZN"] = Stock(0.17, 0.32, 0.60, 180, 45),
        ["META"] = Stock(0.16, 0.38, 0.55, 500, 15),
        ["GOOGL"] = Stock(0.15, 0.29, 0.60, 170, 25),
        ["GOOG"] = Stock(0.15, 0.29, 0.60, 172, 20),
        ["TSLA"] = Stock(0.25, 0.58, 0.45, 250, 100),
        ["AMD"] = Stock(0.20, 0.50, 0.55, 150, 50),
        ["AVGO"] = Stock(0.20, 0.34, 0.60, 170, 25),
        ["NFLX"] = Stock(0.18, 0.42, 0.50, 650, 4),
        ["COIN"] = Stock(0.15, 0.80, 0.40, 220, 10),
        ["PLTR"] = Stock(0.20, 0.60, 0.45, 60, 50),
        ["BRK/B"] = Stock(0.10, 0.18, 0.80, 420, 4),
        ["JPM"] = Stock(0.10, 0.25, 0.70, 200, 9),
        ["LLY"] = Stock(0.15, 0.28, 0.40, 750, 3),

        // Bonds: long duration ~14% vol, aggregate ~5-6%, short ~1.5%; mildly negative equity correlation.
        ["TLT"] = Bond(0.045, 0.14, -0.20, 0.95, 95, 30),
        ["EDV"] = Bond(0.045, 0.19, -0.20, 0.94, 80, 1),
        ["TLH"] = Bond(0.040, 0.11, -0.15, 0.93, 100, 1),
        ["IEF"] = Bond(0.035, 0.07, -0.15, 0.92, 95, 8),
        ["IEI"] = Bond(0.030, 0.045, -0.10, 0.90, 118, 1),
        ["SHY"] = Bond(0.025, 0.015, -0.05, 0.80, 82, 4),
        ["VGSH"] = Bond(0.025, 0.015, -0.05, 0.80, 58, 2),
        ["BSV"] = Bond(0.025, 0.02, 0.00, 0.80, 77, 1),
        ["AGG"] = Bond(0.035, 0.055, 0.10, 0.88, 98, 7),
        ["BND"] = Bond(0.035, 0.055, 0.10, 0.88, 72, 6),
        ["BNDX"] = Bond(0.030, 0.04, 0.05, 0.70, 49, 3),
        ["TIP"] = Bond(0.030, 0.06, 0.05, 0.75, 108, 3),
        ["STIP"] = Bond(0.025, 0.025, 0.05, 0.50, 100, 1),
        ["LQD"] = Bond(0.040, 0.08, 0.25, 0.80, 108, 20),
        ["HYG"] = Bond(0.050, 0.08, 0.60, 0.30, 77, 30),
        ["EMB"] = Bond(0.050, 0.10, 0.45, 0.55, 90, 5),

        // T-bills: nearly flat, slowly rising.
        ["BIL"] = Cash(0.028, 91.5, 8),
        ["SHV"] = Cash(0.029, 110, 3),
        ["SGOV"] = Cash(0.030, 100.5, 5),
        ["GBIL"] = Cash(0.028, 100, 0.5),
        ["TFLO"] = Cash(0.030, 50.5, 1),

        // Commodities, gold, currency.
        ["GLD"] = Real(0.06, 0.15, 0.05, 0.25, 185, 8),
        ["IAU"] = Real(0.06, 0.15, 0.05, 0.25, 38, 6),
        ["SLV"] = Real(0.05, 0.28, 0.20, 0.15, 22, 20),
        ["GDX"] = Real(0.05, 0.36, 0.30, 0.15, 30, 50),
        ["DBC"] = Real(0.03, 0.20, 0.35, -0.10, 22, 2),
        ["PDBC"] = Real(0.03, 0.20, 0.35, -0.10, 14, 5),
        ["USO"] = Real(0.02, 0.38, 0.35, -0.10, 70, 4),
        ["UNG"] = Real(-0.10, 0.55, 0.10, 0.00, 15, 10),
        ["DBA"] = Real(0.02, 0.15, 0.20, 0.00, 21, 1),
        ["UUP"] = Real(0.02, 0.08, -0.20, 0.10, 28, 3),

        // Hidden drivers of the volatility products.
        [ShortTermVix] = new VolatilityFuturesIndex(RegimeBeta: 0.6, Roll: 0.0025, RollSlope: 0.004),
        [MidTermVix] = new VolatilityFuturesIndex(RegimeBeta: 0.3, Roll: 0.0007, RollSlope: 0.0012),

        // Leveraged and inverse products.
        ["TQQQ"] = Lev("QQQ", 3, 60, 60),
        ["SQQQ"] = Lev("QQQ", -3, 10, 100),
        ["QLD"] = Lev("QQQ", 2, 90, 3),
        ["QID"] = Lev("QQQ", -2, 30, 3),
        ["PSQ"] = Lev("QQQ", -1, 40, 5),
        ["SPXL"] = Lev("SPY", 3, 140, 4),
        ["UPRO"] = Lev("SPY", 3, 75, 4),
        ["SPXS"] = Lev("SPY", -3, 8, 25),
        ["SPXU"] = Lev("SPY", -3, 12, 15),
        ["SSO"] = Lev("SPY", 2, 85, 2),
        ["SDS"] = Lev("SPY", -2, 20, 10),
        ["SH"] = Lev("SPY", -1, 42, 8, fee: 0.0089),
        ["UDOW"] = Lev("DIA", 3, 85, 3),
        ["SDOW"] = Lev("DIA", -3, 20, 4),
        ["DXD"] = Lev("DIA", -2, 30, 0.3),
        ["DOG"] = Lev("DIA", -1, 28, 1),
        ["TNA"] = Lev("IWM", 3, 40, 20),
        ["TZA"] = Lev("IWM", -3, 15, 20),
        ["URTY"] = Lev("IWM", 3, 50, 0.5),
        ["SRTY"] = Lev("IWM", -3, 25, 1),
        ["UWM"] = Lev("IWM", 2, 40, 0.5),
        ["RWM"] = Lev("IWM", -1, 20, 1),
        ["TECL"] = Lev("XLK", 3, 80, 2),
        ["TECS"] = Lev("XLK", -3, 8, 2),
        ["ROM"] = Lev("XLK", 2, 60, 0.1),
        ["SOXL"] = Lev("SOXX", 3, 30, 60),
        ["SOXS"] = Lev("SOXX", -3, 20, 50),
        ["USD"] = Lev("SMH", 2, 60, 0.5),
        ["FNGU"] = Lev("FNGS", 3, 300, 0.5),
        ["FNGD"] = Lev("FNGS", -3, 10, 1),
        ["FNGG"] = Lev("FNGS", 2, 50, 0.05),
        ["LABU"] = Lev("XBI", 3, 100, 3),
        ["LABD"] = Lev("XBI", -3, 10, 15),
        ["FAS"] = Lev("XLF", 3, 110, 1),
        ["FAZ"] = Lev("XLF", -3, 10, 2),
        ["UYG"] = Lev("XLF", 2, 70, 0.05),
        ["CURE"] = Lev("XLV", 3, 100, 0.1),
        ["ERX"] = Lev("XLE", 2, 60, 1),
        ["ERY"] = Lev("XLE", -2, 25, 0.5),
        ["UTSL"] = Lev("XLU", 3, 30, 0.1),
        ["DRN"] = Lev("XLRE", 3, 10, 0.5),
        ["DRV"] = Lev("XLRE", -3, 35, 0.1),
        ["DFEN"] = Lev("ITA", 3, 25, 0.5),
        ["HIBL"] = Lev("SPHB", 3, 30, 0.1),
        ["HIBS"] = Lev("SPHB", -3, 8, 0.5),
        ["EDC"] = Lev("EEM", 3, 30, 0.2),
        ["EDZ"] = Lev("EEM", -3, 10, 0.1),
        ["YINN"] = Lev("FXI", 3, 25, 10),
        ["YANG"] = Lev("FXI", -3, 30, 5),
        ["TMF"] = Lev("TLT", 3, 50, 5),
        ["TMV"] = Lev("TLT", -3, 35, 2),
        ["UBT"] = Lev("TLT", 2, 20, 0.1),
        ["TBT"] = Lev("TLT", -2, 35, 2),
        ["TBF"] = Lev("TLT", -1, 22, 0.5),
        ["TYD"] = Lev("IEF", 3, 25, 0.03),
        ["TYO"] = Lev("IEF", -3, 13, 0.03),
        ["UGL"] = Lev("GLD", 2, 80, 0.2),
        ["GLL"] = Lev("GLD", -2, 20, 0.1),
        ["AGQ"] = Lev("SLV", 2, 30, 1),
        ["NUGT"] = Lev("GDX", 2, 40, 5),
        ["DUST"] = Lev("GDX", -2, 10, 3),
        ["UCO"] = Lev("USO", 2, 28, 3),
        ["KOLD"] = Lev("UNG", -2, 50, 1),
        ["BOIL"] = Lev("UNG", 2, 30, 5),
        ["NVDL"] = Lev("NVDA", 2, 60, 20, fee: 0.0115),
        ["TSLL"] = Lev("TSLA", 2, 15, 100, fee: 0.0115),
        ["CONL"] = Lev("COIN", 2, 20, 5, fee: 0.0115),
        ["AMZU"] = Lev("AMZN", 2, 35, 1, fee: 0.0115),
        ["GGLL"] = Lev("GOOGL", 2, 35, 1, fee: 0.0115),

        // Volatility ETPs on the VIX futures indexes.
        ["VXX"] = Lev(ShortTermVix, 1, 50, 25, fee: 0.0089),
        ["VIXY"] = Lev(ShortTermVix, 1, 15, 5, fee: 0.0085),
        ["UVXY"] = Lev(ShortTermVix, 1.5, 30, 30, fee: 0.0095),
        ["UVIX"] = Lev(ShortTermVix, 2, 10, 20, fee: 0.0225),
        ["SVXY"] = Lev(ShortTermVix, -0.5, 45, 2, fee: 0.0095),
        ["SVIX"] = Lev(ShortTermVix, -1, 15, 3, fee: 0.0147),
        ["VIXM"] = Lev(MidTermVix, 1, 35, 0.3, fee: 0.0085),
    };
}
