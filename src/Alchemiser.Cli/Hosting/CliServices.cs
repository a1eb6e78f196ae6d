using Alchemiser.Infrastructure.Storage;
using Alchemiser.Infrastructure.Strategies;
using Alchemiser.Workflow.Data;
using Alchemiser.Workflow.Signals;
using Alchemiser.Workflow.Strategies;

namespace Alchemiser.Cli.Hosting;

/// <summary>The embedded default's composition: Parquet bars under the home folder, strategies from files.</summary>
internal sealed class CliServices(AlchemiserPaths paths, TimeProvider clock)
{
    public AlchemiserPaths Paths { get; } = paths;

    public TimeProvider Clock { get; } = clock;

    public IBarStore Bars { get; } = new ParquetBarStore(paths.Home);

    public IStrategyRepository Strategies { get; } = new FileStrategyRepository(paths.Strategies);

    public SignalCalculator Signals => new(Strategies, Bars);

    public static CliServices Create(string? strategiesOption) => new(AlchemiserPaths.Resolve(strategiesOption), TimeProvider.System);
}
