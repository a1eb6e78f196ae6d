namespace Alchemiser.Core.Dsl;

/// <summary>The stable diagnostic codes of DSL.md §8. A retired code is never given a new meaning.</summary>
public static class DiagnosticCodes
{
    /// <summary>File missing, unreadable, over 16 MiB, or not UTF-8.</summary>
    public const string FileProblem = "DSL001";
    /// <summary>Syntax error.</summary>
    public const string Syntax = "DSL002";
    /// <summary>Nesting deeper than the implementation limit.</summary>
    public const string TooDeep = "DSL003";
    /// <summary>Unknown operator or identifier.</summary>
    public const string Unknown = "DSL010";
    /// <summary>Wrong number or kind of arguments; form not allowed here; empty child list.</summary>
    public const string Arguments = "DSL011";
    /// <summary><c>weight-specified</c> weights out of range or not summing to 1.</summary>
    public const string Weights = "DSL012";
    /// <summary>Parameter map problem.</summary>
    public const string Parameters = "DSL013";
    /// <summary>Invalid ticker.</summary>
    public const string Ticker = "DSL014";
    /// <summary>Reserved operator <c>ma</c> or <c>volatility</c>.</summary>
    public const string Reserved = "DSL015";
    /// <summary>Invalid metadata value.</summary>
    public const string Metadata = "DSL016";
    /// <summary>Not enough history (evaluation).</summary>
    public const string History = "DSL020";
    /// <summary>Unknown symbol, missing or non-positive close (evaluation).</summary>
    public const string Data = "DSL021";
    /// <summary>Inverse-volatility child with zero or undefined volatility (evaluation).</summary>
    public const string Volatility = "DSL022";
    /// <summary>The strategy evaluated to Empty (evaluation).</summary>
    public const string EmptyStrategy = "DSL023";
    /// <summary>Warning: unknown metadata key.</summary>
    public const string UnknownMetadataKey = "DSL100";
    /// <summary>Warning: rebalance frequency other than daily is not applied.</summary>
    public const string RebalanceFrequencyIgnored = "DSL101";
    /// <summary>Warning: the file has no <c>defsymphony</c>.</summary>
    public const string NoDefsymphony = "DSL102";
}
