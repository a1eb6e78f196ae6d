using Alchemiser.Core.Dsl.Loading;
using Alchemiser.Core.Market;

namespace Alchemiser.Workflow.Strategies;

/// <summary>Every strategy file of a repository, loaded.</summary>
public sealed record StrategyCatalog(IReadOnlyList<(string File, LoadResult Load)> Entries)
{
    /// <summary>Every ticker any loaded strategy refers to, in ordinal order.</summary>
    public IReadOnlyList<Symbol> Symbols =>
        Entries.Where(e => e.Load.Succeeded).SelectMany(e => e.Load.Strategy!.Symbols).Distinct().Order().ToList();

    /// <summary>Loads every <c>.clj</c> file of <paramref name="repository"/>.</summary>
    public static async Task<StrategyCatalog> LoadAsync(IStrategyRepository repository, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(repository);
        var files = repository.ListStrategyFiles();
        var loads = await Task.WhenAll(files.Select(f => repository.LoadStrategyAsync(f, cancellationToken))).ConfigureAwait(false);
        return new StrategyCatalog([.. files.Zip(loads)]);
    }
}
