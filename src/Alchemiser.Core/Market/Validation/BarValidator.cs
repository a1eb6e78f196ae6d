namespace Alchemiser.Core.Market.Validation;

/// <summary>
/// Checks one symbol's bars before strategies may use them: prices (<see cref="BarCheck.NonPositivePrice"/>,
/// <see cref="BarCheck.MissingPrice"/>), dates (<see cref="BarCheck.DuplicateDate"/>,
/// <see cref="BarCheck.UnsortedDate"/>), the exchange calendar (<see cref="BarCheck.Gap"/>,
/// <see cref="BarCheck.Stale"/>) and daily moves (<see cref="BarCheck.SuspiciousJump"/>).
/// </summary>
/// <remarks>
/// <para><b>Suspicious jumps.</b> A close-to-close move is examined when it exceeds the threshold
/// (<see cref="BarValidationOptions.JumpThreshold"/>, or <see cref="BarValidationOptions.VolatilityJumpThreshold"/>
/// for VIX futures funds, times |leverage| when above 1). It is then judged in this order:</para>
/// <list type="number">
/// <item><b>Siblings</b> (<see cref="LeveragedProducts.SiblingsOf"/>) with bars on both days predict the symbol's
/// move as their move divided by their leverage and multiplied by the symbol's. One prediction of the same sign
/// within a factor <see cref="BarValidationOptions.SiblingTolerance"/> of the move explains it: not flagged.</item>
/// <item>When siblings have data but none explains the move, they contradict it. It stands only if the market was
/// turbulent: the symbol's volatility around the jump is at least
/// <see cref="BarValidationOptions.TurbulenceRatio"/> times its usual volatility (SVXY's -83% on 2018-02-06, when VIX
/// funds priced at different times of day). Otherwise it is flagged, spike or not (SOXS +186% on 2010-12-14).</item>
/// <item>When no sibling has data, only the symbol's own history can judge. If the price comes back to within
/// <see cref="BarValidationOptions.ReversalFraction"/> of the jump within
/// <see cref="BarValidationOptions.ReversalBars"/> bars, the jump is a <i>spike</i>: a bad print when it is at least
/// <see cref="BarValidationOptions.SpikeSigmas"/> times the symbol's daily volatility around it (every bar off the
/// level is flagged). Otherwise it is a <i>new level</i>, which news explains (earnings, trial results, a crash)
/// unless it is at least <see cref="BarValidationOptions.LevelShiftSigmas"/> times that volatility (an unadjusted
/// split). When that volatility rests on fewer than <see cref="BarValidationOptions.MinVolatilityReturns"/> non-zero
/// returns, or most returns around are zero (an illiquid or stale quote), nothing is flagged.</item>
/// </list>
/// <para>"Volatility around" is the root mean square of the daily log returns in
/// <see cref="BarValidationOptions.VolatilityWindow"/> bars before and after the jump, the jump and its reversal
/// excluded; "usual volatility" is 1.4826 times the median absolute non-zero log return over
/// <see cref="BarValidationOptions.BaselineWindow"/> bars on each side. The moves that make up one spike are judged
/// once.</para>
/// <para>Pure and thread-safe: no clock, no I/O. The cost is linear in the number of bars; siblings are looked up
/// only for moves over the threshold.</para>
/// </remarks>
public sealed partial class BarValidator
{
    private readonly BarValidationOptions _options;

    /// <summary>Creates a validator.</summary>
    /// <param name="options">The thresholds; <see cref="BarValidationOptions.Default"/> when omitted.</param>
    /// <exception cref="ArgumentOutOfRangeException">An option is outside its documented range.</exception>
    public BarValidator(BarValidationOptions? options = null)
    {
        _options = options ?? BarValidationOptions.Default;
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(_options.JumpThreshold, "options.JumpThreshold");
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(
            _options.VolatilityJumpThreshold, "options.VolatilityJumpThreshold");
        ArgumentOutOfRangeException.ThrowIfLessThan(_options.SiblingTolerance, 1.0, "options.SiblingTolerance");
        ArgumentOutOfRangeException.ThrowIfNegative(_options.ReversalBars, "options.ReversalBars");
        ArgumentOutOfRangeException.ThrowIfNegative(_options.ReversalFraction, "options.ReversalFraction");
        ArgumentOutOfRangeException.ThrowIfGreaterThan(_options.ReversalFraction, 1.0, "options.ReversalFraction");
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(_options.VolatilityWindow, "options.VolatilityWindow");
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(
            _options.MinVolatilityReturns, "options.MinVolatilityReturns");
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(_options.SpikeSigmas, "options.SpikeSigmas");
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(_options.LevelShiftSigmas, "options.LevelShiftSigmas");
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(_options.BaselineWindow, "options.BaselineWindow");
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(_options.TurbulenceRatio, "options.TurbulenceRatio");
        ArgumentOutOfRangeException.ThrowIfNegative(_options.StaleTolerance, "options.StaleTolerance");
    }

    /// <summary>Runs every check on <paramref name="bars"/>.</summary>
    /// <returns>The problems found, ordered by date and then by check; empty when the bars pass. An empty series
    /// yields one <see cref="BarCheck.Stale"/> issue dated at the last completed session.</returns>
    /// <exception cref="ArgumentException">An array of <paramref name="bars"/> does not have the length of its
    /// dates.</exception>
    public IReadOnlyList<BarIssue> Validate(BarSeries bars, BarValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(bars);
        ArgumentNullException.ThrowIfNull(context);
        EnsureLengths(bars);

        var issues = new List<BarIssue>();
        CheckPrices(bars, issues);
        var sorted = CheckDates(bars, issues);
        CheckCalendar(bars, sorted, context, issues);
        CheckJumps(bars, context, issues);
        if (issues.Count > 1)
            issues.Sort(static (a, b) => a.Date != b.Date ? a.Date.CompareTo(b.Date) : a.Check.CompareTo(b.Check));
        return issues;
    }

    private static void EnsureLengths(BarSeries bars)
    {
        var n = bars.Dates.Length;
        if (bars.Close.Length != n
            || (bars.Open?.Length ?? n) != n
            || (bars.High?.Length ?? n) != n
            || (bars.Low?.Length ?? n) != n
            || (bars.Volume?.Length ?? n) != n)
        {
            throw new ArgumentException(
                $"{bars.Symbol}: every column must hold {n} values, one per date.", nameof(bars));
        }
    }

    private static void CheckPrices(BarSeries bars, List<BarIssue> issues)
    {
        var close = bars.Close;
        for (var i = 0; i < close.Length; i++)
        {
            var value = close[i];
            if (double.IsNaN(value))
                issues.Add(Issue(bars, i, BarCheck.MissingPrice, $"no close on {bars.Dates[i]:O}"));
            else if (!IsValidPrice(value))
                issues.Add(Issue(bars, i, BarCheck.NonPositivePrice, BadPrice("close", value, bars.Dates[i])));
        }
        CheckOptionalPrices(bars, bars.Open, "open", issues);
        CheckOptionalPrices(bars, bars.High, "high", issues);
        CheckOptionalPrices(bars, bars.Low, "low", issues);
    }

    /// <summary>NaN in an optional column means "this bar lacks the value" (see <see cref="BarSeries"/>) and is
    /// not an error; a zero, negative or infinite value is.</summary>
    private static void CheckOptionalPrices(BarSeries bars, double[]? prices, string name, List<BarIssue> issues)
    {
        if (prices is null)
            return;
        for (var i = 0; i < prices.Length; i++)
        {
            var value = prices[i];
            if (!double.IsNaN(value) && !IsValidPrice(value))
                issues.Add(Issue(bars, i, BarCheck.NonPositivePrice, BadPrice(name, value, bars.Dates[i])));
        }
    }

    /// <returns>Whether the dates are strictly increasing.</returns>
    private static bool CheckDates(BarSeries bars, List<BarIssue> issues)
    {
        var dates = bars.Dates;
        var sorted = true;
        for (var i = 1; i < dates.Length; i++)
        {
            if (dates[i] == dates[i - 1])
            {
                sorted = false;
                issues.Add(Issue(bars, i, BarCheck.DuplicateDate, IssueText.Invariant(
                    $"{dates[i]:O} appears twice, at indexes {i - 1} and {i} (closes {IssueText.Price(bars.Close[i - 1])} and {IssueText.Price(bars.Close[i])})")));
            }
            else if (dates[i] < dates[i - 1])
            {
                sorted = false;
                issues.Add(Issue(bars, i, BarCheck.UnsortedDate, IssueText.Invariant(
                    $"{dates[i]:O} at index {i} comes after {dates[i - 1]:O} at index {i - 1}")));
            }
        }
        return sorted;
    }

    private static bool IsValidPrice(double value) => value > 0 && double.IsFinite(value);

    private static string BadPrice(string name, double value, DateOnly date) => double.IsFinite(value)
        ? IssueText.Invariant($"{name} {value} on {date:O} is not positive")
        : IssueText.Invariant($"{name} {value} on {date:O} is not a finite number");

    private static BarIssue Issue(BarSeries bars, int index, BarCheck check, string detail) =>
        new(bars.Symbol, bars.Dates[index], check, detail);
}
