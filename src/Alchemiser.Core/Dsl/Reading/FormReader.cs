using System.Runtime.InteropServices;

namespace Alchemiser.Core.Dsl.Reading;

/// <summary>
/// Reads tokens into forms with an explicit stack, so that any nesting up to <see cref="MaxDepth"/> is read without
/// recursion (DSL.md §1.4). Stops at the first syntax error.
/// </summary>
internal static class FormReader
{
    /// <summary>The deepest bracket nesting accepted; deeper is DSL003 (the spec recommends 10,000).</summary>
    public const int MaxDepth = 10_000;

    public static Form? Read(SourceText source, out Diagnostic? error) => Read(source, out error, out _);

    /// <summary>Reads the single top-level form; <paramref name="maxDepth"/> is the deepest bracket nesting seen.</summary>
    public static Form? Read(SourceText source, out Diagnostic? error, out int maxDepth)
    {
        maxDepth = 0;
        var lexer = new Lexer(source);
        var open = new Stack<Frame>();
        var items = new List<Form>();
        Form? top = null;
        error = null;

        while (true)
        {
            var token = lexer.Next();
            if (lexer.Error is not null)
            {
                error = lexer.Error;
                return null;
            }

            Form? completed = null;
            switch (token.Kind)
            {
                case TokenKind.End:
                    if (open.Count > 0)
                    {
                        var unclosed = open.Peek();
                        error = Syntax(source, unclosed.Open.Span, DslMessages.Unclosed(Opener(unclosed.Open.Kind)));
                        return null;
                    }
                    if (top is null)
                        error = Syntax(source, token.Span, DslMessages.NoForm);
                    return top;

                case TokenKind.OpenParen or TokenKind.OpenBracket or TokenKind.OpenBrace:
                    if (open.Count >= MaxDepth)
                    {
                        error = Diagnostic.At(source, token.Span, DiagnosticCodes.TooDeep, DiagnosticSeverity.Error, DslMessages.TooDeep(MaxDepth));
                        return null;
                    }
                    open.Push(new Frame(token, items.Count));
                    maxDepth = Math.Max(maxDepth, open.Count);
                    continue;

                case TokenKind.CloseParen or TokenKind.CloseBracket or TokenKind.CloseBrace:
                    if (open.Count == 0)
                    {
                        error = Syntax(source, token.Span, DslMessages.UnexpectedCloser(Closer(token.Kind)));
                        return null;
                    }
                    var frame = open.Pop();
                    var expected = Matching(frame.Open.Kind);
                    if (token.Kind != expected)
                    {
                        error = Syntax(source, token.Span, DslMessages.MismatchedCloser(Closer(token.Kind), Closer(expected), Opener(frame.Open.Kind), frame.Open.Span));
                        return null;
                    }
                    var span = frame.Open.Span with { End = token.Span.End };
                    var children = CollectionsMarshal.AsSpan(items)[frame.FirstItem..].ToArray();
                    items.RemoveRange(frame.FirstItem, children.Length);
                    if (frame.Open.Kind == TokenKind.OpenBrace && children.Length % 2 != 0)
                    {
                        error = Syntax(source, frame.Open.Span, DslMessages.OddMap(children.Length));
                        return null;
                    }
                    completed = frame.Open.Kind switch
                    {
                        TokenKind.OpenParen => new CallForm(span, children),
                        TokenKind.OpenBracket => new VectorForm(span, children),
                        _ => new MapForm(span, children),
                    };
                    break;

                case TokenKind.String:
                    completed = new StringForm(token.Span, token.Text);
                    break;
                case TokenKind.Number:
                    completed = new NumberForm(token.Span, token.Number, token.Text);
                    break;
                case TokenKind.Keyword:
                    completed = new KeywordForm(token.Span, token.Text);
                    break;
                case TokenKind.Identifier:
                    completed = new IdentifierForm(token.Span, token.Text);
                    break;
            }

            if (open.Count > 0)
            {
                items.Add(completed!);
            }
            else if (top is null)
            {
                top = completed;
            }
            else
            {
                error = Syntax(source, completed!.Span, DslMessages.SecondTopLevelForm);
                return null;
            }
        }
    }

    private static Diagnostic Syntax(SourceText source, SourceSpan span, string message) =>
        Diagnostic.At(source, span, DiagnosticCodes.Syntax, DiagnosticSeverity.Error, message);

    private static TokenKind Matching(TokenKind opener) => opener switch
    {
        TokenKind.OpenParen => TokenKind.CloseParen,
        TokenKind.OpenBracket => TokenKind.CloseBracket,
        _ => TokenKind.CloseBrace,
    };

    private static char Opener(TokenKind kind) => kind switch
    {
        TokenKind.OpenParen => '(',
        TokenKind.OpenBracket => '[',
        _ => '{',
    };

    private static char Closer(TokenKind kind) => kind switch
    {
        TokenKind.CloseParen => ')',
        TokenKind.CloseBracket => ']',
        _ => '}',
    };

    /// <summary>An open bracket; its items so far are <c>items[FirstItem..]</c> of the shared item stack.</summary>
    private readonly record struct Frame(Token Open, int FirstItem);
}
