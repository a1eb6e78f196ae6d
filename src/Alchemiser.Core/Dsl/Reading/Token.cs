namespace Alchemiser.Core.Dsl.Reading;

/// <summary>One token. <see cref="Text"/> is the decoded value of a string, the name of a keyword (with its colon)
/// or identifier; <see cref="Number"/> the value of a number.</summary>
internal readonly record struct Token(TokenKind Kind, SourceSpan Span, string Text = "", double Number = 0);
