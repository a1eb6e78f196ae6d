using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace Alchemiser.Core.Market;

/// <summary>
/// A validated, canonical ticker: upper case, letters and digits with at most one class separator written as
/// <c>/</c> (<c>BRK.B</c> and <c>BRK/B</c> are the same symbol, <c>BRK/B</c>).
/// </summary>
/// <remarks>Immutable. Conversion from a string is explicit (<see cref="Parse"/>, <see cref="TryParse"/>) so that an
/// unchecked ticker cannot slip in.</remarks>
public readonly partial record struct Symbol : IComparable<Symbol>
{
    private Symbol(string value) => Value = value;

    /// <summary>The canonical text, e.g. <c>SPY</c> or <c>BRK/B</c>.</summary>
    public string Value { get; }

    /// <summary>Parses a ticker: trims, upper-cases, maps <c>.</c> to <c>/</c>, then checks the shape.</summary>
    /// <exception cref="FormatException">The text is not a valid ticker.</exception>
    public static Symbol Parse(string text) =>
        TryParse(text, out var symbol) ? symbol : throw new FormatException($"'{text}' is not a valid ticker");

    /// <summary>Parses a ticker without throwing; see <see cref="Parse"/>.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out Symbol symbol)
    {
        symbol = default;
        if (text is null)
            return false;
        var canonical = text.Trim().ToUpperInvariant().Replace('.', '/');
        if (!TickerShape().IsMatch(canonical))
            return false;
        symbol = new Symbol(canonical);
        return true;
    }

    /// <inheritdoc />
    public int CompareTo(Symbol other) => string.CompareOrdinal(Value, other.Value);

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;

    [GeneratedRegex("^[A-Z0-9]+(/[A-Z0-9]+)?$")]
    private static partial Regex TickerShape();
}
