using System.Collections.Concurrent;

namespace Alchemiser.Workflow.Tests.Orchestrators;

/// <summary>A stub activity: records every attempt's request and answers with a replaceable handler.</summary>
internal sealed class ActivityStub<TRequest, TResult>
{
    private readonly ConcurrentQueue<TRequest> _calls = new();
    private int _succeeded;

    public ActivityStub(Func<TRequest, TResult> reply)
    {
        Handler = (request, _) => Task.FromResult(reply(request));
    }

    /// <summary>What an attempt does; replace it to script a test.</summary>
    public Func<TRequest, CancellationToken, Task<TResult>> Handler { get; set; }

    /// <summary>Every attempt's request, in arrival order (retries included).</summary>
    public IReadOnlyList<TRequest> Calls => [.. _calls];

    /// <summary>Attempts made.</summary>
    public int Attempts => _calls.Count;

    /// <summary>Attempts that returned a result.</summary>
    public int Succeeded => Volatile.Read(ref _succeeded);

    /// <summary>The request of the only call (fails when there were none or several).</summary>
    public TRequest Single => Assert.Single(_calls);

    public void Returns(Func<TRequest, TResult> reply) => Handler = (request, _) => Task.FromResult(reply(request));

    public void Throws(string message) => Handler = (_, _) => Task.FromException<TResult>(new IOException(message));

    public async Task<TResult> RunAsync(TRequest request, CancellationToken cancellationToken)
    {
        _calls.Enqueue(request);
        var result = await Handler(request, cancellationToken).ConfigureAwait(false);
        Interlocked.Increment(ref _succeeded);
        return result;
    }
}
