using Alchemiser.Core.Market;
using Alchemiser.Infrastructure.Storage;
using Alchemiser.Infrastructure.Tests.TestSupport;

namespace Alchemiser.Infrastructure.Tests.Storage;

public sealed partial class CsvBarImporterTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly ParquetBarStore _store;
    private readonly string _input;

    public CsvBarImporterTests()
    {
        _store = new ParquetBarStore(_temp.Combine("store"));
        _input = Directory.CreateDirectory(_temp.Combine("csv")).FullName;
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task ImportFolderAsync_DateClose_WritesClosesOnly()
    {
        Write("SPY.csv", "Date,Close\n2024-01-02,470.5\n2024-01-03,468.25\n2024-01-05,1e2\n");

        var result = await Import();

        Assert.True(result.Succeeded);
        var imported = Assert.Single(result.Imported);
        Assert.Equal(
            new CsvImportedSymbol(Symbol.Parse("SPY"), Path.Combine(_input, "SPY.csv"), 3, new(2024, 1, 2), new(2024, 1, 5)),
            imported);
        var bars = await _store.ReadAsync(Symbol.Parse("SPY"), Ct);
        Assert.NotNull(bars);
        Assert.Equal([new DateOnly(2024, 1, 2), new(2024, 1, 3), new(2024, 1, 5)], bars.Dates);
        Assert.Equal([470.5, 468.25, 100.0], bars.Close);
        Assert.Null(bars.Open);
        Assert.Null(bars.Volume);
    }

    [Fact]
    public async Task ImportFolderAsync_Ohlcv_AnyCaseHeaderAndClassShareName()
    {
        Write("BRK.B.csv", "date,OPEN,High,low,CLOSE,Volume\n2024-06-03,400,410,399.5,405.25,3100000\n2024-06-04,405,406,,404,\n");

        var result = await Import();

        Assert.True(result.Succeeded);
        var brk = Symbol.Parse("BRK/B");
        Assert.Equal(brk, Assert.Single(result.Imported).Symbol);
        var bars = await _store.ReadAsync(brk, Ct);
        Assert.NotNull(bars);
        Assert.Equal([400.0, 405.0], bars.Open!);
        Assert.Equal([410.0, 406.0], bars.High!);
        Assert.Equal([399.5, double.NaN], bars.Low!);
        Assert.Equal([405.25, 404.0], bars.Close);
        Assert.Equal([3_100_000, double.NaN], bars.Volume!);
    }

    [Fact]
    public async Task ImportFolderAsync_ColumnsInOtherOrder_MapsByName()
    {
        Write("BRK_B.csv", "Close,Volume,Date\n1.5,10,2024-06-03\n");

        var result = await Import();

        Assert.True(result.Succeeded);
        var bars = await _store.ReadAsync(Symbol.Parse("BRK/B"), Ct);
        Assert.NotNull(bars);
        Assert.Equal([new DateOnly(2024, 6, 3)], bars.Dates);
        Assert.Equal([1.5], bars.Close);
        Assert.Equal([10.0], bars.Volume!);
    }

    [Fact]
    public async Task ImportFolderAsync_BomCrLfAndTrailingBlankLines_Accepted()
    {
        File.WriteAllBytes(
            Path.Combine(_input, "qqq.csv"),
            [0xEF, 0xBB, 0xBF, .. "Date,Close\r\n2024-01-02,1\r\n2024-01-03,2\r\n\r\n\n"u8]);

        var result = await Import();

        Assert.True(result.Succeeded, string.Join('\n', result.Errors));
        var imported = Assert.Single(result.Imported);
        Assert.Equal("QQQ", imported.Symbol.Value);
        Assert.Equal(2, imported.Rows);
    }

    [Fact]
    public async Task ImportFolderAsync_ReportsProgressPerFileInBothStages()
    {
        Write("B.csv", "Date,Close\n2024-01-02,1\n");
        Write("A.csv", "Date,Close\n2024-01-02,1\n");
        Write("C.csv", "Date,Close\n2024-01-02,1\n");
        var progress = new CollectingProgress<CsvImportProgress>();

        var result = await new CsvBarImporter(_store).ImportFolderAsync(_input, progress, Ct);

        Assert.True(result.Succeeded);
        Assert.Equal(["A", "B", "C"], result.Imported.Select(i => i.Symbol.Value));
        Assert.Equal(
            [
                (CsvImportStage.Validating, 1, 3, "A.csv"), (CsvImportStage.Validating, 2, 3, "B.csv"),
                (CsvImportStage.Validating, 3, 3, "C.csv"), (CsvImportStage.Writing, 1, 3, "A.csv"),
                (CsvImportStage.Writing, 2, 3, "B.csv"), (CsvImportStage.Writing, 3, 3, "C.csv"),
            ],
            progress.Reports.Select(p => (p.Stage, p.Completed, p.Total, Path.GetFileName(p.File))));
    }

    [Fact]
    public async Task ImportFolderAsync_OneBadFile_WritesNothingAndKeepsExistingBars()
    {
        var spy = Symbol.Parse("SPY");
        await _store.WriteAsync(new BarSeries(spy, [new(2020, 1, 2)], [1.0]), Ct);
        Write("SPY.csv", "Date,Close\n2024-01-02,470.5\n");
        Write("QQQ.csv", "Date,Close\n2024-01-02,400\n2024-01-03,abc\n");
        Write("IWM.csv", "Date,Close\n2024-01-02,200\n");

        var result = await Import();

        Assert.False(result.Succeeded);
        Assert.Empty(result.Imported);
        var error = Assert.Single(result.Errors);
        Assert.Equal($"{Path.Combine(_input, "QQQ.csv")}:3: invalid close 'abc' (expected a number)", error.ToString());
        Assert.Equal([spy], await _store.ListSymbolsAsync(Ct));
        var bars = await _store.ReadAsync(spy, Ct);
        Assert.Equal([1.0], bars!.Close);
    }

    [Fact]
    public async Task ImportFolderAsync_ManyBadFiles_ReportsEachUpToTheLimit()
    {
        Write("GOOD.csv", "Date,Close\n2024-01-02,1\n");
        for (var i = 1; i <= 5; i++)
            Write($"BAD{i}.csv", $"Date,Close\n2024-01-02,{-i}\n");

        var result = await new CsvBarImporter(_store) { MaxReportedErrors = 3 }.ImportFolderAsync(_input, null, Ct);

        Assert.Equal(5, result.BadFileCount);
        Assert.Equal(["BAD1.csv", "BAD2.csv", "BAD3.csv"], result.Errors.Select(e => Path.GetFileName(e.File)));
        Assert.All(result.Errors, e => Assert.Equal(2, e.Line));
        Assert.Equal("invalid close '-2' (expected a positive number)", result.Errors[1].Message);
        Assert.Empty(await _store.ListSymbolsAsync(Ct));
    }

    [Fact]
    public async Task ImportFolderAsync_SameSymbolTwice_Rejected()
    {
        Write("BRK.B.csv", "Date,Close\n2024-01-02,1\n");
        Write("BRK_B.csv", "Date,Close\n2024-01-02,1\n");

        var result = await Import();

        var error = Assert.Single(result.Errors);
        Assert.Equal(Path.Combine(_input, "BRK_B.csv"), error.File);
        Assert.Equal(0, error.Line);
        Assert.Equal($"BRK/B is also imported from '{Path.Combine(_input, "BRK.B.csv")}'", error.Message);
        Assert.Empty(await _store.ListSymbolsAsync(Ct));
    }

    [Fact]
    public async Task ImportFolderAsync_FileNameNotATicker_Rejected()
    {
        Write("S P Y.csv", "Date,Close\n2024-01-02,1\n");

        var result = await Import();

        var error = Assert.Single(result.Errors);
        Assert.Equal(
            $"{Path.Combine(_input, "S P Y.csv")}: the file name 'S P Y' is not a ticker (expected e.g. SPY.csv, BRK_B.csv or BRK.B.csv)",
            error.ToString());
    }

    [Fact]
    public async Task ImportFolderAsync_NoCsvFiles_IsAnError()
    {
        Write("readme.txt", "nothing here");

        var result = await Import();

        Assert.False(result.Succeeded);
        Assert.Equal($"{_input}: no *.csv files to import", Assert.Single(result.Errors).ToString());
    }

    [Fact]
    public async Task ImportFolderAsync_MissingFolder_Throws() =>
        await Assert.ThrowsAsync<DirectoryNotFoundException>(
            () => new CsvBarImporter(_store).ImportFolderAsync(_temp.Combine("nope"), null, Ct));

    private Task<CsvImportResult> Import() => new CsvBarImporter(_store).ImportFolderAsync(_input, null, Ct);

    private void Write(string name, string content) => File.WriteAllText(Path.Combine(_input, name), content);
}
