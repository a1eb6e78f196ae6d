using Alchemiser.Workflow.Notifications;
using Alchemiser.Workflow.Reports;
using static Alchemiser.Workflow.Tests.Reports.RunSummaries;

namespace Alchemiser.Workflow.Tests.Reports;

public sealed partial class RunReportTests
{
    [Fact]
    public void Alert_Success_Null()
    {
        Assert.Null(RunReport.Alert(Success(), NotificationMode.Paper));
        Assert.Null(RunReport.Alert(DryRun(), NotificationMode.DryRun));
    }

    [Fact]
    public void Alert_HolidaySkip_Null() => Assert.Null(RunReport.Alert(HolidaySkip(), NotificationMode.Paper));

    [Fact]
    public void Alert_StrategyFailed_SubjectCarriesTheShortReason()
    {
        var email = RunReport.Alert(StrategyFailed(), NotificationMode.Paper)!;

        Assert.Equal("[PAPER] ALERT Alchemiser 2026-11-24: 1 strategy failed (nuclear): no plan, no orders", email.Subject);
        Assert.Equal((NotificationKind.FailureAlert, "2026-11-24"), (email.Kind, email.InstanceId));
        Assert.Empty(email.Attachments);
    }

    [Fact]
    public void Alert_StrategyFailed_SaysWhatHappenedWhyAndWhatWasNotDone()
    {
        var text = RunReport.Alert(StrategyFailed(), NotificationMode.Paper)!.TextBody;

        Assert.Contains("Run 2026-11-24 for 2026-11-24 ended FAILED at the evaluate (3 of 7) step: 1 strategy failed (nuclear): no plan, no orders.",
            text, StringComparison.Ordinal);
        Assert.Contains("What was not done\n-----------------\n- No plan was made, no order was placed: the account is as the previous run left it.\n",
            text, StringComparison.Ordinal);
        Assert.Contains("Strategy nuclear: nuclear.clj:12:9: error DSL021: no close for \"SMR\" on 2026-11-23", text, StringComparison.Ordinal);
        Assert.Contains("       12 |   (if (< (rsi \"SMR\" {:window 10}) 30)\n", text, StringComparison.Ordinal);
        Assert.Contains("   path: weight-equal > if > rsi", text, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^Instance id\s+2026-11-24$", text);
        Assert.Matches(@"(?m)^Trading date \(T\)\s+2026-11-24$", text);
        Assert.Matches(@"(?m)^Step reached\s+evaluate \(3 of 7\)$", text);
    }

    [Fact]
    public void Alert_StrategyFailed_SaysWhatTheOperatorCanDo()
    {
        var text = RunReport.Alert(StrategyFailed(), NotificationMode.Paper)!.TextBody;

        Assert.Contains("`alchemiser strategy debug strategies/nuclear.clj --as-of 2026-11-23`", text, StringComparison.Ordinal);
        Assert.Contains("run `alchemiser data refresh`", text, StringComparison.Ordinal);
        Assert.Contains("`alchemiser run --force`", text, StringComparison.Ordinal);
        Assert.Contains("`alchemiser runs show 2026-11-24`", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Alert_StrategyFailed_HtmlEncodesTheDiagnosticExcerptInPre()
    {
        var html = RunReport.Alert(StrategyFailed(), NotificationMode.Paper)!.HtmlBody;

        Assert.Matches("<pre style=\"[^\"]*\">   12 \\|   \\(if \\(&lt; \\(rsi &quot;SMR&quot; \\{:window 10\\}\\) 30\\)\n      \\|         \\^\n   path: weight-equal &gt; if &gt; rsi</pre>", html);
        Assert.DoesNotContain("(if (<", html, StringComparison.Ordinal);
        Assert.Contains("no close for &quot;SMR&quot; on 2026-11-23", html, StringComparison.Ordinal);
        Assert.Contains(">FAILED</span>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Alert_BuysBlocked_SaysTheBuysWereNotPlacedAndWhichSellsFilled()
    {
        var email = RunReport.Alert(BuysBlocked(), NotificationMode.Live)!;

        Assert.Equal("[LIVE] ALERT Alchemiser 2026-11-24: buys blocked: sells worth $1,050.25 did not fill, so no buy was placed", email.Subject);
        Assert.Contains("- Buys were not placed: BIL $1,050.00.\n", email.TextBody, StringComparison.Ordinal);
        Assert.Contains("- SELL TQQQ was not completely filled: unfilled: price beyond the slippage cap.\n", email.TextBody, StringComparison.Ordinal);
        Assert.Contains("- Sells that filled: SMR 25 shares, $499.75 at $19.99.\n", email.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("Buys that filled", email.TextBody, StringComparison.Ordinal);
        Assert.Contains("ended FAILED at the execute (6 of 7) step", email.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public void Alert_BeforeOpenSkip_NothingWasEvaluated()
    {
        var email = RunReport.Alert(BeforeOpenSkip(), NotificationMode.Paper)!;

        Assert.Equal("[PAPER] ALERT Alchemiser 2026-11-24: G2: before open (09:30 ET)", email.Subject);
        Assert.Contains("ended SKIPPED at the gate (1 of 7) step", email.TextBody, StringComparison.Ordinal);
        Assert.Contains("- No strategy was evaluated, no plan was made, no order was placed.\n", email.TextBody, StringComparison.Ordinal);
        Assert.Contains("- Gate G2: before open (09:30 ET)\n", email.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public void Alert_ExecutionTimedOut_SaysOrdersMayHaveBeenPlaced()
    {
        var text = RunReport.Alert(ExecutionTimedOut(), NotificationMode.Paper)!.TextBody;

        Assert.Contains("No execution report was received: the plan may not have been executed, or only in part.", text, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^Step reached\s+execute \(6 of 7\)$", text);
        Assert.Contains("trades that did fill are not repeated", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Alert_Degraded_SaysWhichStrategyHasNoSignalToday()
    {
        var email = RunReport.Alert(Degraded(), NotificationMode.Paper)!;

        Assert.Equal("[PAPER] ALERT Alchemiser 2026-11-24: hold-previous: reused yesterday's allocation of nuclear", email.Subject);
        Assert.Contains("- Strategy nuclear has no signal today: its slice is the previous trading day's allocation.\n", email.TextBody, StringComparison.Ordinal);
        Assert.Contains("hold-previous only covers one trading day", email.TextBody, StringComparison.Ordinal);
        Assert.Contains(">DEGRADED</span>", email.HtmlBody, StringComparison.Ordinal);
    }
}
