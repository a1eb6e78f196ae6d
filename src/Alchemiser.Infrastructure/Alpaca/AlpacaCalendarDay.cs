namespace Alchemiser.Infrastructure.Alpaca;

/// <summary>One trading session from Alpaca's calendar: its date and the regular open and close, New York time.</summary>
/// <param name="Date">The session date.</param>
/// <param name="Open">Regular market open, New York local time (normally 09:30).</param>
/// <param name="Close">Regular market close, New York local time (16:00, or 13:00 on early-close days).</param>
public readonly record struct AlpacaCalendarDay(DateOnly Date, TimeOnly Open, TimeOnly Close);
