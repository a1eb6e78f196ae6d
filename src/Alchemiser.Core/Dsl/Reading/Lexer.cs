using System.Globalization;
using System.Text;

namespace Alchemiser.Core.Dsl.Reading;

/// <summary>
/// Splits strategy text into tokens (DSL.md §1.2), tracking line and column in code points. Stops at the first
/// lexical error, which it reports as <see cref="Error"/>.
/// </summary>
internal sealed class Lexer
{
    private const int MaxInternedLength = 24;

    private readonly SourceText _source;
    private readonly string _text;
    private readonly HashSet<string> _interned = new(StringComparer.Ordinal);
    private int _position;
    private int _line = 1;
    private int _column = 1;

    public Lexer(SourceText source)
    {
        _source = source;
        _text = source.Text;
    }

    /// <summary>The lexical error that stopped scanning, if any.</summary>
    public Diagnostic? Error { get; private set; }

    /// <summary>The next token; <see cref="TokenKind.End"/> at the end of the text or after an error.</summary>
    public Token Next()
    {
        SkipTrivia();
        if (_position >= _text.Length || Error is not null)
            return new Token(TokenKind.End, Here(0));

        var c = _text[_position];
        switch (c)
        {
            case '(': return Single(TokenKind.OpenParen);
            case ')': return Single(TokenKind.CloseParen);
            case '[': return Single(TokenKind.OpenBracket);
            case ']': return Single(TokenKind.CloseBracket);
            case '{': return Single(TokenKind.OpenBrace);
            case '}': return Single(TokenKind.CloseBrace);
            case '"': return ReadString();
            case ':': return ReadKeyword();
        }
        if (IsDigit(c) || (c == '-' && _position + 1 < _text.Length && IsDigit(_text[_position + 1])))
            return ReadNumber();
        if (IsIdentifierStart(c))
            return ReadIdentifier();
        return Fail(Here(1), DslMessages.UnexpectedCharacter(DescribeCharacter(_position)));
    }

    private void SkipTrivia()
    {
        while (_position < _text.Length)
        {
            var c = _text[_position];
            if (c is ' ' or '\t' or '\r' or ',')
            {
                Advance();
            }
            else if (c == '\n')
            {
                Advance();
            }
            else if (c == ';')
            {
                while (_position < _text.Length && _text[_position] != '\n')
                    Advance();
            }
            else
            {
                return;
            }
        }
    }

    private Token Single(TokenKind kind)
    {
        var span = Here(1);
        Advance();
        return new Token(kind, span);
    }

    private Token ReadString()
    {
        var start = Here(0);
        Advance();
        StringBuilder? escaped = null;
        var segmentStart = _position;
        while (_position < _text.Length)
        {
            var c = _text[_position];
            if (c == '"')
            {
                var value = escaped is null
                    ? Intern(segmentStart, _position)
                    : escaped.Append(_text, segmentStart, _position - segmentStart).ToString();
                Advance();
                return new Token(TokenKind.String, start with { End = _position }, value);
            }
            if (c != '\\')
            {
                Advance();
                continue;
            }
            escaped ??= new StringBuilder();
            escaped.Append(_text, segmentStart, _position - segmentStart);
            var escapeSpan = Here(2);
            Advance();
            if (_position >= _text.Length)
                break;
            var decoded = _text[_position] switch
            {
                '"' => '"',
                '\\' => '\\',
                'n' => '\n',
                't' => '\t',
                'r' => '\r',
                _ => '\0',
            };
            if (decoded == '\0')
                return Fail(escapeSpan, DslMessages.BadEscape(DescribeCharacter(_position)));
            escaped.Append(decoded);
            Advance();
            segmentStart = _position;
        }
        return Fail(start, DslMessages.UnterminatedString);
    }

    private Token ReadKeyword()
    {
        var start = Here(0);
        Advance();
        if (_position >= _text.Length || !IsKeywordStart(_text[_position]))
            return Fail(start with { End = start.Start + 1 }, DslMessages.LoneColon);
        while (_position < _text.Length && IsKeywordPart(_text[_position]))
            Advance();
        return new Token(TokenKind.Keyword, start with { End = _position }, Intern(start.Start, _position));
    }

    private Token ReadNumber()
    {
        var start = Here(0);
        if (_text[_position] == '-')
            Advance();
        while (_position < _text.Length && IsDigit(_text[_position]))
            Advance();
        if (_position + 1 < _text.Length && _text[_position] == '.' && IsDigit(_text[_position + 1]))
        {
            Advance();
            while (_position < _text.Length && IsDigit(_text[_position]))
                Advance();
        }
        if (_position < _text.Length && (IsIdentifierPart(_text[_position]) || _text[_position] == '.'))
            return Fail(Here(1), DslMessages.BadNumber(_text[start.Start.._position], DescribeCharacter(_position)));
        var text = _text[start.Start.._position];
        var value = double.Parse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        return new Token(TokenKind.Number, start with { End = _position }, text, value);
    }

    private Token ReadIdentifier()
    {
        var start = Here(0);
        while (_position < _text.Length && IsIdentifierPart(_text[_position]))
            Advance();
        return new Token(TokenKind.Identifier, start with { End = _position }, Intern(start.Start, _position));
    }

    /// <summary>Operator names, keywords and tickers repeat thousands of times in a large file: one string each.</summary>
    private string Intern(int start, int end)
    {
        if (end - start > MaxInternedLength)
            return _text[start..end];
        var lookup = _interned.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(_text.AsSpan(start, end - start), out var existing))
            return existing;
        var text = _text[start..end];
        _interned.Add(text);
        return text;
    }

    private Token Fail(SourceSpan span, string message)
    {
        Error = Diagnostic.At(_source, span, DiagnosticCodes.Syntax, DiagnosticSeverity.Error, message);
        _position = _text.Length;
        return new Token(TokenKind.End, span);
    }

    private SourceSpan Here(int length) => new(_position, Math.Min(_position + length, _text.Length), _line, _column);

    private void Advance()
    {
        var c = _text[_position++];
        if (c == '\n')
        {
            _line++;
            _column = 1;
        }
        else if (!char.IsLowSurrogate(c) || _position < 2 || !char.IsHighSurrogate(_text[_position - 2]))
        {
            _column++;
        }
    }

    private string DescribeCharacter(int index)
    {
        if (index >= _text.Length)
            return "end of file";
        Rune.DecodeFromUtf16(_text.AsSpan(index), out var rune, out _);
        return rune.Value is < 32 or 127 ? $"U+{rune.Value:X4}" : $"'{rune}'";
    }

    private static bool IsDigit(char c) => c is >= '0' and <= '9';

    private static bool IsLetter(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or '_';

    private static bool IsKeywordStart(char c) => IsLetter(c);

    private static bool IsKeywordPart(char c) => IsLetter(c) || IsDigit(c) || c == '-';

    private static bool IsIdentifierStart(char c) => IsLetter(c) || c is '<' or '>' or '=' or '!' or '?' or '+' or '*' or '/' or '-';

    private static bool IsIdentifierPart(char c) => IsIdentifierStart(c) || IsDigit(c);
}
