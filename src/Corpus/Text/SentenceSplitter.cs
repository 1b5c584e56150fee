namespace Corpus.Text;

/// <summary>
/// Groups tokens into sentences. Respects abbreviations (the tokenizer keeps "Mr." whole), closing
/// quotes after a final period, paragraphs and line-based headlines and datelines. Stateless and thread-safe.
/// </summary>
public static class SentenceSplitter
{
    /// <summary>Splits the tokens of <paramref name="text"/> into sentences covering every token once, in order.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static Sentence[] Split(string text, IReadOnlyList<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        var result = new List<Sentence>(Math.Max(4, tokens.Count / 20));
        int n = tokens.Count;
        int start = 0;
        for (int i = 0; i < n; i++)
        {
            int last = i;
            bool brk = false;
            var t = tokens[i];
            if (IsTerminal(text, t))
            {
                // Closing quotes and brackets that touch the terminal belong to this sentence.
                int j = i + 1;
                while (j < n && tokens[j].Start == tokens[j - 1].End && IsCloser(text, tokens[j])) j++;
                last = j - 1;
                if (j >= n)
                {
                    brk = true;
                }
                else
                {
                    var next = tokens[j];
                    bool newline = HasNewline(text, tokens[last].End, next.Start);
                    char c = text[next.Start];
                    bool ellipsis = IsEllipsis(text, t);
                    brk = newline || (!ellipsis && StartsSentence(text, next)) || (ellipsis && CharClass.IsUpper(c) && next.Start > tokens[last].End);
                    if (!newline && next.Start == tokens[last].End && next.Kind == TokenKind.Word) brk = false; // "2.Then" typo or "e.g.x"
                }
            }
            else if (i + 1 < n)
            {
                int nl = CountNewlines(text, t.End, tokens[i + 1].Start);
                if (nl >= 2)
                {
                    brk = true;
                }
                else if (nl == 1)
                {
                    // A line break ends a sentence unless the next line visibly continues it.
                    brk = !CharClass.IsLower(text[tokens[i + 1].Start]);
                }
                else if (IsDash(text, t) && IsDatelineHead(text, tokens, start, i))
                {
                    brk = true;
                }
            }
            else
            {
                brk = true;
            }

            if (brk)
            {
                Add(result, text, tokens, start, last);
                start = last + 1;
                i = last;
            }
        }

        if (start < n) Add(result, text, tokens, start, n - 1);
        return result.ToArray();
    }

    /// <summary>No real sentence is longer; text without sentence punctuation is cut so that per-sentence work stays bounded.</summary>
    public const int MaxTokens = 200;

    private static void Add(List<Sentence> result, string text, IReadOnlyList<Token> tokens, int first, int last)
    {
        while (last - first + 1 > MaxTokens)
        {
            // Cut at the last clause mark in the window, or hard at the limit.
            int cut = first + MaxTokens - 1;
            for (int k = cut; k > first + MaxTokens / 2; k--)
            {
                if (tokens[k].Kind == TokenKind.Punctuation && text[tokens[k].Start] is ',' or ';' or ':' or '\u2013' or '\u2014')
                {
                    cut = k;
                    break;
                }
            }

            AddOne(result, text, tokens, first, cut);
            first = cut + 1;
        }

        AddOne(result, text, tokens, first, last);
    }

    private static void AddOne(List<Sentence> result, string text, IReadOnlyList<Token> tokens, int first, int last)
    {
        var span = new TextSpan(tokens[first].Start, tokens[last].End);
        var kind = SentenceKind.Body;
        bool lineStart = IsAtLineStart(text, span.Start);
        bool lineEnd = IsAtLineEnd(text, span.End);
        if (lineStart && lineEnd)
        {
            if (Dateline.TryParseDate(text.AsSpan(span.Start, span.Length), out _)) kind = SentenceKind.Dateline;
            else if (!IsTerminal(text, tokens[last]) && !IsCloser(text, tokens[last]))
            {
                // A bulleted line ("- 3,100 people rescued") is a list item of the body, however short.
                kind = result.Count == 0 || result.TrueForAll(s => (s.Kind & (SentenceKind.Dateline | SentenceKind.Boilerplate)) != 0 && s.Kind != SentenceKind.Body)
                    ? SentenceKind.Headline
                    : (last - first < 12 && !IsBullet(text, tokens[first]) ? SentenceKind.Heading : SentenceKind.Body);
            }
        }

        if (lineStart && last > first && IsDash(text, tokens[last]) && IsDatelineHead(text, tokens, first, last)) kind = SentenceKind.Dateline;
        result.Add(new Sentence(result.Count, span, first, last - first + 1, kind));
    }

    /// <summary>A list bullet: "-", "•", "*", a dash, a square or round mark, as a token of its own.</summary>
    internal static bool IsBullet(string text, Token t) => t.End - t.Start == 1 && text[t.Start] is '-' or '\u2022' or '*' or '\u2013' or '\u2014' or '\u25AA' or '\u25CF';

    private static bool IsTerminal(string text, Token t)
    {
        if (t.Kind != TokenKind.Punctuation) return false;
        char c = text[t.Start];
        return c is '.' or '!' or '?' or '\u2026' or '\u203C' or '\u2047' or '\u2048' or '\u2049' or '\u3002';
    }

    private static bool IsEllipsis(string text, Token t) => t.Length() > 1 || text[t.Start] == '\u2026';

    private static bool IsCloser(string text, Token t)
    {
        if (t.Length() != 1 && !(t.Kind == TokenKind.Quote && t.Length() == 2)) return false;
        char c = text[t.Start];
        return c is '"' or '\'' or '\u201D' or '\u2019' or '\u00BB' or '\u203A' or ')' or ']' or '\u201C';
    }

    private static bool IsDash(string text, Token t) => t.Kind == TokenKind.Punctuation && (CharClass.IsDash(text[t.Start]) || text[t.Start] == '-');

    private static bool StartsSentence(string text, Token next)
    {
        char c = text[next.Start];
        if (CharClass.IsUpper(c) || CharClass.IsDigit(c)) return true;
        if (next.Kind == TokenKind.Quote || c is '(' or '[' or '\u2014' or '\u2013') return true;
        return next.Kind is TokenKind.Emoji or TokenKind.Url || (char.IsLetter(c) && !CharClass.IsLower(c));
    }

    /// <summary>"MOSCOW –" or "ALMATY, Kazakhstan —": capitals (and a comma) from a line start up to a dash.</summary>
    private static bool IsDatelineHead(string text, IReadOnlyList<Token> tokens, int first, int dash)
    {
        if (dash == first || dash - first > 10 || !IsAtLineStart(text, tokens[first].Start)) return false;
        bool anyCaps = false;
        for (int k = first; k < dash; k++)
        {
            var t = tokens[k];
            if (t.Kind == TokenKind.Punctuation && text[t.Start] is ',' or '(' or ')' or '.') continue;
            // "LUSK, Aug 3 (VNA) -": a day after a month's name.
            if (t.Kind == TokenKind.Number && t.End - t.Start <= 2 && k > first && Dateline.MonthOf(text.Substring(tokens[k - 1].Start, tokens[k - 1].End - tokens[k - 1].Start)) > 0) continue;
            if (t.Kind != TokenKind.Word || !CharClass.IsUpper(text[t.Start])) return false;
            if (IsAllCaps(text, t)) anyCaps = true;
        }

        return anyCaps;
    }

    private static bool IsAllCaps(string text, Token t)
    {
        int letters = 0;
        for (int k = t.Start; k < t.End; k++)
        {
            char c = text[k];
            if (CharClass.IsLower(c)) return false;
            if (char.IsLetter(c)) letters++;
        }

        return letters >= 2;
    }

    private static bool HasNewline(string text, int from, int to) => text.AsSpan(from, to - from).IndexOfAny('\n', '\r', '\u2029') >= 0;

    private static int CountNewlines(string text, int from, int to)
    {
        int count = 0;
        for (int k = from; k < to; k++)
        {
            char c = text[k];
            if (c == '\n' || c == '\u2029' || (c == '\r' && (k + 1 >= to || text[k + 1] != '\n'))) count++;
        }

        return count;
    }

    internal static bool IsAtLineStart(string text, int pos)
    {
        for (int k = pos - 1; k >= 0; k--)
        {
            char c = text[k];
            if (c is '\n' or '\r' or '\u2029') return true;
            if (!CharClass.IsWhiteSpace(c)) return false;
        }

        return true;
    }

    internal static bool IsAtLineEnd(string text, int pos)
    {
        for (int k = pos; k < text.Length; k++)
        {
            char c = text[k];
            if (c is '\n' or '\r' or '\u2029') return true;
            if (!CharClass.IsWhiteSpace(c)) return false;
        }

        return true;
    }
}

internal static class TokenExtensions
{
    public static int Length(this Token t) => t.End - t.Start;
}
