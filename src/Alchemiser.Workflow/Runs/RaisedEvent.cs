using Alchemiser.Core.Execution;

namespace Alchemiser.Workflow.Runs;

/// <summary>An external event raised to an instance, buffered until a wait consumes it. Immutable.</summary>
/// <param name="Number">Assigned by the store when the event is appended: increasing in arrival order.</param>
/// <param name="InstanceId">The instance it was raised to.</param>
/// <param name="Name">The event name (matched case-insensitively).</param>
/// <param name="PayloadJson">The payload as JSON.</param>
/// <param name="RaisedUtc">When it was raised.</param>
public sealed record RaisedEvent(long Number, InstanceId InstanceId, string Name, string? PayloadJson, DateTime RaisedUtc);
