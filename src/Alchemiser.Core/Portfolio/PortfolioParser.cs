using System.Globalization;
using System.Text.Json;

namespace Alchemiser.Core.Portfolio;

/// <summary>
/// Parses and checks <c>portfolio.json</c>: every rule of PIPELINE.md §3 that needs no file system. Errors name the
/// file and the field (or line and column for malformed JSON); the caller checks that the files exist.
/// </summary>
public static class PortfolioParser
{
    /// <summary>|Σ allocation − 1| may be at most this.</summary>
    public const double SumTolerance = 0.01;

    /// <summary>Parses <paramref name="json"/>; returns the definition or every problem found.</summary>
    public static PortfolioDefinition? Parse(string path, string json, out IReadOnlyList<string> errors)
    {
        var problems = new List<string>();
        errors = problems;
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException invalid)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"{path}:{invalid.LineNumber + 1}:{invalid.BytePositionInLine + 1}: invalid JSON: {FirstSentence(invalid.Message)}"));
            return null;
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                problems.Add($"{path}: the top level must be an object with \"strategies\"");
                return null;
            }
            var mode = StrategyFailureMode.Abort;
            var entries = new List<(string File, double Allocation)>();
            foreach (var property in root.EnumerateObject())
            {
                switch (property.Name)
                {
                    case "strategies":
                        ReadStrategies(path, property.Value, entries, problems);
                        break;
                    case "onStrategyFailure":
                        mode = property.Value.ValueKind == JsonValueKind.String ? ParseMode(property.Value.GetString()!) ?? Report(problems, path, "onStrategyFailure", "must be \"abort\" or \"hold-previous\"") : Report(problems, path, "onStrategyFailure", "must be \"abort\" or \"hold-previous\"");
                        break;
                    default:
                        problems.Add($"{path}: unknown property \"{property.Name}\" (allowed: strategies, onStrategyFailure)");
                        break;
                }
            }
            if (!root.TryGetProperty("strategies", out _))
                problems.Add($"{path}: \"strategies\" is missing");
            else if (entries.Count == 0 && problems.Count == 0)
                problems.Add($"{path}: strategies: at least one strategy is needed");

            var sum = entries.Sum(e => e.Allocation);
            if (entries.Count > 0 && Math.Abs(sum - 1) > SumTolerance)
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"{path}: allocations sum to {sum:0.######}; they must sum to 1 within 1%"));
            if (problems.Count > 0)
                return null;
            return new PortfolioDefinition([.. entries.Select(e => new PortfolioEntry(e.File, e.Allocation, e.Allocation / sum))], mode);
        }
    }

    private static void ReadStrategies(string path, JsonElement value, List<(string, double)> entries, List<string> problems)
    {
        if (value.ValueKind != JsonValueKind.Array)
        {
            problems.Add($"{path}: strategies: must be an array of {{ \"file\", \"allocation\" }} objects");
            return;
        }
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            var field = string.Create(CultureInfo.InvariantCulture, $"strategies[{index++}]");
            if (item.ValueKind != JsonValueKind.Object)
            {
                problems.Add($"{path}: {field}: must be an object with \"file\" and \"allocation\"");
                continue;
            }
            string? file = null;
            double? allocation = null;
            foreach (var property in item.EnumerateObject())
            {
                switch (property.Name)
                {
                    case "file":
                        file = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString() : null;
                        if (file is null || FileProblem(file) is { } problem)
                        {
                            problems.Add($"{path}: {field}.file: {(file is null ? "must be a string" : FileProblem(file))}");
                            file = null;
                        }
                        else if (!seen.Add(file))
                        {
                            problems.Add($"{path}: {field}.file: \"{file}\" is listed twice");
                            file = null;
                        }
                        break;
                    case "allocation":
                        if (property.Value.ValueKind == JsonValueKind.Number && property.Value.GetDouble() is var a && double.IsFinite(a) && a > 0 && a <= 1)
                            allocation = a;
                        else
                            problems.Add($"{path}: {field}.allocation: must be a number in (0, 1]; found {property.Value.GetRawText()}");
                        break;
                    default:
                        problems.Add($"{path}: {field}: unknown property \"{property.Name}\" (allowed: file, allocation)");
                        break;
                }
            }
            if (!item.TryGetProperty("file", out _))
                problems.Add($"{path}: {field}.file: is missing");
            if (!item.TryGetProperty("allocation", out _))
                problems.Add($"{path}: {field}.allocation: is missing");
            if (file is not null && allocation is not null)
                entries.Add((file, allocation.Value));
        }
    }

    /// <summary>A relative path under the strategies folder with <c>/</c> separators, ending in <c>.clj</c>, no <c>..</c>.</summary>
    private static string? FileProblem(string file)
    {
        if (!file.EndsWith(".clj", StringComparison.Ordinal) || file.Length <= 4)
            return $"\"{file}\" must end in .clj";
        if (file.Contains('\\', StringComparison.Ordinal) || file.StartsWith('/') || file.Contains(':', StringComparison.Ordinal))
            return $"\"{file}\" must be a relative path with / separators";
        if (file.Split('/').Any(part => part is ".." or "." or ""))
            return $"\"{file}\" must not contain empty, . or .. segments";
        return null;
    }

    private static StrategyFailureMode? ParseMode(string text) => text switch
    {
        "abort" => StrategyFailureMode.Abort,
        "hold-previous" => StrategyFailureMode.HoldPrevious,
        _ => null,
    };

    private static StrategyFailureMode Report(List<string> problems, string path, string field, string message)
    {
        problems.Add($"{path}: {field}: {message}");
        return StrategyFailureMode.Abort;
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(" Path:", StringComparison.Ordinal);
        return end > 0 ? message[..end] : message;
    }
}
