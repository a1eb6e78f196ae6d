using Alchemiser.Core.Execution;
using Alchemiser.Workflow.Activities;
using Microsoft.Extensions.Time.Testing;

namespace Alchemiser.Workflow.Tests.Activities;

public sealed class EnqueueExecutionActivityTests
{
    private static readonly string Sha = new('A', 64);

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 24, 20, 46, 0, TimeSpan.Zero));

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static EnqueueExecutionRequest Request(string instance = "2026-11-24") =>
        new(instance, "plans/2026-11-24.json", Sha, "enqueue-1", "2026-11-24", "plan-1/reply", new DateTime(2026, 11, 24, 20, 45, 30, DateTimeKind.Utc));

    [Fact]
    public async Task Enqueue_PutsTheStoredPlansReferenceOnTheQueue()
    {
        var queue = new RecordingExecutionQueue();
        var request = Request();

        var reply = await new EnqueueExecutionActivity(queue, _time).RunAsync(request, Ct);

        var message = Assert.Single(queue.Messages);
        Assert.Equal(InstanceId.Parse("2026-11-24"), message.InstanceId);
        Assert.Equal("plans/2026-11-24.json", message.PlanKey);
        Assert.Equal(Sha.ToLowerInvariant(), message.PlanSha256);
        Assert.Equal(request.EventId, message.EventId); // a retried enqueue sends the same message
        Assert.Equal(request.CorrelationId, message.CorrelationId);
        Assert.Equal("plan-1/reply", message.CausationId);
        Assert.Equal(request.Timestamp, message.Timestamp);
        Assert.Equal(("enqueue-1/reply", "2026-11-24", "enqueue-1"), (reply.EventId, reply.CorrelationId, reply.CausationId));
        Assert.Equal(_time.GetUtcNow().UtcDateTime, reply.Timestamp);
    }

    [Fact]
    public async Task Enqueue_ForcedRerun_NamesTheRerunNotTheCorrelation()
    {
        var queue = new RecordingExecutionQueue();

        await new EnqueueExecutionActivity(queue, _time).RunAsync(Request("2026-11-24#2"), Ct);

        var message = Assert.Single(queue.Messages);
        Assert.Equal(InstanceId.Parse("2026-11-24#2"), message.InstanceId);
        Assert.Equal("2026-11-24", message.CorrelationId);
    }

    [Fact]
    public async Task Enqueue_QueueDown_Throws()
    {
        var queue = new RecordingExecutionQueue { Down = true };

        await Assert.ThrowsAsync<IOException>(() => new EnqueueExecutionActivity(queue, _time).RunAsync(Request(), Ct));
    }
}
