using Alchemiser.Core.Dsl.Reading;
using Alchemiser.Core.Dsl.Syntax;
using Alchemiser.Core.Indicators;

namespace Alchemiser.Core.Dsl.Loading;

internal sealed partial class LoadContext
{
    private const int MaxWindow = 100_000;

    private Comparison? LoadComparison(Form form)
    {
        if (form is IdentifierForm identifier)
        {
            ReportBareIdentifier(identifier);
            return null;
        }
        if (form is not CallForm call || !CheckHead(call))
        {
            if (form is not CallForm)
                Error(form.Span, DiagnosticCodes.Arguments, DslMessages.NotAComparison(Describe(form)));
            return null;
        }
        if (!Operators.IsComparator(call.Head!))
        {
            Error(call.Span, DiagnosticCodes.Arguments, DslMessages.NotAComparison(Describe(call)));
            return null;
        }
        var args = Arguments(call);
        if (args.Length != 2)
        {
            Error(call.Span, DiagnosticCodes.Arguments, DslMessages.ArgumentCount(call.Head!, "two operands", args.Length));
            return null;
        }
        var left = LoadOperand(args[0]);
        var right = LoadOperand(args[1]);
        if (left is null || right is null)
            return null;
        var comparator = call.Head switch
        {
            ">" => Comparator.Greater,
            "<" => Comparator.Less,
            ">=" => Comparator.GreaterOrEqual,
            "<=" => Comparator.LessOrEqual,
            _ => Comparator.Equal,
        };
        return new Comparison(comparator, left, right, call.Span);
    }

    private Operand? LoadOperand(Form form)
    {
        switch (form)
        {
            case NumberForm number:
                return new ConstantOperand(number.Span, number.Value);
            case IdentifierForm identifier:
                ReportBareIdentifier(identifier);
                return null;
            case CallForm call when CheckHead(call):
                if (IndicatorSpec.KindFromName(call.Head!) is { } kind)
                    return LoadIndicatorOperand(call, kind);
                Error(call.Span, DiagnosticCodes.Arguments, DslMessages.NotAllowedHere($"({call.Head} …)", "a number or an indicator such as (rsi \"SPY\" {:window 10})"));
                return null;
            case CallForm:
                return null;
            default:
                Error(form.Span, DiagnosticCodes.Arguments, DslMessages.NotAllowedHere(Describe(form), "a number or an indicator such as (rsi \"SPY\" {:window 10})"));
                return null;
        }
    }

    /// <summary>Form 1 <c>(rsi subject [params])</c> or form 2 <c>(rsi params subject)</c>.</summary>
    private IndicatorOperand? LoadIndicatorOperand(CallForm call, IndicatorKind kind)
    {
        var name = call.Head!;
        var args = Arguments(call);
        if (args.Length is 0 || (args.Length == 1 && args[0] is MapForm))
        {
            Error(call.Span, DiagnosticCodes.Arguments, DslMessages.MissingSubject(name));
            return null;
        }
        if (args.Length > 2)
        {
            Error(call.Span, DiagnosticCodes.Arguments, DslMessages.ArgumentCount(name, "a subject and a parameter map", args.Length));
            return null;
        }
        Form subjectForm;
        MapForm? parameters = null;
        if (args[0] is MapForm first)
        {
            parameters = first;
            subjectForm = args[1];
        }
        else
        {
            subjectForm = args[0];
            if (args.Length == 2)
            {
                if (args[1] is MapForm second)
                {
                    parameters = second;
                }
                else
                {
                    Error(args[1].Span, DiagnosticCodes.Parameters, DslMessages.ParameterMapExpected(name, Describe(args[1])));
                    return null;
                }
            }
        }

        var spec = LoadParameters(parameters, kind, name, call.Span);
        Market.Symbol? ticker = null;
        Node? composite = null;
        switch (subjectForm)
        {
            case StringForm text:
                if (TryParseTicker(text, out var symbol))
                    ticker = symbol;
                break;
            case CallForm or IdentifierForm:
                var node = LoadNode(subjectForm);
                if (node is AssetNode asset)
                    ticker = asset.Symbol;
                else
                    composite = node;
                break;
            default:
                Error(subjectForm.Span, DiagnosticCodes.Arguments, DslMessages.ArgumentKind(name, "the subject", "a ticker string or a node", Describe(subjectForm)));
                break;
        }
        if (spec is null || (ticker is null && composite is null))
            return null;
        return new IndicatorOperand(call.Span, spec, ticker, composite);
    }

    /// <summary>A filter score: <c>(rsi {:window 10})</c>, with no subject.</summary>
    private IndicatorSpec? LoadScoreTemplate(Form form)
    {
        if (form is not CallForm call)
        {
            Error(form.Span, DiagnosticCodes.Arguments, DslMessages.ArgumentKind("filter", "the score", "an indicator template such as (cumulative-return {:window 10})", Describe(form)));
            return null;
        }
        if (!CheckHead(call))
            return null;
        if (IndicatorSpec.KindFromName(call.Head!) is not { } kind)
        {
            Error(call.Span, DiagnosticCodes.Arguments, DslMessages.ArgumentKind("filter", "the score", "an indicator template such as (cumulative-return {:window 10})", Describe(call)));
            return null;
        }
        var args = Arguments(call);
        if (args.Length > 1 || (args.Length == 1 && args[0] is not MapForm))
        {
            Error(call.Span, DiagnosticCodes.Arguments, DslMessages.TemplateHasSubject(call.Head!));
            return null;
        }
        return LoadParameters(args.Length == 1 ? (MapForm)args[0] : null, kind, call.Head!, call.Span);
    }

    /// <summary>Checks a parameter map against the indicator's keys (DSL.md §6.1) and builds the spec.</summary>
    private IndicatorSpec? LoadParameters(MapForm? map, IndicatorKind kind, string name, SourceSpan callSpan)
    {
        var keys = ParameterKeys(kind);
        if (map is null)
        {
            if (keys.Length == 0)
                return new IndicatorSpec(kind);
            Error(callSpan, DiagnosticCodes.Parameters, DslMessages.MissingParameters(name, string.Join(" ", keys.Select(k => k + " N"))));
            return null;
        }

        var values = new int?[keys.Length];
        var errorsBefore = _errorCount;
        var entries = MapEntries(map);
        var failed = _errorCount > errorsBefore;
        foreach (var (key, value) in entries)
        {
            var index = Array.IndexOf(keys, key.Name);
            if (index < 0)
            {
                var expected = keys.Length == 0 ? "no parameters" : string.Join(", ", keys);
                Error(key.Span, DiagnosticCodes.Parameters, DslMessages.UnknownParameter(key.Name, name, expected));
                failed = true;
                continue;
            }
            values[index] = Window(key.Name, value);
            failed |= values[index] is null;
        }
        for (var i = 0; i < keys.Length; i++)
        {
            if (values[i] is null && !failed)
            {
                Error(map.Span, DiagnosticCodes.Parameters, DslMessages.MissingParameter(keys[i], name));
                failed = true;
            }
        }
        if (failed)
            return null;
        if (kind is IndicatorKind.PercentagePriceOscillator or IndicatorKind.PercentagePriceOscillatorSignal && values[0] >= values[1])
        {
            Error(map.Span, DiagnosticCodes.Parameters, DslMessages.ShortNotBelowLong(values[0]!.Value, values[1]!.Value));
            return null;
        }
        return kind switch
        {
            IndicatorKind.CurrentPrice => new IndicatorSpec(kind),
            IndicatorKind.PercentagePriceOscillator => new IndicatorSpec(kind, ShortWindow: values[0]!.Value, LongWindow: values[1]!.Value),
            IndicatorKind.PercentagePriceOscillatorSignal => new IndicatorSpec(kind, ShortWindow: values[0]!.Value, LongWindow: values[1]!.Value, SmoothWindow: values[2]!.Value),
            _ => new IndicatorSpec(kind, Window: values[0]!.Value),
        };
    }

    private int? Window(string key, Form value)
    {
        if (value is NumberForm { Value: >= 1 and <= MaxWindow } number && number.Value == Math.Floor(number.Value))
            return (int)number.Value;
        Error(value.Span, DiagnosticCodes.Parameters, DslMessages.ParameterNotInteger(key, value is NumberForm n ? n.Text : Describe(value)));
        return null;
    }

    private static string[] ParameterKeys(IndicatorKind kind) => kind switch
    {
        IndicatorKind.CurrentPrice => [],
        IndicatorKind.PercentagePriceOscillator => [":short-window", ":long-window"],
        IndicatorKind.PercentagePriceOscillatorSignal => [":short-window", ":long-window", ":smooth-window"],
        _ => [":window"],
    };
}
