using Alchemiser.Core.Dsl;
using Alchemiser.Core.Dsl.Loading;
using Alchemiser.Core.Portfolio;
using Alchemiser.Workflow.Strategies;

namespace Alchemiser.Workflow.Tests.Signals;

internal sealed class InMemoryStrategyRepository(string portfolioJson, Dictionary<string, string> files) : IStrategyRepository
{
    public string Location => "memory";

    public Task<PortfolioLoad> LoadPortfolioAsync(CancellationToken cancellationToken = default)
    {
        var portfolio = PortfolioParser.Parse("portfolio.json", portfolioJson, out var errors);
        return Task.FromResult(new PortfolioLoad(portfolio, errors));
    }

    public IReadOnlyList<string> ListStrategyFiles() => files.Keys.Order(StringComparer.Ordinal).ToList();

    public Task<LoadResult> LoadStrategyAsync(string file, CancellationToken cancellationToken = default) =>
        Task.FromResult(files.TryGetValue(file, out var text) ? StrategyLoader.Load(new SourceText(file, text)) : StrategyLoader.NotFound(file));
}
