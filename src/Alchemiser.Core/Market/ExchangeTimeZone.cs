namespace Alchemiser.Core.Market;

/// <summary>Locates the exchange's time zone on first use. Only the UTC conversions need it, so a machine without
/// time-zone data can still answer date questions.</summary>
internal static class ExchangeTimeZone
{
    private static readonly Lazy<TimeZoneInfo> Zone = new(Find);

    /// <summary>America/New_York.</summary>
    /// <exception cref="TimeZoneNotFoundException">The machine has no data for the zone.</exception>
    internal static TimeZoneInfo NewYork => Zone.Value;

    private static TimeZoneInfo Find()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
        }
        catch (TimeZoneNotFoundException)
        {
            // Windows maps IANA ids through ICU, which globalization-invariant mode leaves out; its own id names
            // the same zone.
            return TimeZoneInfo.FindSystemTimeZoneById("Eastern Standard Time");
        }
    }
}
