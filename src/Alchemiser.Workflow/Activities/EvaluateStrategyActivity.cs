using Alchemiser.Core.Signals;
using Alchemiser.Workflow.Data;
using Alchemiser.Workflow.Orchestration;
using Alchemiser.Workflow.Signals;
using Alchemiser.Workflow.Strategies;

namespace Alchemiser.Workflow.Activities;

/// <summary>
/// Evaluates one strategy file as of D on completed bars only (PIPELINE.md §1 step 3). Load and evaluation errors
/// (DSL diagnostics, missing or flagged bars) are deterministic: they come back as a failed result and are not
/// retried. Only an infrastructure fault (the store cannot be read) throws, and the caller's retry policy retries it.
/// </summary>
public sealed class EvaluateStrategyActivity(IStrategyRepository strategies, IBarStore bars, TimeProvider timeProvider)
    : IActivity<EvaluateStrategyRequest, StrategyEvaluated>
{
    /// <summary>The activity's registered name.</summary>
    public const string Name = "EvaluateStrategy";

    /// <summary>The most decision lines a result carries (PIPELINE.md §9.3).</summary>
    public const int MaxDecisions = 10;

    /// <inheritdoc />
    public async Task<StrategyEvaluated> RunAsync(EvaluateStrategyRequest input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var load = await strategies.LoadStrategyAsync(input.Strategy.File, cancellationToken).ConfigureAwait(false);
        if (!load.Succeeded)
            return Reply(input, null, null, load.Diagnostics.First(d => d.IsError), []);

        var strategy = load.Strategy!;
        // The sessions reach D even when the newest stored bar is older, so a missing close fails (DSL021) instead of
        // evaluating on stale data (PIPELINE.md §11.16).
        var book = await MarketSnapshot.LoadAsync(bars, strategy.Symbols, input.AsOf, cancellationToken).ConfigureAwait(false);
        var result = new StrategyEvaluator(strategy, book).Evaluate(input.AsOf);
        var threshold = strategy.Metadata.RebalanceThreshold;
        var decisions = result.Trace is { } trace ? TraceDecisions.From(trace, MaxDecisions) : [];
        return result.Succeeded
            ? Reply(input, result.Allocation!.ToList(), threshold, null, decisions)
            : Reply(input, null, threshold, result.Error, decisions);
    }

    private StrategyEvaluated Reply(
        EvaluateStrategyRequest input, IReadOnlyList<Holding>? weights, double? threshold, Core.Dsl.Diagnostic? error, IReadOnlyList<string> decisions) =>
        new(input.Strategy, input.AsOf, weights, threshold, error, decisions,
            MessageHeader.ReplyId(input), input.CorrelationId, input.EventId, timeProvider.GetUtcNow().UtcDateTime);
}
