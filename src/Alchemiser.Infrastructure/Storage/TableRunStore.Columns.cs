using System.Globalization;
using System.Text;
using System.Text.Json;
using Alchemiser.Core.Execution;
using Alchemiser.Workflow.Orchestration;
using Alchemiser.Workflow.Runs;
using Azure.Data.Tables;

namespace Alchemiser.Infrastructure.Storage;

/// <summary>Keys, property names, row mapping and the size rules.</summary>
public sealed partial class TableRunStore
{
    /// <summary>The most UTF-16 characters one string property holds here (the service allows 64 KiB = 32,768).</summary>
    public const int MaxChunkChars = 32_000;

    /// <summary>The service's limit on one entity's size, in bytes.</summary>
    public const int MaxEntityBytes = 1024 * 1024;

    private const char Escape = '~';

    /// <summary>
    /// The key of <paramref name="id"/>: <c>/ \ # ? % ~</c> and control characters (forbidden or troublesome in keys)
    /// become <c>~XXXX</c> (four hex digits of the UTF-16 code unit); everything else is kept.
    /// </summary>
    internal static string Key(InstanceId id)
    {
        var value = id.Value ?? throw new ArgumentException("the instance id is the default value", nameof(id));
        var key = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (c is '/' or '\\' or '#' or '?' or '%' or Escape || char.IsControl(c))
                key.Append(Escape).Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            else
                key.Append(c);
        }
        return key.ToString();
    }

    /// <summary>The instance id whose <see cref="Key"/> is <paramref name="key"/>.</summary>
    internal static InstanceId Unescape(string key)
    {
        var value = new StringBuilder(key.Length);
        for (var i = 0; i < key.Length; i++)
        {
            if (key[i] == Escape)
            {
                value.Append((char)int.Parse(key.AsSpan(i + 1, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture));
                i += 4;
            }
            else
            {
                value.Append(key[i]);
            }
        }
        return InstanceId.Parse(value.ToString());
    }

    private static TableEntity ToEntity(HistoryEntry entry)
    {
        var entity = new TableEntity(Key(entry.InstanceId), entry.Sequence.ToString("D10", CultureInfo.InvariantCulture))
        {
            [HistoryColumns.Sequence] = entry.Sequence,
            [HistoryColumns.Kind] = entry.Kind.ToString(),
            [HistoryColumns.Name] = entry.Name,
            [HistoryColumns.Started] = Utc(entry.StartedUtc),
            [HistoryColumns.Ended] = Utc(entry.EndedUtc),
            [HistoryColumns.Ordinal] = entry.Ordinal,
            [HistoryColumns.Attempts] = entry.Attempts,
        };
        SetText(entity, HistoryColumns.Input, entry.InputJson);
        SetText(entity, HistoryColumns.Output, entry.OutputJson);
        SetText(entity, HistoryColumns.Error, FailureJson(entry.Failure));
        if (entry.EventNumber is { } number)
            entity[HistoryColumns.EventNumber] = number;
        return entity;
    }

    private static HistoryEntry ToHistory(TableEntity row) =>
        new(
            Unescape(row.PartitionKey),
            row.GetInt32(HistoryColumns.Sequence) ?? throw Missing(row, HistoryColumns.Sequence),
            Enum.Parse<HistoryKind>(row.GetString(HistoryColumns.Kind)),
            row.GetString(HistoryColumns.Name) ?? string.Empty,
            GetText(row, HistoryColumns.Input),
            GetText(row, HistoryColumns.Output),
            ParseFailure(GetText(row, HistoryColumns.Error)),
            GetUtc(row, HistoryColumns.Started),
            GetUtc(row, HistoryColumns.Ended),
            row.GetInt32(HistoryColumns.Ordinal) ?? throw Missing(row, HistoryColumns.Ordinal),
            row.GetInt32(HistoryColumns.Attempts) ?? 0,
            row.GetInt64(HistoryColumns.EventNumber));

    private static RunInstance ToInstance(TableEntity row) =>
        new(
            Unescape(row.RowKey),
            row.GetString(InstanceColumns.Orchestrator),
            Enum.Parse<RunStatus>(row.GetString(InstanceColumns.Status)),
            GetText(row, InstanceColumns.Input),
            GetText(row, InstanceColumns.Output),
            ParseFailure(GetText(row, InstanceColumns.Error)),
            GetUtc(row, InstanceColumns.Created),
            GetUtc(row, InstanceColumns.Updated),
            GetText(row, InstanceColumns.CustomStatus));

    /// <summary>
    /// Stores <paramref name="text"/> under <paramref name="name"/>, split over <c>name</c>, <c>name_1</c>, … when it
    /// is longer than <see cref="MaxChunkChars"/>; removes the property (and any old parts) for <see langword="null"/>.
    /// </summary>
    private static void SetText(TableEntity entity, string name, string? text)
    {
        entity.Remove(name);
        for (var part = 1; entity.Remove(Part(name, part)); part++)
        {
        }

        if (text is null)
            return;
        var start = 0;
        var index = 0;
        do
        {
            var length = Math.Min(MaxChunkChars, text.Length - start);
            if (start + length < text.Length && char.IsHighSurrogate(text[start + length - 1]))
                length--; // never split a surrogate pair
            entity[index == 0 ? name : Part(name, index)] = text.Substring(start, length);
            start += length;
            index++;
        }
        while (start < text.Length);
    }

    private static string? GetText(TableEntity row, string name)
    {
        if (row.GetString(name) is not { } first)
            return null;
        if (!row.ContainsKey(Part(name, 1)))
            return first;
        var text = new StringBuilder(first);
        for (var part = 1; row.GetString(Part(name, part)) is { } next; part++)
            text.Append(next);
        return text.ToString();
    }

    private static string Part(string name, int part) => string.Create(CultureInfo.InvariantCulture, $"{name}_{part}");

    /// <summary>Refuses a row the service would refuse as too large, with a message that says which and why.</summary>
    private static void ThrowIfTooLarge(TableEntity entity, string what)
    {
        long bytes = 4 + ((entity.PartitionKey.Length + entity.RowKey.Length) * 2L);
        foreach (var (name, value) in entity)
        {
            if (name is "PartitionKey" or "RowKey" or "Timestamp" or "odata.etag")
                continue;
            bytes += 8 + (name.Length * 2L) + value switch
            {
                string s => 4 + (s.Length * 2L),
                int => 4,
                _ => 8,
            };
        }
        if (bytes > MaxEntityBytes)
        {
            throw new ArgumentException(
                $"The {what} row would take about {bytes:N0} bytes; an Azure Table entity holds at most {MaxEntityBytes:N0} " +
                "bytes (JSON longer than 64 KiB is split over several properties, but all of them share that limit).");
        }
    }

    private static DateTime Utc(DateTime time) => time.Kind switch
    {
        DateTimeKind.Local => time.ToUniversalTime(),
        DateTimeKind.Unspecified => DateTime.SpecifyKind(time, DateTimeKind.Utc),
        _ => time,
    };

    private static DateTime GetUtc(TableEntity row, string name) =>
        row.GetDateTimeOffset(name) is { } time ? time.UtcDateTime : throw Missing(row, name);

    private static InvalidOperationException Missing(TableEntity row, string name) =>
        new($"The row ({row.PartitionKey}, {row.RowKey}) has no {name}.");

    private static string? FailureJson(ActivityFailureDetails? failure) =>
        failure is null ? null : JsonSerializer.Serialize(failure, WorkflowJson.Default);

    private static ActivityFailureDetails? ParseFailure(string? json) =>
        json is null ? null : JsonSerializer.Deserialize<ActivityFailureDetails>(json, WorkflowJson.Default);

    private static class InstanceColumns
    {
        public const string Orchestrator = "Orchestrator";
        public const string Status = "Status";
        public const string Input = "Input";
        public const string Output = "Output";
        public const string Error = "Error";
        public const string Created = "CreatedUtc";
        public const string Updated = "UpdatedUtc";
        public const string CustomStatus = "CustomStatus";
    }

    private static class HistoryColumns
    {
        public const string Sequence = "Sequence";
        public const string Kind = "Kind";
        public const string Name = "Name";
        public const string Input = "Input";
        public const string Output = "Output";
        public const string Error = "Error";
        public const string Started = "StartedUtc";
        public const string Ended = "EndedUtc";
        public const string Ordinal = "Ordinal";
        public const string Attempts = "Attempts";
        public const string EventNumber = "EventNumber";
    }

    private static class EventColumns
    {
        public const string Name = "Name";
        public const string Payload = "Payload";
        public const string Raised = "RaisedUtc";
    }
}
