namespace Alchemiser.Infrastructure.Tests.Storage;

public sealed partial class CsvBarImporterTests
{
    private const string Ohlcv = "Date,Open,High,Low,Close,Volume\n";

    public static TheoryData<string, string, int, string> MalformedFiles => new()
    {
        { "too many fields", "Date,Close\n2024-01-02,1\n2024-01-03,1,2\n", 3, "expected 2 fields, found 3" },
        { "too few fields", Ohlcv + "2024-01-02,1,2,0.5,1.5\n", 2, "expected 6 fields, found 5" },
        { "blank line inside", "Date,Close\n2024-01-02,1\n\n2024-01-03,1\n", 3, "expected 2 fields, found 0" },
        { "date format", "Date,Close\n2024/01/02,1\n", 2, "invalid date '2024/01/02' (expected yyyy-MM-dd)" },
        { "impossible date", "Date,Close\n2024-01-02,1\n2023-02-29,1\n", 3, "invalid date '2023-02-29' (expected yyyy-MM-dd)" },
        { "bad close", "Date,Close\n2024-01-02,1\n2024-01-03,1\n2024-01-04,abc\n", 4, "invalid close 'abc' (expected a number)" },
        { "NaN close", "Date,Close\n2024-01-02,NaN\n", 2, "invalid close 'NaN' (expected a finite number)" },
        { "overflowing close", "Date,Close\n2024-01-02,1e400\n", 2, "invalid close '1e400' (expected a finite number)" },
        { "negative close", "Date,Close\n2024-01-02,-5\n", 2, "invalid close '-5' (expected a positive number)" },
        { "zero close", "Date,Close\n2024-01-02,0\n", 2, "invalid close '0' (expected a positive number)" },
        { "missing close", Ohlcv + "2024-01-02,1,2,0.5,,100\n", 2, "missing close (every row needs one)" },
        { "bad high", Ohlcv + "2024-01-02,1,x2,0.5,1.5,100\n", 2, "invalid high 'x2' (expected a number)" },
        { "negative volume", Ohlcv + "2024-01-02,1,2,0.5,1.5,-100\n", 2, "invalid volume '-100' (expected a non-negative number)" },
        { "duplicate date", "Date,Close\n2024-01-02,1\n2024-01-03,1\n2024-01-03,2\n", 4, "duplicate date 2024-01-03 (also on line 3)" },
        {
            "unsorted dates", "Date,Close\n2024-01-03,1\n2024-01-02,1\n", 3,
            "date 2024-01-02 is not after 2024-01-03 on line 2 (rows must be oldest first)"
        },
        {
            "unknown column", "Date,Adj Close\n2024-01-02,1\n", 1,
            "unknown column 'Adj Close' in the header (expected Date,Close or Date,Open,High,Low,Close,Volume)"
        },
        {
            "no close column", "Date,Open\n2024-01-02,1\n", 1,
            "the header has no Close column (expected Date,Close or Date,Open,High,Low,Close,Volume)"
        },
        {
            "no header", "2024-01-02,1\n", 1,
            "unknown column '2024-01-02' in the header (expected Date,Close or Date,Open,High,Low,Close,Volume)"
        },
        { "column twice", "Date,Close,close\n2024-01-02,1,1\n", 1, "column 'close' appears twice in the header" },
        { "empty file", "", 1, "the file is empty (expected a header such as 'Date,Close')" },
        { "header only", "Date,Close\n", 1, "no data rows after the header" },
    };

    [Theory]
    [MemberData(nameof(MalformedFiles))]
    public async Task ImportFolderAsync_MalformedFile_NamesFileLineAndReason(
        string scenario, string content, int line, string message)
    {
        Write("GOOD.csv", "Date,Close\n2024-01-02,1\n");
        Write("SPY.csv", content);

        var result = await Import();

        var error = Assert.Single(result.Errors);
        Assert.Equal(Path.Combine(_input, "SPY.csv"), error.File);
        Assert.True(line == error.Line, $"{scenario}: expected line {line}, got {error}");
        Assert.Equal(message, error.Message);
        Assert.Equal($"{Path.Combine(_input, "SPY.csv")}:{line}: {message}", error.ToString());
        Assert.Empty(result.Imported);
        Assert.Empty(await _store.ListSymbolsAsync(Ct));
    }

    [Fact]
    public async Task ImportFolderAsync_LongBadValue_QuotedShortened()
    {
        Write("SPY.csv", "Date,Close\n2024-01-02," + new string('9', 30) + "x" + new string('9', 30) + "\n");

        var result = await Import();

        Assert.Equal(
            $"invalid close '{new string('9', 30)}x{new string('9', 9)}...' (expected a number)",
            Assert.Single(result.Errors).Message);
    }
}
