using System.Collections.Concurrent;
using Alchemiser.Workflow.Execution.Worker;

namespace Alchemiser.Workflow.Tests.Execution;

/// <summary>Keeps every fill by client order id (an upsert, like the ledger) and counts calls.</summary>
internal sealed class RecordingFillRecorder : IFillRecorder
{
    private readonly ConcurrentDictionary<string, FillRecord> _fills = new(StringComparer.Ordinal);
    private int _calls;

    public IReadOnlyDictionary<string, FillRecord> Fills => _fills;

    public int Calls => _calls;

    public Task RecordAsync(FillRecord fill, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _calls);
        _fills[fill.ClientOrderId] = fill;
        return Task.CompletedTask;
    }
}
