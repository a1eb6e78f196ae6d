using System.Text;
using Alchemiser.Core.Dsl.Loading;
using Alchemiser.Core.Dsl.Syntax;
using Alchemiser.Core.Market;
using Alchemiser.Core.Signals;

namespace Alchemiser.Core.Tests.Signals;

/// <summary>Every shipped strategy evaluated on real closes (../shared/data/daily), skipped when the data is absent.</summary>
public sealed partial class StrategyEvaluatorTests
{
    private const int RealDataSessions = 250;

    private static readonly Lazy<PriceBook> RealBook = new(() => SharedCloses.Book(
        StrategyLibraryFiles().SelectMany(file => LoadShipped(file).Symbols)));

    public static TheoryData<string> ShippedStrategies() => [.. StrategyLibraryFiles()];

    [Theory]
    [MemberData(nameof(ShippedStrategies))]
    public void EvaluateRange_ShippedStrategyOnLast250RealSessions_AllocatesEveryDay(string relativePath)
    {
        Assert.SkipWhen(SharedData.DailyFolder is null,
            "Shared data not found: expected ../shared/data/daily/ beside the repository root.");
        var strategy = LoadShipped(relativePath);
        var book = RealBook.Value;
        var sessions = book.Sessions.Skip(book.Sessions.Count - RealDataSessions).ToList();

        var results = new StrategyEvaluator(strategy, book).EvaluateRange(sessions[0], sessions[^1]);

        Assert.Equal(sessions, results.Select(r => r.AsOf));
        var failures = results.Where(r => !r.Succeeded).ToList();
        Assert.True(failures.Count == 0, Describe(relativePath, failures));
        // A fresh evaluator rebuilds every composite's NAV from its inception (about 8 s for the 2,391-node stress
        // file in a Debug build), so the stress file is spot-checked on its last day only.
        int[] spotChecks = strategy.NodeCount > 1000 ? [RealDataSessions - 1] : [0, RealDataSessions / 2, RealDataSessions - 1];
        foreach (var day in spotChecks)
        {
            var single = new StrategyEvaluator(strategy, book).Evaluate(sessions[day]);
            Assert.True(AllocationText(results[day]) == AllocationText(single),
                $"{relativePath} as of {sessions[day]:yyyy-MM-dd}: range gives {AllocationText(results[day])}, a single evaluation {AllocationText(single)}");
        }
    }

    private static IEnumerable<string> StrategyLibraryFiles()
    {
        if (SharedData.RepositoryRoot is not { } root)
            return [];
        return Directory.EnumerateFiles(Path.Combine(root, "strategies"), "*.clj", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(root, file).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);
    }

    private static StrategyDefinition LoadShipped(string relativePath)
    {
        var path = Path.Combine(SharedData.RepositoryRoot!, relativePath);
        var loaded = StrategyLoader.Load(relativePath, File.ReadAllBytes(path));
        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Diagnostics));
        return loaded.Strategy!;
    }

    private static string Describe(string relativePath, List<StrategyResult> failures)
    {
        var text = new StringBuilder($"{relativePath}: {failures.Count} of {RealDataSessions} sessions failed\n");
        foreach (var failure in failures.Take(10))
            text.Append($"  {failure.AsOf:yyyy-MM-dd} {failure.FailureClass}: {failure.Error}\n    path: {failure.Error?.EvaluationPath}\n");
        return text.ToString();
    }

    /// <summary>The allocation with round-trip weights (so equal text means bit-identical), or the error.</summary>
    private static string AllocationText(StrategyResult result) => result.Allocation is { } allocation
        ? string.Join(", ", allocation.Select(h => $"{h.Symbol} {h.Weight:R}"))
        : $"error {result.Error?.Code}: {result.Error?.Message}";
}
