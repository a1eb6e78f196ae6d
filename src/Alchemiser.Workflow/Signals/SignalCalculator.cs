using Alchemiser.Core.Dsl.Loading;
using Alchemiser.Core.Market;
using Alchemiser.Core.Portfolio;
using Alchemiser.Core.Signals;
using Alchemiser.Workflow.Data;
using Alchemiser.Workflow.Strategies;

namespace Alchemiser.Workflow.Signals;

/// <summary>
/// Evaluates the whole portfolio as of a date: loads every strategy, the bars they need, evaluates them in
/// parallel on one shared price book and merges the allocations (PIPELINE.md §4).
/// </summary>
public sealed class SignalCalculator(IStrategyRepository strategies, IBarStore bars)
{
    /// <summary>Evaluates as of <paramref name="asOf"/>, or the last stored session when null.</summary>
    /// <exception cref="PortfolioException">portfolio.json cannot be used.</exception>
    public async Task<PortfolioSignals> EvaluateAsync(DateOnly? asOf, CancellationToken cancellationToken = default)
    {
        var portfolio = await LoadPortfolioAsync(cancellationToken).ConfigureAwait(false);
        var loads = await Task.WhenAll(portfolio.Strategies.Select(e => strategies.LoadStrategyAsync(e.File, cancellationToken))).ConfigureAwait(false);
        var symbols = loads.Where(l => l.Succeeded).SelectMany(l => l.Strategy!.Symbols);
        var book = await MarketSnapshot.LoadAsync(bars, symbols, cancellationToken: cancellationToken).ConfigureAwait(false);
        var date = asOf ?? (book.Sessions.Count > 0 ? book.Sessions[^1] : throw new PortfolioException(["no bars are stored for the symbols the strategies need: import or synthesize data first"]));

        var signals = new StrategySignal[portfolio.Strategies.Count];
        Parallel.For(0, signals.Length, new ParallelOptions { CancellationToken = cancellationToken }, i =>
            signals[i] = Evaluate(portfolio.Strategies[i], loads[i], book, date));

        var effectiveDate = signals.Select(s => s.Result?.AsOf).FirstOrDefault(d => d is not null) ?? date;
        ConsolidatedPortfolio? consolidated = null;
        if (signals.All(s => s.Succeeded))
            consolidated = PortfolioMerger.Merge(signals.Select(s => (s.Entry.StrategyId, s.Entry.Normalised, s.Result!.Allocation!)));
        return new PortfolioSignals(effectiveDate, signals, consolidated);
    }

    /// <summary>The portfolio, or an exception listing every problem in it.</summary>
    public async Task<PortfolioDefinition> LoadPortfolioAsync(CancellationToken cancellationToken = default)
    {
        var load = await strategies.LoadPortfolioAsync(cancellationToken).ConfigureAwait(false);
        return load.Portfolio ?? throw new PortfolioException(load.Errors);
    }

    private static StrategySignal Evaluate(PortfolioEntry entry, LoadResult load, PriceBook book, DateOnly date)
    {
        if (!load.Succeeded)
            return new StrategySignal(entry, null, load.Diagnostics, null);
        var result = new StrategyEvaluator(load.Strategy!, book).Evaluate(date);
        return new StrategySignal(entry, load.Strategy, load.Diagnostics, result);
    }
}

/// <summary>The portfolio configuration cannot be used; <see cref="Problems"/> lists why.</summary>
public sealed class PortfolioException(IReadOnlyList<string> problems) : Exception(string.Join(Environment.NewLine, problems))
{
    /// <summary>Every problem found.</summary>
    public IReadOnlyList<string> Problems { get; } = problems;
}
