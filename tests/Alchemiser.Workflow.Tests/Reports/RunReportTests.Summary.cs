using System.Globalization;
using System.Text.RegularExpressions;
using Alchemiser.Workflow.Notifications;
using Alchemiser.Workflow.Reports;
using static Alchemiser.Workflow.Tests.Reports.RunSummaries;

namespace Alchemiser.Workflow.Tests.Reports;

public sealed partial class RunReportTests
{
    [Fact]
    public void DailySummary_Success_SubjectCountsOrdersAndFailures()
    {
        var email = RunReport.DailySummary(Success(), NotificationMode.Paper)!;

        Assert.Equal("[PAPER] Alchemiser 2026-11-24: SUCCESS — 3 orders, 0 failed", email.Subject);
        Assert.Equal((NotificationKind.DailySummary, "2026-11-24"), (email.Kind, email.InstanceId));
    }

    [Fact]
    public void DailySummary_Success_AttachesTheStrategyCsv()
    {
        var summary = Success();

        var attachment = Assert.Single(RunReport.DailySummary(summary, NotificationMode.Paper)!.Attachments);

        Assert.Equal(("alchemiser-2026-11-24-strategies.csv", "text/csv"), (attachment.FileName, attachment.ContentType));
        Assert.Equal(RunReport.StrategyCsvBytes(summary), attachment.Content.ToArray());
    }

    [Fact]
    public void DailySummary_Success_HtmlIsOneSelfContainedDocumentWithInlineStyles()
    {
        var html = RunReport.DailySummary(Success(), NotificationMode.Paper)!.HtmlBody;

        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Single(Regex.Matches(html, "<html"));
        Assert.EndsWith("</html>\n", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<style", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void DailySummary_Success_HtmlShowsTheTradesTheHoldAndTheStatuses()
    {
        var html = RunReport.DailySummary(Success(), NotificationMode.Paper)!.HtmlBody;

        Assert.Contains(">SUCCESS</span>", html, StringComparison.Ordinal);
        Assert.Matches(Row("SMR", "SELL decrease", "\\$500.00", "25", "\\$19.99", "\\$499.75", "5.00", "1", "filled"), html);
        Assert.Matches(Row("BIL", "BUY increase", "\\$498.00", "5.442622", "\\$91.51", "\\$498.05", "1.09", "2", "filled"), html);
        Assert.Matches(Row("TQQQ", "HOLD", "—", "—", "—", "—", "—", "—", "held: \\|Δ\\| \\$2.00 below the minimum \\$5.00"), html);
        Assert.Matches(Row("nuclear", "20.00 %", "ok", "SMR 60.00 %<br>BIL 40.00 %", "filter top 2 by moving-average-return 90: SMR, BIL"), html);
        Assert.Contains("rsi TQQQ 10 (71.2) &gt; 79 (79) → else<br>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void DailySummary_Success_TextPartHasTheSameTradesAsAlignedRows()
    {
        var text = RunReport.DailySummary(Success(), NotificationMode.Paper)!.TextBody;

        Assert.Matches(@"(?m)^SMR\s+SELL decrease\s+\$500\.00\s+25\s+\$19\.99\s+\$499\.75\s+5\.00\s+1\s+filled$", text);
        Assert.Matches(@"(?m)^BIL\s+BUY increase\s+\$498\.00\s+5\.442622\s+\$91\.51\s+\$498\.05\s+1\.09\s+2\s+filled$", text);
        Assert.Matches(@"(?m)^TQQQ\s+HOLD\s+—\s+—\s+—\s+—\s+—\s+—\s+held: \|Δ\| \$2\.00 below the minimum \$5\.00$", text);
        var header = Assert.Single(text.Split('\n'), l => l.StartsWith("Symbol  Side", StringComparison.Ordinal));
        var smr = Assert.Single(text.Split('\n'), l => l.StartsWith("SMR ", StringComparison.Ordinal) && l.Contains("SELL", StringComparison.Ordinal));
        // Numbers are right-aligned under their header: "Planned" ends where "$500.00" ends.
        Assert.Equal(header.IndexOf("Planned", StringComparison.Ordinal) + "Planned".Length, smr.IndexOf("$500.00", StringComparison.Ordinal) + "$500.00".Length);
    }

    [Fact]
    public void DailySummary_Success_RunBlockShowsTimesInNewYorkAndUtc()
    {
        var text = RunReport.DailySummary(Success(), NotificationMode.Paper)!.TextBody;

        Assert.Matches(@"(?m)^Started\s+2026-11-24 15:45:00 ET \(20:45:00 UTC\)$", text);
        Assert.Matches(@"(?m)^Ended\s+2026-11-24 15:47:14 ET \(20:47:14 UTC\), after 2 min 14 s$", text);
        Assert.Matches(@"(?m)^As of \(D\)\s+2026-11-23$", text);
        Assert.Matches(@"(?m)^Kind\s+scheduled$", text);
        Assert.Matches(@"(?m)^Gate\s+pass \(trading day; open 09:30, close 16:00 ET\)$", text);
        Assert.Matches(@"(?m)^Broker\s+paper; clock 2026-11-24 15:45:01 ET \(20:45:01 UTC\)$", text);
        Assert.Matches(@"(?m)^Run history\s+alchemiser runs show 2026-11-24$", text);
    }

    [Fact]
    public void DailySummary_Success_AccountShowsDeployedShareBeforeAndAfterAndTheReserve()
    {
        var text = RunReport.DailySummary(Success(), NotificationMode.Paper)!.TextBody;

        Assert.Matches(@"(?m)^Equity\s+\$10,000\.00\s+\$9,999\.70$", text);
        Assert.Matches(@"(?m)^Cash\s+\$500\.00\s+\$501\.70$", text);
        // Before: (1,640 + 3,112 + 4,748) / 10,000; after: 9,498 / 9,999.70.
        Assert.Matches(@"(?m)^Deployed\s+95\.00 %\s+94\.98 %$", text);
        Assert.Contains("95.00 % of equity; cash reserve 5.00 %", text, StringComparison.Ordinal);
    }

    [Fact]
    public void DailySummary_Success_PortfolioShowsTargetPreviousCurrentAfterAndContributors()
    {
        var text = RunReport.DailySummary(Success(), NotificationMode.Paper)!.TextBody;

        Assert.Matches(@"(?m)^TQQQ\s+50\.00 %\s+50\.00 %\s+47\.48 %\s+47\.50 %\s+47\.48 %\s+ftlt/tqqq_ftlt 50\.00 %$", text);
        Assert.Matches(@"(?m)^BIL\s+38\.00 %\s+30\.00 %\s+31\.12 %\s+36\.10 %\s+36\.10 %\s+bonds 30\.00 %, nuclear 8\.00 %$", text);
        Assert.Matches(@"(?m)^SMR\s+12\.00 %\s+20\.00 %\s+16\.40 %\s+11\.40 %\s+11\.40 %\s+nuclear 12\.00 %$", text);
    }

    [Fact]
    public void DailySummary_Success_NoFailures()
    {
        var text = RunReport.DailySummary(Success(), NotificationMode.Paper)!.TextBody;

        Assert.Contains("Failures\n--------\nNone.\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void DailySummary_StrategyFailedBeforePlanning_Null() =>
        Assert.Null(RunReport.DailySummary(StrategyFailed(), NotificationMode.Paper));

    [Fact]
    public void DailySummary_Skipped_Null()
    {
        Assert.Null(RunReport.DailySummary(HolidaySkip(), NotificationMode.Paper));
        Assert.Null(RunReport.DailySummary(BeforeOpenSkip(), NotificationMode.Paper));
    }

    [Fact]
    public void DailySummary_DryRun_SubjectAndTradesSayNothingWasExecuted()
    {
        var email = RunReport.DailySummary(DryRun(), NotificationMode.DryRun)!;

        Assert.Equal("[DRY RUN] Alchemiser 2026-11-24: DRY RUN — 0 orders, 0 failed", email.Subject);
        Assert.Matches(@"(?m)^SMR\s+SELL decrease\s+\$500\.00\s+—\s+—\s+—\s+—\s+—\s+not executed \(dry run\)$", email.TextBody);
        Assert.Matches(@"(?m)^Kind\s+dry run \(--dry-run\)$", email.TextBody);
        Assert.Matches(@"(?m)^Deployed\s+95\.00 %\s+—$", email.TextBody);
    }

    [Fact]
    public void DailySummary_ThresholdHeld_StrategyStatusShowsDriftAgainstTheThreshold()
    {
        var email = RunReport.DailySummary(ThresholdHeld(), NotificationMode.Paper)!;

        Assert.Matches(@"(?m)^nuclear\s+20\.00 %\s+held \(drift 1\.2 % < 5\.0 %\)\s+SMR 61\.20 %\s+filter top 2", email.TextBody);
        Assert.Contains("held (drift 1.2 % &lt; 5.0 %)", email.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public void DailySummary_FullExit_PortfolioAndTradesShowTheUnattributedExit()
    {
        var text = RunReport.DailySummary(FullExitUnattributed(), NotificationMode.Paper)!.TextBody;

        Assert.Matches(@"(?m)^XLE\s+0\.00 %\s+0\.00 %\s+3\.00 %\s+0\.00 %\s+0\.00 %\s+exit, attributed to unattributed$", text);
        Assert.Matches(@"(?m)^XLE\s+SELL exit\s+\$300\.00\s+3\.2\s+\$93\.74\s+\$299\.97\s+1\.07\s+1\s+filled$", text);
    }

    [Fact]
    public void DailySummary_BuysBlocked_FailedWithTheGuardAndTheItemsThatFellShort()
    {
        var email = RunReport.DailySummary(BuysBlocked(), NotificationMode.Live)!;

        Assert.Equal("[LIVE] Alchemiser 2026-11-24: FAILED — 4 orders, 2 failed", email.Subject);
        Assert.Contains("- Guard: buys blocked. Sells worth $1,050.25 did not fill, so no buy was placed.\n", email.TextBody, StringComparison.Ordinal);
        Assert.Contains("- SELL TQQQ $1,050.00: unfilled: price beyond the slippage cap\n", email.TextBody, StringComparison.Ordinal);
        Assert.Contains("- BUY BIL $1,050.00: unfilled: buys blocked\n", email.TextBody, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^TQQQ\s+SELL decrease\s+\$1,050\.00\s+0 of 10\.5\s+—\s+\$0\.00\s+—\s+3\s+unfilled: price beyond the slippage cap$", email.TextBody);
    }

    [Fact]
    public void DailySummary_Degraded_ShowsTheDiagnosticWithItsExcerpt()
    {
        var email = RunReport.DailySummary(Degraded(), NotificationMode.Paper)!;

        Assert.StartsWith("[PAPER] Alchemiser 2026-11-24: DEGRADED", email.Subject, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^nuclear\s+20\.00 %\s+failed: reused previous\s+SMR 60\.00 %", email.TextBody);
        Assert.Contains("Strategy nuclear (its previous slice was reused): " + NuclearError.Headline, email.TextBody, StringComparison.Ordinal);
        Assert.Contains("<pre style=\"", email.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("(if (&lt; (rsi &quot;SMR&quot; {:window 10}) 30)", email.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public void DailySummary_UserTextWithMarkup_IsEncodedInHtml()
    {
        var email = RunReport.DailySummary(Success(nuclearId: "<b>nuclear</b>&co"), NotificationMode.Paper)!;

        Assert.Contains("&lt;b&gt;nuclear&lt;/b&gt;&amp;co", email.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", email.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("<b>nuclear</b>&co", email.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public void DailySummary_NormalisedAllocationDiffers_ShowsBoth()
    {
        var success = Success();
        var portfolio = success.Portfolio!.Strategies.Select(s => s with { Allocation = s.Allocation * 1.01 }).ToList();
        var summary = success with { Strategies = [.. success.Strategies.Zip(portfolio, (e, p) => e with { Strategy = p })] };

        var text = RunReport.DailySummary(summary, NotificationMode.Paper)!.TextBody;

        Assert.Matches(@"(?m)^nuclear\s+20\.20 %\s+ok", text);
        Assert.Matches(@"(?m)^\s+\(normalised 20\.00 %\)\s+BIL 40\.00 %", text);
        Assert.DoesNotContain("normalised", RunReport.DailySummary(Success(), NotificationMode.Paper)!.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public void DailySummary_PlanFailed_SummaryAndAlertSayNoOrderWasPlaced()
    {
        var summary = PlanFailed();

        var email = RunReport.DailySummary(summary, NotificationMode.Paper)!;
        var alert = RunReport.Alert(summary, NotificationMode.Paper)!;

        Assert.Equal("[PAPER] Alchemiser 2026-11-24: FAILED — 0 orders, 0 failed", email.Subject);
        Assert.Contains("- No plan: open orders present: SPY (abc-1)\n", email.TextBody, StringComparison.Ordinal);
        Assert.Contains("No plan: open orders present: SPY (abc-1).", email.TextBody, StringComparison.Ordinal);
        Assert.Contains("- No order was placed: the account is as the previous run left it.\n", alert.TextBody, StringComparison.Ordinal);
        Assert.Contains("ended FAILED at the plan (5 of 7) step", alert.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public void DailySummary_NoTrades_SaysSoAndListsTheHolds()
    {
        var email = RunReport.DailySummary(NoTrades(), NotificationMode.Simulated)!;

        Assert.Equal("[SIM] Alchemiser 2026-11-24: NO TRADES — 0 orders, 0 failed", email.Subject);
        Assert.Contains("No trades: every symbol is within the minimum trade size of its target.", email.TextBody, StringComparison.Ordinal);
        Assert.Equal(3, email.TextBody.Split('\n').Count(l => l.Contains("  HOLD  ", StringComparison.Ordinal)));
        Assert.Null(RunReport.Alert(NoTrades(), NotificationMode.Simulated));
    }

    [Fact]
    public void DailySummary_CurrentCultureWithCommaDecimals_StillWritesInvariantNumbers()
    {
        var culture = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        culture.NumberFormat.NumberDecimalSeparator = ",";
        culture.NumberFormat.NumberGroupSeparator = ".";
        culture.NumberFormat.CurrencyDecimalSeparator = ",";
        culture.NumberFormat.PercentDecimalSeparator = ",";
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = culture;
        try
        {
            var text = RunReport.DailySummary(Success(), NotificationMode.Paper)!.TextBody;

            Assert.Matches(@"(?m)^Equity\s+\$10,000\.00\s+\$9,999\.70$", text);
            Assert.Matches(@"(?m)^BIL\s+BUY increase\s+\$498\.00\s+5\.442622\s+", text);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    /// <summary>A table row whose cells are exactly these (regular expressions), in order.</summary>
    private static Regex Row(params string[] cells) =>
        new("<tr>" + string.Concat(cells.Select(c => "<td style=\"[^\"]*\">" + c + "</td>")) + "</tr>");
}
