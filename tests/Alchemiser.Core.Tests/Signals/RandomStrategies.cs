using System.Globalization;
using System.Text;
using Alchemiser.Core.Market;
using CsCheck;

namespace Alchemiser.Core.Tests.Signals;

/// <summary>One ticker of a <see cref="RandomMarket"/>: closes from session <see cref="Start"/> on, optionally
/// without a close on session <see cref="Gap"/> (a data error inside its span).</summary>
internal sealed record RandomTicker(string Name, int Start, double[] Closes, int? Gap);

/// <summary>A random market on <see cref="Days"/> weekdays ending on <see cref="TestMarket.LastDay"/>.</summary>
internal sealed record RandomMarket(int Days, RandomTicker[] Tickers)
{
    /// <summary>The book, on every weekday as sessions so that a gap is a missing close, not a missing session.</summary>
    public PriceBook Book()
    {
        var days = TestMarket.Weekdays(Days);
        var bars = Tickers.Select(ticker =>
        {
            var indices = Enumerable.Range(ticker.Start, ticker.Closes.Length).Where(t => t != ticker.Gap).ToArray();
            return new BarSeries(Symbol.Parse(ticker.Name), [.. indices.Select(t => days[t])], [.. indices.Select(t => ticker.Closes[t - ticker.Start])]);
        });
        return PriceBook.Create(bars, days);
    }

    public override string ToString()
    {
        var days = TestMarket.Weekdays(Days);
        var text = new StringBuilder().Append(CultureInfo.InvariantCulture, $"{Days} weekdays {days[0]:yyyy-MM-dd} … {days[^1]:yyyy-MM-dd}\n");
        foreach (var ticker in Tickers)
        {
            text.Append(CultureInfo.InvariantCulture, $"  {ticker.Name} from {days[ticker.Start]:yyyy-MM-dd}");
            if (ticker.Gap is { } gap)
                text.Append(CultureInfo.InvariantCulture, $", no close on {days[gap]:yyyy-MM-dd}");
            text.Append(": ").AppendJoin(' ', ticker.Closes.Select(c => c.ToString("R", CultureInfo.InvariantCulture))).Append('\n');
        }
        return text.ToString();
    }
}

/// <summary>A random strategy body over a random market, and a random order in which to visit the sessions.</summary>
internal sealed record RandomScenario(RandomMarket Market, string Body, int[] Order)
{
    /// <summary>The whole strategy file, as loaded.</summary>
    public string Text => $"(defsymphony \"Random\" {{}}\n  {Body})";

    public override string ToString() => $"\n{Text}\n{Market}order: {string.Join(' ', Order)}\n";
}

/// <summary>
/// CsCheck generators of well-formed strategies (DSL.md §2) and markets: trees of asset, group, weight-equal,
/// weight-specified (weights summing to 1 as written), weight-inverse-volatility, if (comparisons of indicators on
/// tickers, on composite subjects, and numbers) and filter (over assets and composites), up to five levels deep.
/// Rarely, a leaf names the unknown ticker <c>ZZ</c> or the constant ticker <c>KK</c> (zero volatility), and a
/// ticker misses one close, so that every failure class occurs.
/// </summary>
internal static class RandomStrategies
{
    public const int MaxDepth = 5;

    private static readonly string[] Tradable = ["AA", "BB", "CC", "DD", "EE", "FF"];

    private static readonly Gen<string> Ticker = Gen.Frequency(
        (200, Gen.OneOf(Tradable)),
        (1, Gen.Const("KK")),
        (1, Gen.Const("ZZ")));

    private static readonly Gen<int> Window = Gen.OneOf(1, 2, 3, 5, 10, 20);

    private static readonly Gen<string> GroupName = Gen.OneOf("G1", "G2", "G3");

    private static readonly Gen<string> Number = Gen.OneOf("0", "1", "-1", "0.5", "2", "50", "100");

    private static readonly Gen<string> Comparator = Gen.OneOf(">", "<", ">=", "<=", "=");

    private static readonly Gen<double[]> WeightSet = Gen.OneOf<double[]>(
        [1.0], [0.5, 0.5], [0.25, 0.75], [0.6, 0.4], [0.2, 0.3, 0.5], [0.1, 0.2, 0.3, 0.4]);

    /// <summary>An indicator as (name, parameter map text); the map is empty text for <c>current-price</c>.</summary>
    private static readonly Gen<(string Name, string Parameters)> Indicator = Gen.Frequency(
        (1, Gen.Const(("current-price", ""))),
        (8, Gen.Select(
            Gen.OneOf("rsi", "moving-average-price", "exponential-moving-average-price", "cumulative-return",
                "moving-average-return", "stdev-return", "stdev-price", "max-drawdown"),
            Window,
            (name, window) => (name, $"{{:window {window}}}"))),
        (1, Gen.Select(Gen.Int[1, 5], Gen.Int[1, 10], (s, extra) => ("percentage-price-oscillator", $"{{:short-window {s} :long-window {s + extra}}}"))),
        (1, Gen.Select(Gen.Int[1, 5], Gen.Int[1, 10], Gen.Int[1, 4],
            (s, extra, k) => ("percentage-price-oscillator-signal", $"{{:short-window {s} :long-window {s + extra} :smooth-window {k}}}"))));

    /// <summary>A daily return in [−5 %, 5 %] in steps of 0.001 %, sometimes exactly 0 (flat days make ties and zero
    /// volatility). Not <c>Gen.Double[a, b]</c>, which yields 0 and near-0 so often that most series are flat.</summary>
    private static readonly Gen<double> DailyReturn = Gen.Frequency(
        (15, Gen.Int[-5000, 5000].Select(i => i / 100_000.0)),
        (1, Gen.Const(0.0)));

    private static readonly Gen<string>[] NodeAtDepth = BuildNodes();

    /// <summary>A strategy body of depth at most <see cref="MaxDepth"/>.</summary>
    public static Gen<string> Body { get; } = NodeAtDepth[MaxDepth];

    /// <summary>Six tradable tickers (AA and BB from the first day, the others possibly later), plus the constant KK.</summary>
    public static Gen<RandomMarket> Market { get; } = Gen.Select(
        Gen.Int[60, 120],
        Gen.Int[0, 80].Array[Tradable.Length],
        Gen.Double[50, 200].Array[Tradable.Length],
        DailyReturn.Array[120].Array[Tradable.Length],
        Gen.Int[-20, Tradable.Length - 1],
        Gen.Int[1, 119],
        (days, starts, firsts, walks, gapTicker, gapDay) =>
        {
            var tickers = new List<RandomTicker>(Tradable.Length + 1);
            for (var i = 0; i < Tradable.Length; i++)
            {
                var start = i < 2 ? 0 : Math.Min(starts[i], days - 5);
                var closes = new double[days - start];
                closes[0] = firsts[i];
                for (var j = 1; j < closes.Length; j++)
                    closes[j] = closes[j - 1] * (1 + walks[i][j]);
                var gap = gapTicker == i && gapDay % days > start ? gapDay % days : (int?)null;
                tickers.Add(new RandomTicker(Tradable[i], start, closes, gap));
            }
            tickers.Add(new RandomTicker("KK", 0, Enumerable.Repeat(10.0, days).ToArray(), null));
            return new RandomMarket(days, [.. tickers]);
        });

    /// <summary>A market, a strategy and a visiting order (keys sorted; ties by index) of the sessions.</summary>
    public static Gen<RandomScenario> Scenario { get; } = Gen.Select(
        Market,
        Body,
        Gen.Int[0, 1000].Array[120],
        (market, body, keys) => new RandomScenario(
            market, body, [.. Enumerable.Range(0, market.Days).OrderBy(i => keys[i]).ThenBy(i => i)]));

    private static Gen<string>[] BuildNodes()
    {
        var asset = Gen.Select(Ticker, Gen.OneOf("", " nil", " \"Display\""), (ticker, display) => $"(asset \"{ticker}\"{display})");
        var nodes = new Gen<string>[MaxDepth + 1];
        nodes[0] = asset;
        for (var depth = 1; depth <= MaxDepth; depth++)
        {
            var child = nodes[depth - 1];
            var children = child.Array[1, 3].Select(c => "[" + string.Join(' ', c) + "]");
            var group = Gen.Select(GroupName, child.Array[1, 2], (name, body) => $"(group \"{name}\" [{string.Join(' ', body)}])");
            var weightEqual = children.Select(c => $"(weight-equal {c})");
            var weightSpecified = WeightSet.SelectMany(weights => child.Array[weights.Length].Select(units =>
                "(weight-specified " + string.Join(' ', weights.Select((w, i) => w.ToString("R", CultureInfo.InvariantCulture) + " " + units[i])) + ")"));
            var inverseVolatility = Gen.Select(Gen.OneOf(2, 3, 5, 10), Gen.Bool, children,
                (window, mapForm, c) => mapForm ? $"(weight-inverse-volatility {{:window {window}}} {c})" : $"(weight-inverse-volatility {window} {c})");
            var operand = Operand(child, group);
            var condition = Gen.Select(Comparator, operand, Gen.Frequency((3, Number), (1, operand)), (op, left, right) => $"({op} {left} {right})");
            var @if = Gen.Select(condition, child, Gen.Frequency((2, child.Select(e => " " + e)), (1, Gen.Const(""))),
                (c, then, @else) => $"(if {c} {then}{@else})");
            var candidate = Gen.Frequency((3, asset), (2, group), (1, child));
            var selector = Gen.Frequency(
                (2, Gen.Int[1, 3].Select(n => $" (select-top {n})")),
                (2, Gen.Int[1, 3].Select(n => $" (select-bottom {n})")),
                (1, Gen.Const("")));
            var filter = Gen.Select(Indicator, selector, candidate.Array[1, 4],
                (score, s, c) => $"(filter ({score.Name}{Prefix(score.Parameters)}){s} [{string.Join(' ', c)}])");
            nodes[depth] = Gen.Frequency(
                (3, asset), (2, group), (2, weightEqual), (2, weightSpecified), (1, inverseVolatility), (2, @if), (2, filter));
        }
        return nodes;
    }

    /// <summary>An indicator operand on a ticker (form 1) or on a composite subject (form 1 or form 2).</summary>
    private static Gen<string> Operand(Gen<string> node, Gen<string> group)
    {
        var onTicker = Gen.Select(Indicator, Ticker, (i, t) => $"({i.Name} \"{t}\"{Prefix(i.Parameters)})");
        var onNode = Gen.Select(Indicator, Gen.Frequency((2, group), (1, node)), Gen.Bool,
            (i, subject, subjectFirst) => subjectFirst || i.Parameters.Length == 0
                ? $"({i.Name} {subject}{Prefix(i.Parameters)})"
                : $"({i.Name} {i.Parameters} {subject})");
        return Gen.Frequency((4, onTicker), (1, onNode));
    }

    private static string Prefix(string parameters) => parameters.Length == 0 ? "" : " " + parameters;
}
