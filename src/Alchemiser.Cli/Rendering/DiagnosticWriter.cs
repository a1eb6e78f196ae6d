using Alchemiser.Core.Dsl;
using Spectre.Console;

namespace Alchemiser.Cli.Rendering;

/// <summary>Writes diagnostics as compilers do: <c>file:line:col: error DSLnnn: message</c>, excerpt, path.</summary>
internal static class DiagnosticWriter
{
    public static void Write(IAnsiConsole console, Diagnostic diagnostic)
    {
        var colour = diagnostic.IsError ? "red" : "yellow";
        console.MarkupLine($"[{colour}]{Markup.Escape(diagnostic.Headline)}[/]");
        if (diagnostic.Excerpt.Length > 0)
            console.WriteLine(diagnostic.Excerpt);
        if (diagnostic.EvaluationPath is { } path)
            console.MarkupLine($"[grey]   path: {Markup.Escape(path)}[/]");
    }
}
