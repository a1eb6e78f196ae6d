using System.Text.Json.Serialization;
using Alchemiser.Workflow.Notifications;

namespace Alchemiser.Infrastructure.Email;

/// <summary>One line of the notification journal file.</summary>
internal sealed record NotificationJournalLine(
    string InstanceId,
    NotificationKind Kind,
    NotificationJournalState State,
    int Attempt,
    DateTimeOffset At,
    string? MessageId = null,
    string? Channel = null,
    string? Destination = null,
    DateTimeOffset? SentAt = null,
    string? Error = null)
{
    public NotificationKey Key => new(InstanceId, Kind);

    public NotificationJournalEntry ToEntry() => new(
        Key,
        State,
        Attempt,
        At,
        State == NotificationJournalState.Sent
            ? new NotificationReceipt(MessageId ?? "", Channel ?? "", Destination ?? "", SentAt ?? At)
            : null,
        Error);
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    IgnoreReadOnlyProperties = true)]
[JsonSerializable(typeof(NotificationJournalLine))]
internal sealed partial class NotificationJournalJsonContext : JsonSerializerContext;
