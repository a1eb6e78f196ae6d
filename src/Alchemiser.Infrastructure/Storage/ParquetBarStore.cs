using System.Text.Json;
using Alchemiser.Core.Market;
using Alchemiser.Core.Market.Validation;
using Alchemiser.Workflow.Data;

namespace Alchemiser.Infrastructure.Storage;

/// <summary>
/// <see cref="IBarStore"/> over an <see cref="IObjectStore"/> (a local folder or a Blob container): one Parquet object
/// per symbol, <c>bars/daily/&lt;SYMBOL&gt;.parquet</c> with <c>/</c> written as <c>_</c> (<c>BRK_B.parquet</c>), and a
/// manifest, <c>bars/daily/manifest.json</c>, that answers <see cref="ReadManifestAsync"/> without reading the bars.
/// </summary>
/// <remarks>
/// <para>A write validates the series (equal column lengths, strictly increasing dates, finite closes), replaces the
/// bar object atomically (see <see cref="IObjectStore"/>), then rewrites the manifest atomically. A crash between the
/// two leaves the manifest behind the files, never a broken file: the bar files are the truth and the manifest is a
/// cache of facts about them. Each manifest entry records the <see cref="ObjectInfo.Version"/> of the file it
/// describes, and every read of the manifest checks the entries against one listing: an entry whose file is missing is
/// dropped, and a file that is new or changed (another version) is read to rebuild its entry. Those corrections are
/// reported in <see cref="BarManifest.Repairs"/> and saved by the next write.</para>
/// <para>Thread safety: every member is safe to call concurrently within one process; manifest updates are serialized
/// by a lock, and writes of one symbol by another. Readers in other processes are safe too. Concurrent writers in
/// different processes are not supported: each rewrites the whole manifest, so one may drop the other's entries (the
/// bar files stay intact and the next reader rebuilds the lost entries from them, without source or validation).</para>
/// </remarks>
public sealed class ParquetBarStore : IBarStore
{
    /// <summary>The key prefix of the bar objects.</summary>
    public const string Prefix = "bars/daily/";

    /// <summary>The key of the manifest.</summary>
    public const string ManifestKey = Prefix + "manifest.json";

    private const string Extension = ".parquet";
    private const int SymbolLockStripes = 64;
    private const int ReconcileParallelism = 8;

    private readonly IObjectStore _objects;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _manifestLock = new(1, 1);
    private readonly SemaphoreSlim[] _symbolLocks;
    private BarManifestDocument? _manifest; // the last manifest this instance loaded or wrote; guarded by _manifestLock

    /// <summary>Creates a store over <paramref name="objects"/>.</summary>
    /// <param name="objects">Where the Parquet objects and the manifest live.</param>
    /// <param name="time">The clock of refresh and validation times (default: the system clock).</param>
    public ParquetBarStore(IObjectStore objects, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(objects);
        _objects = objects;
        _time = time ?? TimeProvider.System;
        _symbolLocks = new SemaphoreSlim[SymbolLockStripes];
        for (var i = 0; i < _symbolLocks.Length; i++)
            _symbolLocks[i] = new SemaphoreSlim(1, 1);
    }

    /// <summary>Creates a store in the local folder <paramref name="root"/> (bars under <c>bars/daily</c> inside it).</summary>
    public ParquetBarStore(string root)
        : this(new DirectoryObjectStore(root))
    {
    }

    /// <summary>The object store underneath.</summary>
    public IObjectStore Objects => _objects;

    /// <summary>The local folder that holds the <c>*.parquet</c> files, when the store is a <see cref="DirectoryObjectStore"/>.</summary>
    /// <exception cref="InvalidOperationException">The store is not a local folder.</exception>
    public string Folder => _objects is DirectoryObjectStore directory
        ? Path.Combine(directory.Root, "bars", "daily")
        : throw new InvalidOperationException($"the bars are in a {_objects.GetType().Name}, not in a local folder");

    /// <summary>The object key of <paramref name="symbol"/>'s bars: <c>bars/daily/BRK_B.parquet</c>.</summary>
    public static string KeyOf(Symbol symbol) => Prefix + SymbolFileName.ToStem(symbol) + Extension;

    /// <inheritdoc />
    public async Task<IReadOnlyList<Symbol>> ListSymbolsAsync(CancellationToken cancellationToken = default)
    {
        var files = await ListBarFilesAsync(cancellationToken);
        return files.Keys.ToList();
    }

    /// <inheritdoc />
    /// <exception cref="InvalidDataException">The stored file is not a bar file this store can read.</exception>
    public async Task<BarSeries?> ReadAsync(Symbol symbol, CancellationToken cancellationToken = default)
    {
        var content = await ReadObjectAsync(KeyOf(symbol), cancellationToken);
        if (content is null)
            return null;
        return await BarParquetFormat.ReadAsync(symbol, content, cancellationToken);
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentException">A column's length differs from the dates', the dates are not strictly
    /// increasing, or a close is missing or not finite; the message names the symbol and the date.</exception>
    public Task WriteAsync(BarSeries bars, CancellationToken cancellationToken = default) =>
        WriteAsync(bars, BarSources.Unknown, cancellationToken);

    /// <inheritdoc />
    /// <exception cref="ArgumentException">The bars are not valid (see the other overload) or the source is blank.</exception>
    public Task WriteAsync(BarSeries bars, string source, CancellationToken cancellationToken = default) =>
        WriteManyAsync([bars], source, cancellationToken);

    /// <summary>
    /// Writes every series' file (in parallel), then updates the manifest once: what a run's new session and a refresh
    /// do. A crash between the files and the manifest leaves entries that reconciliation corrects from the files.
    /// </summary>
    /// <exception cref="ArgumentException">A series is not valid, the same symbol appears twice, or the source is blank.</exception>
    public async Task WriteManyAsync(IReadOnlyList<BarSeries> bars, string source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(bars);
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        foreach (var series in bars)
            BarParquetFormat.Validate(series);
        if (bars.Select(b => b.Symbol).Distinct().Count() != bars.Count)
            throw new ArgumentException("each symbol may be written once per call", nameof(bars));
        if (bars.Count == 0)
            return;

        var locks = bars.Select(b => _symbolLocks[(b.Symbol.GetHashCode() & int.MaxValue) % _symbolLocks.Length]).Distinct()
            .OrderBy(l => Array.IndexOf(_symbolLocks, l)).ToList(); // one global order: no deadlock between batches
        foreach (var symbolLock in locks)
            await symbolLock.WaitAsync(cancellationToken);
        try
        {
            var records = new BarManifestRecord[bars.Count];
            await Parallel.ForAsync(0, bars.Count, new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken }, async (i, ct) =>
            {
                var series = bars[i];
                using var content = new MemoryStream();
                await BarParquetFormat.WriteAsync(series, content, ct);
                var written = await _objects.WriteAsync(KeyOf(series.Symbol), content.GetBuffer().AsMemory(0, (int)content.Length), ct);
                records[i] = new BarManifestRecord
                {
                    Symbol = series.Symbol.Value,
                    Key = written.Key,
                    Length = written.Length,
                    Version = written.Version,
                    Rows = series.Count,
                    First = series.FirstDate,
                    Last = series.LastDate,
                    Source = source,
                    RefreshedUtc = _time.GetUtcNow().ToUniversalTime(),
                    Validation = BarValidationStatus.NotValidated,
                };
            });
            await UpdateManifestAsync(
                document =>
                {
                    var replaced = records.Select(r => r.Symbol).ToHashSet(StringComparer.Ordinal);
                    document.Symbols.RemoveAll(r => replaced.Contains(r.Symbol));
                    document.Symbols.AddRange(records);
                },
                cancellationToken);
        }
        finally
        {
            foreach (var symbolLock in locks)
                symbolLock.Release();
        }
    }

    /// <inheritdoc />
    public async Task<BarManifest> ReadManifestAsync(CancellationToken cancellationToken = default)
    {
        var (document, repairs) = await LoadReconciledAsync(cancellationToken);
        var entries = new List<BarManifestEntry>(document.Symbols.Count);
        foreach (var record in document.Symbols)
        {
            var symbol = Symbol.Parse(record.Symbol);
            var issues = (record.Issues ?? []).Select(i => new BarIssue(symbol, i.Date, i.Check, i.Detail)).ToList();
            entries.Add(new BarManifestEntry(
                symbol, record.Rows, record.First, record.Last, record.Source, record.RefreshedUtc, record.Validation,
                issues, record.ValidatedUtc));
        }

        entries.Sort((a, b) => a.Symbol.CompareTo(b.Symbol));
        return new BarManifest(entries, repairs);
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentException">An issue names another symbol.</exception>
    public async Task RecordValidationAsync(
        Symbol symbol, IReadOnlyList<BarIssue> issues, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(issues);
        foreach (var issue in issues)
        {
            if (issue.Symbol != symbol)
                throw new ArgumentException($"an issue of {issue.Symbol} cannot be recorded for {symbol}", nameof(issues));
        }

        var now = _time.GetUtcNow().ToUniversalTime();
        await UpdateManifestAsync(
            document =>
            {
                var record = document.Symbols.Find(r => r.Symbol == symbol.Value) ??
                    throw new InvalidOperationException($"{symbol}: no stored bars to record a validation for");
                record.Validation = issues.Count == 0 ? BarValidationStatus.Passed : BarValidationStatus.Flagged;
                record.ValidatedUtc = now;
                record.Issues = issues.Count == 0
                    ? null
                    : issues.Select(i => new BarManifestIssueRecord { Date = i.Date, Check = i.Check, Detail = i.Detail })
                        .ToList();
            },
            cancellationToken);
    }

    private async Task UpdateManifestAsync(Action<BarManifestDocument> change, CancellationToken cancellationToken)
    {
        await _manifestLock.WaitAsync(cancellationToken);
        try
        {
            _manifest ??= (await LoadReconciledAsync(cancellationToken)).Document;
            change(_manifest);
            _manifest.Symbols.Sort((a, b) => string.CompareOrdinal(a.Symbol, b.Symbol));
            await _objects.WriteAsync(ManifestKey, BarManifestDocument.Serialize(_manifest), cancellationToken);
        }
        catch
        {
            _manifest = null; // the stored manifest may differ from the cached one: reload on the next update
            throw;
        }
        finally
        {
            _manifestLock.Release();
        }
    }

    /// <summary>The stored manifest checked against a listing of the bar files, corrected from the files where needed.</summary>
    private async Task<(BarManifestDocument Document, IReadOnlyList<BarManifestRepair> Repairs)> LoadReconciledAsync(
        CancellationToken cancellationToken)
    {
        var stored = await ReadStoredManifestAsync(cancellationToken);
        var files = await ListBarFilesAsync(cancellationToken);
        var repairs = new List<BarManifestRepair>();
        var known = new Dictionary<Symbol, BarManifestRecord>();
        foreach (var record in stored.Document?.Symbols ?? [])
        {
            if (!Symbol.TryParse(record.Symbol, out var symbol))
                continue;
            if (!files.ContainsKey(symbol))
                repairs.Add(new BarManifestRepair(symbol, "the manifest lists it but its bar file is missing: entry dropped"));
            else
                known[symbol] = record;
        }

        var document = new BarManifestDocument();
        var stale = new List<(Symbol Symbol, ObjectInfo File, BarManifestRecord? Old)>();
        foreach (var (symbol, file) in files)
        {
            if (known.TryGetValue(symbol, out var record) && record.Key == file.Key && record.Version == file.Version)
                document.Symbols.Add(record);
            else
                stale.Add((symbol, file, record));
        }

        var rebuilt = new (BarManifestRecord Record, BarManifestRepair Repair)[stale.Count];
        await Parallel.ForAsync(
            0,
            stale.Count,
            new ParallelOptions { MaxDegreeOfParallelism = ReconcileParallelism, CancellationToken = cancellationToken },
            async (i, ct) => rebuilt[i] = await RebuildAsync(stale[i].Symbol, stale[i].File, stale[i].Old, stored.Problem, ct));
        foreach (var (record, repair) in rebuilt)
        {
            if (record.Key.Length > 0)
                document.Symbols.Add(record);
            repairs.Add(repair);
        }

        document.Symbols.Sort((a, b) => string.CompareOrdinal(a.Symbol, b.Symbol));
        repairs.Sort((a, b) => a.Symbol.CompareTo(b.Symbol));
        return (document, repairs);
    }

    /// <summary>A manifest entry read from the bar file itself; an empty key when the file vanished meanwhile.</summary>
    private async Task<(BarManifestRecord Record, BarManifestRepair Repair)> RebuildAsync(
        Symbol symbol, ObjectInfo file, BarManifestRecord? old, string? manifestProblem, CancellationToken cancellationToken)
    {
        var record = new BarManifestRecord
        {
            Symbol = symbol.Value,
            Key = file.Key,
            Length = file.Length,
            Version = file.Version,
            Source = old?.Source ?? BarSources.Unknown,
            RefreshedUtc = file.LastModifiedUtc,
            Validation = BarValidationStatus.NotValidated,
        };
        var content = await ReadObjectAsync(file.Key, cancellationToken);
        if (content is null)
        {
            record.Key = "";
            return (record, new BarManifestRepair(symbol, "its bar file was deleted while the manifest was checked"));
        }

        string detail;
        try
        {
            var bars = await BarParquetFormat.ReadAsync(symbol, content, cancellationToken);
            record.Rows = bars.Count;
            record.First = bars.FirstDate;
            record.Last = bars.LastDate;
            detail = $"{bars.Count} rows read from the file";
        }
#pragma warning disable CA1031 // The content is in memory: any failure here is a malformed file, which the entry reports.
        catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
        {
            record.Validation = BarValidationStatus.Unreadable;
            detail = $"the file cannot be read as bars: {ex.Message}";
        }

        var reason = old is null
            ? manifestProblem is null ? "the bar file is not in the manifest" : $"the manifest is unreadable ({manifestProblem})"
            : $"the bar file changed after the manifest was written (manifest: {old.Rows} rows)";
        return (record, new BarManifestRepair(symbol, $"{reason}; {detail}"));
    }

    private async Task<(BarManifestDocument? Document, string? Problem)> ReadStoredManifestAsync(
        CancellationToken cancellationToken)
    {
        var content = await ReadObjectAsync(ManifestKey, cancellationToken);
        if (content is null)
            return (null, null);
        try
        {
            return (BarManifestDocument.Deserialize(content.GetBuffer().AsSpan(0, (int)content.Length)), null);
        }
        catch (JsonException ex)
        {
            return (null, ex.Message);
        }
    }

    /// <summary>The bar files, by symbol in ordinal order; other objects under the prefix are ignored.</summary>
    private async Task<SortedDictionary<Symbol, ObjectInfo>> ListBarFilesAsync(CancellationToken cancellationToken)
    {
        var files = new SortedDictionary<Symbol, ObjectInfo>();
        foreach (var info in await _objects.ListAsync(Prefix, cancellationToken))
        {
            var name = info.Key[Prefix.Length..];
            if (name.Contains('/', StringComparison.Ordinal) || !name.EndsWith(Extension, StringComparison.Ordinal))
                continue;
            if (SymbolFileName.TryParseStem(name[..^Extension.Length], out var symbol))
                files[symbol] = info;
        }

        return files;
    }

    /// <summary>The whole content of <paramref name="key"/> in a seekable buffer, or <see langword="null"/> when absent.</summary>
    private async Task<MemoryStream?> ReadObjectAsync(string key, CancellationToken cancellationToken)
    {
        var stream = await _objects.OpenReadAsync(key, cancellationToken);
        if (stream is null)
            return null;
        await using (stream)
        {
            var buffer = stream.CanSeek ? new MemoryStream(checked((int)stream.Length)) : new MemoryStream();
            await stream.CopyToAsync(buffer, cancellationToken);
            buffer.Position = 0;
            return buffer;
        }
    }
}
