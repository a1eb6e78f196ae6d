using Alchemiser.Core.Market;
using Alchemiser.Infrastructure.Storage;
using Alchemiser.Infrastructure.Tests.TestSupport;

namespace Alchemiser.Infrastructure.Tests.Storage;

/// <summary>Imports the real closes of <c>../shared/data/daily</c> (never copied into the repository).</summary>
public sealed class CsvBarImporterRealDataTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task ImportFolderAsync_SharedDailyCloses_ImportsEveryRow()
    {
        var folder = SharedData.FindDailyFolder();
        Assert.SkipWhen(folder is null, "../shared/data/daily (real closes beside the repository) is not present");
        var ct = TestContext.Current.CancellationToken;
        var store = new ParquetBarStore(_temp.Path);

        var result = await new CsvBarImporter(store).ImportFolderAsync(folder, null, ct);

        Assert.True(result.Succeeded, string.Join('\n', result.Errors));
        var files = Directory.GetFiles(folder, "*.csv");
        Assert.Equal(files.Length, result.Imported.Count);
        foreach (var imported in result.Imported)
        {
            var dataLines = File.ReadLines(imported.File).Skip(1).Count(l => l.Length > 0);
            Assert.Equal(dataLines, imported.Rows);
        }

        Assert.Equal(result.Imported.Select(i => i.Symbol), await store.ListSymbolsAsync(ct));
        var spy = await store.ReadAsync(Symbol.Parse("SPY"), ct);
        Assert.NotNull(spy);
        Assert.Equal(new DateOnly(1993, 1, 29), spy.FirstDate);
        Assert.Equal(24.11325454711914, spy.Close[0]);
        Assert.Equal(new DateOnly(2026, 7, 13), spy.LastDate);
        Assert.Null(spy.Open);
        var uvxy = await store.ReadAsync(Symbol.Parse("UVXY"), ct);
        Assert.Equal(514500001792.0, uvxy!.Close[0]);
        Assert.DoesNotContain(spy.Dates, d => d > new DateOnly(2001, 9, 10) && d < new DateOnly(2001, 9, 17));
    }
}
