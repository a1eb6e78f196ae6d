using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Alchemiser.Core.Execution;

/// <summary>
/// The id of one orchestration instance (PIPELINE.md §7.1): the trading date <c>yyyy-MM-dd</c> for the day's run,
/// <c>yyyy-MM-dd#n</c> (n = 2, 3, …) for a forced rerun, or any other text (tests, manual tools).
/// </summary>
/// <remarks>
/// Immutable. Only the canonical spellings are daily ids: <c>2026-11-24#02</c>, <c>2026-11-24#1</c> or
/// <c>2026-02-30</c> are "other" ids, so that every daily id has exactly one spelling and one client order id base
/// (§7.2). The plan id of a run is its instance id.
/// </remarks>
public readonly record struct InstanceId
{
    /// <summary>The longest id accepted, in characters.</summary>
    public const int MaxLength = 256;

    private const string DateFormat = "yyyy-MM-dd";

    private InstanceId(string value, DateOnly? tradingDate, int run)
    {
        Value = value;
        TradingDate = tradingDate;
        Run = run;
    }

    /// <summary>The id's text, e.g. <c>2026-11-24</c> or <c>2026-11-24#2</c>.</summary>
    public string Value { get; }

    /// <summary>The trading date of a daily id; <see langword="null"/> for any other id.</summary>
    public DateOnly? TradingDate { get; }

    /// <summary>1 for the day's first instance, n for <c>#n</c>, 0 for an id that is not a daily id.</summary>
    public int Run { get; }

    /// <summary>Whether this is a daily id (<c>yyyy-MM-dd</c> or <c>yyyy-MM-dd#n</c>).</summary>
    [MemberNotNullWhen(true, nameof(TradingDate))]
    public bool IsDaily => TradingDate is not null;

    /// <summary>The day's first instance id, <c>yyyy-MM-dd</c>.</summary>
    public static InstanceId ForTradingDate(DateOnly date) => new(Format(date), date, 1);

    /// <summary>The id of the <paramref name="run"/>-th instance of a day: <c>yyyy-MM-dd</c> for 1, else <c>yyyy-MM-dd#n</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="run"/> is less than 1.</exception>
    public static InstanceId ForRun(DateOnly date, int run)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(run, 1);
        return run == 1
            ? ForTradingDate(date)
            : new(string.Create(CultureInfo.InvariantCulture, $"{Format(date)}#{run}"), date, run);
    }

    /// <summary>
    /// The id a new instance of <paramref name="date"/> gets: the date itself when no instance of that day exists,
    /// else <c>yyyy-MM-dd#n</c> with the first unused n ≥ 2 (a forced rerun).
    /// </summary>
    /// <param name="date">The trading date.</param>
    /// <param name="existing">Every instance id that exists; ids of other days are ignored.</param>
    public static InstanceId NextFor(DateOnly date, IEnumerable<InstanceId> existing)
    {
        ArgumentNullException.ThrowIfNull(existing);
        var used = new HashSet<int>();
        foreach (var id in existing)
        {
            if (id.TradingDate == date)
                used.Add(id.Run);
        }
        var run = 1;
        while (used.Contains(run))
            run = checked(run + 1);
        return ForRun(date, run);
    }

    /// <summary>
    /// Parses an instance id. Any text of 1 to <see cref="MaxLength"/> characters without white space or control
    /// characters is accepted; the canonical daily spellings are recognised as daily ids.
    /// </summary>
    /// <exception cref="FormatException">Empty, too long, or containing white space or control characters.</exception>
    public static InstanceId Parse(string text) =>
        TryParse(text, out var id) ? id : throw new FormatException($"'{text}' is not a valid instance id");

    /// <summary>Parses an instance id without throwing; see <see cref="Parse"/>.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out InstanceId id)
    {
        id = default;
        if (string.IsNullOrEmpty(text) || text.Length > MaxLength)
            return false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
                return false;
        }
        id = TryParseDaily(text, out var date, out var run) ? new InstanceId(text, date, run) : new InstanceId(text, null, 0);
        return true;
    }

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;

    private static string Format(DateOnly date) => date.ToString(DateFormat, CultureInfo.InvariantCulture);

    private static bool TryParseDaily(string text, out DateOnly date, out int run)
    {
        run = 1;
        var hash = text.IndexOf('#', StringComparison.Ordinal);
        var datePart = hash < 0 ? text : text[..hash];
        if (!DateOnly.TryParseExact(datePart, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
            return false;
        if (hash < 0)
            return true;
        var runPart = text[(hash + 1)..];
        return runPart.Length is > 0 and <= 9
            && runPart[0] != '0'
            && runPart.All(char.IsAsciiDigit)
            && int.TryParse(runPart, NumberStyles.None, CultureInfo.InvariantCulture, out run)
            && run >= 2;
    }
}
