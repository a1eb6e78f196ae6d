using System.Text.Json.Serialization;

namespace Alchemiser.Workflow.Orchestration;

/// <summary>
/// A failure that crossed the activity (or orchestration) boundary, as data rather than a live exception; mirrors
/// Durable Functions' <c>TaskFailureDetails</c>. Stored in history as JSON. Immutable.
/// </summary>
/// <param name="ErrorType">The full name of the exception type, e.g. <c>System.TimeoutException</c>.</param>
/// <param name="ErrorMessage">The exception message.</param>
/// <param name="StackTrace">The stack trace where it was thrown, if any.</param>
/// <param name="InnerFailure">The inner exception's details, if any.</param>
public sealed record ActivityFailureDetails(
    string ErrorType,
    string ErrorMessage,
    string? StackTrace = null,
    ActivityFailureDetails? InnerFailure = null)
{
    /// <summary>The details of <paramref name="exception"/> and its inner exceptions.</summary>
    public static ActivityFailureDetails FromException(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return new(
            exception.GetType().FullName ?? exception.GetType().Name,
            exception.Message,
            exception.StackTrace,
            exception.InnerException is { } inner ? FromException(inner) : null);
    }

    /// <summary>
    /// Whether the failure was an exception of type <typeparamref name="T"/> or a type derived from it (types that
    /// are not loaded in this process are compared by full name only).
    /// </summary>
    public bool IsCausedBy<T>()
        where T : Exception
    {
        var wanted = typeof(T);
        if (string.Equals(ErrorType, wanted.FullName, StringComparison.Ordinal))
            return true;
        foreach (var assembly in AppDomain.CurrentDomain.GetAssemblies())
        {
            if (assembly.GetType(ErrorType, throwOnError: false) is { } type)
                return wanted.IsAssignableFrom(type);
        }
        return false;
    }

    /// <summary><c>ErrorType: ErrorMessage</c>, for logs and tables.</summary>
    [JsonIgnore]
    public string Summary => $"{ErrorType}: {ErrorMessage}";

    /// <inheritdoc />
    public override string ToString() => Summary;
}
