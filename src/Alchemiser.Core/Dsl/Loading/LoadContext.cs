using System.Globalization;
using System.Runtime.CompilerServices;
using Alchemiser.Core.Dsl.Reading;
using Alchemiser.Core.Dsl.Syntax;
using Alchemiser.Core.Market;

namespace Alchemiser.Core.Dsl.Loading;

/// <summary>
/// Turns forms into the typed tree for one file, collecting diagnostics. Partial by grammar area:
/// this file holds the top level and metadata; <c>.Nodes</c> the allocation operators; <c>.Indicators</c>
/// conditions, indicators and parameter maps.
/// </summary>
internal sealed partial class LoadContext(SourceText source, int depth)
{
    private const int MaxErrors = 100;

    private readonly List<Diagnostic> _diagnostics = [];
    private readonly SortedSet<Symbol> _symbols = [];
    private int _errorCount;
    private int _nextId;

    public LoadResult LoadFile(Form form)
    {
        string name;
        var metadata = StrategyMetadata.Empty;
        Node? root;
        if (form is CallForm { Head: "defsymphony" } definition)
        {
            (name, metadata, root) = LoadDefinition(definition);
        }
        else
        {
            name = Path.GetFileNameWithoutExtension(source.Path);
            Warn(form.Span, DiagnosticCodes.NoDefsymphony, DslMessages.NoDefsymphony(name));
            root = LoadUnit(form);
        }

        if (_errorCount > 0 || root is null)
            return new LoadResult(null, _diagnostics);
        var strategy = new StrategyDefinition(source, name, metadata, root, _nextId, [.. _symbols], depth);
        return new LoadResult(strategy, _diagnostics);
    }

    private (string Name, StrategyMetadata Metadata, Node? Root) LoadDefinition(CallForm call)
    {
        var args = Arguments(call);
        if (args.Length != 3)
        {
            Error(call.Span, DiagnosticCodes.Arguments, DslMessages.ArgumentCount("defsymphony", "a name, a metadata map and a unit", args.Length));
            return ("", StrategyMetadata.Empty, null);
        }
        var name = "";
        if (args[0] is StringForm { Value: var text } && text.Trim().Length > 0)
            name = text.Trim();
        else
            Error(args[0].Span, DiagnosticCodes.Arguments, DslMessages.ArgumentKind("defsymphony", "the name", "a non-empty string", Describe(args[0])));

        var metadata = StrategyMetadata.Empty;
        if (args[1] is MapForm map)
            metadata = LoadMetadata(map);
        else
            Error(args[1].Span, DiagnosticCodes.Arguments, DslMessages.ArgumentKind("defsymphony", "the metadata", "a map such as {:rebalance-frequency :daily}", Describe(args[1])));

        return (name, metadata, LoadUnit(args[2]));
    }

    private StrategyMetadata LoadMetadata(MapForm map)
    {
        var metadata = StrategyMetadata.Empty;
        var other = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in MapEntries(map))
        {
            switch (key.Name)
            {
                case ":asset-class":
                    if (value is StringForm assetClass)
                        metadata = metadata with { AssetClass = assetClass.Value.Trim() };
                    else
                        Error(value.Span, DiagnosticCodes.Metadata, DslMessages.MetadataType(key.Name, "a string such as \"EQUITIES\"", Describe(value)));
                    break;
                case ":rebalance-frequency":
                    var frequency = value is KeywordForm keyword ? ParseFrequency(keyword.Name) : null;
                    if (frequency is null)
                    {
                        Error(value.Span, DiagnosticCodes.Metadata, DslMessages.MetadataType(key.Name, "one of :none :daily :weekly :monthly :quarterly :yearly", Describe(value)));
                        break;
                    }
                    metadata = metadata with { RebalanceFrequency = frequency };
                    if (frequency is not (RebalanceFrequency.Daily or RebalanceFrequency.None))
                        Warn(value.Span, DiagnosticCodes.RebalanceFrequencyIgnored, DslMessages.RebalanceFrequencyIgnored(((KeywordForm)value).Name));
                    break;
                case ":rebalance-threshold":
                    if (value is NumberForm { Value: > 0 and < 1 } threshold)
                        metadata = metadata with { RebalanceThreshold = threshold.Value };
                    else
                        Error(value.Span, DiagnosticCodes.Metadata, DslMessages.MetadataType(key.Name, "a number in (0, 1), e.g. 0.05", Describe(value)));
                    break;
                default:
                    if (value is not (StringForm or NumberForm or KeywordForm))
                    {
                        Error(value.Span, DiagnosticCodes.Metadata, DslMessages.MetadataType(key.Name, "a string, number or keyword", Describe(value)));
                        break;
                    }
                    Warn(key.Span, DiagnosticCodes.UnknownMetadataKey, DslMessages.UnknownMetadataKey(key.Name));
                    other[key.Name] = value is StringForm s ? s.Value : source.Slice(value.Span);
                    break;
            }
        }
        return other.Count == 0 ? metadata : metadata with { Other = other };
    }

    private static RebalanceFrequency? ParseFrequency(string keyword) => keyword switch
    {
        ":none" => RebalanceFrequency.None,
        ":daily" => RebalanceFrequency.Daily,
        ":weekly" => RebalanceFrequency.Weekly,
        ":monthly" => RebalanceFrequency.Monthly,
        ":quarterly" => RebalanceFrequency.Quarterly,
        ":yearly" => RebalanceFrequency.Yearly,
        _ => null,
    };

    /// <summary>The key/value pairs of a map whose keys are keywords, reporting bad and duplicate keys (DSL013).</summary>
    private List<(KeywordForm Key, Form Value)> MapEntries(MapForm map)
    {
        var entries = new List<(KeywordForm, Form)>(map.Items.Length / 2);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < map.Items.Length; i += 2)
        {
            if (map.Items[i] is not KeywordForm key)
            {
                Error(map.Items[i].Span, DiagnosticCodes.Parameters, DslMessages.KeyNotKeyword(Describe(map.Items[i])));
                continue;
            }
            if (!seen.Add(key.Name))
            {
                Error(key.Span, DiagnosticCodes.Parameters, DslMessages.DuplicateKey(key.Name));
                continue;
            }
            entries.Add((key, map.Items[i + 1]));
        }
        return entries;
    }

    private bool TryParseTicker(StringForm form, out Symbol symbol)
    {
        if (Symbol.TryParse(form.Value, out symbol))
        {
            _symbols.Add(symbol);
            return true;
        }
        Error(form.Span, DiagnosticCodes.Ticker, DslMessages.InvalidTicker(form.Value));
        return false;
    }

    private static Form[] Arguments(CallForm call) => call.Items[1..];

    private int NextId() => _nextId++;

    private static void GuardStack() => RuntimeHelpers.EnsureSufficientExecutionStack();

    private void Error(SourceSpan span, string code, string message)
    {
        _errorCount++;
        if (_errorCount <= MaxErrors)
            _diagnostics.Add(Diagnostic.At(source, span, code, DiagnosticSeverity.Error, message));
    }

    private void Warn(SourceSpan span, string code, string message) =>
        _diagnostics.Add(Diagnostic.At(source, span, code, DiagnosticSeverity.Warning, message));

    /// <summary>How a form reads in a message: "a string", "the number 3", "(rsi …)".</summary>
    private static string Describe(Form form) => form switch
    {
        StringForm s => $"the string \"{s.Value}\"",
        NumberForm n => $"the number {n.Text}",
        KeywordForm k => $"the keyword {k.Name}",
        IdentifierForm i => $"'{i.Name}'",
        CallForm { Head: { } head } => $"({head} …)",
        CallForm => "a call",
        VectorForm => "a vector [...]",
        MapForm => "a map {...}",
        _ => form.GetType().Name,
    };

    private static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
