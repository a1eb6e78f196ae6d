using System.Text;
using Alchemiser.Infrastructure.Email;
using Alchemiser.Infrastructure.Tests.TestSupport;
using Alchemiser.Workflow.Notifications;

namespace Alchemiser.Infrastructure.Tests.Email;

/// <summary>The SMTP adapter against a real maildev (started by <c>scripts/test.sh</c> or by the fixture).</summary>
public sealed class SmtpNotifierTests(MaildevFixture maildev) : IDisposable
{
    private readonly TempFolder _home = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => _home.Dispose();

    [Fact]
    public async Task SendAsync_ToMaildev_DeliversSubjectHtmlTextAndTheAttachment()
    {
        var mail = await maildev.GetClientAsync();
        var subject = EmailTestData.UniqueSubject("delivers");

        var receipt = await new SmtpNotifier(Options(mail)).SendAsync(EmailTestData.Summary(subject), Ct);

        var email = Assert.Single(await mail.WaitForSubjectAsync(subject));
        Assert.Contains("<h1>Run SUCCESS</h1>", email.Html, StringComparison.Ordinal);
        Assert.Equal("Run SUCCESS\n5 orders, 0 failed", email.Text?.ReplaceLineEndings("\n").TrimEnd());
        Assert.Equal("ops@example.com", Assert.Single(email.To).Address);
        var attachment = Assert.Single(email.Attachments);
        Assert.Equal((EmailTestData.CsvName, "text/csv"), (attachment.FileName, attachment.ContentType));
        Assert.Equal(EmailTestData.Csv, Encoding.UTF8.GetString(await mail.GetAttachmentAsync(email.Id, attachment.GeneratedFileName)));
        Assert.Equal((SmtpNotifier.Channel, $"{mail.SmtpHost}:{mail.SmtpPort}"), (receipt.Channel, receipt.Destination));
        Assert.EndsWith("daily-summary.alchemiser@alchemiser.test", receipt.MessageId, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_NotificationWithoutRecipients_GoesToTheConfiguredRecipients()
    {
        var mail = await maildev.GetClientAsync();
        var subject = EmailTestData.UniqueSubject("configured recipients");
        var options = Options(mail) with { To = ["one@example.com", "two@example.com"] };

        await new SmtpNotifier(options).SendAsync(EmailTestData.Summary(subject) with { Recipients = [] }, Ct);

        var email = Assert.Single(await mail.WaitForSubjectAsync(subject));
        Assert.Equal(["one@example.com", "two@example.com"], email.To.Select(a => a.Address));
    }

    [Fact]
    public async Task SendAsync_ThroughDeduplicatingNotifier_SecondSendWithTheSameKeyDoesNotReachMaildev()
    {
        var mail = await maildev.GetClientAsync();
        var subject = EmailTestData.UniqueSubject("dedup");
        var notification = EmailTestData.Summary(subject, instanceId: "dedup-" + Guid.NewGuid().ToString("N"));
        var journalPath = _home.Combine(JsonLinesNotificationJournal.FileName);

        NotificationReceipt first;
        using (var journal = new JsonLinesNotificationJournal(journalPath))
        using (var notifier = new DeduplicatingNotifier(new SmtpNotifier(Options(mail)), journal))
            first = await notifier.SendAsync(notification, Ct);
        Assert.Single(await mail.WaitForSubjectAsync(subject));

        // A new process: a new journal instance over the same file, a new notifier.
        using var journalAgain = new JsonLinesNotificationJournal(journalPath);
        using var again = new DeduplicatingNotifier(new SmtpNotifier(Options(mail)), journalAgain);
        var second = await again.SendAsync(notification with { Subject = subject + " again" }, Ct);

        Assert.Equal(first, second);
        Assert.Empty(await mail.WaitForSubjectAsync(subject + " again", TimeSpan.FromMilliseconds(500)));
        Assert.Single(await mail.WaitForSubjectAsync(subject));
    }

    [Fact]
    public async Task SendAsync_ServerDown_ThrowsAClearErrorAfterTheRetriesAndNothingIsRecordedAsSent()
    {
        var port = MaildevFixture.FreePort();
        var options = new SmtpOptions
        {
            Host = "127.0.0.1",
            Port = port,
            Security = SmtpSecurity.None,
            From = "alchemiser@alchemiser.test",
            To = ["ops@example.com"],
            MaxRetries = 2,
            RetryBaseDelay = TimeSpan.FromMilliseconds(10),
            MaxRetryDelay = TimeSpan.FromMilliseconds(50),
        };
        using var journal = new JsonLinesNotificationJournal(_home.Combine(JsonLinesNotificationJournal.FileName));
        using var notifier = new DeduplicatingNotifier(new SmtpNotifier(options), journal);
        var notification = EmailTestData.Summary("down");

        var error = await Assert.ThrowsAsync<NotificationDeliveryException>(() => notifier.SendAsync(notification, Ct));

        Assert.Contains($"SMTP 127.0.0.1:{port} did not accept 2026-11-24/DailySummary (3 attempt(s))", error.Message, StringComparison.Ordinal);
        Assert.Contains("ConnectionRefused", error.Message, StringComparison.Ordinal);
        Assert.False(error.MayHaveBeenDelivered);
        var entry = await journal.FindAsync(notification.Key, Ct);
        Assert.Equal(NotificationJournalState.Failed, entry?.State);
        Assert.Null(entry?.Receipt);
    }

    private static SmtpOptions Options(MaildevClient mail) => new()
    {
        Host = mail.SmtpHost,
        Port = mail.SmtpPort,
        Security = SmtpSecurity.None,
        From = "Alchemiser <alchemiser@alchemiser.test>",
        To = ["ops@example.com"],
        MaxRetries = 1,
        RetryBaseDelay = TimeSpan.FromMilliseconds(10),
    };
}
