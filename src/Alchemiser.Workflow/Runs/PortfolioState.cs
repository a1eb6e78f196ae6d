using Alchemiser.Core.Portfolio;
using Alchemiser.Core.Portfolio.Rebalance;
using Alchemiser.Core.Signals;

namespace Alchemiser.Workflow.Runs;

/// <summary>
/// What the last completed run leaves for the next (PIPELINE.md §3, §5.4, §8): its consolidated target (the email's
/// "previous"), each strategy's slice (hold-previous), the per-strategy books (rebalance thresholds) and, per symbol,
/// the contributions of the most recent run that targeted it (attribution of full exits). Immutable.
/// </summary>
/// <param name="InstanceId">The run that wrote it.</param>
/// <param name="TradingDate">That run's T.</param>
/// <param name="Target">Its consolidated target.</param>
/// <param name="Slices">Its U_k per strategy id.</param>
/// <param name="Books">The books per strategy id (kept across runs until replaced).</param>
/// <param name="Contributions">Per symbol, the contributions of the most recent run that targeted it.</param>
public sealed record PortfolioState(
    string InstanceId,
    DateOnly TradingDate,
    IReadOnlyList<Holding> Target,
    IReadOnlyDictionary<string, IReadOnlyList<Holding>> Slices,
    IReadOnlyDictionary<string, StrategyBook> Books,
    IReadOnlyList<Contribution> Contributions);
