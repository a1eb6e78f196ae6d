using System.Text;
using Alchemiser.Workflow.Notifications;

namespace Alchemiser.Infrastructure.Tests.Email;

internal static class EmailTestData
{
    public const string Csv = "trading_date,instance_id,strategy_id\n2026-11-24,2026-11-24,nuclear\n";
    public const string CsvName = "alchemiser-2026-11-24-strategies.csv";

    public static Notification Summary(string subject, string instanceId = "2026-11-24", IReadOnlyList<string>? recipients = null) => new()
    {
        Kind = NotificationKind.DailySummary,
        InstanceId = instanceId,
        Subject = subject,
        HtmlBody = "<html><body><h1>Run SUCCESS</h1><p>5 orders, 0 failed</p></body></html>",
        TextBody = "Run SUCCESS\n5 orders, 0 failed\n",
        Attachments = [new NotificationAttachment(CsvName, "text/csv", Encoding.UTF8.GetBytes(Csv))],
        Recipients = recipients ?? ["ops@example.com"],
    };

    /// <summary>A subject no other test uses, so tests can share one maildev.</summary>
    public static string UniqueSubject(string what) =>
        $"[SIM] Alchemiser 2026-11-24: SUCCESS — {what} {Guid.NewGuid():N}";
}
