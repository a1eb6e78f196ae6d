using System.Security.Cryptography;
using System.Text.Json;
using Alchemiser.Core.Execution;
using Alchemiser.Core.Portfolio.Rebalance;
using Alchemiser.Workflow.Data;
using Alchemiser.Workflow.Orchestration;

namespace Alchemiser.Workflow.Execution;

/// <summary>
/// Stores rebalance plans for execution under <c>plans/&lt;plan id&gt;.json</c> with their SHA-256 (PIPELINE.md §5.5),
/// and loads them back only when the bytes still match the hash the queue message carries.
/// </summary>
public sealed class PlanStore(IObjectStore store)
{
    /// <summary>The key of a plan.</summary>
    public static string KeyOf(InstanceId planId) => ObjectKey.ForId("plans", planId.Value, ".json");

    /// <summary>Stores <paramref name="plan"/> and returns its key and SHA-256 (64 lower-case hex digits).</summary>
    public async Task<(string Key, string Sha256)> SaveAsync(RebalancePlan plan, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var key = KeyOf(plan.PlanId);
        var bytes = await JsonObjects.WriteAsync(store, key, plan, cancellationToken).ConfigureAwait(false);
        return (key, Convert.ToHexStringLower(SHA256.HashData(bytes)));
    }

    /// <summary>The plan at <paramref name="key"/>, checked against <paramref name="sha256"/>.</summary>
    /// <exception cref="PlanIntegrityException">The plan is missing, its bytes do not match the hash, or it cannot be read.</exception>
    public async Task<RebalancePlan> LoadAsync(string key, string sha256, CancellationToken cancellationToken = default)
    {
        byte[] bytes;
        await using (var stream = await store.OpenReadAsync(key, cancellationToken).ConfigureAwait(false))
        {
            if (stream is null)
                throw new PlanIntegrityException($"plan {key} does not exist");
            using var buffer = new MemoryStream();
            await stream.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
            bytes = buffer.ToArray();
        }
        var actual = Convert.ToHexStringLower(SHA256.HashData(bytes));
        if (!string.Equals(actual, sha256, StringComparison.OrdinalIgnoreCase))
            throw new PlanIntegrityException($"plan {key} changed after it was enqueued: SHA-256 {actual}, the message says {sha256}");
        try
        {
            return JsonSerializer.Deserialize<RebalancePlan>(bytes, WorkflowJson.Default)
                ?? throw new PlanIntegrityException($"plan {key} is empty");
        }
        catch (JsonException ex)
        {
            throw new PlanIntegrityException($"plan {key} cannot be read: {ex.Message}", ex);
        }
    }
}

/// <summary>A queued plan cannot be trusted: the message is poison (PIPELINE.md §6.1).</summary>
public sealed class PlanIntegrityException : Exception
{
    /// <summary>Creates the exception.</summary>
    public PlanIntegrityException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its cause.</summary>
    public PlanIntegrityException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception.</summary>
    public PlanIntegrityException()
    {
    }
}
