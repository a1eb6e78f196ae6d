using Alchemiser.Core.Dsl.Reading;
using Alchemiser.Core.Dsl.Syntax;
using Alchemiser.Core.Indicators;

namespace Alchemiser.Core.Dsl.Loading;

internal sealed partial class LoadContext
{
    private const string NodeExpected = "a node such as (asset \"SPY\") or (weight-equal [...])";

    /// <summary>A unit: a node, or a vector flattened to one node or an implicit weight-equal (DSL.md §2.2).</summary>
    private Node? LoadUnit(Form form)
    {
        if (form is not VectorForm vector)
            return LoadNode(form);
        var items = Flatten([vector]);
        if (items.Count == 0)
        {
            Error(vector.Span, DiagnosticCodes.Arguments, DslMessages.EmptyVector);
            return null;
        }
        var nodes = LoadNodes(items);
        if (nodes is null)
            return null;
        return nodes.Count == 1 ? nodes[0] : new WeightEqualNode(NextId(), vector.Span, nodes, isImplicit: true);
    }

    /// <summary>Children: every form, vectors flattened in order; at least one.</summary>
    private List<Node>? LoadChildren(CallForm owner, ReadOnlySpan<Form> forms, string op)
    {
        var items = Flatten(forms);
        if (items.Count == 0)
        {
            Error(owner.Span, DiagnosticCodes.Arguments, DslMessages.NoChildren(op));
            return null;
        }
        return LoadNodes(items);
    }

    private List<Node>? LoadNodes(List<Form> items)
    {
        var nodes = new List<Node>(items.Count);
        var failed = false;
        foreach (var item in items)
        {
            var node = LoadNode(item);
            if (node is null)
                failed = true;
            else
                nodes.Add(node);
        }
        return failed ? null : nodes;
    }

    /// <summary>Flattens vectors recursively with an explicit stack, keeping order.</summary>
    private static List<Form> Flatten(ReadOnlySpan<Form> forms)
    {
        var result = new List<Form>(forms.Length);
        var pending = new Stack<Form>();
        for (var i = forms.Length - 1; i >= 0; i--)
            pending.Push(forms[i]);
        while (pending.Count > 0)
        {
            var form = pending.Pop();
            if (form is VectorForm vector)
            {
                for (var i = vector.Items.Length - 1; i >= 0; i--)
                    pending.Push(vector.Items[i]);
            }
            else
            {
                result.Add(form);
            }
        }
        return result;
    }

    private Node? LoadNode(Form form)
    {
        GuardStack();
        switch (form)
        {
            case CallForm call:
                return LoadCall(call);
            case IdentifierForm identifier:
                ReportBareIdentifier(identifier);
                return null;
            case VectorForm vector:
                Error(vector.Span, DiagnosticCodes.Arguments, DslMessages.NotAllowedHere("a vector", NodeExpected));
                return null;
            default:
                Error(form.Span, DiagnosticCodes.Arguments, DslMessages.NotAllowedHere(Describe(form), NodeExpected));
                return null;
        }
    }

    private Node? LoadCall(CallForm call)
    {
        if (!CheckHead(call))
            return null;
        var head = call.Head!;
        switch (head)
        {
            case "asset": return LoadAsset(call);
            case "group": return LoadGroup(call);
            case "weight-equal": return LoadWeightEqual(call);
            case "weight-specified": return LoadWeightSpecified(call);
            case "weight-inverse-volatility": return LoadInverseVolatility(call);
            case "filter": return LoadFilter(call);
            case "if": return LoadIf(call);
            default:
                Error(call.Span, DiagnosticCodes.Arguments, DslMessages.NotAllowedHere($"({head} …)", NodeExpected));
                return null;
        }
    }

    /// <summary>Checks that a call starts with one of the 28 operators (DSL010, DSL015).</summary>
    private bool CheckHead(CallForm call)
    {
        if (call.Items.Length == 0)
        {
            Error(call.Span, DiagnosticCodes.Unknown, DslMessages.EmptyCall);
            return false;
        }
        if (call.Head is not { } head)
        {
            Error(call.Items[0].Span, DiagnosticCodes.Unknown, DslMessages.CallHeadNotOperator(Describe(call.Items[0])));
            return false;
        }
        if (head is "ma" or "volatility")
        {
            Error(call.Items[0].Span, DiagnosticCodes.Reserved, DslMessages.ReservedOperator(head));
            return false;
        }
        if (!Operators.IsKnown(head))
        {
            Error(call.Items[0].Span, DiagnosticCodes.Unknown, DslMessages.UnknownOperator(head));
            return false;
        }
        return true;
    }

    private void ReportBareIdentifier(IdentifierForm identifier)
    {
        var message = identifier.Name switch
        {
            "nil" => DslMessages.NilNotAllowed,
            "true" or "false" => DslMessages.BooleanNotAllowed(identifier.Name),
            var name when Operators.IsKnown(name) => DslMessages.OperatorNotCalled(name),
            var name => DslMessages.UnknownIdentifier(name),
        };
        Error(identifier.Span, DiagnosticCodes.Unknown, message);
    }

    private AssetNode? LoadAsset(CallForm call)
    {
        var args = Arguments(call);
        if (args.Length is < 1 or > 2)
        {
            Error(call.Span, DiagnosticCodes.Arguments, DslMessages.ArgumentCount("asset", "a ticker and an optional display name", args.Length));
            return null;
        }
        if (args[0] is not StringForm ticker)
        {
            if (args[0] is IdentifierForm bare)
                ReportBareIdentifier(bare);
            else
                Error(args[0].Span, DiagnosticCodes.Arguments, DslMessages.ArgumentKind("asset", "the ticker", "a string such as \"SPY\"", Describe(args[0])));
            return null;
        }
        string? displayName = null;
        if (args.Length == 2)
        {
            switch (args[1])
            {
                case StringForm name:
                    displayName = name.Value.Trim();
                    break;
                case IdentifierForm { Name: "nil" }:
                    break;
                default:
                    Error(args[1].Span, DiagnosticCodes.Arguments, DslMessages.ArgumentKind("asset", "the display name", "a string or nil", Describe(args[1])));
                    return null;
            }
        }
        return TryParseTicker(ticker, out var symbol) ? new AssetNode(NextId(), call.Span, symbol, displayName) : null;
    }

    private GroupNode? LoadGroup(CallForm call)
    {
        var args = Arguments(call);
        if (args.Length != 2)
        {
            Error(call.Span, DiagnosticCodes.Arguments, DslMessages.ArgumentCount("group", "a name and a unit", args.Length));
            return null;
        }
        string? name = null;
        if (args[0] is StringForm text)
            name = text.Value.Trim();
        else
            Error(args[0].Span, DiagnosticCodes.Arguments, DslMessages.ArgumentKind("group", "the name", "a string", Describe(args[0])));
        var body = LoadUnit(args[1]);
        return name is null || body is null ? null : new GroupNode(NextId(), call.Span, name, body);
    }

    private WeightEqualNode? LoadWeightEqual(CallForm call)
    {
        var children = LoadChildren(call, Arguments(call), "weight-equal");
        return children is null ? null : new WeightEqualNode(NextId(), call.Span, children, isImplicit: false);
    }

    private WeightSpecifiedNode? LoadWeightSpecified(CallForm call)
    {
        var args = Arguments(call);
        if (args.Length == 0 || args.Length % 2 != 0)
        {
            Error(call.Span, DiagnosticCodes.Arguments, DslMessages.ArgumentCount("weight-specified", "weight/unit pairs such as 0.6 (asset \"SPY\") 0.4 (asset \"TLT\")", args.Length));
            return null;
        }
        var weights = new List<double>(args.Length / 2);
        var children = new List<Node>(args.Length / 2);
        var failed = false;
        var allNumbers = true;
        var sum = 0.0;
        for (var i = 0; i < args.Length; i += 2)
        {
            if (args[i] is NumberForm weight)
            {
                sum += weight.Value;
                if (!(weight.Value > 0 && weight.Value <= 1))
                {
                    Error(weight.Span, DiagnosticCodes.Weights, DslMessages.WeightOutOfRange(weight.Value));
                    failed = true;
                }
                weights.Add(weight.Value);
            }
            else
            {
                Error(args[i].Span, DiagnosticCodes.Arguments, DslMessages.ArgumentKind("weight-specified", "each weight", "a number", Describe(args[i])));
                failed = true;
                allNumbers = false;
            }
            var child = LoadUnit(args[i + 1]);
            if (child is null)
                failed = true;
            else
                children.Add(child);
        }
        if (allNumbers && Math.Abs(sum - 1) > 1e-6)
        {
            Error(call.Span, DiagnosticCodes.Weights, DslMessages.WeightsSum(sum));
            failed = true;
        }
        return failed ? null : new WeightSpecifiedNode(NextId(), call.Span, weights, children);
    }

    private InverseVolatilityNode? LoadInverseVolatility(CallForm call)
    {
        var args = Arguments(call);
        if (args.Length < 2)
        {
            Error(call.Span, DiagnosticCodes.Arguments, DslMessages.ArgumentCount("weight-inverse-volatility", "a window (N or {:window N}) and children", args.Length));
            return null;
        }
        int? window = args[0] switch
        {
            NumberForm number => Window(":window", number),
            MapForm map => LoadWindowMap(map, "weight-inverse-volatility"),
            _ => ReportWindowKind(args[0]),
        };
        var children = LoadChildren(call, args.AsSpan(1), "weight-inverse-volatility");
        return window is null || children is null ? null : new InverseVolatilityNode(NextId(), call.Span, window.Value, children);
    }

    private int? ReportWindowKind(Form form)
    {
        Error(form.Span, DiagnosticCodes.Arguments, DslMessages.ArgumentKind("weight-inverse-volatility", "the window", "an integer or {:window N}", Describe(form)));
        return null;
    }

    private int? LoadWindowMap(MapForm map, string op)
    {
        var spec = LoadParameters(map, IndicatorKind.StdevReturn, op, map.Span);
        return spec?.Window;
    }

    private FilterNode? LoadFilter(CallForm call)
    {
        var args = Arguments(call);
        if (args.Length < 2)
        {
            Error(call.Span, DiagnosticCodes.Arguments, DslMessages.ArgumentCount("filter", "a score, an optional selector and candidates", args.Length));
            return null;
        }
        var score = LoadScoreTemplate(args[0]);
        var order = SelectionOrder.All;
        var count = int.MaxValue;
        var failed = score is null;
        var firstCandidate = 1;
        if (args[1] is CallForm { Head: "select-top" or "select-bottom" } selector)
        {
            firstCandidate = 2;
            order = selector.Head == "select-top" ? SelectionOrder.Top : SelectionOrder.Bottom;
            var n = LoadSelectorCount(selector);
            if (n is null)
                failed = true;
            else
                count = n.Value;
        }
        var candidates = LoadChildren(call, args.AsSpan(firstCandidate), "filter");
        if (failed || candidates is null)
            return null;
        return new FilterNode(NextId(), call.Span, score!, args[0].Span, order, count, DeduplicateAssets(candidates));
    }

    private int? LoadSelectorCount(CallForm selector)
    {
        var args = Arguments(selector);
        if (args.Length != 1)
        {
            Error(selector.Span, DiagnosticCodes.Arguments, DslMessages.ArgumentCount(selector.Head!, "one count", args.Length));
            return null;
        }
        if (args[0] is NumberForm { Value: >= 1 and <= int.MaxValue } number && number.Value == Math.Floor(number.Value))
            return (int)number.Value;
        Error(args[0].Span, DiagnosticCodes.Parameters, DslMessages.SelectorCount(args[0] is NumberForm n ? n.Text : Describe(args[0])));
        return null;
    }

    /// <summary>Plain assets with the same ticker are candidates once (first kept); composites are never merged.</summary>
    private static List<Node> DeduplicateAssets(List<Node> candidates)
    {
        var seen = new HashSet<Market.Symbol>();
        var result = new List<Node>(candidates.Count);
        foreach (var candidate in candidates)
        {
            if (candidate is AssetNode asset && !seen.Add(asset.Symbol))
                continue;
            result.Add(candidate);
        }
        return result;
    }

    private IfNode? LoadIf(CallForm call)
    {
        var args = Arguments(call);
        if (args.Length is < 2 or > 3)
        {
            Error(call.Span, DiagnosticCodes.Arguments, DslMessages.ArgumentCount("if", "a condition, a then-unit and an optional else-unit", args.Length));
            return null;
        }
        var condition = LoadComparison(args[0]);
        var then = LoadUnit(args[1]);
        var @else = args.Length == 3 ? LoadUnit(args[2]) : null;
        if (condition is null || then is null || (args.Length == 3 && @else is null))
            return null;
        return new IfNode(NextId(), call.Span, condition, then, @else);
    }
}
