namespace Corpus.Text;

/// <summary>Which quotation-mark tokens open or close quoted words (as opposed to apostrophes and single marks).</summary>
internal static class QuoteMarks
{
    /// <summary>True for a double quotation mark of any style (straight, curly, low, guillemet) or a doubled single mark ('' or ``).</summary>
    public static bool IsDouble(string text, Token t) =>
        (t.Kind == TokenKind.Quote && text[t.Start] is '"' or '\u201C' or '\u201D' or '\u201E' or '\u00AB' or '\u00BB' or '\u201F' && t.End - t.Start == 1)
        || (t.Kind == TokenKind.Quote && t.End - t.Start == 2 && text[t.Start] is '`' or '\'');

    /// <summary>True when token <paramref name="token"/> stands inside quoted words of its sentence: an odd number of double marks opens the sentence before it.</summary>
    public static bool IsInsideQuote(Document doc, Sentence sentence, int token)
    {
        int marks = 0;
        for (int k = sentence.FirstToken; k < token; k++) marks += IsDouble(doc.Text, doc.Tokens[k]) ? 1 : 0;
        return marks % 2 == 1;
    }
}
