using System.Text.Json;

namespace Alchemiser.Infrastructure.Simulation;

/// <summary>
/// The simulated account's one JSON document on disk. A save writes a temporary file in the same folder, flushes it
/// to disk and renames it over the old one, so the file always holds either the previous or the new account, never a
/// partial one, and a process killed after a save loses nothing it acknowledged.
/// </summary>
internal static class SimulatedAccountFile
{
    private const string TempExtension = ".tmp";

    /// <summary>The account stored at <paramref name="path"/>, or a new one with <paramref name="startingCash"/> when
    /// there is no file yet.</summary>
    /// <exception cref="InvalidDataException">The file exists but is not a readable account; it is never replaced by a
    /// fresh account silently.</exception>
    public static SimulatedAccount Load(string path, decimal startingCash)
    {
        byte[] content;
        try
        {
            content = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return SimulatedAccount.Open(startingCash);
        }

        SimulatedAccountDocument? document;
        try
        {
            document = JsonSerializer.Deserialize(content, SimulatedBrokerJsonContext.Default.SimulatedAccountDocument);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{path} is not a simulated account: {ex.Message}", ex);
        }

        try
        {
            return SimulatedAccount.FromDocument(
                document ?? throw new InvalidDataException("the document is null"));
        }
        catch (InvalidDataException ex)
        {
            throw new InvalidDataException($"{path} is not a valid simulated account: {ex.Message}", ex);
        }
    }

    /// <summary>Replaces the file at <paramref name="path"/> with <paramref name="account"/> atomically.</summary>
    public static void Save(string path, SimulatedAccount account)
    {
        var folder = Path.GetDirectoryName(path)!;
        Directory.CreateDirectory(folder);
        var temp = Path.Combine(folder, "." + Path.GetFileName(path) + "." + Path.GetRandomFileName() + TempExtension);
        try
        {
            using (var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 16 * 1024))
            {
                JsonSerializer.Serialize(
                    file, account.ToDocument(), SimulatedBrokerJsonContext.Default.SimulatedAccountDocument);
                file.Flush(flushToDisk: true);
            }

            File.Move(temp, path, overwrite: true);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Best effort: a leftover temporary file is never read.
        }
    }
}
