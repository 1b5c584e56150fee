using System.Globalization;
using System.Text;

namespace Corpus.Entities;

/// <summary>Normalized views of a name used to decide whether two mentions name the same thing.</summary>
internal static class NameForms
{
    private static readonly HashSet<string> Titles = new(StringComparer.Ordinal)
    {
        "mr", "mrs", "ms", "dr", "prof", "sir", "president", "premier", "minister", "secretary", "general", "gen", "senator", "sen", "governor", "gov",
        "mayor", "king", "queen", "prince", "princess", "chancellor", "judge", "ambassador", "deputy", "chairman", "colonel", "col", "captain", "capt",
        "lt", "sgt", "rep", "the", "pope", "sheikh", "imam", "rev", "st", "prime", "foreign", "interior", "defence", "defense", "vice", "former",
    };

    private static readonly HashSet<string> Stop = new(StringComparer.Ordinal)
    {
        "of", "the", "and", "for", "in", "on", "at", "to", "a", "an", "de", "del", "la", "le", "el", "los", "las", "du", "des", "da", "&",
    };

    /// <summary>Lowercase, no diacritics, straight apostrophes.</summary>
    public static string Fold(string s)
    {
        var d = s.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(d.Length);
        foreach (char c in d)
        {
            var cat = CharUnicodeInfo.GetUnicodeCategory(c);
            if (cat == UnicodeCategory.NonSpacingMark) continue;
            sb.Append(c switch
            {
                '\u2019' or '\u2018' or '\u02BC' => '\'',
                'ı' => 'i',
                'ø' => 'o',
                'ł' => 'l',
                'đ' => 'd',
                'ß' => 's',
                _ => char.ToLowerInvariant(c),
            });
        }

        return sb.ToString();
    }

    /// <summary>Words of a name, folded, split on spaces and hyphens, with possessive 's and leading titles removed.</summary>
    public static string[] Words(string name, bool dropTitles = true)
    {
        var f = Fold(name);
        if (f.EndsWith("'s", StringComparison.Ordinal)) f = f[..^2];
        else if (f.EndsWith('\'')) f = f[..^1];
        var words = f.Split([' ', '-', '\u2010', '\u2011', '\n', '\t', '\r'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim('.', ',', '\'', '"', '(', ')'))
            .Where(w => w.Length > 0)
            .ToList();
        if (dropTitles)
        {
            while (words.Count > 1 && Titles.Contains(words[0].TrimEnd('.'))) words.RemoveAt(0);
        }

        return words.ToArray();
    }

    /// <summary>Organisation and place key: content words, British spellings made American, sorted (word order free).</summary>
    public static string OrgKey(string name)
    {
        // Titles are not dropped here: "Interior" in "Interior Ministry" is part of the name.
        var words = Words(name, dropTitles: false).Where(w => !Stop.Contains(w)).Select(Americanize).Order(StringComparer.Ordinal);
        return string.Join(' ', words);
    }

    public static string PlainKey(string name) => string.Join(' ', Words(name));

    private static string Americanize(string w)
    {
        if (w.Contains("isation", StringComparison.Ordinal)) w = w.Replace("isation", "ization", StringComparison.Ordinal);
        if (w.EndsWith("ise", StringComparison.Ordinal) && w.Length > 5) w = w[..^3] + "ize";
        if (w.EndsWith("our", StringComparison.Ordinal) && w.Length > 5) w = w[..^3] + "or";
        if (w.EndsWith("tre", StringComparison.Ordinal) && w.Length > 5) w = w[..^3] + "ter";
        if (w.EndsWith("ence", StringComparison.Ordinal) && w is "defence" or "offence" or "licence" or "pretence") w = w[..^2] + "se";
        if (w == "programme") w = "program";
        return w;
    }

    /// <summary>Initials of the content words: "Collective Security Treaty Organization" → CSTO.</summary>
    public static string Initials(string name)
    {
        var words = Words(name, dropTitles: false).Where(w => !Stop.Contains(w)).ToArray();
        return new string(words.Select(w => char.ToUpperInvariant(w[0])).ToArray());
    }

    /// <summary>An acronym as written, dots removed ("U.N." → UN), or null when the name is not one.</summary>
    public static string? Acronym(string name)
    {
        var s = name.Replace(".", string.Empty, StringComparison.Ordinal).Trim();
        if (s.Length < 2 || s.Length > 8) return null;
        int upper = 0;
        foreach (char c in s)
        {
            if (char.IsUpper(c)) upper++;
            else if (!char.IsDigit(c) && c != '&') return null;
        }

        return upper >= 2 || (upper == 1 && char.IsUpper(s[0]) && s.Length <= 4) ? s : null;
    }

    /// <summary>
    /// A romanization skeleton: diacritics gone, and the spelling choices transliterations differ in
    /// folded together (kh/h, zh/j, y/i, w/v, x/ks, ph/f, doubled letters, final -off/-ov).
    /// </summary>
    public static string Skeleton(string word)
    {
        var s = Fold(word);
        var sb = new StringBuilder(s.Length);
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            char next = i + 1 < s.Length ? s[i + 1] : '\0';
            if (!char.IsLetterOrDigit(c)) continue;
            if ((c == 'k' || c == 'g') && next == 'h') { sb.Append('h'); i++; continue; }
            if (c == 'z' && next == 'h') { sb.Append('i'); i++; continue; }
            if (c == 'd' && next == 'z' && i + 2 < s.Length && s[i + 2] == 'h') { sb.Append('i'); i += 2; continue; }
            if (c == 'p' && next == 'h') { sb.Append('f'); i++; continue; }
            if (c == 's' && next == 'c' && i + 2 < s.Length && s[i + 2] == 'h') { sb.Append('s'); i += 2; continue; }
            if (c == 't' && next == 'c' && i + 2 < s.Length && s[i + 2] == 'h') { sb.Append('c'); i += 2; continue; }
            if (c == 'c' && next == 'k') { sb.Append('k'); i++; continue; }
            if (c == 'x') { sb.Append("ks"); continue; }
            // J, Y and Zh render the same sound in different romanizations (Jomart, Yomart, Zhomart).
            sb.Append(c switch { 'y' or 'j' => 'i', 'w' => 'v', 'q' => 'k', _ => c });
        }

        // Doubled letters and a final -ff (Rakhmonoff) fold away.
        var r = new StringBuilder(sb.Length);
        for (int i = 0; i < sb.Length; i++)
        {
            if (i > 0 && sb[i] == sb[i - 1]) continue;
            r.Append(sb[i]);
        }

        if (r.Length > 3 && r[^1] == 'f') r[^1] = 'v';
        return r.ToString();
    }

    /// <summary>True when two name words are the same word in different romanizations (or one is the other's initial).</summary>
    public static bool SimilarWords(string a, string b)
    {
        if (a.Length == 0 || b.Length == 0) return false;
        if (a.Length == 1 || b.Length == 1) return a[0] == b[0];
        var sa = Skeleton(a);
        var sb = Skeleton(b);
        if (sa == sb) return true;
        int len = Math.Max(sa.Length, sb.Length);
        int allowed = len >= 8 ? 2 : len >= 5 ? 1 : 0;
        return allowed > 0 && Math.Abs(sa.Length - sb.Length) <= allowed && Distance(sa, sb, allowed) <= allowed;
    }

    /// <summary>Levenshtein distance, stopping early above <paramref name="max"/>.</summary>
    public static int Distance(string a, string b, int max)
    {
        var prev = new int[b.Length + 1];
        var cur = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++) prev[j] = j;
        for (int i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                cur[j] = Math.Min(Math.Min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                rowMin = Math.Min(rowMin, cur[j]);
            }

            if (rowMin > max) return max + 1;
            (prev, cur) = (cur, prev);
        }

        return prev[b.Length];
    }
}
