using System.Globalization;
using System.Runtime.CompilerServices;

namespace Corpus.Text;

/// <summary>Character classes the tokenizer and later stages agree on.</summary>
internal static class CharClass
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsAsciiLetter(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a';

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsDigit(char c) => (uint)(c - '0') <= 9;

    /// <summary>Letters, digits and combining marks: what a word is made of.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsWordChar(char c)
    {
        if (c < 128) return IsAsciiLetter(c) || IsDigit(c);
        return IsWordCharSlow(c);
    }

    private static bool IsWordCharSlow(char c)
    {
        switch (CharUnicodeInfo.GetUnicodeCategory(c))
        {
            case UnicodeCategory.UppercaseLetter:
            case UnicodeCategory.LowercaseLetter:
            case UnicodeCategory.TitlecaseLetter:
            case UnicodeCategory.ModifierLetter:
            case UnicodeCategory.OtherLetter:
            case UnicodeCategory.DecimalDigitNumber:
            case UnicodeCategory.LetterNumber:
            case UnicodeCategory.NonSpacingMark:
            case UnicodeCategory.SpacingCombiningMark:
            case UnicodeCategory.EnclosingMark:
                return c != '\u02BC'; // modifier apostrophe behaves as an apostrophe
            default:
                return false;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsLetter(char c) => c < 128 ? IsAsciiLetter(c) : char.IsLetter(c);

    public static bool IsUpper(char c) => c < 128 ? (uint)(c - 'A') <= 'Z' - 'A' : char.IsUpper(c);

    public static bool IsLower(char c) => c < 128 ? (uint)(c - 'a') <= 'z' - 'a' : char.IsLower(c);

    public static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u02BC' or '\u2018';

    public static bool IsInnerHyphen(char c) => c is '-' or '\u2010' or '\u2011';

    public static bool IsDash(char c) => c is '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212';

    public static bool IsQuote(char c) => c is '"' or '\'' or '\u201C' or '\u201D' or '\u201E' or '\u201F'
        or '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u00AB' or '\u00BB' or '\u2039' or '\u203A'
        or '\u300C' or '\u300D' or '\u300E' or '\u300F' or '`' or '\u00B4';

    /// <summary>Invisible characters that may sit inside a word (soft hyphen, joiners).</summary>
    public static bool IsInWordFormat(char c) => c is '\u00AD' or '\u200C' or '\u200D';

    public static bool IsWhiteSpace(char c) => c == ' ' || (c < 128 ? (c >= '\t' && c <= '\r') : char.IsWhiteSpace(c) || c is '\u200B' or '\uFEFF' or '\u2060');
}
