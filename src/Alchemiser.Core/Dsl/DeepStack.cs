using System.Runtime.ExceptionServices;

namespace Alchemiser.Core.Dsl;

/// <summary>
/// Runs recursive tree code on a thread with a large stack. The reader limits nesting to 10,000 levels, which a
/// default 1.5 MiB thread stack cannot walk recursively; 256 MiB is reserved address space, not committed memory.
/// </summary>
public static class DeepStack
{
    private const int StackBytes = 256 * 1024 * 1024;

    /// <summary>Nesting up to this depth runs on the caller's stack: starting a thread costs about half a millisecond.</summary>
    public const int InlineDepth = 200;

    /// <summary>Runs <paramref name="work"/> inline when <paramref name="depth"/> is at most <see cref="InlineDepth"/>,
    /// else on a new thread with a 256 MiB stack; returns its result or rethrows its exception.</summary>
    public static T Run<T>(int depth, Func<T> work) => depth <= InlineDepth ? work() : Run(work);

    /// <summary>Runs <paramref name="work"/> on a new thread with a 256 MiB stack and returns its result or rethrows its exception.</summary>
    public static T Run<T>(Func<T> work)
    {
        T result = default!;
        ExceptionDispatchInfo? failure = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    result = work();
                }
                catch (Exception exception)
                {
                    failure = ExceptionDispatchInfo.Capture(exception);
                }
            },
            StackBytes);
        thread.Start();
        thread.Join();
        failure?.Throw();
        return result;
    }
}
