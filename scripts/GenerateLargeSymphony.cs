// Generates a large, valid symphony (DSL.md) for stress tests and parser/evaluator benchmarks.
//
//   dotnet run scripts/GenerateLargeSymphony.cs -- <out-file> [--nodes N] [--seed S] [--target-bytes B]
//
// --nodes N         approximate number of operator nodes (asset, group, if, filter, weight-*), default 2500
// --seed S          seed of the deterministic generator, default 42; same arguments => byte-identical output
// --target-bytes B  instead of --nodes: grow the node count until the file is about B bytes (e.g. 2000000)
//
// The output only uses long-history ETFs of the shared data set (all listed by April 2007), every `if` that can be
// false without an else sits in a filter candidate list next to plain assets, inverse-volatility children are
// plain assets or never-empty groups, and `weight-specified` weights are written as hundredths summing to 1.
// The skeleton nests groups at least five deep with filters over groups at three different depths.
using System.Globalization;
using System.Text;

var options = GeneratorOptions.Parse(args);
if (options is null)
{
    Console.Error.WriteLine(
        "usage: dotnet run scripts/GenerateLargeSymphony.cs -- <out-file> [--nodes N] [--seed S] [--target-bytes B]");
    return 2;
}

string text;
int nodes;
if (options.TargetBytes is { } targetBytes)
{
    // Deterministic search: scale the node count by the measured bytes per node until within 1 %.
    var guess = 2500;
    (text, nodes) = SymphonyGenerator.Generate(guess, options.Seed);
    for (var i = 0; i < 8 && Math.Abs(Encoding.UTF8.GetByteCount(text) - targetBytes) > targetBytes / 100; i++)
    {
        var bytesPerNode = (double)Encoding.UTF8.GetByteCount(text) / nodes;
        guess = Math.Max(50, (int)(targetBytes / bytesPerNode));
        (text, nodes) = SymphonyGenerator.Generate(guess, options.Seed);
    }
}
else
{
    (text, nodes) = SymphonyGenerator.Generate(options.Nodes, options.Seed);
}

var directory = Path.GetDirectoryName(Path.GetFullPath(options.OutFile));
if (!string.IsNullOrEmpty(directory))
{
    Directory.CreateDirectory(directory);
}

File.WriteAllText(options.OutFile, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
Console.WriteLine(string.Create(
    CultureInfo.InvariantCulture,
    $"wrote {options.OutFile}: {nodes} nodes, {Encoding.UTF8.GetByteCount(text)} bytes (seed {options.Seed})"));
return 0;

/// <summary>Command-line options of the generator.</summary>
internal sealed record GeneratorOptions(string OutFile, int Nodes, ulong Seed, long? TargetBytes)
{
    public static GeneratorOptions? Parse(string[] args)
    {
        string? outFile = null;
        var nodes = 2500;
        ulong seed = 42;
        long? targetBytes = null;
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            var hasValue = i + 1 < args.Length;
            switch (arg)
            {
                case "--nodes" when hasValue && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var n) && n >= 10:
                    nodes = n;
                    i++;
                    break;
                case "--seed" when hasValue && ulong.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var s):
                    seed = s;
                    i++;
                    break;
                case "--target-bytes" when hasValue && long.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var b) && b >= 1000:
                    targetBytes = b;
                    i++;
                    break;
                default:
                    if (arg.StartsWith("--", StringComparison.Ordinal) || outFile is not null)
                    {
                        return null;
                    }

                    outFile = arg;
                    break;
            }
        }

        return outFile is null ? null : new GeneratorOptions(outFile, nodes, seed, targetBytes);
    }
}

/// <summary>SplitMix64: a tiny deterministic PRNG whose output never depends on the runtime version.</summary>
internal sealed class SplitMix64(ulong seed)
{
    private ulong _state = seed;

    public ulong NextUInt64()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>Uniform integer in [0, n).</summary>
    public int Next(int n) => (int)(NextUInt64() % (ulong)n);

    /// <summary>Uniform integer in [lo, hi].</summary>
    public int Between(int lo, int hi) => lo + Next(hi - lo + 1);

    public bool Chance(int percent) => Next(100) < percent;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];
}

/// <summary>Builds the symphony text with a node budget; every emitted operator form counts as one node.</summary>
internal sealed class SymphonyGenerator
{
    // Long-history, liquid ETFs (first close April 2007 or earlier) with no long runs of identical closes, so they
    // are safe as inverse-volatility children too.
    private static readonly string[] Tickers =
    [
        "SPY", "QQQ", "IWM", "DIA", "VTI", "EFA", "EEM", "TLT", "IEF", "SHY", "AGG", "LQD", "HYG", "TIP",
        "GLD", "SLV", "XLK", "XLF", "XLE", "XLV", "XLI", "XLP", "XLU", "XLY", "XLB", "SMH", "SOXX", "IYR",
        "EWZ", "FXI", "DBC",
    ];

    private static readonly string[] Defensive = ["TLT", "IEF", "SHY", "AGG", "TIP", "GLD", "XLP", "XLU"];

    private static readonly string[] WindowIndicators =
    [
        "rsi", "moving-average-price", "exponential-moving-average-price", "cumulative-return",
        "moving-average-return", "stdev-return", "stdev-price", "max-drawdown",
    ];

    private static readonly string[] ScoreIndicators =
    [
        "rsi", "cumulative-return", "moving-average-return", "stdev-return", "max-drawdown",
        "percentage-price-oscillator", "percentage-price-oscillator-signal", "current-price",
        "moving-average-price", "exponential-moving-average-price", "stdev-price",
    ];

    private static readonly int[] AverageWindows = [20, 50, 100, 200];

    private static readonly string[] Comparators = [">", "<", ">=", "<=", ">", "<", "="];

    private static readonly string[] Themes =
    [
        "Momentum", "Trend", "Mean reversion", "Defensive", "Carry", "Breakout", "Low volatility", "Rotation",
    ];

    private readonly SplitMix64 _random;
    private readonly StringBuilder _text = new();
    private int _nodes;
    private int _groupCounter;

    private SymphonyGenerator(ulong seed) => _random = new SplitMix64(seed);

    /// <summary>
    /// Generates a symphony with about <paramref name="targetNodes"/> nodes (within 2 %): the internal budget is
    /// rescaled deterministically until the counted nodes match, since budgets are split approximately.
    /// </summary>
    public static (string Text, int Nodes) Generate(int targetNodes, ulong seed)
    {
        var budget = targetNodes;
        var best = GenerateWithBudget(budget, targetNodes, seed);
        var current = best;
        for (var i = 0; i < 12 && Math.Abs(best.Nodes - targetNodes) > targetNodes / 50; i++)
        {
            // Damped proportional step; the size is not monotone in the budget, so keep the closest result.
            var scaled = (long)budget * targetNodes / Math.Max(1, current.Nodes);
            budget = Math.Max(10, (int)((budget + scaled) / 2));
            current = GenerateWithBudget(budget, targetNodes, seed);
            if (Math.Abs(current.Nodes - targetNodes) < Math.Abs(best.Nodes - targetNodes))
            {
                best = current;
            }
        }

        return best;
    }

    private static (string Text, int Nodes) GenerateWithBudget(int budget, int targetNodes, ulong seed)
    {
        var generator = new SymphonyGenerator(seed);
        generator.WriteSymphony(budget, targetNodes, seed);
        return (generator._text.ToString(), generator._nodes);
    }

    private void WriteSymphony(int budget, int targetNodes, ulong seed)
    {
        _text.Append(CultureInfo.InvariantCulture, $"; Generated by scripts/GenerateLargeSymphony.cs (seed {seed}, about {targetNodes} nodes).\n");
        _text.Append("; Stress and benchmark input: deep groups, filters over groups at several depths, every operator.\n");
        _text.Append("; Do not edit by hand; regenerate with: dotnet run scripts/GenerateLargeSymphony.cs -- <out-file>\n");
        _text.Append(CultureInfo.InvariantCulture, $"(defsymphony \"Stress Large {seed}\" {{:asset-class \"EQUITIES\" :rebalance-frequency :daily}}\n");

        // Top: an if (VIX-style guard with a cash else) over a weight-equal of sections. Each section is a
        // group holding a filter over books (groups), each book a filter over models (groups), each model a
        // random subtree that may nest further groups and filters.
        var sections = Math.Clamp(budget / 600, 2, 64);
        var perSection = Math.Max(8, (budget - 4) / sections);
        Indent(1).Append("(if (> (rsi \"SPY\" {:window 10}) 82)\n");
        _nodes++;
        Indent(2).Append("[(asset \"SHY\" nil)]\n");
        _nodes++;
        Indent(2).Append("[(weight-equal\n");
        _nodes++;
        for (var s = 0; s < sections; s++)
        {
            WriteSection(3, perSection, s + 1, s == 0 ? '[' : ' ');
        }

        Indent(3).Append(' ').Append("(asset \"IEF\" \"iShares 7-10 Year Treasury Bond ETF\")])]))\n");
        _nodes++;
    }

    private void WriteSection(int indent, int budget, int number, char prefix)
    {
        // group "Section n" -> filter over books -> group "Book" -> filter over models -> group "Model" -> subtree
        var books = Math.Clamp(budget / 150, 2, 6);
        Indent(indent).Append(prefix).Append(CultureInfo.InvariantCulture, $"(group \"Section {number}\"\n");
        _nodes++;
        Indent(indent + 1).Append('[');
        WriteFilterHead(selectorAlways: true, candidates: books);
        _text.Append('\n');
        _nodes++;
        var perBook = Math.Max(4, (budget - 2) / books);
        for (var b = 0; b < books; b++)
        {
            WriteBook(indent + 2, perBook, $"{number}.{b + 1}", b == 0 ? '[' : ' ');
        }

        // A plain asset candidate keeps the filter non-empty whatever the books do.
        Indent(indent + 2).Append(' ').Append(CultureInfo.InvariantCulture, $"(asset \"{_random.Pick(Defensive)}\" nil)])])\n");
        _nodes++;
    }

    private void WriteBook(int indent, int budget, string label, char prefix)
    {
        var models = Math.Clamp(budget / 40, 2, 5);
        Indent(indent).Append(prefix).Append(CultureInfo.InvariantCulture, $"(group \"Book {label} {_random.Pick(Themes)}\"\n");
        _nodes++;
        Indent(indent + 1).Append('[');
        WriteFilterHead(selectorAlways: false, candidates: models);
        _text.Append('\n');
        _nodes++;
        var perModel = Math.Max(2, (budget - 2) / models);
        for (var m = 0; m < models; m++)
        {
            Indent(indent + 2).Append(m == 0 ? '[' : ' ').Append(CultureInfo.InvariantCulture, $"(group \"Model {label}.{m + 1}\"\n");
            _nodes++;
            Indent(indent + 3).Append('[');
            WriteNode(indent + 3, perModel - 1, depth: 0, allowEmpty: false);
            _text.Append("])\n");
        }

        Indent(indent + 2).Append(' ').Append(CultureInfo.InvariantCulture, $"(asset \"{_random.Pick(Tickers)}\" nil)])])\n");
        _nodes++;
    }

    /// <summary>Writes one node using about <paramref name="budget"/> nodes, starting at the current position.</summary>
    private void WriteNode(int indent, int budget, int depth, bool allowEmpty)
    {
        if (budget <= 1 || depth > 12)
        {
            WriteAsset();
            return;
        }

        var roll = _random.Next(100);
        if (budget >= 6 && roll < 14)
        {
            WriteFilterOverGroups(indent, budget, depth);
        }
        else if (roll < 30)
        {
            WriteIf(indent, budget, depth, allowEmpty);
        }
        else if (roll < 42)
        {
            WriteGroup(indent, budget, depth, allowEmpty);
        }
        else if (roll < 56)
        {
            WriteFilterOverAssets(indent, budget, depth);
        }
        else if (roll < 70)
        {
            WriteWeightSpecified(indent, budget, depth);
        }
        else if (roll < 80 && budget >= 3)
        {
            WriteInverseVolatility(indent, budget);
        }
        else
        {
            WriteWeightEqual(indent, budget, depth);
        }
    }

    private void WriteAsset()
    {
        var ticker = _random.Pick(Tickers);
        var form = _random.Next(10);
        _text.Append(form switch
        {
            0 => $"(asset \"{ticker}\")",
            1 => $"(asset \"{ticker}\" \"{ticker} ETF\")",
            _ => $"(asset \"{ticker}\" nil)",
        });
        _nodes++;
    }

    private void WriteGroup(int indent, int budget, int depth, bool allowEmpty)
    {
        _text.Append(CultureInfo.InvariantCulture, $"(group \"G{++_groupCounter} {_random.Pick(Themes)}\"\n");
        _nodes++;
        Indent(indent + 1).Append('[');
        WriteNode(indent + 1, budget - 1, depth + 1, allowEmpty);
        _text.Append("])");
    }

    private void WriteIf(int indent, int budget, int depth, bool allowEmpty)
    {
        _text.Append("(if ");
        _nodes++;
        var used = WriteCondition(indent);
        var rest = Math.Max(1, budget - 1 - used);
        var withElse = !allowEmpty || _random.Chance(60);
        var thenBudget = withElse ? Math.Max(1, rest / 2) : rest;
        _text.Append('\n');
        Indent(indent + 1).Append('[');
        WriteNode(indent + 1, thenBudget, depth + 1, allowEmpty: false);
        _text.Append(']');
        if (withElse)
        {
            _text.Append('\n');
            Indent(indent + 1).Append('[');
            WriteNode(indent + 1, Math.Max(1, rest - thenBudget), depth + 1, allowEmpty: false);
            _text.Append(']');
        }

        _text.Append(')');
    }

    /// <summary>Writes a comparison; returns the number of nodes used by node subjects.</summary>
    private int WriteCondition(int indent)
    {
        var comparator = _random.Pick(Comparators);
        var ticker = _random.Pick(Tickers);
        var shape = _random.Next(10);
        var before = _nodes;
        _text.Append('(').Append(comparator).Append(' ');
        switch (shape)
        {
            case < 4:
                // price against its own average
                _text.Append(CultureInfo.InvariantCulture, $"(current-price \"{ticker}\") ");
                var average = _random.Chance(50) ? "moving-average-price" : "exponential-moving-average-price";
                _text.Append(CultureInfo.InvariantCulture, $"({average} \"{ticker}\" {{:window {_random.Pick(AverageWindows)}}})");
                break;
            case < 7:
                // indicator against a threshold, sometimes in the subject-last form
                var indicator = _random.Pick(WindowIndicators);
                var window = _random.Between(2, 60);
                if (_random.Chance(30))
                {
                    _text.Append(CultureInfo.InvariantCulture, $"({indicator} {{:window {window}}} (asset \"{ticker}\" nil))");
                    _nodes++;
                }
                else
                {
                    _text.Append(CultureInfo.InvariantCulture, $"({indicator} \"{ticker}\" {{:window {window}}})");
                }

                _text.Append(' ').Append(Threshold(indicator));
                break;
            case < 9:
                // PPO against its signal line
                var s = _random.Between(3, 12);
                var l = s + _random.Between(5, 20);
                var k = _random.Between(3, 9);
                _text.Append(CultureInfo.InvariantCulture, $"(percentage-price-oscillator \"{ticker}\" {{:short-window {s} :long-window {l}}}) ");
                _text.Append(CultureInfo.InvariantCulture, $"(percentage-price-oscillator-signal \"{ticker}\" {{:short-window {s} :long-window {l} :smooth-window {k}}})");
                break;
            default:
                // a composite subject: the NAV of a small never-empty group
                var a = _random.Pick(Tickers);
                var b = _random.Pick(Tickers);
                _text.Append(CultureInfo.InvariantCulture, $"(cumulative-return {{:window {_random.Between(5, 60)}}}\n");
                Indent(indent + 2).Append(CultureInfo.InvariantCulture, $"(group \"Basket {a}/{b}\" [(weight-equal [(asset \"{a}\" nil) (asset \"{b}\" nil)])]))");
                _nodes += 4;
                _text.Append(" 0");
                break;
        }

        _text.Append(')');
        return _nodes - before;
    }

    private string Threshold(string indicator) => indicator switch
    {
        "rsi" => _random.Between(20, 80).ToString(CultureInfo.InvariantCulture),
        "cumulative-return" => _random.Between(-10, 10).ToString(CultureInfo.InvariantCulture),
        "moving-average-return" => string.Create(CultureInfo.InvariantCulture, $"{_random.Between(-20, 20) / 100.0:0.00}"),
        "stdev-return" => string.Create(CultureInfo.InvariantCulture, $"{_random.Between(5, 30) / 10.0:0.0}"),
        "max-drawdown" => _random.Between(2, 25).ToString(CultureInfo.InvariantCulture),
        "stdev-price" => _random.Between(1, 5).ToString(CultureInfo.InvariantCulture),
        _ => _random.Between(20, 400).ToString(CultureInfo.InvariantCulture),
    };

    private void WriteFilterHead(bool selectorAlways, int candidates)
    {
        var indicator = _random.Pick(ScoreIndicators);
        _text.Append("(filter ").Append(Score(indicator));
        var selector = selectorAlways || _random.Chance(80);
        if (selector)
        {
            var n = _random.Between(1, Math.Max(1, candidates / 2));
            _text.Append(_random.Chance(70) ? " (select-top " : " (select-bottom ").Append(n.ToString(CultureInfo.InvariantCulture)).Append(')');
        }
    }

    private string Score(string indicator)
    {
        if (indicator == "current-price")
        {
            return "(current-price)";
        }

        var s = _random.Between(3, 12);
        var l = s + _random.Between(5, 20);
        return indicator switch
        {
            "percentage-price-oscillator" => $"(percentage-price-oscillator {{:short-window {s} :long-window {l}}})",
            "percentage-price-oscillator-signal" => $"(percentage-price-oscillator-signal {{:short-window {s} :long-window {l} :smooth-window {_random.Between(3, 9)}}})",
            _ => string.Create(CultureInfo.InvariantCulture, $"({indicator} {{:window {_random.Between(5, 120)}}})"),
        };
    }

    private void WriteFilterOverAssets(int indent, int budget, int depth)
    {
        var count = Math.Clamp(budget - 1, 2, 8);
        WriteFilterHead(selectorAlways: false, candidates: count);
        _nodes++;
        _text.Append('\n');
        Indent(indent + 1).Append('[');
        var remaining = budget - 1 - count;
        for (var i = 0; i < count; i++)
        {
            if (i > 0)
            {
                _text.Append(' ');
            }

            // Some candidates are conditional (if without else): an Empty candidate is simply not eligible;
            // the first candidate is always a plain asset, so the filter itself never goes empty.
            if (i > 0 && remaining >= 3 && _random.Chance(25))
            {
                _text.Append('\n');
                Indent(indent + 2);
                var before = _nodes;
                WriteIf(indent + 2, 3, depth + 1, allowEmpty: true);
                remaining -= _nodes - before - 1;
            }
            else
            {
                WriteAsset();
            }
        }

        _text.Append("])");
    }

    private void WriteFilterOverGroups(int indent, int budget, int depth)
    {
        var count = Math.Clamp(budget / 6, 2, 5);
        WriteFilterHead(selectorAlways: false, candidates: count + 1);
        _nodes++;
        _text.Append('\n');
        var per = Math.Max(2, (budget - 2) / count);
        for (var i = 0; i < count; i++)
        {
            Indent(indent + 1).Append(i == 0 ? '[' : ' ');
            WriteGroup(indent + 1, per, depth, allowEmpty: false);
            _text.Append('\n');
        }

        Indent(indent + 1).Append(' ');
        WriteAsset();
        _text.Append("])");
    }

    private void WriteWeightEqual(int indent, int budget, int depth)
    {
        var count = Math.Clamp(budget / 4, 2, 5);
        _text.Append("(weight-equal\n");
        _nodes++;
        var per = Math.Max(1, (budget - 1) / count);
        for (var i = 0; i < count; i++)
        {
            Indent(indent + 1).Append(i == 0 ? '[' : ' ');
            WriteNode(indent + 1, per, depth + 1, allowEmpty: i > 0);
            _text.Append(i == count - 1 ? "])" : "\n");
        }
    }

    private void WriteWeightSpecified(int indent, int budget, int depth)
    {
        var count = Math.Clamp(budget / 4, 2, 4);
        var weights = new int[count];
        var left = 100;
        for (var i = 0; i < count - 1; i++)
        {
            weights[i] = _random.Between(5, left - (5 * (count - 1 - i)));
            weights[i] = Math.Min(weights[i], left - (5 * (count - 1 - i)));
            left -= weights[i];
        }

        weights[count - 1] = left;
        _text.Append("(weight-specified\n");
        _nodes++;
        var per = Math.Max(1, (budget - 1) / count);
        for (var i = 0; i < count; i++)
        {
            Indent(indent + 1).Append(CultureInfo.InvariantCulture, $"{weights[i] / 100.0:0.00} ");
            WriteNode(indent + 1, per, depth + 1, allowEmpty: false);
            _text.Append(i == count - 1 ? ")" : "\n");
        }
    }

    private void WriteInverseVolatility(int indent, int budget)
    {
        var count = Math.Clamp(budget - 1, 2, 6);
        var window = _random.Between(10, 60);
        _text.Append(_random.Chance(50)
            ? string.Create(CultureInfo.InvariantCulture, $"(weight-inverse-volatility {window}\n")
            : string.Create(CultureInfo.InvariantCulture, $"(weight-inverse-volatility {{:window {window}}}\n"));
        _nodes++;
        Indent(indent + 1).Append('[');
        for (var i = 0; i < count; i++)
        {
            if (i > 0)
            {
                _text.Append(' ');
            }

            if (i > 0 && _random.Chance(20))
            {
                // A never-empty composite child: scored on its NAV.
                var a = _random.Pick(Tickers);
                var b = _random.Pick(Tickers);
                _text.Append(CultureInfo.InvariantCulture, $"(group \"Pair {a}/{b}\" [(weight-equal [(asset \"{a}\" nil) (asset \"{b}\" nil)])])");
                _nodes += 4;
            }
            else
            {
                WriteAsset();
            }
        }

        _text.Append("])");
    }

    private StringBuilder Indent(int level) => _text.Append(' ', level * 2);
}
