using System.Text.Json;
using Alchemiser.Core.Execution;
using Alchemiser.Workflow.Execution;

namespace Alchemiser.Infrastructure.Execution;

/// <summary>The JSON both queue adapters store: the message, the main-queue envelope and the poison record.</summary>
internal static class ExecutionQueueJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static byte[] Serialize<T>(T value) => JsonSerializer.SerializeToUtf8Bytes(value, Options);

    public static T Deserialize<T>(ReadOnlySpan<byte> json, string what) =>
        JsonSerializer.Deserialize<T>(json, Options) ?? throw new InvalidDataException($"{what} holds JSON null");

    public static MessageWire ToWire(ExecutionMessage message) => new(
        message.InstanceId.Value, message.PlanKey, message.PlanSha256, message.EventId, message.CorrelationId,
        message.CausationId, message.Timestamp);

    public static ExecutionMessage FromWire(MessageWire wire) => new(
        InstanceId.Parse(wire.InstanceId), wire.PlanKey, wire.PlanSha256, wire.EventId, wire.CorrelationId,
        wire.CausationId, DateTime.SpecifyKind(wire.Timestamp, DateTimeKind.Utc));

    public static PoisonedExecutionMessage FromWire(PoisonWire wire) =>
        new(FromWire(wire.Message), wire.MessageId, wire.DeliveryCount, wire.Reason, wire.PoisonedAt);

    /// <summary>An <see cref="ExecutionMessage"/> on the wire.</summary>
    internal sealed record MessageWire(
        string InstanceId, string PlanKey, string PlanSha256, string EventId, string CorrelationId, string? CausationId,
        DateTime Timestamp);

    /// <summary>A message in the poison queue.</summary>
    internal sealed record PoisonWire(
        MessageWire Message, string MessageId, int DeliveryCount, string Reason, DateTimeOffset PoisonedAt);
}
