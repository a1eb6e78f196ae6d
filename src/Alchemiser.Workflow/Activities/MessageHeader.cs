using Alchemiser.Workflow.Orchestration;

namespace Alchemiser.Workflow.Activities;

/// <summary>
/// Builds the ids of an activity's reply from its request, so a retried or replayed activity produces the same ids:
/// the reply's event id is the request's plus <c>/reply</c>, its causation id is the request's event id.
/// </summary>
public static class MessageHeader
{
    /// <summary>The event id of the reply to <paramref name="request"/>.</summary>
    public static string ReplyId(WorkflowEvent request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.EventId + "/reply";
    }
}
