using Alchemiser.Workflow.Activities;
using Alchemiser.Workflow.Data;

namespace Alchemiser.Workflow.Runs;

/// <summary>Keeps the one <see cref="PortfolioState"/> document, <c>state/portfolio.json</c>, in an <see cref="IObjectStore"/>.</summary>
public sealed class PortfolioStateStore(IObjectStore store)
{
    /// <summary>The document's key.</summary>
    public const string Key = "state/portfolio.json";

    /// <summary>The state, or <see langword="null"/> before the first completed run.</summary>
    /// <exception cref="InvalidDataException">The document is damaged (the message names it): planning stops rather than guess.</exception>
    public Task<PortfolioState?> LoadAsync(CancellationToken cancellationToken = default) =>
        JsonObjects.ReadAsync<PortfolioState>(store, Key, cancellationToken);

    /// <summary>
    /// Records a completed run: its target and slices replace the previous ones; its new books replace those strategies'
    /// books (others are kept); slices reused by hold-previous are dropped; its contributions replace those of the symbols it targeted (others are kept).
    /// Idempotent: recording the same run twice stores the same document.
    /// </summary>
    public async Task RecordAsync(string instanceId, DateOnly tradingDate, RebalancePlanned plan, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var previous = await LoadAsync(cancellationToken).ConfigureAwait(false);
        var books = new Dictionary<string, Core.Portfolio.Rebalance.StrategyBook>(previous?.Books ?? new Dictionary<string, Core.Portfolio.Rebalance.StrategyBook>(), StringComparer.Ordinal);
        foreach (var update in plan.NewBooks)
            books[update.StrategyId] = update.Book;
        var targeted = plan.Contributions.Select(c => c.Symbol).ToHashSet();
        var contributions = (previous?.Contributions ?? [])
            .Where(c => !targeted.Contains(c.Symbol))
            .Concat(plan.Contributions)
            .OrderBy(c => c.Symbol).ThenBy(c => c.StrategyId, StringComparer.Ordinal)
            .ToList();
        // A slice reused by hold-previous is not recorded as today's: degraded mode lasts one day, never a chain of them.
        var slices = plan.Slices.Where(s => s.Use != StrategyUse.ReusedPrevious)
            .ToDictionary(s => s.StrategyId, s => s.Weights, StringComparer.Ordinal);
        var state = new PortfolioState(instanceId, tradingDate, plan.Target, slices, books, contributions);
        await JsonObjects.WriteAsync(store, Key, state, cancellationToken).ConfigureAwait(false);
    }
}
