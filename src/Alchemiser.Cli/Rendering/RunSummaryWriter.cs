using System.Globalization;
using Alchemiser.Core.Portfolio.Rebalance;
using Alchemiser.Workflow.Activities;
using Alchemiser.Workflow.Notifications;
using Alchemiser.Workflow.Orchestrators;
using Spectre.Console;

namespace Alchemiser.Cli.Rendering;

/// <summary>The console summary of a run: status, strategies, trades, and where the email and history are.</summary>
internal static class RunSummaryWriter
{
    public static void Write(IAnsiConsole console, RunSummary summary, string home)
    {
        var color = summary.Outcome switch
        {
            RunOutcome.Success or RunOutcome.NoTrades or RunOutcome.DryRun => "green",
            RunOutcome.Partial or RunOutcome.Degraded or RunOutcome.Skipped => "yellow",
            _ => "red",
        };
        console.MarkupLine($"[bold]{Markup.Escape(summary.InstanceId)}[/]  [{color}]{NotificationSubjects.StatusText(summary.Outcome)}[/]  " +
            $"trading {summary.TradingDate:yyyy-MM-dd}, as of {summary.Gate?.AsOf:yyyy-MM-dd}  {summary.Kind}  {summary.Gate?.Mode}");
        if (summary.Reason is { } reason)
            console.MarkupLine($"[{color}]{Markup.Escape(reason)}[/]");

        if (summary.Strategies.Count > 0)
        {
            var strategies = new Table().Title("Strategies").AddColumns("Strategy", "Allocation", "Status", "Weights");
            var slices = summary.Plan?.Slices.ToDictionary(s => s.StrategyId, StringComparer.Ordinal) ?? [];
            foreach (var strategy in summary.Strategies)
            {
                var id = strategy.Strategy.StrategyId;
                var status = strategy.Succeeded
                    ? slices.GetValueOrDefault(id)?.Use switch
                    {
                        StrategyUse.HeldByThreshold => $"[yellow]held (drift {slices[id].Drift:P1})[/]",
                        _ => "[green]ok[/]",
                    }
                    : slices.GetValueOrDefault(id)?.Use == StrategyUse.ReusedPrevious ? "[yellow]reused previous[/]" : "[red]failed[/]";
                var weights = strategy.Weights is { } w
                    ? string.Join(", ", w.OrderByDescending(h => h.Weight).Take(4).Select(h => string.Create(CultureInfo.InvariantCulture, $"{h.Symbol} {h.Weight:P1}")))
                    : Markup.Escape(strategy.Error?.Headline ?? "");
                strategies.AddRow(Markup.Escape(id), strategy.Strategy.Normalised.ToString("P1", CultureInfo.InvariantCulture), status, weights);
            }
            console.Write(strategies);
        }

        if (summary.Plan?.Plan is { } plan)
            WriteTrades(console, summary, plan);
        console.MarkupLine($"[grey]History: alchemiser runs show {Markup.Escape(summary.InstanceId)}   Email: {Markup.Escape(Path.Combine(home, "outbox"))} (or SMTP when configured)[/]");
    }

    private static void WriteTrades(IAnsiConsole console, RunSummary summary, RebalancePlan plan)
    {
        var executed = summary.Execution?.Summary;
        var trades = new Table().Title("Trades").AddColumns("Symbol", "Side", "Planned $", "Quantity", "VWAP", "Slippage bps", "Steps", "Status");
        foreach (var item in plan.Items.Where(i => i.Side != RebalanceSide.Hold))
        {
            var done = executed?.ItemFor(item);
            trades.AddRow(
                Markup.Escape(item.Symbol.Value), item.Side.ToString().ToUpperInvariant(), Money(Math.Abs(item.Delta)),
                done is null ? "" : done.FilledQuantity.ToString("0.######", CultureInfo.InvariantCulture),
                done?.Vwap is { } vwap ? Money(vwap) : "",
                done?.SlippageBps is { } bps ? bps.ToString("0.00", CultureInfo.InvariantCulture) : "",
                done?.StepsUsed.ToString(CultureInfo.InvariantCulture) ?? "",
                done is null ? (summary.Outcome == RunOutcome.DryRun ? "planned" : "not executed") : $"{done.Status}{(done.Reason == Core.Execution.ExecutionReason.None ? "" : " " + done.Reason)}");
        }
        console.Write(trades);
        if (summary.Execution?.Summary is { } execution)
        {
            console.MarkupLine(string.Create(CultureInfo.InvariantCulture,
                $"Orders {execution.Totals.OrdersPlaced}, bought ${execution.Totals.BuyNotional:N2}, sold ${execution.Totals.SellNotional:N2}, slippage ${execution.Totals.SlippageDollars:N2}; equity after ${execution.FinalAccount.Equity:N2}, cash ${execution.FinalAccount.Cash:N2}"));
        }
    }

    private static string Money(decimal value) => value.ToString("N2", CultureInfo.InvariantCulture);
}
