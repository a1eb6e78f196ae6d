namespace Alchemiser.Infrastructure.Simulation;

/// <summary>How the synthetic market generates one symbol (or one hidden driver such as a VIX futures index).</summary>
/// <param name="StartPrice">Price before the first generated session.</param>
/// <param name="AverageVolume">Typical shares traded per session.</param>
internal abstract record SyntheticAsset(double StartPrice, double AverageVolume);

/// <summary>
/// An asset with its own random path: log return per session = drift - variance / 2 + volatility x shock, where the
/// shock loads on the shared equity factor, the shared rates factor and its own noise.
/// </summary>
/// <param name="Drift">Expected annual return (0.09 = 9%).</param>
/// <param name="Volatility">Annual volatility in a normal regime (0.16 = 16%).</param>
/// <param name="EquityLoading">Correlation with the equity factor, -1 to 1.</param>
/// <param name="RatesLoading">Correlation with the rates (bond price) factor; squares of both loadings sum to at most 1.</param>
/// <param name="RegimeSensitivity">How much the volatility regime scales this asset's volatility: 1 for equities, 0 for cash.</param>
/// <param name="StartPrice">Price before the first generated session.</param>
/// <param name="AverageVolume">Typical shares traded per session.</param>
internal sealed record BaseAsset(
    double Drift,
    double Volatility,
    double EquityLoading,
    double RatesLoading,
    double RegimeSensitivity,
    double StartPrice,
    double AverageVolume) : SyntheticAsset(StartPrice, AverageVolume);

/// <summary>
/// An index of VIX futures: moves with the change of the volatility regime and pays a roll cost in contango (a calm
/// regime) or earns a roll yield in backwardation (a stressed one).
/// </summary>
/// <param name="RegimeBeta">Log return per unit change of the log volatility regime (short term ~0.6, mid term ~0.3).</param>
/// <param name="Roll">Daily roll cost at the regime's long-run level.</param>
/// <param name="RollSlope">How fast the roll cost falls (turns into a gain) as the regime rises.</param>
internal sealed record VolatilityFuturesIndex(double RegimeBeta, double Roll, double RollSlope)
    : SyntheticAsset(StartPrice: 1000, AverageVolume: 0);

/// <summary>
/// A daily-reset leveraged or inverse product: simple return = <paramref name="Leverage"/> x the underlying's simple
/// return - fee - financing, which gives volatility drag over time.
/// </summary>
/// <param name="Underlying">Catalogue key of the underlying (a ticker, or a hidden driver such as a VIX futures index).</param>
/// <param name="Leverage">Daily multiple, e.g. 3, -3, 1.5, -0.5.</param>
/// <param name="AnnualFee">Expense ratio per year (0.0095 = 0.95%).</param>
/// <param name="StartPrice">Price before the first generated session.</param>
/// <param name="AverageVolume">Typical shares traded per session.</param>
internal sealed record LeveragedAsset(
    string Underlying,
    double Leverage,
    double AnnualFee,
    double StartPrice,
    double AverageVolume) : SyntheticAsset(StartPrice, AverageVolume);
