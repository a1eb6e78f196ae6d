using Alchemiser.Workflow.Orchestration;

namespace Alchemiser.Workflow.Tests.Orchestration;

public sealed class WorkflowEventTests
{
    private sealed record ExecutionCompleted(string EventId, string CorrelationId, string? CausationId, DateTime Timestamp, int Fills)
        : WorkflowEvent(EventId, CorrelationId, CausationId, Timestamp);

    [Fact]
    public void Constructor_KeepsWhatIsPassedIn()
    {
        var at = new DateTime(2026, 11, 24, 20, 31, 0, DateTimeKind.Utc);

        var e = new ExecutionCompleted("e-2", "2026-11-24", "e-1", at, 3);

        Assert.Equal(("e-2", "2026-11-24", "e-1", at), (e.EventId, e.CorrelationId, e.CausationId, e.Timestamp));
    }

    [Fact]
    public void Constructor_LocalTimestampOrEmptyId_Throws()
    {
        Assert.Throws<ArgumentException>(() => new ExecutionCompleted("e", "c", null, new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Local), 0));
        Assert.Throws<ArgumentException>(() => new ExecutionCompleted(" ", "c", null, new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc), 0));
    }

    [Fact]
    public void FromException_InnerExceptions_BecomeInnerFailures()
    {
        var details = ActivityFailureDetails.FromException(new InvalidOperationException("outer", new TimeoutException("inner")));

        Assert.Equal("System.InvalidOperationException", details.ErrorType);
        Assert.Equal("System.TimeoutException", details.InnerFailure?.ErrorType);
        Assert.True(details.IsCausedBy<InvalidOperationException>());
        Assert.True(details.IsCausedBy<Exception>());
        Assert.False(details.IsCausedBy<TimeoutException>());
    }
}
