using Alchemiser.Core.Market;
using Alchemiser.Infrastructure.Storage;

namespace Alchemiser.Infrastructure.Tests.Storage;

public sealed class SymbolFileNameTests
{
    [Theory]
    [InlineData("SPY", "SPY")]
    [InlineData("BRK/B", "BRK_B")]
    [InlineData("CON", "_CON")]
    [InlineData("NUL", "_NUL")]
    [InlineData("COM1", "_COM1")]
    public void ToStem_MapsAndReverses(string ticker, string stem)
    {
        var symbol = Symbol.Parse(ticker);

        Assert.Equal(stem, SymbolFileName.ToStem(symbol));
        Assert.True(SymbolFileName.TryParseStem(stem, out var back));
        Assert.Equal(symbol, back);
    }

    [Theory]
    [InlineData("spy")]
    [InlineData("BRK.B")]
    [InlineData("CON")]
    [InlineData("_SPY")]
    [InlineData("BRK_B_C")]
    [InlineData(".SPY.abc.tmp")]
    [InlineData("")]
    public void TryParseStem_NonCanonical_Rejected(string stem) =>
        Assert.False(SymbolFileName.TryParseStem(stem, out _));

    [Theory]
    [InlineData("BRK_B", "BRK/B")]
    [InlineData("BRK.B", "BRK/B")]
    [InlineData("brk.b", "BRK/B")]
    [InlineData("spy", "SPY")]
    [InlineData("_CON", "CON")]
    public void TryParseLenient_AcceptsUserSpellings(string stem, string expected)
    {
        Assert.True(SymbolFileName.TryParseLenient(stem, out var symbol));
        Assert.Equal(expected, symbol.Value.Value);
    }

    [Theory]
    [InlineData("S P Y")]
    [InlineData("SPY-2")]
    [InlineData("")]
    public void TryParseLenient_NotATicker_Rejected(string stem) =>
        Assert.False(SymbolFileName.TryParseLenient(stem, out _));
}
