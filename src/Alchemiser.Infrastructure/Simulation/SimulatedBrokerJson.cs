using System.Text.Json;
using System.Text.Json.Serialization;
using Alchemiser.Core.Market;

namespace Alchemiser.Infrastructure.Simulation;

/// <summary>JSON of the account file: camelCase names, enums as text, symbols as their canonical ticker.</summary>
[JsonSerializable(typeof(SimulatedAccountDocument))]
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    WriteIndented = true,
    Converters = [typeof(SimulatedSymbolJsonConverter)])]
internal sealed partial class SimulatedBrokerJsonContext : JsonSerializerContext;

/// <summary>Reads and writes a <see cref="Symbol"/> as its canonical ticker.</summary>
internal sealed class SimulatedSymbolJsonConverter : JsonConverter<Symbol>
{
    public override Symbol Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Symbol.TryParse(reader.GetString(), out var symbol)
            ? symbol
            : throw new JsonException($"'{reader.GetString()}' is not a valid ticker");

    public override void Write(Utf8JsonWriter writer, Symbol value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.Value);
}
