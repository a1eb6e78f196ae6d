using System.Text.Json;
using System.Text.Json.Serialization;

namespace Alchemiser.Workflow.Orchestration;

/// <summary>The JSON settings used for inputs, outputs, payloads and custom status unless a runner is given others.</summary>
public static class WorkflowJson
{
    /// <summary>Web defaults (camelCase, case-insensitive reading) with enums written as names, symbols and instance ids
    /// as strings. Do not modify.</summary>
    public static JsonSerializerOptions Default { get; } = CreateDefault();

    internal static string? Serialize(object? value, JsonSerializerOptions options) =>
        value is null ? null : JsonSerializer.Serialize(value, value.GetType(), options);

    internal static T? Deserialize<T>(string? json, JsonSerializerOptions options) =>
        json is null ? default : JsonSerializer.Deserialize<T>(json, options);

    private static JsonSerializerOptions CreateDefault()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        options.Converters.Add(new JsonStringEnumConverter());
        options.Converters.Add(new SymbolJsonConverter());
        options.Converters.Add(new InstanceIdJsonConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
