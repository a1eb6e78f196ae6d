using System.CommandLine;
using System.Globalization;

namespace Alchemiser.Cli.Commands;

/// <summary>Options shared by several commands.</summary>
internal static class CommonOptions
{
    public static Option<string?> Strategies() => new("--strategies")
    {
        Description = "Strategies folder (default: $ALCHEMISER_STRATEGIES, ./strategies, or the copy beside the program)",
    };

    public static Option<bool> Json() => new("--json") { Description = "Write JSON to stdout instead of tables" };

    public static Option<DateOnly?> Date(string name, string description) => new(name)
    {
        Description = description,
        CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                return date;
            result.AddError($"{name}: '{text}' is not a date in the form yyyy-MM-dd");
            return null;
        },
    };
}
