using Alchemiser.Core.Dsl.Loading;
using Alchemiser.Core.Portfolio;
using Alchemiser.Workflow.Strategies;

namespace Alchemiser.Infrastructure.Strategies;

/// <summary>Strategies as <c>.clj</c> files under a folder, with <c>portfolio.json</c> at its root.</summary>
public sealed class FileStrategyRepository(string folder) : IStrategyRepository
{
    /// <summary>The portfolio file name.</summary>
    public const string PortfolioFile = "portfolio.json";

    /// <inheritdoc />
    public string Location { get; } = folder;

    /// <inheritdoc />
    public async Task<PortfolioLoad> LoadPortfolioAsync(CancellationToken cancellationToken = default)
    {
        var path = Path.Combine(Location, PortfolioFile);
        if (!File.Exists(path))
            return new PortfolioLoad(null, [$"{path}: not found"]);
        var json = await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false);
        var portfolio = PortfolioParser.Parse(path, json, out var errors);
        if (portfolio is null)
            return new PortfolioLoad(null, errors);
        var missing = portfolio.Strategies
            .Where(entry => !File.Exists(Path.Combine(Location, entry.File)))
            .Select(entry => $"{path}: strategy file \"{entry.File}\" does not exist under {Location}")
            .ToList();
        return missing.Count > 0 ? new PortfolioLoad(null, missing) : new PortfolioLoad(portfolio, []);
    }

    /// <inheritdoc />
    public IReadOnlyList<string> ListStrategyFiles() =>
        !Directory.Exists(Location)
            ? []
            : Directory.EnumerateFiles(Location, "*.clj", SearchOption.AllDirectories)
                .Select(file => Path.GetRelativePath(Location, file).Replace('\\', '/'))
                .Order(StringComparer.Ordinal)
                .ToList();

    /// <inheritdoc />
    public async Task<LoadResult> LoadStrategyAsync(string file, CancellationToken cancellationToken = default)
    {
        var path = Path.Combine(Location, file);
        return await LoadFileAsync(path, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Loads any strategy file; the size is checked before reading (DSL001).</summary>
    public static async Task<LoadResult> LoadFileAsync(string path, CancellationToken cancellationToken = default)
    {
        var info = new FileInfo(path);
        if (!info.Exists)
            return StrategyLoader.NotFound(path);
        if (info.Length > StrategyLoader.MaxFileBytes)
            return StrategyLoader.TooLarge(path, info.Length);
        byte[] bytes;
        try
        {
            bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception failure) when (failure is IOException or UnauthorizedAccessException)
        {
            return StrategyLoader.Unreadable(path, failure.Message);
        }
        return StrategyLoader.Load(path, bytes);
    }
}
