using System.Text;
using Alchemiser.Core.Dsl;
using Alchemiser.Core.Dsl.Loading;

namespace Alchemiser.Core.Tests.Dsl;

/// <summary>Malformed input: each case asserts the code, the line and column, and the message.</summary>
public class LoaderDiagnosticsTests
{
    private const string Ok = "(asset \"SPY\")";

    public static TheoryData<string, string, int, int, string> Cases() => new()
    {
        // DSL002: lexical and bracket errors
        { "(asset \"SPY\") #", "DSL002", 1, 15, "unexpected character '#'" },
        { "(asset 'SPY)", "DSL002", 1, 8, "unexpected character '''" },
        { "(asset \"SPY\")\n(asset \"QQQ\")", "DSL002", 2, 1, "exactly one top-level form" },
        { "(asset \"SP\\qY\")", "DSL002", 1, 11, "invalid escape \\q" },
        { "(asset \"SPY)", "DSL002", 1, 8, "unterminated string" },
        { "(weight-equal [(asset \"SPY\")", "DSL002", 1, 15, "'[' is never closed" },
        { "(weight-equal [(asset \"SPY\")))", "DSL002", 1, 29, "')' does not match '[' opened at 1:15" },
        { "(asset \"SPY\"))", "DSL002", 1, 14, "unexpected ')'" },
        { "", "DSL002", 1, 1, "no form" },
        { "; only a comment\n", "DSL002", 2, 1, "no form" },
        { "(weight-inverse-volatility {:window} [(asset \"SPY\")])", "DSL002", 1, 28, "odd" },
        { "(if (> (rsi \"SPY\" {:window 1e5}) 70) [(asset \"SPY\")] [(asset \"BIL\")])", "DSL002", 1, 29, "malformed number" },
        { "(if (> (current-price \"SPY\") 5.) [(asset \"SPY\")] [(asset \"BIL\")])", "DSL002", 1, 31, "malformed number" },
        { "(if (> (current-price \"SPY\") .5) [(asset \"SPY\")] [(asset \"BIL\")])", "DSL002", 1, 30, "unexpected character '.'" },
        { "(weight-equal [(asset \"SPY\") : ])", "DSL002", 1, 30, "keyword" },
        { "(asset \"SPY\" ñ)", "DSL002", 1, 14, "unexpected character 'ñ'" },
        { "(asset \"SPY\" \"🙂\" @)", "DSL002", 1, 18, "unexpected character '@'" },
        // DSL010: unknown operators and identifiers
        { "(weight-eqal [(asset \"SPY\")])", "DSL010", 1, 2, "unknown operator 'weight-eqal'" },
        { "(weight-equal [SPY])", "DSL010", 1, 16, "unknown identifier 'SPY'; a ticker is written (asset \"SPY\")" },
        { "(if true [(asset \"SPY\")] [(asset \"BIL\")])", "DSL010", 1, 5, "'true' is not a value" },
        { "(weight-equal [nil])", "DSL010", 1, 16, "'nil' is only allowed as the second argument of asset" },
        { "()", "DSL010", 1, 1, "empty call" },
        { "(\"SPY\")", "DSL010", 1, 2, "a call must start with an operator name" },
        { "(weight-equal [(asset \"SPY\") weight-equal])", "DSL010", 1, 30, "'weight-equal' must be called" },
        // DSL011: arguments and positions
        { "(asset)", "DSL011", 1, 1, "asset takes a ticker and an optional display name; found 0 arguments" },
        { "(asset \"SPY\" \"S&P\" \"x\")", "DSL011", 1, 1, "found 3 arguments" },
        { "(asset \"SPY\" 3)", "DSL011", 1, 14, "the display name must be a string or nil" },
        { "(weight-equal [])", "DSL011", 1, 1, "weight-equal needs at least one child" },
        { "(group \"G\" [])", "DSL011", 1, 12, "empty vector" },
        { "(group \"G\")", "DSL011", 1, 1, "group takes a name and a unit" },
        { "(weight-equal [(rsi \"SPY\" {:window 10})])", "DSL011", 1, 16, "(rsi …) is not allowed here" },
        { "(weight-equal [(defsymphony \"x\" {} (asset \"SPY\"))])", "DSL011", 1, 16, "(defsymphony …) is not allowed here" },
        { "(if (rsi \"SPY\" {:window 10}) [(asset \"SPY\")])", "DSL011", 1, 5, "must be a comparison" },
        { "(if (> (rsi \"SPY\" {:window 10})) [(asset \"SPY\")])", "DSL011", 1, 5, "> takes two operands; found 1 argument" },
        { "(if (> (rsi \"SPY\" {:window 10}) 70))", "DSL011", 1, 1, "if takes a condition" },
        { "(if (> (weight-equal [(asset \"SPY\")]) 70) [(asset \"SPY\")])", "DSL011", 1, 8, "(weight-equal …) is not allowed here" },
        { "(if (> (rsi {:window 10}) 70) [(asset \"SPY\")])", "DSL011", 1, 8, "rsi needs a subject" },
        { "(filter (rsi \"SPY\" {:window 10}) (select-top 1) [(asset \"SPY\")])", "DSL011", 1, 9, "a filter score is a template without a subject" },
        { "(filter (cumulative-return {:window 10}) (select-top 1) [])", "DSL011", 1, 1, "filter needs at least one candidate" },
        { "(weight-specified 0.5 (asset \"SPY\") 0.5)", "DSL011", 1, 1, "weight/unit pairs" },
        { "(weight-specified \"a\" (asset \"SPY\"))", "DSL011", 1, 19, "each weight must be a number" },
        { "(weight-inverse-volatility \"10\" [(asset \"SPY\")])", "DSL011", 1, 28, "the window must be an integer or {:window N}" },
        { "(defsymphony \"\" {} (asset \"SPY\"))", "DSL011", 1, 14, "the name must be a non-empty string" },
        { "(defsymphony \"x\" (asset \"SPY\"))", "DSL011", 1, 1, "defsymphony takes a name, a metadata map and a unit" },
        { "(weight-equal \"SPY\")", "DSL011", 1, 15, "the string \"SPY\" is not allowed here" },
        // DSL012: weight-specified
        { "(weight-specified 0.6 (asset \"A\") 0.3 (asset \"B\"))", "DSL012", 1, 1, "weights sum to 0.9; they must sum to 1 within 1e-6" },
        { "(weight-specified 1.5 (asset \"A\") -0.5 (asset \"B\"))", "DSL012", 1, 19, "weight 1.5 is outside (0, 1]" },
        // DSL013: parameters
        { "(if (> (rsi \"SPY\") 70) [(asset \"SPY\")])", "DSL013", 1, 8, "rsi needs its parameters: {:window N}" },
        { "(if (> (rsi \"SPY\" {:windw 10}) 70) [(asset \"SPY\")])", "DSL013", 1, 20, "unknown parameter :windw for rsi; expected :window" },
        { "(if (> (rsi \"SPY\" {:window 10 :window 11}) 70) [(asset \"SPY\")])", "DSL013", 1, 31, "duplicate key :window" },
        { "(if (> (rsi \"SPY\" {:window 14.5}) 70) [(asset \"SPY\")])", "DSL013", 1, 28, ":window must be an integer from 1 to 100000; found 14.5" },
        { "(if (> (rsi \"SPY\" {:window 0}) 70) [(asset \"SPY\")])", "DSL013", 1, 28, "found 0" },
        { "(if (> (rsi \"SPY\" {:window 100001}) 70) [(asset \"SPY\")])", "DSL013", 1, 28, "found 100001" },
        { "(if (> (rsi \"SPY\" {\"window\" 10}) 70) [(asset \"SPY\")])", "DSL013", 1, 20, "a map key must be a keyword" },
        { "(if (> (percentage-price-oscillator \"SPY\" {:short-window 26 :long-window 12}) 0) [(asset \"SPY\")])", "DSL013", 1, 43, ":short-window (26) must be less than :long-window (12)" },
        { "(if (> (percentage-price-oscillator-signal \"SPY\" {:short-window 12 :long-window 26}) 0) [(asset \"SPY\")])", "DSL013", 1, 50, "needs :smooth-window" },
        { "(if (> (current-price \"SPY\" {:window 3}) 0) [(asset \"SPY\")])", "DSL013", 1, 30, "expected no parameters" },
        { "(filter (rsi {:window 10}) (select-top 0) [(asset \"SPY\")])", "DSL013", 1, 40, "the number to select must be an integer ≥ 1; found 0" },
        { "(filter (rsi {:window 10}) (select-bottom 1.5) [(asset \"SPY\")])", "DSL013", 1, 43, "found 1.5" },
        // DSL014: tickers
        { "(asset \"SP Y\")", "DSL014", 1, 8, "invalid ticker \"SP Y\"" },
        { "(asset \"\")", "DSL014", 1, 8, "invalid ticker" },
        { "(asset \"BRK/B/C\")", "DSL014", 1, 8, "invalid ticker" },
        { "(if (> (rsi \"$SPY\" {:window 10}) 70) [(asset \"SPY\")])", "DSL014", 1, 13, "invalid ticker \"$SPY\"" },
        // DSL015: reserved
        { "(if (> (ma \"SPY\" {:window 10}) 70) [(asset \"SPY\")])", "DSL015", 1, 9, "'ma' is reserved" },
        { "(filter (volatility {:window 10}) (select-top 1) [(asset \"SPY\")])", "DSL015", 1, 10, "'volatility' is reserved" },
        // DSL016: metadata
        { "(defsymphony \"x\" {:rebalance-threshold 1.5} (asset \"SPY\"))", "DSL016", 1, 40, "metadata :rebalance-threshold must be a number in (0, 1)" },
        { "(defsymphony \"x\" {:rebalance-frequency :hourly} (asset \"SPY\"))", "DSL016", 1, 40, "one of :none :daily" },
        { "(defsymphony \"x\" {:asset-class 3} (asset \"SPY\"))", "DSL016", 1, 32, "must be a string" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Load_MalformedInput_ReportsLocatedError(string text, string code, int line, int column, string message)
    {
        var result = StrategyLoader.Load(new SourceText("bad.clj", text));

        Assert.False(result.Succeeded);
        var error = result.Errors.First();
        Assert.Equal((code, line, column), (error.Code, error.Line, error.Column));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.StartsWith($"bad.clj:{line}:{column}: error {code}: ", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Load_SeveralProblems_ReportsEveryOne()
    {
        var text = "(weight-equal [(asset \"SP Y\") (foo) (if (> (rsi \"SPY\" {:window 0}) 1) [(asset \"A\")])])";
        var codes = StrategyLoader.Load(new SourceText("many.clj", text)).Errors.Select(e => e.Code).ToList();
        Assert.Equal(["DSL014", "DSL010", "DSL013"], codes);
    }

    [Fact]
    public void Load_HundredsOfProblems_StopsCollectingAtOneHundred()
    {
        var text = "(weight-equal [" + string.Concat(Enumerable.Repeat("(asset \"?\") ", 250)) + "])";
        Assert.Equal(100, StrategyLoader.Load(new SourceText("many.clj", text)).Errors.Count());
    }

    [Fact]
    public void Load_Excerpt_ShowsTheLineWithACaretUnderTheColumn()
    {
        var text = "(defsymphony \"x\" {}\n  (if (> (rsi \"TQQQ\" {:window 0}) 79) [(asset \"UVXY\")] [(asset \"BIL\")]))";
        var error = StrategyLoader.Load(new SourceText("strategies/tqqq.clj", text)).Errors.Single();
        var lines = error.ToString().Split('\n');
        Assert.Equal("strategies/tqqq.clj:2:31: error DSL013: :window must be an integer from 1 to 100000; found 0", lines[0]);
        Assert.Equal("    2 |   (if (> (rsi \"TQQQ\" {:window 0}) 79) [(asset \"UVXY\")] [(asset \"BIL\")]))", lines[1]);
        Assert.Equal("      | " + new string(' ', 30) + "^", lines[2]);
    }

    [Fact]
    public void Load_LongLine_ExcerptIsCutAroundTheColumn()
    {
        var text = "(weight-equal [" + string.Concat(Enumerable.Repeat("(asset \"SPY\") ", 40)) + "(asset \"S P\")])";
        var error = StrategyLoader.Load(new SourceText("long.clj", text)).Errors.Single();
        var excerpt = error.Excerpt.Split('\n');
        Assert.Contains("…", excerpt[0], StringComparison.Ordinal);
        Assert.True(excerpt[0].Length <= 8 + 122);
        var caret = excerpt[1].IndexOf('^', StringComparison.Ordinal);
        Assert.Equal('"', excerpt[0][caret]);
        Assert.Equal("S P\")])", excerpt[0][(caret + 1)..(caret + 8)]);
    }

    [Fact]
    public void Load_InvalidUtf8_IsDsl001()
    {
        var bytes = Encoding.UTF8.GetBytes("(asset \"SPY\")").Concat(new byte[] { 0xC3, 0x28 }).ToArray();
        var error = StrategyLoader.Load("bin.clj", bytes).Errors.Single();
        Assert.Equal("DSL001", error.Code);
        Assert.Contains("not valid UTF-8", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_OverSixteenMebibytes_IsDsl001()
    {
        var bytes = new byte[StrategyLoader.MaxFileBytes + 1];
        var error = StrategyLoader.Load("huge.clj", bytes).Errors.Single();
        Assert.Equal("DSL001", error.Code);
        Assert.Contains("16 MiB", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ByteOrderMarkAndCrLf_AreAccepted()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("(defsymphony \"x\" {}\r\n  (asset \"SPY\"))\r\n")).ToArray();
        var result = StrategyLoader.Load("bom.clj", bytes);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal((2, 3), (result.Strategy!.Root.Span.Line, result.Strategy.Root.Span.Column));
    }

    [Fact]
    public void Load_BareNode_WarnsDsl102AndNamesItAfterTheFile()
    {
        var result = StrategyLoader.Load(new SourceText("dir/bare_one.clj", Ok));
        Assert.True(result.Succeeded);
        Assert.Equal("bare_one", result.Strategy!.Name);
        Assert.Equal("DSL102", Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void Load_MetadataWarnings_KeepTheStrategyLoadable()
    {
        var result = StrategyLoader.Load(new SourceText("m.clj", "(defsymphony \"x\" {:rebalance-frequency :weekly :author \"me\" :rebalance-threshold 0.05} (asset \"SPY\"))"));
        Assert.True(result.Succeeded);
        Assert.Equal(["DSL101", "DSL100"], result.Diagnostics.Select(d => d.Code));
        Assert.Equal(0.05, result.Strategy!.Metadata.RebalanceThreshold);
        Assert.Equal("me", result.Strategy.Metadata.Other[":author"]);
    }
}
