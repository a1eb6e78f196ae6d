using System.Collections.Frozen;

namespace Alchemiser.Core.Market;

/// <summary>
/// Weekdays since 1990 on which the NYSE closed for the whole day outside its holiday rules: national days of
/// mourning, the September 11 attacks and Hurricane Sandy.
/// </summary>
/// <remarks>
/// Checked against a daily price history from 1993 onward (the calendar tests). A new closure is added here when the
/// exchange announces it.
/// </remarks>
internal static class NyseSpecialClosures
{
    private static readonly FrozenDictionary<DateOnly, string> Closures = new Dictionary<DateOnly, string>
    {
        [new(1994, 4, 27)] = "National Day of Mourning for former President Richard Nixon",
        [new(2001, 9, 11)] = "September 11 attacks",
        [new(2001, 9, 12)] = "September 11 attacks",
        [new(2001, 9, 13)] = "September 11 attacks",
        [new(2001, 9, 14)] = "September 11 attacks",
        [new(2004, 6, 11)] = "National Day of Mourning for former President Ronald Reagan",
        [new(2007, 1, 2)] = "National Day of Mourning for former President Gerald Ford",
        [new(2012, 10, 29)] = "Hurricane Sandy",
        [new(2012, 10, 30)] = "Hurricane Sandy",
        [new(2018, 12, 5)] = "National Day of Mourning for former President George H. W. Bush",
        [new(2025, 1, 9)] = "National Day of Mourning for former President Jimmy Carter",
    }.ToFrozenDictionary();

    /// <summary>Why the exchange was closed on <paramref name="date"/>, or <see langword="null"/> when it was not
    /// a special closure.</summary>
    internal static string? Find(DateOnly date) => Closures.GetValueOrDefault(date);

    /// <summary>Every special closure, for tests and reports.</summary>
    internal static IReadOnlyDictionary<DateOnly, string> All => Closures;
}
