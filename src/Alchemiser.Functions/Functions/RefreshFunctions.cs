using Alchemiser.Infrastructure.Alpaca;
using Alchemiser.Infrastructure.Hosting;
using Alchemiser.Workflow.Data.Refresh;
using Alchemiser.Workflow.Data.Validation;
using Alchemiser.Workflow.Strategies;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Alchemiser.Functions.Functions;

/// <summary>
/// Stores each session's completed bars after the close, so the next day's run finds D's close (PIPELINE.md §1): the
/// same <see cref="BarRefresher"/> and validation as <c>alchemiser data refresh</c>, from Alpaca's market data.
/// </summary>
/// <param name="services">The app's services (bars, strategies).</param>
/// <param name="log">Logs the outcome per symbol.</param>
public sealed class RefreshFunctions(TradingServices services, ILogger<RefreshFunctions> log)
{
    /// <summary>Weekdays at 22:30 UTC: after the 16:00 ET close in both EST and EDT (the refresher never stores an unclosed session).</summary>
    [Function("RefreshBars")]
    public async Task Refresh([TimerTrigger("0 30 22 * * 1-5")] TimerInfo timer, FunctionContext context)
    {
        var clock = services.Options.Clock;
        using var source = new AlpacaMarketDataClient(AlpacaOptions.FromEnvironment(services.Options.Settings.Lookup), clock);
        var catalog = await StrategyCatalog.LoadAsync(services.Strategies, context.CancellationToken);
        var results = await new BarRefresher(services.Bars, source, clock).RefreshAsync(new RefreshRequest(catalog.Symbols), cancellationToken: context.CancellationToken);
        foreach (var result in results)
            log.LogInformation("Refresh {Symbol}: {Outcome} (+{Bars}, last {Last})", result.Symbol, result.Outcome, result.BarsAdded, result.LastDate);
        var changed = results.Where(r => r.BarsAdded > 0).Select(r => r.Symbol).ToList();
        await new BarValidationService(services.Bars, clock).ValidateAsync(changed, context.CancellationToken);
    }
}
