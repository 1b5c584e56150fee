using System.Collections.Frozen;
using Corpus.Text;

namespace Corpus.Syntax;

/// <summary>One syntactic word before tagging: where it lies and whether it shares a written token with the word before it.</summary>
/// <param name="Span">The word's characters in the original text.</param>
/// <param name="JoinsPrevious">True when the word and the one before it are written as one token ("do|n't", "can|not", "Putin|'s"): CoNLL-U writes them as a multiword token.</param>
internal readonly record struct WordPiece(TextSpan Span, bool JoinsPrevious);

/// <summary>
/// Cuts tokens into Universal Dependencies words: clitics the tokenizer left attached, whole-token
/// contractions ("cannot", "gonna") and hyphenated compounds, from the table in
/// <c>Resources/word-splits.tsv</c>. Every word is a substring of the original text. Stateless and thread-safe.
/// </summary>
internal static class WordSplitter
{
    private static readonly (Dictionary<ulong, int[]> Splits, FrozenSet<string> Prefixes, int MaxSplit) Table = Load();

    /// <summary>Appends the words of <paramref name="tokens"/> to <paramref name="words"/>.</summary>
    public static void Split(string text, ReadOnlySpan<Token> tokens, List<WordPiece> words)
    {
        for (int t = 0; t < tokens.Length; t++)
        {
            var token = tokens[t];
            int start = token.Start, end = token.End;
            bool glued = t > 0 && tokens[t - 1].End == start;
            if (token.Kind == TokenKind.Word && glued && IsClitic(text, start, end))
            {
                words.Add(new WordPiece(token.Span, true));
                continue;
            }

            // Keyed by the case-folded hash, so no string is made for the common case of no match.
            if (token.Kind == TokenKind.Word && end - start <= Table.MaxSplit && Table.Splits.TryGetValue(Entities.TextHash.Of(text.AsSpan(start, end - start), foldDigits: false), out var lengths))
            {
                int p = start;
                for (int k = 0; k < lengths.Length; k++)
                {
                    words.Add(new WordPiece(new TextSpan(p, p + lengths[k]), k > 0));
                    p += lengths[k];
                }

                continue;
            }

            if ((token.Kind is TokenKind.Word or TokenKind.Number) && SplitHyphens(text, start, end, words)) continue;
            words.Add(new WordPiece(token.Span, false));
        }
    }

    /// <summary>The clitics UD writes as words of their own: 's 're 've 'll 'd 'm n't, also with a curly apostrophe.</summary>
    internal static bool IsClitic(string text, int start, int end)
    {
        if (CharClass.IsApostrophe(text[start])) return end - start >= 2;
        return end - start == 3 && (text[start] | 0x20) == 'n' && CharClass.IsApostrophe(text[start + 1]) && (text[start + 2] | 0x20) == 't';
    }

    private static bool SplitHyphens(string text, int start, int end, List<WordPiece> words)
    {
        int first = -1;
        for (int i = start + 1; i < end - 1; i++)
        {
            if (CharClass.IsInnerHyphen(text[i]))
            {
                first = i;
                break;
            }
        }

        if (first < 0) return false;
        if (Table.Prefixes.Contains(text.Substring(start, first - start).ToLowerInvariant())) return false;

        // Numbers joined by hyphens (phone numbers, ISO dates, scores) stay one word.
        bool allDigits = true;
        for (int i = start; i < end && allDigits; i++) allDigits = CharClass.IsDigit(text[i]) || CharClass.IsInnerHyphen(text[i]);
        if (allDigits) return false;

        int p = start;
        for (int i = start + 1; i < end - 1; i++)
        {
            if (!CharClass.IsInnerHyphen(text[i]) || i == p) continue;
            words.Add(new WordPiece(new TextSpan(p, i), false));
            words.Add(new WordPiece(new TextSpan(i, i + 1), false));
            p = i + 1;
        }

        words.Add(new WordPiece(new TextSpan(p, end), false));
        return true;
    }

    private static (Dictionary<ulong, int[]>, FrozenSet<string>, int) Load()
    {
        var splits = new Dictionary<ulong, int[]>();
        int max = 0;
        var prefixes = new HashSet<string>(StringComparer.Ordinal);
        using var stream = typeof(WordSplitter).Assembly.GetManifestResourceStream("Corpus.Syntax.Resources.word-splits.tsv")
            ?? throw new InvalidOperationException("The word-split table is missing from the assembly.");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var cols = line.Split('\t');
            if (cols[0] == "split")
            {
                var parts = cols[2].Split(' ');
                if (string.Concat(parts) != cols[1]) throw new InvalidDataException($"word-splits.tsv: the words of '{cols[1]}' do not spell it");
                splits[Entities.TextHash.Of(cols[1], foldDigits: false)] = parts.Select(p => p.Length).ToArray();
                max = Math.Max(max, cols[1].Length);
            }
            else if (cols[0] == "prefix")
            {
                prefixes.Add(cols[1]);
            }
        }

        return (splits, prefixes.ToFrozenSet(StringComparer.Ordinal), max);
    }
}
