using Alchemiser.Core.Dsl.Loading;
using Alchemiser.Core.Dsl.Syntax;
using Alchemiser.Core.Indicators;

namespace Alchemiser.Core.Tests.Dsl;

/// <summary>The shipped library, taken together, uses every operator, comparator and indicator of DSL.md §5.</summary>
public class StrategyLibraryCoverageTests
{
    [Fact]
    public void Library_UsesEveryOperatorAndIndicator()
    {
        Assert.SkipWhen(SharedData.RepositoryRoot is null, "not running inside a checkout: strategies/ not found");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(SharedData.RepositoryRoot!, "strategies"), "*.clj", SearchOption.AllDirectories))
        {
            if (file.Contains("stress", StringComparison.Ordinal))
                continue;
            var strategy = StrategyLoader.Load(file, File.ReadAllBytes(file)).GetValueOrThrow();
            Collect(strategy.Root, seen);
        }

        string[] expected =
        [
            "asset", "group", "weight-equal", "weight-equal (implicit)", "weight-specified", "weight-inverse-volatility", "filter",
            "select-top", "select-bottom", "filter (no selector)", "filter over groups", "if", "if without else",
            ">", "<", ">=", "<=", "=", "indicator of a group",
            .. Enum.GetValues<IndicatorKind>().Select(Name),
        ];
        var missing = expected.Where(e => !seen.Contains(e)).ToList();
        Assert.True(missing.Count == 0, "never used: " + string.Join(", ", missing));
    }

    private static string Name(IndicatorKind kind) => kind switch
    {
        IndicatorKind.CurrentPrice => IndicatorSpec.CurrentPrice().Name,
        IndicatorKind.PercentagePriceOscillator => IndicatorSpec.PercentagePriceOscillator(1, 2).Name,
        IndicatorKind.PercentagePriceOscillatorSignal => IndicatorSpec.PercentagePriceOscillatorSignal(1, 2, 1).Name,
        _ => new IndicatorSpec(kind, Window: 1).Name,
    };

    private static void Collect(Node node, HashSet<string> seen)
    {
        var pending = new Stack<Node>([node]);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            seen.Add(current is WeightEqualNode { IsImplicit: true } ? "weight-equal (implicit)" : current.OperatorName);
            switch (current)
            {
                case FilterNode filter:
                    seen.Add(filter.Score.Name);
                    seen.Add(filter.Order switch { SelectionOrder.Top => "select-top", SelectionOrder.Bottom => "select-bottom", _ => "filter (no selector)" });
                    if (filter.Candidates.Any(c => c is GroupNode))
                        seen.Add("filter over groups");
                    break;
                case IfNode @if:
                    seen.Add(@if.Condition.Symbol);
                    if (@if.Else is null)
                        seen.Add("if without else");
                    foreach (var operand in new[] { @if.Condition.Left, @if.Condition.Right }.OfType<IndicatorOperand>())
                    {
                        seen.Add(operand.Indicator.Name);
                        if (operand.Composite is { } composite)
                        {
                            seen.Add("indicator of a group");
                            pending.Push(composite);
                        }
                    }
                    break;
            }
            foreach (var child in current.Children)
                pending.Push(child);
        }
    }
}
