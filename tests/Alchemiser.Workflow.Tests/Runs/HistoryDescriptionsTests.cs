using Alchemiser.Core.Execution;
using Alchemiser.Workflow.Execution;
using Alchemiser.Workflow.Orchestration;
using Alchemiser.Workflow.Runs;

namespace Alchemiser.Workflow.Tests.Runs;

public sealed class HistoryDescriptionsTests
{
    private static readonly DateTime At = new(2026, 11, 24, 20, 45, 0, DateTimeKind.Utc);

    private static HistoryEntry Entry(string name, string? output, ActivityFailureDetails? failure = null, HistoryKind kind = HistoryKind.ActivityCompleted) =>
        new(InstanceId.Parse("2026-11-24"), 1, kind, name, null, output, failure, At, At.AddSeconds(1), 1, Attempts: 3);

    [Fact]
    public void Describe_AFailedActivity_SaysAfterHowManyAttemptsAndWhy()
    {
        var text = HistoryDescriptions.Describe(Entry("Gate", null, new ActivityFailureDetails("System.TimeoutException", "broker clock timed out")));

        Assert.Equal("failed after 3 attempt(s): System.TimeoutException: broker clock timed out", text);
    }

    [Fact]
    public void Describe_ADeadLetteredExecution_SaysSo()
    {
        var dead = new ExecutionCompleted("2026-11-24", null, "plan hash mismatch", "e/dead", "2026-11-24", "e", At);
        var json = System.Text.Json.JsonSerializer.Serialize(dead, WorkflowJson.Default);

        Assert.Equal("dead-lettered: plan hash mismatch", HistoryDescriptions.Describe(Entry(ExecutionCompleted.EventName, json, kind: HistoryKind.EventRaised)));
    }

    [Fact]
    public void Describe_AnUnknownStepOrUnreadableOutput_ShowsTheOutputClipped()
    {
        var longJson = "\"" + new string('x', 400) + "\"";

        Assert.Equal("42", HistoryDescriptions.Describe(Entry("Double", "42")));
        Assert.Equal(HistoryDescriptions.MaxLength, HistoryDescriptions.Describe(Entry("Double", longJson)).Length);
        Assert.EndsWith("…", HistoryDescriptions.Describe(Entry("Double", longJson)), StringComparison.Ordinal);
        Assert.Equal("{ not json", HistoryDescriptions.Describe(Entry("Gate", "{ not json")));
        Assert.Null(HistoryDescriptions.DescribeRun("42"));
    }
}
