using System.Collections.Concurrent;
using Alchemiser.Workflow.Orchestration;
using Alchemiser.Workflow.Runs;

namespace Alchemiser.Workflow.Tests.Orchestration;

public sealed partial class LocalDurableRunnerTests
{
    [Fact]
    public async Task CallActivityAsync_Retry_BacksOffOnTheTimeProviderThenSurfacesFailureDetails()
    {
        var attempts = new ConcurrentQueue<DateTimeOffset>();
        _h.Registry.AddActivity<string, string>("Flaky", (_, _) =>
        {
            attempts.Enqueue(_h.Time.GetUtcNow());
            return Task.FromException<string>(new TimeoutException("broker timed out"));
        });
        _h.Orchestrator<string, string>("Retrying", async (context, input) =>
        {
            try
            {
                return await context.CallActivityAsync<string>("Flaky", input, new ActivityRetry(3, TimeSpan.FromSeconds(5), 2.0));
            }
            catch (ActivityFailedException failed)
            {
                var d = failed.FailureDetails;
                return $"{failed.ActivityName}#{failed.Sequence}|{d.ErrorType}|{d.ErrorMessage}|{d.IsCausedBy<TimeoutException>()}|{d.IsCausedBy<ArgumentException>()}";
            }
        });

        var run = _h.NewRunner().StartAsync("Retrying", WorkflowHarness.Day, "x", cancellationToken: Ct);
        await WorkflowHarness.Until(() => attempts.Count == 1 && _h.Time.TimersStarted == 1, "the first attempt and its retry timer");
        _h.Time.Advance(TimeSpan.FromSeconds(4));
        await Task.Delay(50, Ct);
        Assert.Single(attempts); // 4 s is not yet the 5 s first interval
        _h.Time.Advance(TimeSpan.FromSeconds(1));
        await WorkflowHarness.Until(() => attempts.Count == 2 && _h.Time.TimersStarted == 2, "the second attempt and its retry timer");
        _h.Time.Advance(TimeSpan.FromSeconds(9.5));
        await Task.Delay(50, Ct);
        Assert.Equal(2, attempts.Count); // the second interval is 5 × 2 = 10 s
        _h.Time.Advance(TimeSpan.FromSeconds(0.5));
        var result = await run.WaitAsync(TimeSpan.FromSeconds(10), Ct);

        var t0 = WorkflowHarness.Start;
        Assert.Equal([t0, t0.AddSeconds(5), t0.AddSeconds(15)], attempts);
        Assert.Equal("Flaky#1|System.TimeoutException|broker timed out|True|False", result.ReadOutput<string>());
        var row = Assert.Single(await _h.Store.GetHistoryAsync(WorkflowHarness.Day, Ct));
        Assert.Equal(HistoryKind.ActivityFailed, row.Kind);
        Assert.Equal(3, row.Attempts);
        Assert.Equal("System.TimeoutException", row.Failure?.ErrorType);
        Assert.Equal(TimeSpan.FromSeconds(15), row.Duration);
    }

    [Fact]
    public async Task StartAsync_UncaughtActivityFailure_FailsTheInstanceWithDetails()
    {
        _h.Registry.AddActivity<int, int>("Broken", (_, _) => Task.FromException<int>(new InvalidOperationException("bad data for SPY")));
        _h.Orchestrator<int, int>("Fails", (context, _) => context.CallActivityAsync<int>("Broken", 1));

        var result = await _h.NewRunner().StartAsync("Fails", WorkflowHarness.Day, 0, cancellationToken: Ct);

        Assert.Equal(RunStatus.Failed, result.Status);
        Assert.Equal(typeof(ActivityFailedException).FullName, result.Failure?.ErrorType);
        Assert.Contains("bad data for SPY", result.Failure?.ErrorMessage, StringComparison.Ordinal);
        var stored = await _h.Store.GetInstanceAsync(WorkflowHarness.Day, Ct);
        Assert.Equal(RunStatus.Failed, stored?.Status);
        Assert.Equal(result.Failure, stored?.Failure);
    }

    [Fact]
    public async Task CallActivityAsync_UnknownActivity_FailsLikeAnActivityFailure()
    {
        _h.Orchestrator<int, string>("Missing", async (context, _) =>
        {
            try
            {
                await context.CallActivityAsync<int>("NoSuchActivity", 1);
                return "called";
            }
            catch (ActivityFailedException failed)
            {
                return failed.FailureDetails.ErrorMessage;
            }
        });

        var result = await _h.NewRunner().StartAsync("Missing", WorkflowHarness.Day, 0, cancellationToken: Ct);

        Assert.Equal("No activity named 'NoSuchActivity' is registered.", result.ReadOutput<string>());
    }
}
