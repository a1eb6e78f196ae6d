using Alchemiser.Core.Market;
using Alchemiser.Core.Market.Validation;

namespace Alchemiser.Workflow.Data.Validation;

/// <summary>One symbol's validation outcome.</summary>
public sealed record SymbolValidation(Symbol Symbol, int Rows, IReadOnlyList<BarIssue> Issues);

/// <summary>
/// Validates stored bars and records the outcome in the store's manifest, where evaluation reads it: a strategy
/// that needs a flagged bar fails closed.
/// </summary>
/// <remarks>
/// Staleness is judged against the reference session: the last completed session, but never later than the newest
/// bar in the store. A store of imported history (which ends on some past day) is therefore not "stale" as a whole;
/// a symbol that lags the others is. The refresh, which knows today's session, brings everything up to date first.
/// </remarks>
public sealed class BarValidationService(IBarStore store, TimeProvider clock, BarValidationOptions? options = null)
{
    /// <summary>Validates <paramref name="symbols"/> (default: every stored symbol) against each other as siblings.</summary>
    public async Task<IReadOnlyList<SymbolValidation>> ValidateAsync(IReadOnlyCollection<Symbol>? symbols = null, CancellationToken cancellationToken = default)
    {
        var stored = await store.ListSymbolsAsync(cancellationToken).ConfigureAwait(false);
        var bars = new Dictionary<Symbol, BarSeries>();
        foreach (var symbol in stored)
        {
            if (await store.ReadAsync(symbol, cancellationToken).ConfigureAwait(false) is { Count: > 0 } series)
                bars[symbol] = series;
        }
        if (bars.Count == 0)
            return [];

        var reference = ReferenceSession(bars.Values);
        var context = BarValidationContext.ForNyse(reference, symbol => bars.GetValueOrDefault(symbol));
        var validator = new BarValidator(options);
        var results = new List<SymbolValidation>();
        foreach (var symbol in (symbols ?? stored).Where(bars.ContainsKey).Order())
        {
            var issues = validator.Validate(bars[symbol], context);
            await store.RecordValidationAsync(symbol, issues, cancellationToken).ConfigureAwait(false);
            results.Add(new SymbolValidation(symbol, bars[symbol].Count, issues));
        }
        return results;
    }

    private DateOnly ReferenceSession(IEnumerable<BarSeries> bars)
    {
        var lastCompleted = NyseCalendar.LastCompletedSession(clock.GetUtcNow());
        var newest = bars.Max(b => b.LastDate!.Value);
        var reference = newest < lastCompleted ? newest : lastCompleted;
        return NyseCalendar.IsTradingDay(reference) ? reference : NyseCalendar.PreviousTradingDay(reference);
    }
}
