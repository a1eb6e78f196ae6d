using System.Globalization;

namespace Alchemiser.Core.Dsl;

/// <summary>Every message text of the DSL diagnostics, in one place.</summary>
internal static class DslMessages
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    // DSL001
    public static string FileMissing => "file not found";
    public static string FileTooLarge(long bytes, int limit) => string.Create(Invariant, $"file is {bytes:N0} bytes; the limit is {limit:N0} bytes (16 MiB)");
    public static string NotUtf8(int byteIndex) => string.Create(Invariant, $"file is not valid UTF-8 (invalid byte sequence at byte {byteIndex})");
    public static string Unreadable(string reason) => $"file cannot be read: {reason}";

    // DSL002
    public static string UnexpectedCharacter(string character) => $"unexpected character {character}";
    public static string BadEscape(string character) => $"invalid escape \\{character.Trim('\'')} in a string; allowed: \\\" \\\\ \\n \\t \\r";
    public static string UnterminatedString => "unterminated string: no closing \"";
    public static string LoneColon => "a ':' must start a keyword such as :window";
    public static string BadNumber(string number, string next) => $"malformed number: {number} is followed by {next} (numbers are written like 14 or -0.5, with no exponent)";
    public static string Unclosed(char opener) => $"'{opener}' is never closed";
    public static string UnexpectedCloser(char closer) => $"unexpected '{closer}' with nothing open";
    public static string MismatchedCloser(char found, char expected, char opener, SourceSpan openedAt) =>
        $"'{found}' does not match '{opener}' opened at {openedAt.Line}:{openedAt.Column}; expected '{expected}'";
    public static string OddMap(int count) => string.Create(Invariant, $"a map needs keyword/value pairs; this one has an odd number of elements ({count})");
    public static string NoForm => "the file contains no form";
    public static string SecondTopLevelForm => "a file holds exactly one top-level form; this is a second one";

    // DSL003
    public static string TooDeep(int limit) => string.Create(Invariant, $"nesting is deeper than {limit:N0} levels");

    // DSL010
    public static string EmptyCall => "empty call (): a call starts with an operator name";
    public static string CallHeadNotOperator(string found) => $"a call must start with an operator name; found {found}";
    public static string UnknownOperator(string name) => $"unknown operator '{name}'";
    public static string NilNotAllowed => "'nil' is only allowed as the second argument of asset";
    public static string BooleanNotAllowed(string name) => $"'{name}' is not a value: a condition is a comparison such as (> (rsi \"SPY\" {{:window 10}}) 70)";
    public static string OperatorNotCalled(string name) => $"'{name}' must be called: ({name} …)";
    public static string UnknownIdentifier(string name) => Market.Symbol.TryParse(name, out _)
        ? $"unknown identifier '{name}'; a ticker is written (asset \"{name}\")"
        : $"unknown identifier '{name}'";

    // DSL011
    public static string NotAllowedHere(string what, string expected) => $"{what} is not allowed here; expected {expected}";
    public static string ArgumentCount(string op, string shape, int found) => string.Create(Invariant, $"{op} takes {shape}; found {found} argument{(found == 1 ? "" : "s")}");
    public static string ArgumentKind(string op, string argument, string expected, string found) => $"{op}: {argument} must be {expected}; found {found}";
    public static string EmptyVector => "empty vector: a unit needs at least one node";
    public static string NoChildren(string op) => op == "filter" ? "filter needs at least one candidate" : $"{op} needs at least one child";
    public static string TemplateHasSubject(string indicator) => $"a filter score is a template without a subject, e.g. ({indicator} {{:window 10}})";
    public static string NotAComparison(string found) => $"the condition of if must be a comparison such as (> (rsi \"SPY\" {{:window 10}}) 70); found {found}";
    public static string MissingSubject(string indicator) => $"{indicator} needs a subject: a ticker string or a node";

    // DSL012
    public static string WeightOutOfRange(double weight) => string.Create(Invariant, $"weight {weight} is outside (0, 1]");
    public static string WeightsSum(double sum) => string.Create(Invariant, $"weights sum to {sum:0.##########}; they must sum to 1 within 1e-6");

    // DSL013
    public static string KeyNotKeyword(string found) => $"a map key must be a keyword such as :window; found {found}";
    public static string DuplicateKey(string key) => $"duplicate key {key}";
    public static string UnknownParameter(string key, string indicator, string expected) => $"unknown parameter {key} for {indicator}; expected {expected}";
    public static string MissingParameter(string key, string indicator) => $"{indicator} needs {key}";
    public static string MissingParameters(string indicator, string expected) => $"{indicator} needs its parameters: {{{expected}}}";
    public static string ParameterNotInteger(string key, string found) => $"{key} must be an integer from 1 to 100000; found {found}";
    public static string ShortNotBelowLong(int shortWindow, int longWindow) => string.Create(Invariant, $":short-window ({shortWindow}) must be less than :long-window ({longWindow})");
    public static string SelectorCount(string found) => $"the number to select must be an integer ≥ 1; found {found}";
    public static string ParameterMapExpected(string indicator, string found) => $"{indicator}: parameters must be a map such as {{:window 10}}; found {found}";

    // DSL014
    public static string InvalidTicker(string ticker) => $"invalid ticker \"{ticker}\": expected letters and digits with an optional class such as BRK/B";

    // DSL015
    public static string ReservedOperator(string name) => $"'{name}' is reserved and has no definition; use {(name == "ma" ? "moving-average-price" : "stdev-return")}";

    // DSL016 and warnings
    public static string MetadataType(string key, string expected, string found) => $"metadata {key} must be {expected}; found {found}";
    public static string UnknownMetadataKey(string key) => $"unknown metadata key {key} (kept, not used)";
    public static string RebalanceFrequencyIgnored(string value) => $"rebalance frequency {value} is kept but not applied: the pipeline rebalances daily";
    public static string NoDefsymphony(string name) => $"no defsymphony: the file is a bare node; its name is taken from the file name, \"{name}\"";
}
