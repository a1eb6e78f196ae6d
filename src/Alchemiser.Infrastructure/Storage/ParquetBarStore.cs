using Alchemiser.Core.Market;
using Alchemiser.Workflow.Data;

namespace Alchemiser.Infrastructure.Storage;

/// <summary>
/// <see cref="IBarStore"/> over one Parquet file per symbol in a local folder:
/// <c>&lt;root&gt;/bars/daily/&lt;SYMBOL&gt;.parquet</c>, with <c>/</c> written as <c>_</c> (<c>BRK_B.parquet</c>).
/// </summary>
/// <remarks>
/// <para>A write validates the series (equal column lengths, strictly increasing dates, finite closes), writes a temporary
/// file in the same folder, flushes it to disk and renames it over the old file, so a reader sees either the old
/// history or the new one, never a partial file. Concurrent writers of one symbol do not corrupt it: the last rename
/// wins.</para>
/// <para>Thread safety: every member is safe to call concurrently, from any number of processes.</para>
/// </remarks>
public sealed class ParquetBarStore : IBarStore
{
    private const string Extension = ".parquet";
    private const string TempExtension = ".tmp";

    private readonly string _folder;

    /// <summary>Creates a store rooted at <paramref name="root"/>; the folder is created on the first write.</summary>
    /// <param name="root">The data directory; bars live under <c>bars/daily</c> inside it.</param>
    public ParquetBarStore(string root)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(root);
        _folder = Path.Combine(Path.GetFullPath(root), "bars", "daily");
    }

    /// <summary>The folder that holds the <c>*.parquet</c> files.</summary>
    public string Folder => _folder;

    /// <inheritdoc />
    public Task<IReadOnlyList<Symbol>> ListSymbolsAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var symbols = new List<Symbol>();
        if (Directory.Exists(_folder))
        {
            foreach (var path in Directory.EnumerateFiles(_folder, "*" + Extension))
            {
                var name = Path.GetFileName(path);
                if (!name.EndsWith(Extension, StringComparison.Ordinal))
                    continue;
                if (SymbolFileName.TryParseStem(name[..^Extension.Length], out var symbol))
                    symbols.Add(symbol);
            }
        }

        symbols.Sort();
        return Task.FromResult<IReadOnlyList<Symbol>>(symbols);
    }

    /// <inheritdoc />
    /// <exception cref="InvalidDataException">The stored file is not a bar file this store can read.</exception>
    public async Task<BarSeries?> ReadAsync(Symbol symbol, CancellationToken cancellationToken = default)
    {
        byte[] content;
        try
        {
            // FileShare.Delete lets a writer rename a new version over the file while we hold it open (Windows).
            await using var file = new FileStream(
                PathOf(symbol), FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 1);
            content = new byte[file.Length];
            await file.ReadExactlyAsync(content, cancellationToken);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }

        using var memory = new MemoryStream(content, writable: false);
        return await BarParquetFormat.ReadAsync(symbol, memory, cancellationToken);
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentException">A column's length differs from the dates', the dates are not strictly
    /// increasing, or a close is missing or not finite; the message names the symbol and the date.</exception>
    public async Task WriteAsync(BarSeries bars, CancellationToken cancellationToken = default)
    {
        BarParquetFormat.Validate(bars);
        Directory.CreateDirectory(_folder);
        var target = PathOf(bars.Symbol);
        var temp = Path.Combine(
            _folder, "." + SymbolFileName.ToStem(bars.Symbol) + "." + Path.GetRandomFileName() + TempExtension);
        try
        {
            await using (var file = new FileStream(
                temp, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, bufferSize: 64 * 1024))
            {
                await BarParquetFormat.WriteAsync(bars, file, cancellationToken);
                await file.FlushAsync(cancellationToken);
                file.Flush(flushToDisk: true);
            }

            File.Move(temp, target, overwrite: true);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

    private string PathOf(Symbol symbol) => Path.Combine(_folder, SymbolFileName.ToStem(symbol) + Extension);

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // Best effort: a leftover *.tmp file is ignored by readers and listing.
        }
        catch (UnauthorizedAccessException)
        {
            // Same as above.
        }
    }
}
