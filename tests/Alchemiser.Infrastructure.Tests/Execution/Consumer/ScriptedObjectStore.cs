using Alchemiser.Workflow.Data;

namespace Alchemiser.Infrastructure.Tests.Execution.Consumer;

/// <summary>Passes every call to another object store; reads of plans (<c>plans/…</c>) can be slowed down or failed.</summary>
internal sealed class ScriptedObjectStore(IObjectStore inner) : IObjectStore
{
    private int _planReadFailures;

    /// <summary>How long each plan read takes before it starts (honours the caller's token).</summary>
    public TimeSpan PlanReadDelay { get; set; }

    /// <summary>Signalled when a plan read has started.</summary>
    public TaskCompletionSource PlanReadStarted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Fails the next <paramref name="count"/> plan reads with an <see cref="IOException"/>.</summary>
    public void FailPlanReads(int count) => Volatile.Write(ref _planReadFailures, count);

    public Task<IReadOnlyList<ObjectInfo>> ListAsync(string prefix, CancellationToken cancellationToken = default) =>
        inner.ListAsync(prefix, cancellationToken);

    public async Task<Stream?> OpenReadAsync(string key, CancellationToken cancellationToken = default)
    {
        if (key.StartsWith("plans/", StringComparison.Ordinal))
        {
            PlanReadStarted.TrySetResult();
            if (Interlocked.Decrement(ref _planReadFailures) >= 0)
                throw new IOException($"reading {key} failed");
            if (PlanReadDelay > TimeSpan.Zero)
                await Task.Delay(PlanReadDelay, cancellationToken);
        }

        return await inner.OpenReadAsync(key, cancellationToken);
    }

    public Task<ObjectInfo> WriteAsync(string key, Stream content, CancellationToken cancellationToken = default) =>
        inner.WriteAsync(key, content, cancellationToken);

    public Task<ObjectInfo> WriteAsync(string key, ReadOnlyMemory<byte> content, CancellationToken cancellationToken = default) =>
        inner.WriteAsync(key, content, cancellationToken);

    public Task<bool> DeleteAsync(string key, CancellationToken cancellationToken = default) =>
        inner.DeleteAsync(key, cancellationToken);
}
