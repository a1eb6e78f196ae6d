using System.Text.Json;
using System.Text.Json.Serialization;
using Alchemiser.Core.Market.Validation;
using Alchemiser.Workflow.Data;

namespace Alchemiser.Infrastructure.Storage;

/// <summary>
/// The stored form of the bar manifest (<c>bars/daily/manifest.json</c>): per symbol, the bar file's key and
/// <see cref="ObjectInfo.Version"/> it describes, and the facts derived from it.
/// </summary>
/// <remarks>The version is what makes the manifest checkable with one listing: an entry is trusted only while the file
/// still has the version the entry was written for.</remarks>
internal sealed class BarManifestDocument
{
    /// <summary>The layout version of this document.</summary>
    public const int CurrentFormat = 1;

    public int Format { get; set; } = CurrentFormat;

    public List<BarManifestRecord> Symbols { get; set; } = [];

    public static byte[] Serialize(BarManifestDocument document) =>
        JsonSerializer.SerializeToUtf8Bytes(document, BarManifestJsonContext.Default.BarManifestDocument);

    /// <exception cref="JsonException">The content is not a manifest.</exception>
    public static BarManifestDocument Deserialize(ReadOnlySpan<byte> content)
    {
        var document = JsonSerializer.Deserialize(content, BarManifestJsonContext.Default.BarManifestDocument) ??
            throw new JsonException("the manifest is null");
        if (document.Format != CurrentFormat)
            throw new JsonException($"manifest format {document.Format} is not supported (expected {CurrentFormat})");
        document.Symbols ??= [];
        return document;
    }
}

/// <summary>One symbol's manifest entry as stored.</summary>
internal sealed class BarManifestRecord
{
    public string Symbol { get; set; } = "";

    public string Key { get; set; } = "";

    public long Length { get; set; }

    public string Version { get; set; } = "";

    public int Rows { get; set; }

    public DateOnly? First { get; set; }

    public DateOnly? Last { get; set; }

    public string Source { get; set; } = BarSources.Unknown;

    public DateTimeOffset RefreshedUtc { get; set; }

    public BarValidationStatus Validation { get; set; }

    public DateTimeOffset? ValidatedUtc { get; set; }

    public List<BarManifestIssueRecord>? Issues { get; set; }
}

/// <summary>One stored <see cref="BarIssue"/> (its symbol is the entry's).</summary>
internal sealed class BarManifestIssueRecord
{
    public DateOnly Date { get; set; }

    public BarCheck Check { get; set; }

    public string Detail { get; set; } = "";
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(BarManifestDocument))]
internal sealed partial class BarManifestJsonContext : JsonSerializerContext;
