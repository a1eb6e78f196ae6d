using System.Text;
using Alchemiser.Infrastructure.Email;
using Alchemiser.Infrastructure.Tests.TestSupport;
using Alchemiser.Workflow.Notifications;
using Microsoft.Extensions.Time.Testing;
using MimeKit;

namespace Alchemiser.Infrastructure.Tests.Email;

public sealed class OutboxNotifierTests : IDisposable
{
    private readonly TempFolder _home = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 24, 21, 5, 0, TimeSpan.Zero));

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => _home.Dispose();

    [Fact]
    public async Task SendAsync_WritesAnEmlThatMimeKitReadsBack_WithSubjectBothAlternativesAndTheAttachment()
    {
        var notifier = new OutboxNotifier(OutboxOptions.InHome(_home.Path), _time);

        var receipt = await notifier.SendAsync(EmailTestData.Summary("[SIM] Alchemiser 2026-11-24: SUCCESS — 5 orders, 0 failed"), Ct);

        var message = await MimeMessage.LoadAsync(receipt.Destination, Ct);
        Assert.Equal("[SIM] Alchemiser 2026-11-24: SUCCESS — 5 orders, 0 failed", message.Subject);
        Assert.Equal("ops@example.com", Assert.Single(message.To.Mailboxes).Address);
        Assert.Equal("alchemiser@localhost", Assert.Single(message.From.Mailboxes).Address);
        Assert.Equal(_time.GetUtcNow(), message.Date);
        Assert.Equal(receipt.MessageId, message.MessageId);
        Assert.Equal("Run SUCCESS\n5 orders, 0 failed\n", message.TextBody?.ReplaceLineEndings("\n"));
        Assert.Contains("<h1>Run SUCCESS</h1>", message.HtmlBody, StringComparison.Ordinal);
        var alternative = Assert.IsType<MultipartAlternative>(Assert.IsType<Multipart>(message.Body)[0]);
        Assert.Equal(["text/plain", "text/html"], alternative.Select(p => p.ContentType.MimeType));
        var attachment = Assert.IsAssignableFrom<MimePart>(Assert.Single(message.Attachments));
        Assert.Equal((EmailTestData.CsvName, "text/csv"), (attachment.FileName, attachment.ContentType.MimeType));
        using var content = new MemoryStream();
        await attachment.Content!.DecodeToAsync(content, Ct);
        Assert.Equal(EmailTestData.Csv, Encoding.UTF8.GetString(content.ToArray()));
    }

    [Fact]
    public async Task SendAsync_NamesTheFileByUtcDateInstanceAndKind_InTheOutboxOfHome()
    {
        var notifier = new OutboxNotifier(OutboxOptions.InHome(_home.Path), _time);
        var alert = EmailTestData.Summary("[PAPER] ALERT Alchemiser 2026-11-24: strategy nuclear failed", "2026-11-24#2") with
        {
            Kind = NotificationKind.FailureAlert,
        };

        var receipt = await notifier.SendAsync(alert, Ct);

        Assert.Equal(_home.Combine("outbox", "2026-11-24_2026-11-24#2_failure-alert.eml"), receipt.Destination);
        Assert.Equal((OutboxNotifier.Channel, _time.GetUtcNow()), (receipt.Channel, receipt.SentAt));
        Assert.Equal(["2026-11-24_2026-11-24#2_failure-alert.eml"], Directory.GetFiles(_home.Combine("outbox")).Select(Path.GetFileName));
    }

    [Fact]
    public async Task SendAsync_SameNotificationTwice_ReplacesTheFileAndLeavesNoTemporaryFile()
    {
        var notifier = new OutboxNotifier(OutboxOptions.InHome(_home.Path), _time);

        await notifier.SendAsync(EmailTestData.Summary("first"), Ct);
        var receipt = await notifier.SendAsync(EmailTestData.Summary("second"), Ct);

        Assert.Equal([receipt.Destination], Directory.GetFiles(_home.Combine("outbox")));
        Assert.Equal("second", (await MimeMessage.LoadAsync(receipt.Destination, Ct)).Subject);
    }

    [Fact]
    public async Task SendAsync_WithoutRecipients_UsesTheConfiguredOnes()
    {
        var options = OutboxOptions.InHome(_home.Path) with { To = ["a@example.com", "Bea <b@example.com>"] };
        var notifier = new OutboxNotifier(options, _time);

        var receipt = await notifier.SendAsync(EmailTestData.Summary("s") with { Recipients = [] }, Ct);

        var message = await MimeMessage.LoadAsync(receipt.Destination, Ct);
        Assert.Equal(["a@example.com", "b@example.com"], message.To.Mailboxes.Select(m => m.Address));
    }

    [Fact]
    public async Task SendAsync_FolderIsAFile_ThrowsNotificationDeliveryException()
    {
        await File.WriteAllTextAsync(_home.Combine("outbox"), "not a folder", Ct);
        var notifier = new OutboxNotifier(OutboxOptions.InHome(_home.Path), _time);

        var error = await Assert.ThrowsAsync<NotificationDeliveryException>(() => notifier.SendAsync(EmailTestData.Summary("s"), Ct));

        Assert.False(error.MayHaveBeenDelivered);
        Assert.StartsWith("outbox: could not write", error.Message, StringComparison.Ordinal);
    }
}
