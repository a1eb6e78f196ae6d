namespace Alchemiser.Core.Dsl;

/// <summary>How serious a diagnostic is: an error stops loading or evaluation, a warning does not.</summary>
public enum DiagnosticSeverity
{
    /// <summary>Reported, but the strategy loads and evaluates.</summary>
    Warning,

    /// <summary>The strategy cannot be loaded (load errors) or evaluated for the date (evaluation errors).</summary>
    Error,
}
