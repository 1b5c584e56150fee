namespace Corpus.Text;

/// <summary>What role a sentence plays in an article.</summary>
[Flags]
public enum SentenceKind : byte
{
    /// <summary>Running text.</summary>
    Body = 0,
    /// <summary>The article's headline (its first line when that line is not a sentence of running text).</summary>
    Headline = 1,
    /// <summary>A dateline ("MOSCOW –", "Monday, January 10, 2022").</summary>
    Dateline = 2,
    /// <summary>A short line without final punctuation inside the article: a subheading.</summary>
    Heading = 4,
    /// <summary>Web cruft (share lines, comment prompts, author bios): later stages skip it.</summary>
    Boilerplate = 8,
}

/// <summary>A sentence: a view of a <see cref="Document"/>'s token table.</summary>
/// <param name="Index">Position in the document's sentence list.</param>
/// <param name="Span">From the first token's start to the last token's end.</param>
/// <param name="FirstToken">Index of the first token.</param>
/// <param name="TokenCount">Number of tokens (at least one).</param>
/// <param name="Kind">The sentence's role.</param>
public readonly record struct Sentence(int Index, TextSpan Span, int FirstToken, int TokenCount, SentenceKind Kind)
{
    /// <summary>One past the index of the last token.</summary>
    public int EndToken => FirstToken + TokenCount;

    /// <summary>True when the sentence is web cruft rather than article content.</summary>
    public bool IsBoilerplate => (Kind & SentenceKind.Boilerplate) != 0;
}
