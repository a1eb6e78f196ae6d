namespace Alchemiser.Core.Dsl.Reading;

internal enum TokenKind
{
    OpenParen,
    CloseParen,
    OpenBracket,
    CloseBracket,
    OpenBrace,
    CloseBrace,
    String,
    Number,
    Keyword,
    Identifier,
    End,
}
