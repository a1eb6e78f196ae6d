using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Alchemiser.Core.Dsl;
using Alchemiser.Core.Market;
using Alchemiser.Core.Signals.Tracing;

namespace Alchemiser.Cli.Rendering;

/// <summary>JSON output for machines: camelCase, full double precision, symbols as strings.</summary>
internal static class Json
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        MaxDepth = 25_000,
        Converters = { new SymbolConverter(), new TraceNodeConverter(), new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    /// <summary>Serializes on a large stack: decision traces may nest thousands of levels deep.</summary>
    public static string Serialize<T>(T value) => DeepStack.Run(() => JsonSerializer.Serialize(value, Options));

    private sealed class SymbolConverter : JsonConverter<Symbol>
    {
        public override Symbol Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => Symbol.Parse(reader.GetString()!);

        public override void Write(Utf8JsonWriter writer, Symbol value, JsonSerializerOptions options) => writer.WriteStringValue(value.Value);

        public override void WriteAsPropertyName(Utf8JsonWriter writer, Symbol value, JsonSerializerOptions options) => writer.WritePropertyName(value.Value);

        public override Symbol ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => Symbol.Parse(reader.GetString()!);
    }

    /// <summary>Writes each trace entry with its runtime type's properties (the tree is polymorphic).</summary>
    private sealed class TraceNodeConverter : JsonConverter<TraceNode>
    {
        public override TraceNode Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            throw new NotSupportedException("decision traces are written, never read");

        public override void Write(Utf8JsonWriter writer, TraceNode value, JsonSerializerOptions options) =>
            JsonSerializer.Serialize(writer, value, value.GetType(), options);
    }
}
