using System.Collections.Concurrent;
using Alchemiser.Core.Market;
using Alchemiser.Core.Market.Validation;
using Alchemiser.Workflow.Data;

namespace Alchemiser.Workflow.Tests.Data;

/// <summary>
/// A bar store in memory that counts reads and writes, records each write's source, can hold reads or writes until
/// released, and can fail the next reads (asynchronously, or synchronously as a non-async implementation would); its manifest lists each
/// symbol's source.
/// </summary>
internal sealed class ControlledBarStore : IBarStore
{
    private readonly ConcurrentDictionary<Symbol, BarSeries> _bars = new();
    private readonly ConcurrentDictionary<Symbol, int> _reads = new();
    private readonly ConcurrentDictionary<Symbol, string> _sources = new();
    private int _writes;
    private int _failuresLeft;

    public TaskCompletionSource? ReadGate { get; set; }

    public TaskCompletionSource? WriteGate { get; set; }

    public TaskCompletionSource WriteStarted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>When true, a failing read throws before returning a task instead of returning a faulted one.</summary>
    public bool FailSynchronously { get; set; }

    public ConcurrentQueue<(Symbol Symbol, string Source)> Written { get; } = new();

    public int Writes => _writes;

    public int ManyWrites { get; private set; }

    public int ReadsOf(Symbol symbol) => _reads.GetValueOrDefault(symbol);

    public void Put(BarSeries bars, string source = BarSources.Unknown)
    {
        _sources[bars.Symbol] = source;
        _bars[bars.Symbol] = bars;
    }

    public BarSeries? Stored(Symbol symbol) => _bars.GetValueOrDefault(symbol);

    public void FailNextReads(int count) => _failuresLeft = count;

    public Task<IReadOnlyList<Symbol>> ListSymbolsAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<Symbol>>([.. _bars.Keys.Order()]);

    public Task<BarSeries?> ReadAsync(Symbol symbol, CancellationToken cancellationToken = default)
    {
        _reads.AddOrUpdate(symbol, 1, (_, n) => n + 1);
        if (Interlocked.Decrement(ref _failuresLeft) >= 0)
        {
            var error = new IOException($"reading {symbol} failed");
            if (FailSynchronously)
                throw error;
            return Task.FromException<BarSeries?>(error);
        }

        return ReadLaterAsync(symbol);
    }

    public Task WriteAsync(BarSeries bars, CancellationToken cancellationToken = default) =>
        WriteAsync(bars, BarSources.Unknown, cancellationToken);

    public async Task WriteAsync(BarSeries bars, string source, CancellationToken cancellationToken = default)
    {
        WriteStarted.TrySetResult();
        if (WriteGate is { } gate)
            await gate.Task;
        Put(bars, source);
        Written.Enqueue((bars.Symbol, source));
        Interlocked.Increment(ref _writes);
    }

    public async Task WriteManyAsync(IReadOnlyList<BarSeries> bars, string source, CancellationToken cancellationToken = default)
    {
        ManyWrites++;
        foreach (var series in bars)
            await WriteAsync(series, source, cancellationToken);
    }

    public Task<BarManifest> ReadManifestAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult(new BarManifest(
            [.. _bars.Values.OrderBy(b => b.Symbol).Select(b => new BarManifestEntry(
                b.Symbol, b.Count, b.FirstDate, b.LastDate, _sources[b.Symbol], DateTimeOffset.MinValue, BarValidationStatus.NotValidated, [], null))],
            []));

    public Task RecordValidationAsync(Symbol symbol, IReadOnlyList<BarIssue> issues, CancellationToken cancellationToken = default) =>
        Task.CompletedTask;

    private async Task<BarSeries?> ReadLaterAsync(Symbol symbol)
    {
        await Task.Yield();
        var snapshot = _bars.GetValueOrDefault(symbol);
        if (ReadGate is { } gate)
            await gate.Task;
        return snapshot;
    }
}
