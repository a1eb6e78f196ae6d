namespace Alchemiser.Infrastructure.Execution;

/// <summary>The body of a main-queue message of <see cref="StorageQueueExecutionQueue"/>.</summary>
/// <param name="Message">The message.</param>
/// <param name="PoisonReason">Set (by an update of the message) once a copy is in the poison queue.</param>
internal sealed record StorageQueueEnvelope(ExecutionQueueJson.MessageWire Message, string? PoisonReason);
