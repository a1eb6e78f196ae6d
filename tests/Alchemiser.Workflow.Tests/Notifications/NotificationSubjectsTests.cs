using Alchemiser.Workflow.Orchestrators;
using Alchemiser.Workflow.Brokers;
using Alchemiser.Workflow.Notifications;

namespace Alchemiser.Workflow.Tests.Notifications;

public sealed class NotificationSubjectsTests
{
    private static readonly DateOnly Day = new(2026, 11, 24);

    [Fact]
    public void Summary_Simulated_MatchesPipelineExample() =>
        Assert.Equal(
            "[SIM] Alchemiser 2026-11-24: SUCCESS — 5 orders, 0 failed",
            NotificationSubjects.Summary(NotificationMode.Simulated, Day, RunOutcome.Success, 5, 0));

    [Theory]
    [InlineData(NotificationMode.Live, RunOutcome.Partial, "[LIVE] Alchemiser 2026-11-24: PARTIAL — 7 orders, 2 failed")]
    [InlineData(NotificationMode.Paper, RunOutcome.NoTrades, "[PAPER] Alchemiser 2026-11-24: NO TRADES — 7 orders, 2 failed")]
    [InlineData(NotificationMode.DryRun, RunOutcome.DryRun, "[DRY RUN] Alchemiser 2026-11-24: DRY RUN — 7 orders, 2 failed")]
    [InlineData(NotificationMode.Simulated, RunOutcome.Degraded, "[SIM] Alchemiser 2026-11-24: DEGRADED — 7 orders, 2 failed")]
    [InlineData(NotificationMode.Simulated, RunOutcome.Failed, "[SIM] Alchemiser 2026-11-24: FAILED — 7 orders, 2 failed")]
    public void Summary_EachModeAndStatus_IsWrittenAsInPipeline(NotificationMode mode, RunOutcome status, string expected) =>
        Assert.Equal(expected, NotificationSubjects.Summary(mode, Day, status, 7, 2));

    [Fact]
    public void Summary_NegativeCount_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => NotificationSubjects.Summary(NotificationMode.Paper, Day, RunOutcome.Success, -1, 0));

    [Fact]
    public void Alert_Paper_MatchesPipelineShape() =>
        Assert.Equal(
            "[PAPER] ALERT Alchemiser 2026-11-24: strategy nuclear failed",
            NotificationSubjects.Alert(NotificationMode.Paper, Day, "strategy nuclear failed"));

    [Fact]
    public void Alert_MultiLineReason_BecomesOneLine() =>
        Assert.Equal(
            "[SIM] ALERT Alchemiser 2026-11-24: execution timeout Bcc: someone@example.com",
            NotificationSubjects.Alert(NotificationMode.Simulated, Day, "execution timeout\r\nBcc: someone@example.com\t"));

    [Theory]
    [InlineData("broker said: 401 for ALPACA_SECRET_KEY=abcDEF123", "broker said: 401 for ALPACA_SECRET_KEY=[redacted]")]
    [InlineData("password: hunter2 rejected", "password=[redacted] rejected")]
    [InlineData("auth failed with PKABCDEFGHIJ1234567890XY", "auth failed with [redacted]")]
    [InlineData("account 123456789 blocked", "account [redacted] blocked")]
    [InlineData("buys blocked after 500.25 USD of sells failed", "buys blocked after 500.25 USD of sells failed")]
    public void Alert_ReasonWithSecretsOrAccountNumbers_HidesThem(string reason, string expected) =>
        Assert.Equal($"[LIVE] ALERT Alchemiser 2026-11-24: {expected}", NotificationSubjects.Alert(NotificationMode.Live, Day, reason));

    [Fact]
    public void Alert_LongReason_IsCutWithAnEllipsis()
    {
        var subject = NotificationSubjects.Alert(NotificationMode.Paper, Day, new string('x', 40) + " " + new string('y', 200));

        var reason = subject["[PAPER] ALERT Alchemiser 2026-11-24: ".Length..];
        Assert.Equal(NotificationSubjects.MaxReasonLength, reason.Length);
        Assert.EndsWith("y…", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Alert_BlankReason_Throws() =>
        Assert.Throws<ArgumentException>(() => NotificationSubjects.Alert(NotificationMode.Paper, Day, "  "));

    [Theory]
    [InlineData(BrokerMode.Simulated, "SIM")]
    [InlineData(BrokerMode.Paper, "PAPER")]
    [InlineData(BrokerMode.Live, "LIVE")]
    public void ModeOf_Broker_GivesItsPrefix(BrokerMode broker, string prefix) =>
        Assert.Equal(prefix, NotificationSubjects.Prefix(NotificationSubjects.ModeOf(broker)));
}
