using System.Text;
using Alchemiser.Core.Execution;
using Alchemiser.Workflow.Data;
using Alchemiser.Workflow.Execution;

namespace Alchemiser.Workflow.Tests.Execution;

public sealed class PlanStoreTests
{
    private readonly InMemoryObjectStore _objects = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<byte[]> ReadAsync(IObjectStore store, string key)
    {
        await using var stream = (await store.OpenReadAsync(key, Ct))!;
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, Ct);
        return buffer.ToArray();
    }

    [Fact]
    public async Task SaveThenLoad_RoundTripsThePlan()
    {
        var plan = WorkerHarness.Plan([WorkerHarness.Sell("TLT", 500m, 5m), WorkerHarness.Buy("SPY", 1000m)]);

        var (key, sha) = await new PlanStore(_objects).SaveAsync(plan, Ct);
        var loaded = await new PlanStore(_objects).LoadAsync(key, sha.ToUpperInvariant(), Ct);

        Assert.Equal("plans/2026-11-24.json", key);
        Assert.Matches("^[0-9a-f]{64}$", sha);
        Assert.Equal(plan.PlanId, loaded.PlanId);
        Assert.Equal(JsonObjects.Serialize(plan), JsonObjects.Serialize(loaded));
    }

    [Fact]
    public async Task TamperedBytes_AreRefused()
    {
        var (key, sha) = await new PlanStore(_objects).SaveAsync(WorkerHarness.Plan([WorkerHarness.Buy("SPY", 1000m)]), Ct);
        var text = Encoding.UTF8.GetString(await ReadAsync(_objects, key)).Replace("1000", "9000", StringComparison.Ordinal);
        await _objects.WriteAsync(key, Encoding.UTF8.GetBytes(text), Ct);

        var error = await Assert.ThrowsAsync<PlanIntegrityException>(() => new PlanStore(_objects).LoadAsync(key, sha, Ct));

        Assert.Contains("changed after it was enqueued", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MissingPlan_IsRefused()
    {
        var error = await Assert.ThrowsAsync<PlanIntegrityException>(() => new PlanStore(_objects).LoadAsync("plans/nope.json", new string('0', 64), Ct));

        Assert.Contains("does not exist", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnreadableBytesWithAMatchingHash_AreRefused()
    {
        var bytes = "not json"u8.ToArray();
        await _objects.WriteAsync("plans/bad.json", bytes, Ct);
        var sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes));

        var error = await Assert.ThrowsAsync<PlanIntegrityException>(() => new PlanStore(_objects).LoadAsync("plans/bad.json", sha, Ct));

        Assert.Contains("cannot be read", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void KeyOf_ForcedRerun_IsAValidKeyDistinctFromTheDay()
    {
        var day = PlanStore.KeyOf(InstanceId.Parse("2026-11-24"));
        var rerun = PlanStore.KeyOf(InstanceId.Parse("2026-11-24#2"));

        Assert.True(ObjectKey.IsValid(rerun, out var reason), reason);
        Assert.StartsWith("plans/2026-11-24_2-", rerun, StringComparison.Ordinal);
        Assert.EndsWith(".json", rerun, StringComparison.Ordinal);
        Assert.NotEqual(day, rerun);
    }
}
