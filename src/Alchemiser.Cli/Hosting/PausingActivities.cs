// TEST HOOK (see TestPause.cs): composed only when ALCHEMISER_TEST_PAUSE_AT is set. It only waits; the activity's
// input and result pass through unchanged.
using Alchemiser.Workflow.Orchestration;

namespace Alchemiser.Cli.Hosting;

/// <summary>Puts the <c>before:</c> and <c>after:</c> points of <see cref="TestPause"/> around every activity.</summary>
internal sealed class PausingActivities(TestPause pause) : IActivityDecorator
{
    /// <inheritdoc />
    public IActivity<TInput, TOutput> Decorate<TInput, TOutput>(string name, IActivity<TInput, TOutput> activity) =>
        new Pausing<TInput, TOutput>(name, activity, pause);

    private sealed class Pausing<TInput, TOutput>(string name, IActivity<TInput, TOutput> inner, TestPause pause) : IActivity<TInput, TOutput>
    {
        public async Task<TOutput> RunAsync(TInput input, CancellationToken cancellationToken)
        {
            await pause.PassAsync("before", name, cancellationToken).ConfigureAwait(false);
            var output = await inner.RunAsync(input, cancellationToken).ConfigureAwait(false);
            await pause.PassAsync("after", name, cancellationToken).ConfigureAwait(false);
            return output;
        }
    }
}
