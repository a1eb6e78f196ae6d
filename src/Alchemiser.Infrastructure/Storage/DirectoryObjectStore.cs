using System.Globalization;
using Alchemiser.Workflow.Data;

namespace Alchemiser.Infrastructure.Storage;

/// <summary>
/// <see cref="IObjectStore"/> over a local folder: key <c>bars/daily/SPY.parquet</c> is the file
/// <c>&lt;root&gt;/bars/daily/SPY.parquet</c>. The embedded default.
/// </summary>
/// <remarks>
/// <para>A write goes to a temporary file in the target's folder (<c>.&lt;name&gt;.&lt;random&gt;.tmp</c>), is flushed
/// to disk and renamed over the target, so a reader sees the old content or the new one, never a partial file. A crash
/// can leave such a temporary file behind; listings ignore it (keys never start with <c>.</c>).</para>
/// <para>A file's <see cref="ObjectInfo.Version"/> is its modification time and length. Each write stamps the file
/// with a modification time later than the one it replaces, so a replaced file never keeps its old version, even when
/// the file system's clock is coarse.</para>
/// <para>Thread safety: every member is safe to call concurrently, from any number of processes; concurrent writers
/// of one key do not corrupt it (the last rename wins).</para>
/// </remarks>
public sealed class DirectoryObjectStore : IObjectStore
{
    private const string TempExtension = ".tmp";
    private const int BufferSize = 64 * 1024;

    private readonly string _root;

    /// <summary>Creates a store rooted at <paramref name="root"/>; folders are created on the first write.</summary>
    public DirectoryObjectStore(string root)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(root);
        _root = Path.GetFullPath(root);
    }

    /// <summary>The folder that holds the objects.</summary>
    public string Root => _root;

    /// <summary>The local path of <paramref name="key"/> (which need not exist).</summary>
    public string PathOf(string key)
    {
        ObjectKey.ThrowIfInvalid(key);
        return Path.Combine(_root, key.Replace('/', Path.DirectorySeparatorChar));
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<ObjectInfo>> ListAsync(string prefix, CancellationToken cancellationToken = default)
    {
        ObjectKey.ThrowIfInvalidPrefix(prefix);
        var folder = prefix.Length == 0 ? _root : PathOf(prefix[..^1]);
        var result = new List<ObjectInfo>();
        if (Directory.Exists(folder))
        {
            var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.None };
            foreach (var path in Directory.EnumerateFiles(folder, "*", options))
            {
                cancellationToken.ThrowIfCancellationRequested();
                var key = prefix + Path.GetRelativePath(folder, path).Replace(Path.DirectorySeparatorChar, '/');
                if (!ObjectKey.IsValid(key, out _))
                    continue; // temporary files (".x.tmp") and names no key can have
                var info = new FileInfo(path);
                if (info.Exists)
                    result.Add(Describe(key, info));
            }
        }

        result.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
        return Task.FromResult<IReadOnlyList<ObjectInfo>>(result);
    }

    /// <inheritdoc />
    /// <remarks>The stream is a seekable <see cref="FileStream"/> over the version present when it was opened: a
    /// concurrent write renames a new file over the name and leaves the open one intact.</remarks>
    public Task<Stream?> OpenReadAsync(string key, CancellationToken cancellationToken = default)
    {
        var path = PathOf(key);
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            // FileShare.Delete lets a writer rename a new version over the file while we hold it open (Windows).
            Stream stream = new FileStream(
                path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, BufferSize,
                FileOptions.Asynchronous | FileOptions.SequentialScan);
            return Task.FromResult<Stream?>(stream);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return Task.FromResult<Stream?>(null);
        }
    }

    /// <inheritdoc />
    public Task<ObjectInfo> WriteAsync(string key, Stream content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        return WriteCoreAsync(key, (file, ct) => new ValueTask(content.CopyToAsync(file, ct)), cancellationToken);
    }

    /// <inheritdoc />
    public Task<ObjectInfo> WriteAsync(string key, ReadOnlyMemory<byte> content, CancellationToken cancellationToken = default) =>
        WriteCoreAsync(key, (file, ct) => file.WriteAsync(content, ct), cancellationToken);

    /// <inheritdoc />
    public Task<bool> DeleteAsync(string key, CancellationToken cancellationToken = default)
    {
        var path = PathOf(key);
        cancellationToken.ThrowIfCancellationRequested();
        if (!File.Exists(path))
            return Task.FromResult(false);
        File.Delete(path);
        return Task.FromResult(true);
    }

    private async Task<ObjectInfo> WriteCoreAsync(
        string key, Func<FileStream, CancellationToken, ValueTask> write, CancellationToken cancellationToken)
    {
        var target = PathOf(key);
        var folder = Path.GetDirectoryName(target)!;
        Directory.CreateDirectory(folder);
        var temp = Path.Combine(folder, "." + Path.GetFileName(target) + "." + Path.GetRandomFileName() + TempExtension);
        try
        {
            await using (var file = new FileStream(
                temp, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, BufferSize, FileOptions.Asynchronous))
            {
                await write(file, cancellationToken);
                await file.FlushAsync(cancellationToken);
                file.Flush(flushToDisk: true);
            }

            // A version must change on every replace: stamp a modification time past the one being replaced.
            var stamp = DateTime.UtcNow;
            var previous = File.Exists(target) ? File.GetLastWriteTimeUtc(target) : DateTime.MinValue;
            if (stamp <= previous)
                stamp = previous.AddTicks(1);
            File.SetLastWriteTimeUtc(temp, stamp);
            var written = new FileInfo(temp);
            var info = Describe(key, written);

            cancellationToken.ThrowIfCancellationRequested();
            File.Move(temp, target, overwrite: true);
            return info;
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

    private static ObjectInfo Describe(string key, FileInfo file)
    {
        var modified = file.LastWriteTimeUtc;
        var version = string.Create(CultureInfo.InvariantCulture, $"{modified.Ticks:x}-{file.Length:x}");
        return new ObjectInfo(key, file.Length, version, new DateTimeOffset(modified, TimeSpan.Zero));
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // Best effort: a leftover temporary file is ignored by listings.
        }
        catch (UnauthorizedAccessException)
        {
            // Same as above.
        }
    }
}
