using System.Globalization;
using Alchemiser.Core.Dsl;
using Alchemiser.Core.Dsl.Loading;
using Alchemiser.Core.Dsl.Syntax;
using Alchemiser.Core.Signals;
using CsCheck;

namespace Alchemiser.Core.Tests.Signals;

/// <summary>
/// Properties over random well-formed strategies and markets (<see cref="RandomStrategies"/>): results are
/// normalised allocations or failure values (DSL.md §3.1, §3.3), and do not depend on how dates are visited
/// (§3.4). On failure CsCheck prints the shrunk strategy text, the market and the seed.
/// </summary>
public sealed partial class StrategyEvaluatorTests
{
    private const long RangeIterations = 200;

    private const long OrderIterations = 60;

    /// <summary>Sessions of each scenario also evaluated with a fresh evaluator (the first of the random order).</summary>
    private const int FreshSingles = 6;

    private static readonly string[] EvaluationCodes =
        [DiagnosticCodes.History, DiagnosticCodes.Data, DiagnosticCodes.Volatility, DiagnosticCodes.EmptyStrategy];

    [Fact]
    public void EvaluateRange_RandomStrategies_AllocationsAreNormalisedOrFailuresAreValues()
    {
        RandomStrategies.Scenario.Sample(scenario =>
        {
            var book = scenario.Market.Book();
            var sessions = book.Sessions;

            var range = new StrategyEvaluator(LoadRandom(scenario), book).EvaluateRange(sessions[0], sessions[^1]);

            Assert.Equal(sessions, range.Select(r => r.AsOf));
            foreach (var (result, asOf) in range.Zip(sessions))
                AssertWellFormed(result, asOf);
        }, iter: RangeIterations);
    }

    [Fact]
    public void Evaluate_RandomStrategiesFreshOrShuffled_BitIdenticalToEvaluateRange()
    {
        RandomStrategies.Scenario.Sample(scenario =>
        {
            var strategy = LoadRandom(scenario);
            var book = scenario.Market.Book();
            var sessions = book.Sessions;

            var range = new StrategyEvaluator(strategy, book).EvaluateRange(sessions[0], sessions[^1]);

            var shared = new StrategyEvaluator(strategy, book);
            foreach (var t in scenario.Order)
                AssertSameOutcome(range[t], shared.Evaluate(sessions[t], withTrace: t % 3 == 0), "range", "one evaluator, shuffled dates");
            foreach (var t in scenario.Order.Take(FreshSingles).Append(sessions.Count - 1))
                AssertSameOutcome(range[t], new StrategyEvaluator(strategy, book).Evaluate(sessions[t]), "range", "fresh evaluator");
        }, iter: OrderIterations);
    }

    [Fact]
    public void Scenario_Generator_ProducesSuccessesAndEveryFailureClass()
    {
        // Guards the generator: the properties above prove little if every random strategy failed the same way.
        var outcomes = new Dictionary<string, int>(StringComparer.Ordinal);
        RandomStrategies.Scenario.Sample(scenario =>
        {
            var book = scenario.Market.Book();
            var result = new StrategyEvaluator(LoadRandom(scenario), book).Evaluate(book.Sessions[^1], withTrace: false);
            var key = result.Succeeded ? "ok" : $"{result.Error!.Code} {result.FailureClass}";
            lock (outcomes)
                outcomes[key] = outcomes.GetValueOrDefault(key) + 1;
        }, iter: 300, seed: "0N0XIzNsQ0O2", threads: 1);

        var summary = string.Join(", ", outcomes.OrderBy(o => o.Key, StringComparer.Ordinal).Select(o => $"{o.Key}: {o.Value}"));
        Assert.True(outcomes.GetValueOrDefault("ok") >= 100, summary);
        foreach (var expected in new[] { "DSL020 History", "DSL021 Data", "DSL022 Model", "DSL023 Model" })
            Assert.True(outcomes.ContainsKey(expected), $"no {expected} among {summary}");
    }

    private static StrategyDefinition LoadRandom(RandomScenario scenario)
    {
        var loaded = StrategyLoader.Load(new SourceText("random.clj", scenario.Text));
        Assert.True(loaded.Succeeded, "generated strategy does not load: " + string.Join("\n", loaded.Diagnostics));
        return loaded.Strategy!;
    }

    /// <summary>§3.1: weights &gt; 0 summing to 1 within 1e-9 in ordinal symbol order; or one evaluation diagnostic.</summary>
    private static void AssertWellFormed(StrategyResult result, DateOnly asOf)
    {
        Assert.Equal(asOf, result.AsOf);
        if (result.Allocation is { } allocation)
        {
            Assert.Null(result.Error);
            Assert.NotEmpty(allocation);
            Assert.All(allocation, h => Assert.True(h.Weight > 0 && double.IsFinite(h.Weight), $"weight {h.Weight:R} of {h.Symbol}"));
            var sum = allocation.Sum(h => h.Weight);
            Assert.True(Math.Abs(sum - 1) <= 1e-9, $"weights sum to {sum:R}: {allocation}");
            for (var i = 1; i < allocation.Count; i++)
                Assert.True(string.CompareOrdinal(allocation[i - 1].Symbol.Value, allocation[i].Symbol.Value) < 0, $"not in ordinal order: {allocation}");
            return;
        }
        var error = Assert.IsType<Diagnostic>(result.Error);
        Assert.Contains(error.Code, EvaluationCodes);
        Assert.True(error.IsError);
        Assert.NotNull(error.AsOf);
        Assert.True(error.AsOf <= asOf, $"diagnostic dated {error.AsOf:yyyy-MM-dd} after the as-of date {asOf:yyyy-MM-dd}");
        Assert.False(string.IsNullOrEmpty(error.EvaluationPath));
        Assert.True(error.Line >= 1 && error.Column >= 1, error.ToString());
        var expectedClass = error.Code switch
        {
            DiagnosticCodes.History => FailureClass.History,
            DiagnosticCodes.Data => FailureClass.Data,
            DiagnosticCodes.EmptyStrategy => FailureClass.Model,
            _ => result.FailureClass,
        };
        Assert.Equal(expectedClass, result.FailureClass);
    }

    /// <summary>Bit-identical allocations, or the same diagnostic (code, message, position, class, path).</summary>
    private static void AssertSameOutcome(StrategyResult expected, StrategyResult actual, string expectedName, string actualName)
    {
        var left = Outcome(expected);
        var right = Outcome(actual);
        Assert.True(left == right, $"as of {expected.AsOf:yyyy-MM-dd}:\n  {expectedName}: {left}\n  {actualName}: {right}");
    }

    private static string Outcome(StrategyResult result) => result.Allocation is { } allocation
        ? string.Join(", ", allocation.Select(h => string.Create(CultureInfo.InvariantCulture, $"{h.Symbol} {BitConverter.DoubleToInt64Bits(h.Weight):X16}")))
        : string.Create(CultureInfo.InvariantCulture,
            $"{result.Error?.Code} {result.FailureClass} @{result.Error?.Line}:{result.Error?.Column} as of {result.Error?.AsOf:yyyy-MM-dd}: {result.Error?.Message} [{result.Error?.EvaluationPath}]");
}
