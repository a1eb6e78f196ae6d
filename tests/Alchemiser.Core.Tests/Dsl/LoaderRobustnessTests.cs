using System.Text;
using Alchemiser.Core.Dsl;
using Alchemiser.Core.Dsl.Loading;
using CsCheck;

namespace Alchemiser.Core.Tests.Dsl;

/// <summary>Whatever the input, loading returns a result: it never throws, hangs or overflows the stack.</summary>
public class LoaderRobustnessTests
{
    private const string Valid = """
        (defsymphony "Fuzz" {:rebalance-frequency :daily}
          (weight-equal [(if (> (rsi "SPY" {:window 10}) 70) [(asset "UVXY")] [(asset "BIL")])
                         (filter (cumulative-return {:window 5}) (select-top 1) [(group "G" [(asset "QQQ")]) (asset "TLT")])
                         (weight-specified 0.5 (asset "GLD" nil) 0.5 (weight-inverse-volatility {:window 3} [(asset "A") (asset "B")]))]))
        """;

    [Fact]
    public void Load_RandomMutationsOfAValidFile_NeverThrow()
    {
        Gen.Int[0, Valid.Length - 1].Select(Gen.Char["()[]{}\":;, \n\\-.0123456789abcSPY#é"], Gen.Int[0, 2])
            .Array[1, 8]
            .Sample(edits =>
            {
                var text = new StringBuilder(Valid);
                foreach (var (position, character, kind) in edits)
                {
                    var at = Math.Min(position, text.Length - 1);
                    if (kind == 0)
                        text[at] = character;
                    else if (kind == 1)
                        text.Insert(at, character);
                    else if (text.Length > 1)
                        text.Remove(at, 1);
                }
                var result = StrategyLoader.Load(new SourceText("fuzz.clj", text.ToString()));
                return result.Succeeded || result.Errors.Any();
            }, iter: 2000);
    }

    [Fact]
    public void Load_RandomBytes_NeverThrow()
    {
        Gen.Byte.Array[0, 300].Sample(bytes =>
        {
            var result = StrategyLoader.Load("bytes.clj", bytes);
            return result.Succeeded || result.Errors.Any();
        }, iter: 2000);
    }

    [Theory]
    [InlineData("(", 10_000)]
    [InlineData("[", 10_000)]
    [InlineData("{", 10_000)]
    [InlineData("(weight-equal ", 9_999)]
    public void Load_UnclosedNestingAtTheLimit_IsASyntaxErrorNotACrash(string opener, int count)
    {
        var result = StrategyLoader.Load(new SourceText("deep.clj", string.Concat(Enumerable.Repeat(opener, count))));
        Assert.Equal("DSL002", Assert.Single(result.Errors).Code);
    }

    [Fact]
    public void Load_NestingOverTheLimit_IsDsl003AtTheFirstTooDeepBracket()
    {
        var result = StrategyLoader.Load(new SourceText("deep.clj", new string('[', 20_000)));
        var error = Assert.Single(result.Errors);
        Assert.Equal(("DSL003", 1, 10_001), (error.Code, error.Line, error.Column));
    }

    [Fact]
    public void Load_NearlySixteenMebibytes_Loads()
    {
        var text = new StringBuilder("(defsymphony \"Big\" {} (weight-equal [");
        var tickers = new[] { "SPY", "QQQ", "TLT", "GLD" };
        var i = 0;
        while (text.Length < StrategyLoader.MaxFileBytes - 200)
            text.Append("(group \"g").Append(i).Append("\" (asset \"").Append(tickers[i++ % 4]).Append("\"))\n");
        text.Append("]))");
        var bytes = Encoding.UTF8.GetBytes(text.ToString());
        Assert.True(bytes.Length <= StrategyLoader.MaxFileBytes);

        var result = StrategyLoader.Load("big.clj", bytes);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Take(3)));
        Assert.Equal(2 * i + 1, result.Strategy!.NodeCount);
    }
}
