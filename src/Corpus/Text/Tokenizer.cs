using System.Buffers;
using System.Globalization;
using System.Text;

namespace Corpus.Text;

/// <summary>
/// Splits news text into tokens without losing a character: every non-whitespace character of the
/// input belongs to exactly one token, tokens are in order and never overlap, and offsets point into
/// the original string.
/// </summary>
/// <remarks>
/// Handles curly and straight quotes, apostrophes inside names (O'Brien) and split possessives and
/// contractions (Putin | ’s, do | n't), hyphenated words (Kassym-Jomart, 30-year), abbreviations and
/// initials (Mr., V., U.S.), numbers with separators (5,800; 1.5), dates and times, dashes,
/// ellipses, URLs, e-mail addresses and emoji sequences. Stateless and thread-safe.
/// </remarks>
public static class Tokenizer
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal)
    {
        "Mr", "Mrs", "Ms", "Mx", "Dr", "Prof", "Gen", "Col", "Lt", "Sgt", "Capt", "Cpt", "Maj", "Adm", "Cmdr", "Cpl", "Pvt",
        "Gov", "Sen", "Rep", "Rev", "Hon", "Pres", "Supt", "Insp", "Det", "Fr", "Sr", "Jr", "St", "Ste", "Mt", "Ft",
        "Inc", "Ltd", "Co", "Corp", "Bros", "Dept", "Univ", "Assn", "Est", "vs", "etc", "approx", "est", "cf", "al",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun",
        "Ave", "Blvd", "Rd", "Sq", "Pl", "Hwy", "Apt", "Fig", "Vol", "pp", "ca",
    };

    /// <summary>Tokenizes <paramref name="text"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static Token[] Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var buffer = new TokenBuffer(Math.Max(16, text.Length / 5));
        Tokenize(text, ref buffer);
        return buffer.ToArray();
    }

    internal static void Tokenize(string text, ref TokenBuffer tokens)
    {
        int n = text.Length;
        int i = 0;
        while (i < n)
        {
            char c = text[i];
            if (CharClass.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            int end;
            TokenKind kind;
            if (CharClass.IsWordChar(c))
            {
                if (TryUrl(text, i, out end))
                {
                    kind = TokenKind.Url;
                }
                else if (IsContractionStart(text, i, out end))
                {
                    kind = TokenKind.Word;
                }
                else
                {
                    end = ScanWord(text, i, out kind);
                }
            }
            else if (CharClass.IsApostrophe(c) && i > 0 && CharClass.IsWordChar(text[i - 1]) && TrySuffix(text, i, out end))
            {
                kind = TokenKind.Word;
            }
            else if (CharClass.IsQuote(c))
            {
                end = i + 1;
                kind = TokenKind.Quote;
                // A doubled backtick or straight quote pair (`` or '') is one quote mark.
                if ((c == '`' || c == '\'') && end < n && text[end] == c) end++;
            }
            else if (c == '.' && i + 2 < n && text[i + 1] == '.' && text[i + 2] == '.')
            {
                end = i + 3;
                while (end < n && text[end] == '.') end++;
                kind = TokenKind.Punctuation;
            }
            else if (c == '-' && i + 1 < n && text[i + 1] == '-')
            {
                end = i + 2;
                while (end < n && text[end] == '-') end++;
                kind = TokenKind.Punctuation;
            }
            else if (char.IsHighSurrogate(c) || IsPictograph(c))
            {
                end = ScanEmojiOrOther(text, i, out kind);
            }
            else if (c is '%' or '\u2030' or '\u2031' or '#' or '&' or '@' or '*' or '\u00A7' or '\u00B0' or '\u2020' or '\u2116')
            {
                end = i + 1;
                kind = TokenKind.Symbol;
            }
            else if (char.IsPunctuation(c))
            {
                end = i + 1;
                kind = TokenKind.Punctuation;
            }
            else if (char.IsSymbol(c))
            {
                end = i + 1;
                kind = TokenKind.Symbol;
            }
            else
            {
                end = i + 1;
                kind = TokenKind.Other;
            }

            // Every token holds at least one character, so the scan always advances.
            System.Diagnostics.Debug.Assert(end > i, "empty token");
            if (end <= i) end = i + 1;
            tokens.Add(new Token(tokens.Count, new TextSpan(i, end), kind));
            i = end;
        }
    }

    private static bool IsPictograph(char c) => c >= '\u2190' && c <= '\u2BFF' && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.OtherSymbol;

    private static int ScanWord(string text, int start, out TokenKind kind)
    {
        int n = text.Length;
        kind = CharClass.IsDigit(text[start]) ? TokenKind.Number : TokenKind.Word;

        // Dotted acronyms and initials: U.S., e.g., V.
        if (CharClass.IsLetter(text[start]) && start + 1 < n && text[start + 1] == '.' && (start + 2 >= n || !CharClass.IsWordChar(text[start + 2]) || (start + 3 < n && text[start + 3] == '.')))
        {
            int j = start;
            while (j + 1 < n && CharClass.IsLetter(text[j]) && text[j + 1] == '.' && (j + 2 >= n || !CharClass.IsWordChar(text[j + 2]) || (j + 3 < n && text[j + 3] == '.' && CharClass.IsLetter(text[j + 2]))))
            {
                j += 2;
                if (j >= n || !CharClass.IsLetter(text[j]) || j + 1 >= n || text[j + 1] != '.') break;
            }

            // A lone lowercase letter with a period ("a.") is not an initial.
            // Nothing consumed ("S.0.": a letter, a period, a digit) is not an initial either.
            if (j > start && (j - start > 2 || CharClass.IsUpper(text[start]))) return j;
        }

        // The same without the last period ("2 a.m when", "the U.S military"): two letters of one case round a period.
        if (CharClass.IsLetter(text[start]) && start + 3 <= n && text[start + 1] == '.' && CharClass.IsLetter(text[start + 2])
            && CharClass.IsUpper(text[start]) == CharClass.IsUpper(text[start + 2])
            && (start + 3 == n || (!CharClass.IsWordChar(text[start + 3]) && text[start + 3] != '.')) && (start == 0 || !CharClass.IsWordChar(text[start - 1])))
        {
            return start + 3;
        }

        int i = start;
        bool numeric = kind == TokenKind.Number;
        while (true)
        {
            int segmentStart = i;
            while (i < n && (CharClass.IsWordChar(text[i]) || (CharClass.IsInWordFormat(text[i]) && i + 1 < n && CharClass.IsWordChar(text[i + 1]))))
            {
                i++;
            }

            if (i >= n || i + 1 >= n) break;
            char c = text[i];
            char next = text[i + 1];
            bool segmentIsDigits = IsAllDigits(text, segmentStart, i);
            if (CharClass.IsInnerHyphen(c) && CharClass.IsWordChar(next))
            {
                i++;
                numeric = false;
                continue;
            }

            if (segmentIsDigits && (c == ',' || c == '.') && CharClass.IsDigit(next))
            {
                i++;
                continue;
            }

            if (segmentIsDigits && (c == '/' || c == ':') && CharClass.IsDigit(next))
            {
                i++;
                continue;
            }

            if (CharClass.IsApostrophe(c) && CharClass.IsLetter(next) && !numeric)
            {
                // Possessives and contractions are split off; an apostrophe inside a name is kept.
                if (IsSuffixAt(text, i + 1) || (i - 1 > start && (text[i - 1] | 0x20) == 'n' && (next | 0x20) == 't' && (i + 2 >= n || !CharClass.IsWordChar(text[i + 2]))))
                {
                    if ((next | 0x20) == 't' && (text[i - 1] | 0x20) == 'n' && i - 1 > start) return i - 1;
                    break;
                }

                i++;
                continue;
            }

            break;
        }

        if (i < n && kind == TokenKind.Word && text[i] is '.' or '_' or '+' or '-' && EmailAt(text, i) is int emailEnd && emailEnd > 0) return emailEnd;
        if (i < n && text[i] == '.' && kind == TokenKind.Word && IsAbbreviation(text, start, i)) i++;
        else if (i < n && text[i] == '@' && i + 1 < n && CharClass.IsWordChar(text[i + 1])) return ScanEmailTail(text, i);
        return i;
    }

    private static bool IsAllDigits(string text, int start, int end)
    {
        if (end <= start) return false;
        for (int k = start; k < end; k++)
        {
            if (!CharClass.IsDigit(text[k])) return false;
        }

        return true;
    }

    private static bool IsAbbreviation(string text, int start, int end)
    {
        int len = end - start;
        if (len == 1) return CharClass.IsUpper(text[start]);
        if (len > 6) return false;
        var word = text.AsSpan(start, len);

        // Reached only for a word directly before a period, about once a sentence: the substring is cheap.
        if (Abbreviations.Contains(word.ToString())) return true;

        // "No." and "Nos." only before a number: "No. 5".
        if (word is "No" or "Nos" || word is "no")
        {
            int j = end + 1;
            while (j < text.Length && text[j] == ' ') j++;
            return j < text.Length && CharClass.IsDigit(text[j]);
        }

        return false;
    }

    private static bool IsSuffixAt(string text, int i)
    {
        int n = text.Length;
        int j = i;
        while (j < n && CharClass.IsAsciiLetter(text[j]) && j - i < 3) j++;
        if (j < n && CharClass.IsWordChar(text[j])) return false;
        var s = text.AsSpan(i, j - i);
        return s.Equals("s", StringComparison.OrdinalIgnoreCase) || s.Equals("re", StringComparison.OrdinalIgnoreCase)
            || s.Equals("ve", StringComparison.OrdinalIgnoreCase) || s.Equals("ll", StringComparison.OrdinalIgnoreCase)
            || s.Equals("d", StringComparison.OrdinalIgnoreCase) || s.Equals("m", StringComparison.OrdinalIgnoreCase);
    }

    private static bool TrySuffix(string text, int i, out int end)
    {
        end = i + 1;
        if (i + 1 < text.Length && CharClass.IsLetter(text[i + 1]) && IsSuffixAt(text, i + 1))
        {
            end = i + 1;
            while (end < text.Length && CharClass.IsAsciiLetter(text[end])) end++;
            return true;
        }

        return false;
    }

    private static bool IsContractionStart(string text, int i, out int end)
    {
        end = i;
        if ((text[i] | 0x20) == 'n' && i + 2 < text.Length && CharClass.IsApostrophe(text[i + 1]) && (text[i + 2] | 0x20) == 't'
            && (i + 3 >= text.Length || !CharClass.IsWordChar(text[i + 3])) && i > 0 && CharClass.IsLetter(text[i - 1]))
        {
            end = i + 3;
            return true;
        }

        return false;
    }

    private static bool TryUrl(string text, int i, out int end)
    {
        end = i;
        var rest = text.AsSpan(i);
        bool scheme = rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase);
        bool www = !scheme && rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase) && rest.Length > 5 && CharClass.IsWordChar(rest[4]);
        if (!scheme && !www) return false;
        int j = i;
        while (j < text.Length && !CharClass.IsWhiteSpace(text[j]) && text[j] is not ('"' or '<' or '>' or '\u201C' or '\u201D' or '\u00AB' or '\u00BB')) j++;
        while (j > i && text[j - 1] is '.' or ',' or ';' or ':' or '!' or '?' or ')' or ']' or '\'' or '\u2019') j--;
        end = j;
        return end > i + 4;
    }

    /// <summary>If a local part continuing at <paramref name="i"/> reaches an '@' and a domain, the end of the address; else 0.</summary>
    private static int EmailAt(string text, int i)
    {
        int j = i;
        while (j < text.Length && j - i < 64 && (CharClass.IsWordChar(text[j]) || text[j] is '.' or '_' or '+' or '-')) j++;
        if (j >= text.Length || text[j] != '@' || j + 1 >= text.Length || !CharClass.IsWordChar(text[j + 1])) return 0;
        int end = ScanEmailTail(text, j);
        return end > j ? end : 0;
    }

    private static int ScanEmailTail(string text, int at)
    {
        int j = at + 1;
        bool dot = false;
        while (j < text.Length && (CharClass.IsWordChar(text[j]) || ((text[j] == '.' || text[j] == '-') && j + 1 < text.Length && CharClass.IsWordChar(text[j + 1]))))
        {
            dot |= text[j] == '.';
            j++;
        }

        return dot ? j : at;
    }

    private static int ScanEmojiOrOther(string text, int i, out TokenKind kind)
    {
        kind = TokenKind.Other;
        if (Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out int used) != OperationStatus.Done)
        {
            return i + 1; // unpaired surrogate: one code unit, kept as its own token
        }

        var cat = Rune.GetUnicodeCategory(rune);
        if (cat is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark)
        {
            // Letters outside the BMP (historic scripts, CJK extensions): a word of such letters.
            int j = i + used;
            while (j < text.Length && Rune.DecodeFromUtf16(text.AsSpan(j), out var r2, out int u2) == OperationStatus.Done && (Rune.IsLetterOrDigit(r2) || Rune.GetUnicodeCategory(r2) == UnicodeCategory.NonSpacingMark)) j += u2;
            kind = TokenKind.Word;
            return j;
        }

        if (cat is not (UnicodeCategory.OtherSymbol or UnicodeCategory.ModifierSymbol or UnicodeCategory.MathSymbol))
        {
            kind = char.IsPunctuation(text, i) ? TokenKind.Punctuation : TokenKind.Other;
            return i + used;
        }

        kind = TokenKind.Emoji;
        int k = i + used;
        bool regionalFirst = rune.Value is >= 0x1F1E6 and <= 0x1F1FF;
        while (k < text.Length)
        {
            if (Rune.DecodeFromUtf16(text.AsSpan(k), out var next, out int u) != OperationStatus.Done) break;
            int v = next.Value;
            if (v is 0xFE0F or 0xFE0E or 0x20E3 || (v >= 0x1F3FB && v <= 0x1F3FF) || (v >= 0xE0020 && v <= 0xE007F))
            {
                k += u;
            }
            else if (v == 0x200D && k + u < text.Length)
            {
                k += u;
                if (Rune.DecodeFromUtf16(text.AsSpan(k), out _, out int u3) == OperationStatus.Done) k += u3;
            }
            else if (regionalFirst && v is >= 0x1F1E6 and <= 0x1F1FF)
            {
                k += u;
                regionalFirst = false;
            }
            else
            {
                break;
            }
        }

        return k;
    }
}

/// <summary>A growable token array without per-token allocation.</summary>
internal struct TokenBuffer
{
    private Token[] _items;

    public TokenBuffer(int capacity)
    {
        _items = new Token[capacity];
        Count = 0;
    }

    public int Count { get; private set; }

    public void Add(Token token)
    {
        if (Count == _items.Length) Array.Resize(ref _items, _items.Length * 2);
        _items[Count++] = token;
    }

    public readonly Token[] ToArray() => Count == _items.Length ? _items : _items.AsSpan(0, Count).ToArray();
}
