using System.Globalization;
using System.Text;
using Alchemiser.Core.Portfolio.Rebalance;
using Alchemiser.Workflow.Reports;
using static Alchemiser.Workflow.Tests.Reports.RunSummaries;

namespace Alchemiser.Workflow.Tests.Reports;

public sealed partial class RunReportTests
{
    private const string PipelineColumns =
        "trading_date,instance_id,strategy_id,file,allocation,normalised_allocation,status,symbol,strategy_weight,contribution,"
        + "target_value_usd,attributed_planned_usd,attributed_filled_usd,attributed_slippage_usd,threshold,drift,error";

    [Fact]
    public void StrategyCsv_AnyRun_HeaderIsExactlyThePipelineColumns()
    {
        foreach (var summary in new[] { Success(), StrategyFailed(), DryRun(), HolidaySkip() })
        {
            var csv = RunReport.StrategyCsv(summary);

            Assert.StartsWith(PipelineColumns + "\r\n", csv, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void StrategyCsv_Success_OneRowPerStrategyAndSymbolInPortfolioThenSymbolOrder()
    {
        var table = CsvTable.Parse(RunReport.StrategyCsv(Success()));

        Assert.Equal(
            [(Nuclear, "BIL"), (Nuclear, "SMR"), (Ftlt, "TQQQ"), (Bonds, "BIL")],
            table.Rows.Select(r => (r["strategy_id"], r["symbol"])));
        Assert.All(table.Rows, r => Assert.Equal(("2026-11-24", "2026-11-24", "ok", ""), (r["trading_date"], r["instance_id"], r["status"], r["error"])));
    }

    [Fact]
    public void StrategyCsv_Success_SharedSymbolIsSplitByContribution()
    {
        var table = CsvTable.Parse(RunReport.StrategyCsv(Success()));

        // BIL: c = 0.08 (nuclear) + 0.30 (bonds); Δ = $498, filled $498.05, slippage $0.05.
        var nuclear = table.Row(Nuclear, "BIL");
        Assert.Equal(
            ["nuclear.clj", "0.200000", "0.200000", "0.400000", "0.080000", "760.00", "104.84", "104.85", "0.01", "", ""],
            [nuclear["file"], nuclear["allocation"], nuclear["normalised_allocation"], nuclear["strategy_weight"], nuclear["contribution"],
                nuclear["target_value_usd"], nuclear["attributed_planned_usd"], nuclear["attributed_filled_usd"], nuclear["attributed_slippage_usd"],
                nuclear["threshold"], nuclear["drift"]]);
        var bonds = table.Row(Bonds, "BIL");
        Assert.Equal(
            ["1.000000", "0.300000", "2850.00", "393.16", "393.20", "0.04"],
            [bonds["strategy_weight"], bonds["contribution"], bonds["target_value_usd"], bonds["attributed_planned_usd"],
                bonds["attributed_filled_usd"], bonds["attributed_slippage_usd"]]);
        var held = table.Row(Ftlt, "TQQQ");
        Assert.Equal(["0.500000", "4750.00", "0.00", "0.00"], [held["contribution"], held["target_value_usd"], held["attributed_planned_usd"], held["attributed_filled_usd"]]);
    }

    [Theory]
    [MemberData(nameof(PlannedRuns))]
    public void StrategyCsv_PlannedRun_AttributedDollarsOfEachSymbolAddUpToItsTrade(string name)
    {
        var summary = Planned(name);
        var table = CsvTable.Parse(RunReport.StrategyCsv(summary));

        foreach (var item in summary.Plan!.Plan!.Items)
        {
            var rows = table.Rows.Where(r => r["symbol"] == item.Symbol.Value).ToList();
            Assert.Equal(Math.Abs(item.Delta), rows.Sum(r => decimal.Parse(r["attributed_planned_usd"], CultureInfo.InvariantCulture)));
            var executed = summary.Execution?.Summary?.Items.SingleOrDefault(e => e.Symbol == item.Symbol);
            if (executed is not null)
                Assert.Equal(executed.Notional, rows.Sum(r => decimal.Parse(r["attributed_filled_usd"], CultureInfo.InvariantCulture)));
        }
    }

    public static TheoryData<string> PlannedRuns() => ["success", "held", "exit", "blocked", "degraded"];

    [Fact]
    public void StrategyCsv_StrategyFailedAndAborted_OneRowWithEmptySymbolAndTheHeadline()
    {
        var table = CsvTable.Parse(RunReport.StrategyCsv(StrategyFailed()));

        Assert.Equal(3, table.Rows.Count);
        var failed = Assert.Single(table.Rows, r => r["strategy_id"] == Nuclear);
        Assert.Equal("", failed["symbol"]);
        Assert.Equal("failed", failed["status"]);
        Assert.Equal(NuclearError.Headline, failed["error"]);
        Assert.Equal("nuclear.clj:12:9: error DSL021: no close for \"SMR\" on 2026-11-23 (newest stored: 2026-11-20)", failed["error"]);
        Assert.Equal(["", "", "", ""], [failed["strategy_weight"], failed["contribution"], failed["attributed_planned_usd"], failed["attributed_filled_usd"]]);
        // No plan: the others keep their weights, and every planned or executed figure is empty.
        var ftlt = table.Row(Ftlt, "TQQQ");
        Assert.Equal(["ok", "1.000000", "", "", ""], [ftlt["status"], ftlt["strategy_weight"], ftlt["contribution"], ftlt["target_value_usd"], ftlt["attributed_planned_usd"]]);
    }

    [Fact]
    public void StrategyCsv_FieldsWithCommasAndQuotes_AreQuotedWithQuotesDoubled()
    {
        var csv = RunReport.StrategyCsv(Success(bondsId: "bonds,tlt"));
        var failed = RunReport.StrategyCsv(StrategyFailed());

        Assert.Contains("\r\n2026-11-24,2026-11-24,\"bonds,tlt\",\"bonds,tlt.clj\",0.300000,0.300000,ok,BIL,1.000000,", csv, StringComparison.Ordinal);
        Assert.Equal("bonds,tlt", CsvTable.Parse(csv).Rows[^1]["strategy_id"]);
        Assert.EndsWith(",\"nuclear.clj:12:9: error DSL021: no close for \"\"SMR\"\" on 2026-11-23 (newest stored: 2026-11-20)\"\r\n",
            failed.Split("\r\n")[1] + "\r\n", StringComparison.Ordinal);
    }

    [Fact]
    public void StrategyCsv_ThresholdHeld_StatusHeldWithTheDriftedWeightsThresholdAndDrift()
    {
        var table = CsvTable.Parse(RunReport.StrategyCsv(ThresholdHeld()));

        var smr = table.Row(Nuclear, "SMR");
        Assert.Equal(
            ["held", "0.612000", "0.122400", "1162.80", "477.20", "0.050000", "0.012000"],
            [smr["status"], smr["strategy_weight"], smr["contribution"], smr["target_value_usd"], smr["attributed_planned_usd"], smr["threshold"], smr["drift"]]);
        Assert.Equal("ok", table.Row(Bonds, "BIL")["status"]);
    }

    [Fact]
    public void StrategyCsv_FullExitWithoutPreviousContributions_RowOfItsOwnForUnattributed()
    {
        var table = CsvTable.Parse(RunReport.StrategyCsv(FullExitUnattributed()));

        var exit = table.Row(AttributionShare.Unattributed, "XLE");
        Assert.Equal(
            ["unattributed", "", "", "", "0.000000", "0.00", "300.00", "299.97", "0.03"],
            [exit["status"], exit["file"], exit["allocation"], exit["strategy_weight"], exit["contribution"], exit["target_value_usd"],
                exit["attributed_planned_usd"], exit["attributed_filled_usd"], exit["attributed_slippage_usd"]]);
        Assert.Equal(5, table.Rows.Count);
    }

    [Fact]
    public void StrategyCsv_HoldPreviousCoveredAFailure_RowsOfTheReusedSliceCarryTheError()
    {
        var table = CsvTable.Parse(RunReport.StrategyCsv(Degraded()));

        var rows = table.Rows.Where(r => r["strategy_id"] == Nuclear).ToList();
        Assert.Equal(["BIL", "SMR"], rows.Select(r => r["symbol"]));
        Assert.All(rows, r => Assert.Equal(("reused-previous", NuclearError.Headline), (r["status"], r["error"])));
        Assert.Equal("500.00", table.Row(Nuclear, "SMR")["attributed_planned_usd"]);
    }

    [Fact]
    public void StrategyCsv_DryRun_PlannedButNothingFilled()
    {
        var table = CsvTable.Parse(RunReport.StrategyCsv(DryRun()));

        var smr = table.Row(Nuclear, "SMR");
        Assert.Equal(["500.00", "", ""], [smr["attributed_planned_usd"], smr["attributed_filled_usd"], smr["attributed_slippage_usd"]]);
    }

    [Fact]
    public void StrategyCsv_CurrentCultureWithCommaDecimals_StillWritesInvariantNumbers()
    {
        var culture = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        culture.NumberFormat.NumberDecimalSeparator = ",";
        culture.NumberFormat.NumberGroupSeparator = ".";
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = culture;
        try
        {
            var expected = CsvTable.Parse(RunReport.StrategyCsv(Success()));
            Assert.Equal("104.84", expected.Row(Nuclear, "BIL")["attributed_planned_usd"]);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void StrategyCsvBytes_AnyRun_IsTheCsvInUtf8WithoutByteOrderMark()
    {
        var summary = Success(bondsId: "obligações");

        var bytes = RunReport.StrategyCsvBytes(summary);

        Assert.Equal(RunReport.StrategyCsv(summary), Encoding.UTF8.GetString(bytes));
        Assert.NotEqual(0xEF, bytes[0]);
        Assert.Contains("obligações", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
    }

    private static Alchemiser.Workflow.Orchestrators.RunSummary Planned(string name) => name switch
    {
        "success" => Success(),
        "held" => ThresholdHeld(),
        "exit" => FullExitUnattributed(),
        "blocked" => BuysBlocked(),
        "degraded" => Degraded(),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };
}
