namespace Corpus.Quantities;

/// <summary>English number words, scale words and vague counts.</summary>
internal static class NumberWords
{
    private static readonly Dictionary<string, long> Units = new(StringComparer.OrdinalIgnoreCase)
    {
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9,
        ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16,
        ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50,
        ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
    };

    private static readonly Dictionary<string, double> Scales = new(StringComparer.OrdinalIgnoreCase)
    {
        ["hundred"] = 100, ["thousand"] = 1e3, ["million"] = 1e6, ["billion"] = 1e9, ["trillion"] = 1e12, ["mn"] = 1e6, ["bn"] = 1e9, ["tn"] = 1e12,
        // South Asian scales, as Pakistani and Indian news writes amounts: 1 lakh = 100,000; 1 crore = 10,000,000.
        ["lakh"] = 1e5, ["lakhs"] = 1e5, ["lac"] = 1e5, ["crore"] = 1e7, ["crores"] = 1e7,
    };

    /// <summary>Scale letters glued to digits: 5m, 2bn, 10k.</summary>
    private static readonly Dictionary<string, double> Suffixes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["k"] = 1e3, ["m"] = 1e6, ["mn"] = 1e6, ["bn"] = 1e9, ["b"] = 1e9, ["tn"] = 1e12, ["trn"] = 1e12,
    };

    /// <summary>Vague plural counts as ranges: "dozens" is 24–99, "thousands" 2,000–9,999.</summary>
    private static readonly Dictionary<string, (double Low, double High)> Vague = new(StringComparer.OrdinalIgnoreCase)
    {
        ["dozens"] = (24, 99), ["scores"] = (40, 99), ["hundreds"] = (200, 999), ["thousands"] = (2000, 9999),
        ["millions"] = (2e6, 9_999_999), ["billions"] = (2e9, 9_999_999_999),
    };

    /// <summary>Fraction denominators: "a third", "two-thirds", "three quarters".</summary>
    private static readonly Dictionary<string, int> Denominators = new(StringComparer.OrdinalIgnoreCase)
    {
        ["half"] = 2, ["halves"] = 2, ["third"] = 3, ["thirds"] = 3, ["quarter"] = 4, ["quarters"] = 4, ["fifth"] = 5, ["fifths"] = 5,
        ["sixth"] = 6, ["sixths"] = 6, ["seventh"] = 7, ["sevenths"] = 7, ["eighth"] = 8, ["eighths"] = 8, ["ninth"] = 9, ["ninths"] = 9,
        ["tenth"] = 10, ["tenths"] = 10,
    };

    /// <summary>The denominator a word names ("thirds" → 3), for fractions.</summary>
    public static bool TryDenominator(string word, out int denominator) => Denominators.TryGetValue(word, out denominator);

    public static bool TryWord(string word, out long value)
    {
        if (Units.TryGetValue(word, out value)) return true;
        int dash = word.IndexOf('-');
        if (dash > 0 && Units.TryGetValue(word[..dash], out var tens) && tens % 10 == 0 && tens >= 20
            && Units.TryGetValue(word[(dash + 1)..], out var unit) && unit is > 0 and < 10)
        {
            value = tens + unit; // "twenty-five"
            return true;
        }

        return false;
    }

    /// <summary>Ordinal words ("ninth", "twentieth"); the tens' ordinals combine with a unit's ("twenty-third").</summary>
    private static readonly Dictionary<string, int> OrdinalWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["first"] = 1, ["second"] = 2, ["third"] = 3, ["fourth"] = 4, ["fifth"] = 5, ["sixth"] = 6, ["seventh"] = 7, ["eighth"] = 8, ["ninth"] = 9,
        ["tenth"] = 10, ["eleventh"] = 11, ["twelfth"] = 12, ["thirteenth"] = 13, ["fourteenth"] = 14, ["fifteenth"] = 15, ["sixteenth"] = 16,
        ["seventeenth"] = 17, ["eighteenth"] = 18, ["nineteenth"] = 19, ["twentieth"] = 20, ["thirtieth"] = 30, ["fortieth"] = 40, ["fiftieth"] = 50,
        ["sixtieth"] = 60, ["seventieth"] = 70, ["eightieth"] = 80, ["ninetieth"] = 90, ["hundredth"] = 100,
    };

    /// <summary>The value of an ordinal written in words ("ninth", "twenty-third") or digits ("83rd", "21st").</summary>
    public static bool TryOrdinal(string word, out int value)
    {
        if (OrdinalWords.TryGetValue(word, out value)) return true;
        int dash = word.IndexOf('-');
        if (dash > 0 && Units.TryGetValue(word[..dash], out var tens) && tens % 10 == 0 && tens >= 20 && OrdinalWords.TryGetValue(word[(dash + 1)..], out var unit) && unit < 10)
        {
            value = (int)tens + unit;
            return true;
        }

        // Digits and the suffix their last digit takes (11th-13th take "th").
        value = 0;
        if (word.Length < 3 || word.Length > 6) return false;
        string suffix = word[^2..].ToLowerInvariant();
        if (!int.TryParse(word.AsSpan(0, word.Length - 2), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int n) || n == 0) return false;
        string expected = (n % 100) is >= 11 and <= 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
        if (suffix != expected) return false;
        value = n;
        return true;
    }

    public static bool TryScale(string word, out double scale) => Scales.TryGetValue(word, out scale);

    public static bool TrySuffix(string suffix, out double scale) => Suffixes.TryGetValue(suffix, out scale);

    public static bool TryVague(string word, out (double Low, double High) range) => Vague.TryGetValue(word, out range);
}
