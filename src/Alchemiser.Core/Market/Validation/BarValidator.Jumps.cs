using System.Text;

namespace Alchemiser.Core.Market.Validation;

public sealed partial class BarValidator
{
    /// <summary>1 / Φ⁻¹(0.75): turns a median absolute return into a standard deviation.</summary>
    private const double MadToSigma = 1.4826;

    /// <summary>Finds moves over the threshold and judges each as the class remarks describe.</summary>
    private void CheckJumps(BarSeries bars, BarValidationContext context, List<BarIssue> issues)
    {
        if (bars.Count < 2)
            return;
        var product = LeveragedProducts.Find(bars.Symbol);
        var leverage = product?.Leverage ?? 1.0;
        var threshold = (product is { IsVolatility: true } ? _options.VolatilityJumpThreshold : _options.JumpThreshold)
            * Math.Max(1.0, Math.Abs(leverage));
        var up = 1 + threshold;
        var down = 1 / up;

        var close = bars.Close;
        Sibling[]? siblings = null;
        var next = 1;
        for (var i = next; i < close.Length; i++)
        {
            if (i < next || !IsStep(bars, i))
                continue;
            var ratio = close[i] / close[i - 1];
            if (ratio <= up && ratio >= down)
                continue;
            siblings ??= ResolveSiblings(bars.Symbol, context);
            next = JudgeJump(bars, i, leverage, siblings, issues) + 1;
        }
    }

    /// <returns>The index of the event's last bar (the jump's, or the reversal's for a spike): the moves up to it
    /// have been judged together.</returns>
    private int JudgeJump(BarSeries bars, int i, double leverage, Sibling[] siblings, List<BarIssue> issues)
    {
        var close = bars.Close;
        var dates = bars.Dates;
        var move = (close[i] / close[i - 1]) - 1;
        var logMove = Math.Log(close[i] / close[i - 1]);

        // 1. Siblings with bars on both days.
        var evidence = new List<(Symbol Symbol, double Move)>();
        foreach (var sibling in siblings)
        {
            if (!TryMove(sibling.Bars, dates[i - 1], dates[i], out var siblingMove))
                continue;
            evidence.Add((sibling.Product.Symbol, siblingMove));
            var predicted = siblingMove * leverage / sibling.Product.Leverage;
            var tolerance = _options.SiblingTolerance;
            if (predicted * move > 0 && Math.Abs(predicted) * tolerance >= Math.Abs(move)
                && Math.Abs(predicted) <= Math.Abs(move) * tolerance)
            {
                return i;
            }
        }

        // 2. Own history: does the price come back, and how volatile is the symbol around the event?
        var reversal = FindReversal(bars, i, logMove);
        var last = i + reversal;
        var around = VolatilityAround(bars, i, last);
        var trusted = around.NonZero >= _options.MinVolatilityReturns && around.NonZero * 2 >= around.Count;

        string history;
        if (evidence.Count > 0)
        {
            var usual = UsualVolatility(bars, i, last);
            if (trusted && usual > 0 && around.Sigma >= _options.TurbulenceRatio * usual)
                return last;
            history = trusted && usual > 0
                ? IssueText.Invariant(
                    $", and the market was calm: {IssueText.Volatility(around.Sigma)} a day around it, {IssueText.Ratio(around.Sigma / usual)}x its usual {IssueText.Volatility(usual)}")
                : ", and too little history around it to show a turbulent market";
        }
        else
        {
            if (!trusted)
                return last;
            var sigmas = Math.Abs(logMove) / around.Sigma;
            if (sigmas < (reversal > 0 ? _options.SpikeSigmas : _options.LevelShiftSigmas))
                return last;
            history = reversal > 0
                ? IssueText.Invariant(
                    $"; a spike of {IssueText.Ratio(sigmas)} times its daily volatility around it ({IssueText.Volatility(around.Sigma)})")
                : IssueText.Invariant(
                    $"; a new level at {IssueText.Ratio(sigmas)} times its daily volatility around it ({IssueText.Volatility(around.Sigma)})");
        }

        var detail = Describe(bars, i, move, reversal, evidence) + history;
        issues.Add(new BarIssue(bars.Symbol, dates[i], BarCheck.SuspiciousJump, detail));
        for (var j = i + 1; j < last; j++)
        {
            issues.Add(new BarIssue(bars.Symbol, dates[j], BarCheck.SuspiciousJump, IssueText.Invariant(
                $"close {IssueText.Price(close[j])} on {dates[j]:O} is inside the spike from {dates[i]:O}: {detail}")));
        }
        return last;
    }

    private static string Describe(
        BarSeries bars, int i, double move, int reversal, List<(Symbol Symbol, double Move)> evidence)
    {
        var close = bars.Close;
        var dates = bars.Dates;
        var text = new StringBuilder(IssueText.Invariant(
            $"close {IssueText.Percent(move)} on {dates[i]:O} ({IssueText.Price(close[i - 1])} -> {IssueText.Price(close[i])})"));
        if (reversal > 0)
        {
            var back = i + reversal;
            text.Append(IssueText.Invariant($", back to {IssueText.Price(close[back])} on {dates[back]:O}"));
        }
        if (evidence.Count == 0)
            return text.Append("; no sibling has bars on both days").ToString();
        text.Append("; ");
        for (var e = 0; e < evidence.Count; e++)
        {
            text.Append(e == 0 ? "" : ", ").Append(evidence[e].Symbol.Value)
                .Append(e == 0 ? " moved " : " ").Append(IssueText.Percent(evidence[e].Move));
        }
        return text.Append(": no sibling explains it").ToString();
    }

    /// <returns>How many bars after <paramref name="i"/> the price comes back near the level before the jump, or 0
    /// when it does not within <see cref="BarValidationOptions.ReversalBars"/>.</returns>
    private int FindReversal(BarSeries bars, int i, double logMove)
    {
        var close = bars.Close;
        var limit = _options.ReversalFraction * Math.Abs(logMove);
        for (var k = 1; k <= _options.ReversalBars && i + k < close.Length; k++)
        {
            if (!IsStep(bars, i + k))
                break;
            if (Math.Abs(Math.Log(close[i + k] / close[i - 1])) <= limit)
                return k;
        }
        return 0;
    }

    /// <summary>The root mean square of the log returns in the window before <paramref name="first"/> and after
    /// <paramref name="last"/>, with how many returns it saw and how many were not zero.</summary>
    private (double Sigma, int Count, int NonZero) VolatilityAround(BarSeries bars, int first, int last)
    {
        var window = _options.VolatilityWindow;
        double sumSquares = 0;
        int count = 0, nonZero = 0;
        Accumulate(Math.Max(1, first - window), first);
        Accumulate(last + 1, Math.Min(bars.Count, last + 1 + window));
        return (count == 0 ? 0 : Math.Sqrt(sumSquares / count), count, nonZero);

        void Accumulate(int from, int to)
        {
            for (var j = from; j < to; j++)
            {
                if (!IsStep(bars, j))
                    continue;
                var r = Math.Log(bars.Close[j] / bars.Close[j - 1]);
                count++;
                if (r != 0)
                {
                    nonZero++;
                    sumSquares += r * r;
                }
            }
        }
    }

    /// <summary>A robust daily volatility over the baseline window on each side of the event: 1.4826 times the
    /// median absolute non-zero log return; 0 when there is none.</summary>
    private double UsualVolatility(BarSeries bars, int first, int last)
    {
        var window = _options.BaselineWindow;
        var moves = new List<double>(2 * window);
        for (var j = Math.Max(1, first - window); j < Math.Min(bars.Count, last + 1 + window); j++)
        {
            if (j >= first && j <= last || !IsStep(bars, j))
                continue;
            var r = Math.Abs(Math.Log(bars.Close[j] / bars.Close[j - 1]));
            if (r > 0)
                moves.Add(r);
        }
        if (moves.Count == 0)
            return 0;
        moves.Sort();
        var mid = moves.Count / 2;
        var median = moves.Count % 2 == 1 ? moves[mid] : (moves[mid - 1] + moves[mid]) / 2;
        return MadToSigma * median;
    }

    /// <summary>Whether bar <paramref name="j"/> and the one before it form a valid daily step: both closes valid
    /// and the dates increasing.</summary>
    private static bool IsStep(BarSeries bars, int j) =>
        bars.Dates[j] > bars.Dates[j - 1] && IsValidPrice(bars.Close[j]) && IsValidPrice(bars.Close[j - 1]);

    private static bool TryMove(BarSeries bars, DateOnly from, DateOnly to, out double move)
    {
        move = 0;
        var i0 = Array.BinarySearch(bars.Dates, from);
        var i1 = i0 < 0 ? -1 : Array.BinarySearch(bars.Dates, to);
        if (i1 < 0 || !IsValidPrice(bars.Close[i0]) || !IsValidPrice(bars.Close[i1]))
            return false;
        move = (bars.Close[i1] / bars.Close[i0]) - 1;
        return true;
    }

    private static Sibling[] ResolveSiblings(Symbol symbol, BarValidationContext context)
    {
        var products = LeveragedProducts.SiblingsOf(symbol);
        var resolved = new List<Sibling>(products.Count);
        foreach (var product in products)
        {
            if (context.FindSeries(product.Symbol) is { Count: > 0 } series)
                resolved.Add(new Sibling(product, series));
        }
        return [.. resolved];
    }

    private readonly record struct Sibling(LeveragedProduct Product, BarSeries Bars);
}
