namespace Alchemiser.Workflow.Orchestration;

/// <summary>The outcome of one activity call after all its attempts.</summary>
internal sealed record ActivityOutcome(string? OutputJson, ActivityFailureDetails? Failure, int Attempts, DateTime StartedUtc, DateTime EndedUtc);

/// <summary>Runs an activity with its retry policy; delays come from the injected <see cref="TimeProvider"/>.</summary>
internal static class ActivityExecutor
{
    /// <summary>
    /// Runs attempts until one succeeds or the policy gives up. A cancellation of <paramref name="stopping"/> is not a
    /// failure: it propagates (the host is stopping and nothing is recorded).
    /// </summary>
    public static async Task<ActivityOutcome> RunAsync(
        ActivityRegistration activity,
        string? inputJson,
        ActivityRetry? retry,
        System.Text.Json.JsonSerializerOptions json,
        TimeProvider time,
        CancellationToken stopping)
    {
        var started = time.GetUtcNow();
        for (var attempt = 1; ; attempt++)
        {
            stopping.ThrowIfCancellationRequested();
            try
            {
                var output = await activity.RunAsync(inputJson, json, stopping).ConfigureAwait(false);
                return new(output, null, attempt, started.UtcDateTime, time.GetUtcNow().UtcDateTime);
            }
            catch (Exception failure) when (!(failure is OperationCanceledException && stopping.IsCancellationRequested))
            {
                var now = time.GetUtcNow();
                var delay = retry?.NextDelay(attempt, now - started);
                if (delay is null)
                    return new(null, ActivityFailureDetails.FromException(failure), attempt, started.UtcDateTime, now.UtcDateTime);
                await Task.Delay(delay.Value, time, stopping).ConfigureAwait(false);
            }
        }
    }
}
