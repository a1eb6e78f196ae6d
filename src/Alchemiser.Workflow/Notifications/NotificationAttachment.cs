namespace Alchemiser.Workflow.Notifications;

/// <summary>A file attached to a notification, e.g. the per-strategy CSV report (PIPELINE.md §9.4).</summary>
/// <param name="FileName">The file name shown to the reader, without a folder (e.g. <c>alchemiser-2026-11-24-strategies.csv</c>).</param>
/// <param name="ContentType">The MIME type, e.g. <c>text/csv</c>.</param>
/// <param name="Content">The bytes of the file.</param>
public sealed record NotificationAttachment(string FileName, string ContentType, ReadOnlyMemory<byte> Content);
