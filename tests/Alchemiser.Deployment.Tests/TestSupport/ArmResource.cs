using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Alchemiser.Deployment.Tests.TestSupport;

/// <summary>One resource of a compiled ARM template, with the scope that resolves its references.</summary>
internal sealed partial record ArmResource(JsonObject Json, ArmScope Scope)
{
    public string Type => (string?)Json["type"] ?? "";

    public JsonObject Properties => Json["properties"] as JsonObject ?? [];

    /// <summary>The last segment of the resource's name, one per copy when it is a loop: <c>execution</c> for
    /// <c>[format('{0}/{1}/{2}', parameters('name'), 'default', parameters('queueNames')[copyIndex()])]</c> with
    /// <c>queueNames = ['execution', ...]</c>.</summary>
    public IReadOnlyList<string> LeafNames()
    {
        var name = (string?)Json["name"] ?? "";
        if (!name.StartsWith('['))
            return [name[(name.LastIndexOf('/') + 1)..]];

        var format = FormatCall().Match(name);
        var last = format.Success ? SplitArguments(format.Groups["args"].Value)[^1] : name.Trim('[', ']');
        if (Literal().Match(last) is { Success: true } literal)
            return [literal.Groups["text"].Value];
        if (CopyElement().Match(last) is { Success: true } element && Json["copy"] is not null)
        {
            var values = Scope.Resolve(JsonValue.Create($"[parameters('{element.Groups["name"].Value}')]"));
            return values is JsonArray array ? [.. array.Select(item => (string?)item ?? "")] : [last];
        }

        return [Scope.ResolveText(JsonValue.Create($"[{last}]")) ?? last];
    }

    /// <summary>Splits <c>a, 'b, c', f(d, e)</c> into its three top-level arguments.</summary>
    private static List<string> SplitArguments(string arguments)
    {
        var parts = new List<string>();
        var (depth, inQuote, start) = (0, false, 0);
        for (var i = 0; i < arguments.Length; i++)
        {
            var c = arguments[i];
            if (c == '\'')
                inQuote = !inQuote;
            else if (!inQuote && c is '(' or '[')
                depth++;
            else if (!inQuote && c is ')' or ']')
                depth--;
            else if (!inQuote && depth == 0 && c == ',')
            {
                parts.Add(arguments[start..i].Trim());
                start = i + 1;
            }
        }

        parts.Add(arguments[start..].Trim());
        return parts;
    }

    [GeneratedRegex(@"^\[format\('[^']*', (?<args>.*)\)\]$")]
    private static partial Regex FormatCall();

    [GeneratedRegex(@"^'(?<text>[^']*)'$")]
    private static partial Regex Literal();

    [GeneratedRegex(@"^parameters\('(?<name>[^']+)'\)\[copyIndex\(\)\]$")]
    private static partial Regex CopyElement();
}
