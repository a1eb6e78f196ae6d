// TEST HOOK, not a product feature. The crash tests (tests/Alchemiser.Cli.Tests/CrashResumeTests.cs) run the real
// `alchemiser run` as a child process and need it to stand still at an exact point (an activity boundary, right after
// an order submission returns) so they can kill it with SIGKILL there and check that running the same command again
// resumes without a duplicate order. It is safe to ship: it is composed only when ALCHEMISER_TEST_PAUSE_AT is set
// (never by any deployment or by default), and it only ever waits: it passes every call and every result through
// unchanged, and once its point is reached it makes the process stop doing anything (every decorated call then waits
// too) until the process is killed or cancelled.
using System.Globalization;
using Alchemiser.Infrastructure.Hosting;
using Alchemiser.Workflow.Brokers;
using Alchemiser.Workflow.Runs;

namespace Alchemiser.Cli.Hosting;

/// <summary>
/// The test-only pause hook of <c>alchemiser run</c>, set by <see cref="Variable"/> to one of
/// <list type="bullet">
/// <item><c>before:&lt;Activity&gt;[#n]</c>: when the n-th call (default the first) of the activity starts, so
/// everything before it is recorded;</item>
/// <item><c>after:&lt;Activity&gt;[#n]</c>: when the n-th call has finished but before the runner records its result;</item>
/// <item><c>submit:&lt;n&gt;</c>: when the n-th order submission has returned from the broker, before the execution
/// worker records it;</item>
/// <item><c>complete</c>: when the instance is about to be stored as Completed (its last step is recorded).</item>
/// </list>
/// At the point the process writes the line <c>PAUSED &lt;point&gt;</c> to standard error, flushes it, and from then
/// on waits in every decorated call (activities, broker, run store), so nothing else happens before the kill.
/// </summary>
internal sealed class TestPause
{
    /// <summary>The environment variable that turns the hook on; unset in every real deployment.</summary>
    public const string Variable = "ALCHEMISER_TEST_PAUSE_AT";

    private readonly TaskCompletionSource _frozen = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly string _text;
    private readonly string _kind;
    private readonly string _name;
    private readonly int _occurrence;
    private int _seen;

    private TestPause(string text, string kind, string name, int occurrence)
    {
        _text = text;
        _kind = kind;
        _name = name;
        _occurrence = occurrence;
    }

    /// <summary>The hook when <see cref="Variable"/> is set, else null (the normal case).</summary>
    /// <exception cref="HostConfigurationException">The variable is set to something this hook does not know.</exception>
    public static TestPause? FromSettings(HostSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.Get(Variable) is not { } text)
            return null;
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        var kind = colon < 0 ? text : text[..colon];
        var rest = colon < 0 ? "" : text[(colon + 1)..];
        switch (kind)
        {
            case "complete" when colon < 0:
                return new TestPause(text, kind, "", 1);
            case "submit" when Count(rest) is { } n:
                return new TestPause(text, kind, "", n);
            case "before" or "after":
                var hash = rest.IndexOf('#', StringComparison.Ordinal);
                var name = hash < 0 ? rest : rest[..hash];
                var occurrence = hash < 0 ? 1 : Count(rest[(hash + 1)..]);
                if (name.Length > 0 && occurrence is { } nth)
                    return new TestPause(text, kind, name, nth);
                break;
        }
        throw new HostConfigurationException(
            $"{Variable}='{text}' is not before:<Activity>[#n], after:<Activity>[#n], submit:<n> or complete");
    }

    /// <summary>Wraps activities with the before/after points.</summary>
    public PausingActivities Activities => new(this);

    /// <summary>Wraps the broker with the submit point.</summary>
    public IBroker Broker(IBroker inner) => new PausingBroker(inner, this);

    /// <summary>Wraps the run store with the complete point.</summary>
    public IRunStore Runs(IRunStore inner) => new PausingRunStore(inner, this);

    /// <summary>Waits for ever (until <paramref name="cancellationToken"/>) once the point was reached; else returns at once.</summary>
    public Task HoldIfPausedAsync(CancellationToken cancellationToken) =>
        _frozen.Task.IsCompleted ? Task.Delay(Timeout.Infinite, cancellationToken) : Task.CompletedTask;

    /// <summary>Counts a pass through <paramref name="kind"/>:<paramref name="name"/>; at the chosen pass announces the
    /// pause and waits for ever. Otherwise it waits only if another pass already paused the process.</summary>
    public async Task PassAsync(string kind, string name, CancellationToken cancellationToken)
    {
        if (kind == _kind && string.Equals(name, _name, StringComparison.OrdinalIgnoreCase)
            && Interlocked.Increment(ref _seen) == _occurrence)
        {
            _frozen.TrySetResult();
            var error = Console.Error;
            await error.WriteLineAsync("PAUSED " + _text).ConfigureAwait(false);
            await error.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
        await HoldIfPausedAsync(cancellationToken).ConfigureAwait(false);
    }

    private static int? Count(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : null;
}
