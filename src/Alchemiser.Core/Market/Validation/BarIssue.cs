namespace Alchemiser.Core.Market.Validation;

/// <summary>One problem found in a symbol's bars: which check, on which session, and the detail a human needs.</summary>
/// <param name="Symbol">The symbol.</param>
/// <param name="Date">The session concerned (for <see cref="BarCheck.Stale"/>: the last bar's date).</param>
/// <param name="Check">The check that failed.</param>
/// <param name="Detail">E.g. "close 23.10 is +186.2% on the previous close; SOXL moved -2.6%".</param>
public sealed record BarIssue(Symbol Symbol, DateOnly Date, BarCheck Check, string Detail);
