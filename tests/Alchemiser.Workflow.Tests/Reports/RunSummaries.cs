using Alchemiser.Core.Dsl;
using Alchemiser.Core.Execution;
using Alchemiser.Core.Market;
using Alchemiser.Core.Market.Gate;
using Alchemiser.Core.Portfolio;
using Alchemiser.Core.Portfolio.Rebalance;
using Alchemiser.Core.Signals;
using Alchemiser.Workflow.Activities;
using Alchemiser.Workflow.Brokers;
using Alchemiser.Workflow.Execution;
using Alchemiser.Workflow.Execution.Worker;
using Alchemiser.Workflow.Orchestrators;

namespace Alchemiser.Workflow.Tests.Reports;

/// <summary>
/// Run summaries written out by hand, as the orchestrator would record them, for 2026-11-24 (a Tuesday; New York on
/// EST, so the 15:45 ET slot is 20:45 UTC). Three strategies: nuclear (20 %: SMR 60 %, BIL 40 %), ftlt/tqqq_ftlt
/// (50 %: TQQQ) and bonds (30 %: BIL). E = $10,000, φ = 0.95, so Dep = $9,500 and the consolidated target
/// TQQQ 0.50, BIL 0.38, SMR 0.12 is worth $4,750 / $3,610 / $1,140.
/// </summary>
internal static class RunSummaries
{
    public const string Nuclear = "nuclear";
    public const string Ftlt = "ftlt/tqqq_ftlt";
    public const string Bonds = "bonds";

    public static readonly DateOnly T = new(2026, 11, 24);
    public static readonly DateOnly D = new(2026, 11, 23);
    public static readonly DateTime Started = new(2026, 11, 24, 20, 45, 0, DateTimeKind.Utc);
    public static readonly DateTime Ended = new(2026, 11, 24, 20, 47, 14, DateTimeKind.Utc);

    public static Symbol S(string ticker) => Symbol.Parse(ticker);

    /// <summary>The DSL021 diagnostic of nuclear; its message quotes the ticker and its excerpt holds a <c>&lt;</c>.</summary>
    public static Diagnostic NuclearError { get; } =
        new Diagnostic("DSL021", DiagnosticSeverity.Error, "nuclear.clj", 12, 9, "no close for \"SMR\" on 2026-11-23 (newest stored: 2026-11-20)",
            "   12 |   (if (< (rsi \"SMR\" {:window 10}) 30)\n      |         ^")
        { AsOf = D, EvaluationPath = "weight-equal > if > rsi" };

    /// <summary>SELL SMR $500 and BUY BIL $498 fill, TQQQ is held ($2 below the $5 minimum): SUCCESS, 3 orders.</summary>
    public static RunSummary Success(string bondsId = Bonds, string nuclearId = Nuclear)
    {
        var portfolio = Portfolio(
            new PortfolioStrategy(nuclearId, nuclearId + ".clj", 0.2, 0.2),
            new PortfolioStrategy(Ftlt, Ftlt + ".clj", 0.5, 0.5),
            new PortfolioStrategy(bondsId, bondsId + ".clj", 0.3, 0.3));
        List<StrategyEvaluated> strategies =
        [
            Evaluated(portfolio.Strategies[0], [new(S("SMR"), 0.6), new(S("BIL"), 0.4)], decisions: ["filter top 2 by moving-average-return 90: SMR, BIL"]),
            Evaluated(portfolio.Strategies[1], [new(S("TQQQ"), 1.0)], decisions:
            [
                "(> (rsi TQQQ 10) 79): rsi TQQQ 10 (71.2) > 79 (79) → else",
                "(< (rsi TQQQ 10) 31): rsi TQQQ 10 (71.2) < 31 (31) → else",
            ]),
            Evaluated(portfolio.Strategies[2], [new(S("BIL"), 1.0)]),
        ];
        List<StrategySlice> slices =
        [
            new(nuclearId, StrategyUse.Target, strategies[0].Weights!, null, null),
            new(Ftlt, StrategyUse.Target, strategies[1].Weights!, null, null),
            new(bondsId, StrategyUse.Target, strategies[2].Weights!, null, null),
        ];
        List<Contribution> contributions =
            [new(nuclearId, S("BIL"), 0.08), new(nuclearId, S("SMR"), 0.12), new(Ftlt, S("TQQQ"), 0.5), new(bondsId, S("BIL"), 0.3)];
        List<AttributionShare> bil = ShareIds(bondsId, nuclearId) ? [new(bondsId, 0.3 / 0.38), new(nuclearId, 0.08 / 0.38)] : [new(nuclearId, 0.08 / 0.38), new(bondsId, 0.3 / 0.38)];
        List<RebalanceItem> items =
        [
            new(S("SMR"), RebalanceSide.Sell, -500m, 82m, 1_640m, 0.164m, 1_140m, 0.114m, false, true, [new(nuclearId, 1)], RebalanceReason.Decrease),
            new(S("BIL"), RebalanceSide.Buy, 498m, 34.010929m, 3_112m, 0.3112m, 3_610m, 0.361m, false, true, bil, RebalanceReason.Increase),
            new(S("TQQQ"), RebalanceSide.Hold, 0m, 47.48m, 4_748m, 0.4748m, 4_750m, 0.475m, false, true, [new(Ftlt, 1)], RebalanceReason.HoldBelowMinimum),
        ];
        var totals = new RebalanceTotals(10_000m, 0.95m, 9_500m, 5m, 500m, 500m, 500m, 498m, 1_000m, 1m, 498m);
        var plan = Planned(PlanOutcome.Trades, items, totals, contributions, slices, new AccountFigures(10_000m, 500m, 500m));
        var execution = Executed(
            [
                SellSmr(),
                new(S("BIL"), OrderSide.Buy, ExecutionItemStatus.Filled, ExecutionReason.None, null, 498m, 498m, 5.442622m, 5.442622m,
                    91.51m, 498.05m, 91.50m, 1.09m, 0.05m, 2, 2),
            ],
            new ExecutionTotals(499.75m, 498.05m, 0.25m, 1m, 527.90m, 3, 2, 0, 0, 0, 0, 0.30m),
            new BrokerAccount(9_999.70m, 501.70m, 501.70m),
            [new(S("TQQQ"), 47.48m, 4_748m), new(S("SMR"), 57m, 1_140m), new(S("BIL"), 39.453551m, 3_610m)]);
        return Summary(RunKind.Scheduled, RunOutcome.Success, null, Gate(), portfolio, strategies, plan, execution);
    }

    /// <summary>The same plan with <c>--dry-run</c>: nothing enqueued, nothing executed.</summary>
    public static RunSummary DryRun()
    {
        var success = Success();
        return success with
        {
            Kind = RunKind.DryRun,
            Outcome = RunOutcome.DryRun,
            Reason = "dry run: nothing was enqueued",
            Plan = success.Plan! with { PlanKey = null, PlanSha256 = null },
            Execution = null,
        };
    }

    /// <summary>nuclear fails with DSL021 and the portfolio aborts: no plan, no orders, FAILED at evaluate.</summary>
    public static RunSummary StrategyFailed()
    {
        var success = Success();
        var strategies = success.Strategies.ToList();
        strategies[0] = strategies[0] with { Weights = null, Error = NuclearError, Decisions = [] };
        return success with
        {
            Outcome = RunOutcome.Failed,
            Reason = "1 strategy failed (nuclear): no plan, no orders",
            Strategies = strategies,
            Plan = null,
            Execution = null,
        };
    }

    /// <summary>nuclear fails and hold-previous reuses yesterday's slice (the same weights): DEGRADED, trades placed.</summary>
    public static RunSummary Degraded()
    {
        var success = Success();
        var strategies = success.Strategies.ToList();
        strategies[0] = strategies[0] with { Weights = null, Error = NuclearError, Decisions = [] };
        var slices = success.Plan!.Slices.ToList();
        slices[0] = slices[0] with { Use = StrategyUse.ReusedPrevious };
        return success with
        {
            Outcome = RunOutcome.Degraded,
            Reason = "hold-previous: reused yesterday's allocation of nuclear",
            Portfolio = success.Portfolio! with { OnStrategyFailure = StrategyFailureMode.HoldPrevious },
            Strategies = strategies,
            Plan = success.Plan with { Slices = slices },
        };
    }

    /// <summary>
    /// nuclear has a 5 % rebalance threshold and its book drifted to SMR 61.2 %, BIL 38.8 % (max drift 1.2 %): it is
    /// held, so U = the drifted book and the target is TQQQ 0.5, BIL 0.3776, SMR 0.1224.
    /// </summary>
    public static RunSummary ThresholdHeld()
    {
        var success = Success();
        var strategies = success.Strategies.ToList();
        strategies[0] = strategies[0] with { RebalanceThreshold = 0.05 };
        List<StrategySlice> slices =
        [
            new(Nuclear, StrategyUse.HeldByThreshold, [new(S("BIL"), 0.388), new(S("SMR"), 0.612)], 0.05, 0.012),
            .. success.Plan!.Slices.Skip(1),
        ];
        List<Contribution> contributions =
            [new(Nuclear, S("BIL"), 0.0776), new(Nuclear, S("SMR"), 0.1224), new(Ftlt, S("TQQQ"), 0.5), new(Bonds, S("BIL"), 0.3)];
        List<RebalanceItem> items =
        [
            new(S("SMR"), RebalanceSide.Sell, -477.20m, 82m, 1_640m, 0.164m, 1_162.80m, 0.11628m, false, true, [new(Nuclear, 1)], RebalanceReason.Decrease),
            new(S("BIL"), RebalanceSide.Buy, 475.20m, 34.010929m, 3_112m, 0.3112m, 3_587.20m, 0.35872m, false, true,
                [new(Bonds, 0.3 / 0.3776), new(Nuclear, 0.0776 / 0.3776)], RebalanceReason.Increase),
            success.Plan.Plan!.Items[2],
        ];
        var totals = new RebalanceTotals(10_000m, 0.95m, 9_500m, 5m, 500m, 500m, 477.20m, 475.20m, 977.20m, 1m, 475.20m);
        var plan = success.Plan with
        {
            Plan = new RebalancePlan(InstanceId.ForTradingDate(T), items, totals),
            Target = [new(S("BIL"), 0.3776), new(S("SMR"), 0.1224), new(S("TQQQ"), 0.5)],
            Contributions = contributions,
            Slices = slices,
        };
        var execution = Executed(
            [
                new(S("SMR"), OrderSide.Sell, ExecutionItemStatus.Filled, ExecutionReason.None, null, 477.20m, 477.20m, 23.86m, 23.86m,
                    19.99m, 476.96m, 20.00m, 5.00m, 0.24m, 1, 1),
                new(S("BIL"), OrderSide.Buy, ExecutionItemStatus.Filled, ExecutionReason.None, null, 475.20m, 475.20m, 5.193443m, 5.193443m,
                    91.51m, 475.25m, 91.50m, 1.09m, 0.05m, 1, 1),
            ],
            new ExecutionTotals(476.96m, 475.25m, 0.24m, 1m, 503.96m, 2, 2, 0, 0, 0, 0, 0.29m),
            new BrokerAccount(9_999.71m, 501.71m, 501.71m),
            [new(S("TQQQ"), 47.48m, 4_748m), new(S("SMR"), 58.14m, 1_162.80m), new(S("BIL"), 39.203279m, 3_587.20m)]);
        return success with { Strategies = strategies, Plan = plan, Execution = execution };
    }

    /// <summary>
    /// The account also holds XLE ($300) that no strategy targets and that no earlier run targeted: a full exit
    /// attributed to <c>unattributed</c>. Cash is $200 so that E stays $10,000.
    /// </summary>
    public static RunSummary FullExitUnattributed()
    {
        var success = Success();
        var xle = new RebalanceItem(S("XLE"), RebalanceSide.Sell, -300m, 3.2m, 300m, 0.03m, 0m, 0m, true, true,
            [new(AttributionShare.Unattributed, 1)], RebalanceReason.Exit);
        var old = success.Plan!.Plan!.Items;
        var totals = new RebalanceTotals(10_000m, 0.95m, 9_500m, 5m, 200m, 200m, 800m, 498m, 1_000m, 1m, 498m);
        var plan = success.Plan with
        {
            Plan = new RebalancePlan(InstanceId.ForTradingDate(T), [old[0], xle, old[1], old[2]], totals),
            Account = new AccountFigures(10_000m, 200m, 200m),
        };
        var executed = success.Execution!.Summary!;
        var execution = Executed(
            [
                executed.Items[0],
                new(S("XLE"), OrderSide.Sell, ExecutionItemStatus.Filled, ExecutionReason.None, null, 300m, 300m, 3.2m, 3.2m,
                    93.74m, 299.97m, 93.75m, 1.07m, 0.03m, 1, 1),
                executed.Items[1],
            ],
            new ExecutionTotals(799.72m, 498.05m, 0.28m, 1m, 527.90m, 4, 3, 0, 0, 0, 0, 0.33m),
            new BrokerAccount(9_999.67m, 501.67m, 501.67m),
            executed.FinalPositions);
        return success with { Plan = plan, Execution = execution };
    }

    /// <summary>
    /// No cash; TQQQ ($5,800) must sell $1,050 but hits the price cap and fills nothing, SMR sells $500: failed sells
    /// of $1,050.25 exceed the $500 block, so BUY BIL $1,050 is never placed. FAILED.
    /// </summary>
    public static RunSummary BuysBlocked()
    {
        var success = Success();
        List<RebalanceItem> items =
        [
            new(S("TQQQ"), RebalanceSide.Sell, -1_050m, 58m, 5_800m, 0.58m, 4_750m, 0.475m, false, true, [new(Ftlt, 1)], RebalanceReason.Decrease),
            new(S("SMR"), RebalanceSide.Sell, -500m, 82m, 1_640m, 0.164m, 1_140m, 0.114m, false, true, [new(Nuclear, 1)], RebalanceReason.Decrease),
            new(S("BIL"), RebalanceSide.Buy, 1_050m, 27.978142m, 2_560m, 0.256m, 3_610m, 0.361m, false, true,
                [new(Bonds, 0.3 / 0.38), new(Nuclear, 0.08 / 0.38)], RebalanceReason.Increase),
        ];
        var totals = new RebalanceTotals(10_000m, 0.95m, 9_500m, 5m, 0m, 0m, 1_550m, 1_050m, 1_550m, 1m, 1_050m);
        var plan = success.Plan! with
        {
            Plan = new RebalancePlan(InstanceId.ForTradingDate(T), items, totals),
            Account = new AccountFigures(10_000m, 0m, 0m),
        };
        var execution = Executed(
            [
                new(S("TQQQ"), OrderSide.Sell, ExecutionItemStatus.Unfilled, ExecutionReason.PriceCap, null, 1_050m, 1_050m, 10.5m, 0m,
                    null, 0m, 100.00m, null, 0m, 3, 3),
                SellSmr(),
                new(S("BIL"), OrderSide.Buy, ExecutionItemStatus.Unfilled, ExecutionReason.BuysBlocked, null, 1_050m, 1_050m, 0m, 0m,
                    null, 0m, null, null, 0m, 0, 0),
            ],
            new ExecutionTotals(499.75m, 0m, 1_050.25m, 1m, 1_107.50m, 4, 1, 0, 2, 0, 0, 0.25m),
            new BrokerAccount(9_999.75m, 499.75m, 499.75m),
            [new(S("TQQQ"), 58m, 5_800m), new(S("SMR"), 57m, 1_140m), new(S("BIL"), 27.978142m, 2_560m)],
            buysBlocked: true);
        return success with
        {
            Outcome = RunOutcome.Failed,
            Reason = "buys blocked: sells worth $1,050.25 did not fill, so no buy was placed",
            Plan = plan,
            Execution = execution,
        };
    }

    /// <summary>An open order the run did not create: no plan, FAILED after the plan step (a summary and an alert).</summary>
    public static RunSummary PlanFailed()
    {
        var success = Success();
        var failed = success.Plan! with
        {
            Outcome = PlanOutcome.Failed,
            Failure = "open orders present: SPY (abc-1)",
            Plan = null,
            PlanKey = null,
            PlanSha256 = null,
            Target = [],
            Contributions = [],
            Slices = [],
        };
        return success with { Outcome = RunOutcome.Failed, Reason = "no plan: open orders present: SPY (abc-1)", Plan = failed, Execution = null };
    }

    /// <summary>Every symbol is within $5 of its target: NO TRADES, nothing enqueued.</summary>
    public static RunSummary NoTrades()
    {
        var success = Success();
        var plan = success.Plan!.Plan!;
        var holds = plan.Items.Select(i => i with { Side = RebalanceSide.Hold, Delta = 0, Reason = RebalanceReason.HoldBelowMinimum })
            .OrderBy(i => i.Symbol).ToList();
        var totals = plan.Totals with { SellProceeds = 0, Buys = 0, Available = 500m, ScaledBuys = 0 };
        return success with
        {
            Outcome = RunOutcome.NoTrades,
            Plan = success.Plan with { Outcome = PlanOutcome.NoTrades, Plan = plan with { Items = holds, Totals = totals }, PlanKey = null, PlanSha256 = null },
            Execution = null,
        };
    }

    /// <summary>The plan was enqueued and execution never reported within the 30 minutes.</summary>
    public static RunSummary ExecutionTimedOut() => Success() with
    {
        Outcome = RunOutcome.Failed,
        Reason = "execution did not report within 30 minutes: check the execution queue and the broker",
        Execution = null,
    };

    /// <summary>Thanksgiving: the gate skips the day by G1. No email at all.</summary>
    public static RunSummary HolidaySkip()
    {
        var day = new DateOnly(2026, 11, 26);
        var gate = Gate() with { Verdict = GateVerdict.Skipped, Rule = "G1", Reason = "market holiday (Thanksgiving Day)", TradingDate = day, CloseUtc = null };
        return Summary(RunKind.Scheduled, RunOutcome.Skipped, "G1: market holiday (Thanksgiving Day)", gate, null, [], null, null) with
        {
            InstanceId = "2026-11-26",
            TradingDate = day,
        };
    }

    /// <summary>A manual run started at 09:00 ET: the gate skips it by G2 (before open), which alerts.</summary>
    public static RunSummary BeforeOpenSkip()
    {
        var gate = Gate() with { Verdict = GateVerdict.Skipped, Rule = "G2", Reason = "before open (09:30 ET)" };
        return Summary(RunKind.Manual, RunOutcome.Skipped, "G2: before open (09:30 ET)", gate, null, [], null, null);
    }

    private static bool ShareIds(string bondsId, string nuclearId) => string.CompareOrdinal(bondsId, nuclearId) < 0;

    private static ExecutionItemSummary SellSmr() =>
        new(S("SMR"), OrderSide.Sell, ExecutionItemStatus.Filled, ExecutionReason.None, null, 500m, 500m, 25m, 25m,
            19.99m, 499.75m, 20.00m, 5.00m, 0.25m, 1, 1);

    private static GateResult Gate() =>
        new(GateVerdict.Pass, null, "trading day; open 09:30, close 16:00 ET", T, D, BrokerMode.Paper,
            Started.AddSeconds(1), new DateTime(2026, 11, 24, 21, 0, 0, DateTimeKind.Utc), "e-gate", "c-1", "e-input", Started.AddSeconds(1));

    private static PortfolioLoaded Portfolio(params PortfolioStrategy[] strategies) =>
        new(strategies, StrategyFailureMode.Abort, [], "e-portfolio", "c-1", "e-gate", Started.AddSeconds(2));

    private static StrategyEvaluated Evaluated(PortfolioStrategy strategy, IReadOnlyList<Holding> weights, IReadOnlyList<string>? decisions = null) =>
        new(strategy, D, weights, null, null, decisions ?? [], "e-eval-" + strategy.StrategyId, "c-1", "e-portfolio", Started.AddSeconds(5));

    private static RebalancePlanned Planned(
        PlanOutcome outcome, IReadOnlyList<RebalanceItem> items, RebalanceTotals totals, IReadOnlyList<Contribution> contributions,
        IReadOnlyList<StrategySlice> slices, AccountFigures account) =>
        new(outcome, null, new RebalancePlan(InstanceId.ForTradingDate(T), items, totals), "plans/2026-11-24.json", new string('a', 64),
            [new(S("BIL"), 0.38), new(S("SMR"), 0.12), new(S("TQQQ"), 0.5)],
            [new(S("BIL"), 0.3), new(S("SMR"), 0.2), new(S("TQQQ"), 0.5)],
            contributions, slices, [], account, "e-plan", "c-1", "e-portfolio", Started.AddSeconds(8));

    private static ExecutionCompleted Executed(
        IReadOnlyList<ExecutionItemSummary> items, ExecutionTotals totals, BrokerAccount account, IReadOnlyList<BrokerPosition> positions,
        bool buysBlocked = false) =>
        new("2026-11-24",
            new ExecutionSummary("2026-11-24", items, totals, MarketClosed: false, buysBlocked, CircuitBreaker: false, account, positions,
                new DateTimeOffset(Ended.AddSeconds(-4))),
            null, "e-exec", "c-1", "e-queue", Ended.AddSeconds(-3));

    private static RunSummary Summary(
        RunKind kind, RunOutcome outcome, string? reason, GateResult? gate, PortfolioLoaded? portfolio, IReadOnlyList<StrategyEvaluated> strategies,
        RebalancePlanned? plan, ExecutionCompleted? execution) =>
        new("2026-11-24", T, kind, outcome, reason, gate, portfolio, strategies, plan, execution, Started, "e-summary", "c-1", "e-exec", Ended);
}
