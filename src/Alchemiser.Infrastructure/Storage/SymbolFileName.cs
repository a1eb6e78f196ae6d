using System.Diagnostics.CodeAnalysis;
using Alchemiser.Core.Market;

namespace Alchemiser.Infrastructure.Storage;

/// <summary>
/// Maps a <see cref="Symbol"/> to a file name stem and back, reversibly: <c>BRK/B</c> is <c>BRK_B</c>.
/// </summary>
/// <remarks>
/// A ticker holds only <c>A-Z</c>, <c>0-9</c> and one <c>/</c>, so replacing <c>/</c> with <c>_</c> can be undone.
/// Names that Windows reserves for devices (<c>CON</c>, <c>NUL</c>, <c>COM1</c>, ...) get a leading <c>_</c>, which no
/// ticker can start with, so the mapping stays reversible and the file can be created on every platform.
/// </remarks>
internal static class SymbolFileName
{
    private static readonly HashSet<string> ReservedDeviceNames = new(StringComparer.Ordinal)
    {
        "CON", "PRN", "AUX", "NUL",
        "COM0", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
        "LPT0", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
    };

    /// <summary>The file name stem (no extension) of <paramref name="symbol"/>.</summary>
    public static string ToStem(Symbol symbol)
    {
        var stem = symbol.Value.Replace('/', '_');
        return ReservedDeviceNames.Contains(stem) ? "_" + stem : stem;
    }

    /// <summary>
    /// Reads the symbol of a stem written by <see cref="ToStem"/>. Only the exact canonical stem is accepted, so every
    /// stored file maps to one symbol and back to the same name.
    /// </summary>
    public static bool TryParseStem(string stem, out Symbol symbol)
    {
        symbol = default;
        var body = stem.StartsWith('_') ? stem[1..] : stem;
        if (!Symbol.TryParse(body.Replace('_', '/'), out var parsed))
            return false;
        if (!string.Equals(ToStem(parsed), stem, StringComparison.Ordinal))
            return false;
        symbol = parsed;
        return true;
    }

    /// <summary>
    /// Reads the symbol of a user-supplied file stem leniently: <c>BRK_B</c>, <c>BRK.B</c> and <c>brk.b</c> all give
    /// <c>BRK/B</c>; a leading <c>_</c> (an escaped device name) is ignored.
    /// </summary>
    public static bool TryParseLenient(string stem, [NotNullWhen(true)] out Symbol? symbol)
    {
        symbol = null;
        var body = stem.StartsWith('_') ? stem[1..] : stem;
        if (!Symbol.TryParse(body.Replace('_', '/'), out var parsed))
            return false;
        symbol = parsed;
        return true;
    }
}
