using Alchemiser.Core.Execution;
using Alchemiser.Core.Market;

namespace Alchemiser.Workflow.Execution.Worker;

internal sealed partial class ExecutionRun
{
    /// <summary>
    /// The arrival quote (PIPELINE.md §6.4): usable when bid, ask &gt; 0, bid ≤ ask and fresh; otherwise fetched again
    /// up to <see cref="ExecutionSettings.QuoteRefetches"/> times; then <see cref="ExecutionReason.NoQuote"/>. A spread
    /// that is too wide is <see cref="ExecutionReason.SpreadTooWide"/>.
    /// </summary>
    private async Task<(Quote? Quote, ExecutionReason Problem)> GetArrivalQuoteAsync(Symbol symbol, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            var quote = await FetchQuoteAsync(symbol, cancellationToken);
            var check = quote is null ? QuoteCheck.Unusable : QuotePolicy.Check(quote, _time.GetUtcNow(), _pricing);
            if (check == QuoteCheck.Usable)
                return (quote, ExecutionReason.None);
            if (check == QuoteCheck.SpreadTooWide)
                return (null, ExecutionReason.SpreadTooWide);
            if (attempt >= _settings.QuoteRefetches)
                return (null, ExecutionReason.NoQuote);
            await Task.Delay(_settings.QuoteRefetchDelay, _time, cancellationToken);
        }
    }

    /// <summary>
    /// The order kind and limit of <paramref name="step"/>: the ladder price from the arrival quote for steps 0–2;
    /// for step 3 a fresh quote (fetched again while unusable) priced by <see cref="PricingLadder.FinalLimitFor"/>, or
    /// checked by <see cref="PricingLadder.CheckFinal"/> for a market order. A refusal is
    /// <see cref="ExecutionReason.PriceCap"/> or <see cref="ExecutionReason.NoQuote"/>.
    /// </summary>
    private async Task<(ExecutionOrderKind Kind, decimal? Limit, ExecutionReason Refusal)> PriceAsync(
        ItemRecord item, int step, CancellationToken cancellationToken)
    {
        var arrival = new Quote(item.ArrivalBid!.Value, item.ArrivalAsk!.Value, item.QuoteTime!.Value);
        if (step < PricingLadder.FinalStep)
            return (ExecutionOrderKind.Limit, PricingLadder.LimitFor(arrival, item.Side, step, _pricing), ExecutionReason.None);
        var symbol = Symbol.Parse(item.Symbol);
        for (var attempt = 0; ; attempt++)
        {
            var fresh = await FetchQuoteAsync(symbol, cancellationToken);
            var now = _time.GetUtcNow();
            (ExecutionOrderKind, decimal?, ExecutionReason) priced;
            if (fresh is null)
                priced = (ExecutionOrderKind.MarketableLimit, null, ExecutionReason.NoQuote);
            else if (_settings.FinalOrder == FinalOrderKind.Market)
                priced = (ExecutionOrderKind.Market, null, PricingLadder.CheckFinal(arrival.Mid, fresh, item.Side, now, _pricing));
            else
            {
                var final = PricingLadder.FinalLimitFor(arrival.Mid, fresh, item.Side, now, _pricing);
                priced = (ExecutionOrderKind.MarketableLimit, final.CanPlace ? final.Limit : null, final.Refusal);
            }

            if (priced.Item3 != ExecutionReason.NoQuote || attempt >= _settings.QuoteRefetches)
                return priced;
            await Task.Delay(_settings.QuoteRefetchDelay, _time, cancellationToken);
        }
    }

    private async Task<Quote?> FetchQuoteAsync(Symbol symbol, CancellationToken cancellationToken)
    {
        var quotes = await _broker.GetLatestQuotesAsync([symbol], cancellationToken);
        return quotes.TryGetValue(symbol, out var quote) ? quote : null;
    }
}
