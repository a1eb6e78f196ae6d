using Alchemiser.Infrastructure.Email;
using Alchemiser.Workflow.Notifications;

namespace Alchemiser.Infrastructure.Tests.Email;

/// <summary>Retry rules against a scripted server: failures maildev cannot produce.</summary>
public sealed class SmtpNotifierResilienceTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SendAsync_ServerBusyOnce_RetriesOnANewConnectionAndSendsOnce()
    {
        await using var stub = new SmtpStub(SmtpStubBehaviour.BusyGreeting, SmtpStubBehaviour.Accept);

        var receipt = await new SmtpNotifier(Options(stub.Port)).SendAsync(EmailTestData.Summary("busy once"), Ct);

        Assert.Equal((2, 1), (stub.Connections, stub.Messages));
        Assert.Equal(SmtpNotifier.Channel, receipt.Channel);
    }

    [Fact]
    public async Task SendAsync_ConnectionLostAfterTheServerTookTheData_IsNotRetriedAndSaysItMayHaveBeenDelivered()
    {
        await using var stub = new SmtpStub(SmtpStubBehaviour.DropAfterData, SmtpStubBehaviour.Accept);

        var error = await Assert.ThrowsAsync<NotificationDeliveryException>(
            () => new SmtpNotifier(Options(stub.Port)).SendAsync(EmailTestData.Summary("dropped"), Ct));

        Assert.True(error.MayHaveBeenDelivered);
        Assert.Contains("may have been delivered", error.Message, StringComparison.Ordinal);
        Assert.Equal((1, 1), (stub.Connections, stub.Messages));
    }

    [Fact]
    public async Task SendAsync_ServerAlwaysBusy_GivesUpAfterMaxRetries()
    {
        await using var stub = new SmtpStub(SmtpStubBehaviour.BusyGreeting);

        var error = await Assert.ThrowsAsync<NotificationDeliveryException>(
            () => new SmtpNotifier(Options(stub.Port) with { MaxRetries = 3 }).SendAsync(EmailTestData.Summary("busy"), Ct));

        Assert.False(error.MayHaveBeenDelivered);
        Assert.Equal(4, stub.Connections);
        Assert.Contains("(4 attempt(s))", error.Message, StringComparison.Ordinal);
    }

    private static SmtpOptions Options(int port) => new()
    {
        Host = "127.0.0.1",
        Port = port,
        Security = SmtpSecurity.None,
        From = "alchemiser@alchemiser.test",
        To = ["ops@example.com"],
        MaxRetries = 2,
        RetryBaseDelay = TimeSpan.FromMilliseconds(10),
        MaxRetryDelay = TimeSpan.FromMilliseconds(50),
        ConnectTimeout = TimeSpan.FromSeconds(5),
        CommandTimeout = TimeSpan.FromSeconds(5),
    };
}
