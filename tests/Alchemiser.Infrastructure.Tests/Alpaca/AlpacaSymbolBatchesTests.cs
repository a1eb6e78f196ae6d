using Alchemiser.Core.Market;
using Alchemiser.Infrastructure.Alpaca;

namespace Alchemiser.Infrastructure.Tests.Alpaca;

public sealed class AlpacaSymbolBatchesTests
{
    [Fact]
    public void Split_250Symbols_Makes100100And50InOrdinalOrder()
    {
        var symbols = Enumerable.Range(1, 250).Reverse().Select(i => Symbol.Parse($"A{i:000}")).ToList();

        var batches = AlpacaSymbolBatches.Split(symbols);

        Assert.Equal([100, 100, 50], batches.Select(b => b.Length));
        Assert.Equal("A001", batches[0][0]);
        Assert.Equal("A250", batches[2][^1]);
    }

    [Fact]
    public void Split_LongTickers_KeepsEachListUnderTheLengthLimit()
    {
        var symbols = Enumerable.Range(0, 100).Select(i => Symbol.Parse($"{new string('X', 40)}{i:000}")).ToList();

        var batches = AlpacaSymbolBatches.Split(symbols);

        Assert.True(batches.Count > 1);
        Assert.All(batches, b => Assert.InRange(string.Join(',', b).Length, 1, AlpacaSymbolBatches.MaxListLength));
        Assert.Equal(100, batches.Sum(b => b.Length));
    }

    [Fact]
    public void Split_Duplicates_AreSentOnce()
    {
        var batches = AlpacaSymbolBatches.Split([Symbol.Parse("BRK.B"), Symbol.Parse("BRK/B"), Symbol.Parse("spy")]);

        Assert.Equal(["BRK.B", "SPY"], Assert.Single(batches));
    }
}
