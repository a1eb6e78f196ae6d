using System.Text.Json;
using System.Text.Json.Serialization;
using Alchemiser.Core.Execution;
using Alchemiser.Core.Market;

namespace Alchemiser.Workflow.Orchestration;

/// <summary>Writes a <see cref="Symbol"/> as its ticker string and reads it back with <see cref="Symbol.Parse"/>.</summary>
public sealed class SymbolJsonConverter : JsonConverter<Symbol>
{
    /// <inheritdoc />
    public override Symbol Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Symbol.TryParse(reader.GetString(), out var symbol) ? symbol : throw new JsonException("a symbol must be a ticker string");

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Symbol value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.Value);

    /// <inheritdoc />
    public override Symbol ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Read(ref reader, typeToConvert, options);

    /// <inheritdoc />
    public override void WriteAsPropertyName(Utf8JsonWriter writer, Symbol value, JsonSerializerOptions options) =>
        writer.WritePropertyName(value.Value);
}

/// <summary>Writes an <see cref="InstanceId"/> as its string (<c>2026-11-24#2</c>) and reads it back with <see cref="InstanceId.Parse"/>.</summary>
public sealed class InstanceIdJsonConverter : JsonConverter<InstanceId>
{
    /// <inheritdoc />
    public override InstanceId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        InstanceId.TryParse(reader.GetString(), out var id) ? id : throw new JsonException("an instance id must be a non-empty string");

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, InstanceId value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.Value);
}
