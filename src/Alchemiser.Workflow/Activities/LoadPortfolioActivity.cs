using Alchemiser.Core.Portfolio;
using Alchemiser.Workflow.Orchestration;
using Alchemiser.Workflow.Strategies;

namespace Alchemiser.Workflow.Activities;

/// <summary>Reads and validates <c>portfolio.json</c> (PIPELINE.md §3). An invalid file is a result listing every problem, not an exception.</summary>
public sealed class LoadPortfolioActivity(IStrategyRepository strategies, TimeProvider timeProvider) : IActivity<LoadPortfolioRequest, PortfolioLoaded>
{
    /// <summary>The activity's registered name.</summary>
    public const string Name = "LoadPortfolio";

    /// <inheritdoc />
    public async Task<PortfolioLoaded> RunAsync(LoadPortfolioRequest input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var load = await strategies.LoadPortfolioAsync(cancellationToken).ConfigureAwait(false);
        var entries = load.Portfolio?.Strategies
            .Select(e => new PortfolioStrategy(e.StrategyId, e.File, e.Allocation, e.Normalised))
            .ToList() ?? [];
        return new PortfolioLoaded(entries, load.Portfolio?.OnStrategyFailure ?? StrategyFailureMode.Abort, load.Errors,
            MessageHeader.ReplyId(input), input.CorrelationId, input.EventId, timeProvider.GetUtcNow().UtcDateTime);
    }
}
