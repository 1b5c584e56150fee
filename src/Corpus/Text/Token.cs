namespace Corpus.Text;

/// <summary>What kind of characters a token holds.</summary>
public enum TokenKind : byte
{
    /// <summary>Letters, possibly with digits, inner hyphens, apostrophes or an abbreviation period.</summary>
    Word,
    /// <summary>Digits with separators (5,800; 1.5; 30-year counts as <see cref="Word"/> only when it starts with a letter).</summary>
    Number,
    /// <summary>A quotation mark of any style.</summary>
    Quote,
    /// <summary>Sentence and clause punctuation, dashes and ellipses.</summary>
    Punctuation,
    /// <summary>Currency, percent, math and other symbols.</summary>
    Symbol,
    /// <summary>A web address or e-mail address.</summary>
    Url,
    /// <summary>An emoji or pictograph sequence.</summary>
    Emoji,
    /// <summary>Anything else (control characters, unpaired surrogates).</summary>
    Other,
}

/// <summary>
/// One token: a view of a <see cref="Document"/>'s token table. Whitespace between tokens is not a
/// token; tokens plus the gaps between them reproduce the text exactly.
/// </summary>
/// <param name="Index">Position in the document's token table.</param>
/// <param name="Span">Where the token lies in the original text.</param>
/// <param name="Kind">What the token holds.</param>
public readonly record struct Token(int Index, TextSpan Span, TokenKind Kind)
{
    /// <summary>First code unit of the token.</summary>
    public int Start => Span.Start;

    /// <summary>One past the last code unit of the token.</summary>
    public int End => Span.End;
}
