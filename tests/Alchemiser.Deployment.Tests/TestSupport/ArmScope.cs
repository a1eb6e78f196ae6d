using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Alchemiser.Deployment.Tests.TestSupport;

/// <summary>
/// One template of a compiled ARM document (the main template or a module's nested deployment) together with the
/// parameter values its parent passes. Resolves the plain references Bicep emits for names and literals,
/// <c>[parameters('x')]</c> and <c>[variables('x')]</c>, through the parents; any other expression (a
/// <c>reference()</c> to a module output, <c>format()</c>, <c>if()</c>) is returned as its text.
/// </summary>
internal sealed partial class ArmScope
{
    private readonly JsonObject? _passedParameters;
    private readonly ArmScope? _parent;

    public ArmScope(JsonObject template, JsonObject? passedParameters = null, ArmScope? parent = null)
    {
        Template = template;
        _passedParameters = passedParameters;
        _parent = parent;
    }

    public JsonObject Template { get; }

    /// <summary>This template's resources, each followed by the resources of its nested deployment when it is one.
    /// Handles both resource layouts: an array, and the symbolic-name object of language version 2.0.</summary>
    public IEnumerable<ArmResource> Resources()
    {
        IEnumerable<JsonNode?> items = Template["resources"] switch
        {
            JsonArray array => array,
            JsonObject symbolic => symbolic.Select(pair => pair.Value),
            _ => [],
        };
        foreach (var item in items.OfType<JsonObject>())
        {
            yield return new ArmResource(item, this);
            if ((string?)item["type"] == "Microsoft.Resources/deployments" && item["properties"]?["template"] is JsonObject nested)
            {
                var child = new ArmScope(nested, item["properties"]?["parameters"] as JsonObject, this);
                foreach (var resource in child.Resources())
                    yield return resource;
            }
        }
    }

    /// <summary>A copy of <paramref name="value"/> with every plain parameter and variable reference replaced by its value.</summary>
    public JsonNode? Resolve(JsonNode? value) => value switch
    {
        JsonArray array => new JsonArray([.. array.Select(Resolve)]),
        JsonObject obj => new JsonObject(obj.Select(pair => KeyValuePair.Create(pair.Key, Resolve(pair.Value)))),
        JsonValue scalar when scalar.TryGetValue(out string? text) => ResolveReference(text),
        _ => value?.DeepClone(),
    };

    /// <summary><see cref="Resolve"/> for a value that should be a string; <see langword="null"/> when it is not.</summary>
    public string? ResolveText(JsonNode? value) =>
        Resolve(value) is JsonValue scalar && scalar.TryGetValue(out string? text) ? text : null;

    private JsonNode? ResolveReference(string text)
    {
        var match = PlainReference().Match(text);
        if (!match.Success)
            return JsonValue.Create(text);

        var name = match.Groups["name"].Value;
        if (match.Groups["kind"].Value == "variables")
            return Template["variables"]?[name] is { } variable ? Resolve(variable) : JsonValue.Create(text);
        if (_passedParameters?[name] is JsonObject passed && _parent is not null)
            return _parent.Resolve(passed["value"]);
        return Template["parameters"]?[name]?["defaultValue"] is { } defaultValue ? Resolve(defaultValue) : JsonValue.Create(text);
    }

    [GeneratedRegex(@"^\[(?<kind>parameters|variables)\('(?<name>[^']+)'\)\]$")]
    private static partial Regex PlainReference();
}
