using System.Text.Json;
using Alchemiser.Workflow.Orchestration;

namespace Alchemiser.Workflow.Data;

/// <summary>Reads and writes small JSON documents in an <see cref="IObjectStore"/> with <see cref="WorkflowJson.Default"/>.</summary>
public static class JsonObjects
{
    /// <summary>The document at <paramref name="key"/>, or <see langword="default"/> when there is none.</summary>
    /// <exception cref="InvalidDataException">The object is not valid JSON for <typeparamref name="T"/> (the message names the key).</exception>
    public static async Task<T?> ReadAsync<T>(IObjectStore store, string key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        await using var stream = await store.OpenReadAsync(key, cancellationToken).ConfigureAwait(false);
        if (stream is null)
            return default;
        try
        {
            return await JsonSerializer.DeserializeAsync<T>(stream, WorkflowJson.Default, cancellationToken).ConfigureAwait(false);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{key}: not a valid {typeof(T).Name} document: {ex.Message}", ex);
        }
    }

    /// <summary>Serializes <paramref name="value"/>; the bytes that <see cref="WriteAsync{T}"/> stores.</summary>
    public static byte[] Serialize<T>(T value) => JsonSerializer.SerializeToUtf8Bytes(value, WorkflowJson.Default);

    /// <summary>Writes <paramref name="value"/> at <paramref name="key"/> (replacing it atomically) and returns the bytes written.</summary>
    public static async Task<byte[]> WriteAsync<T>(IObjectStore store, string key, T value, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        var bytes = Serialize(value);
        await store.WriteAsync(key, bytes, cancellationToken).ConfigureAwait(false);
        return bytes;
    }
}
