namespace Alchemiser.Core.Dsl.Syntax;

/// <summary>How a <c>filter</c> ranks its candidates.</summary>
public enum SelectionOrder
{
    /// <summary>No selector: every eligible candidate is selected.</summary>
    All,

    /// <summary><c>select-top</c>: highest scores first.</summary>
    Top,

    /// <summary><c>select-bottom</c>: lowest scores first.</summary>
    Bottom,
}
