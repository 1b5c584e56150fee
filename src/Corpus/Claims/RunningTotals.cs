using Corpus.Quantities;
using Corpus.Text;

namespace Corpus.Claims;

/// <summary>
/// Running totals told by an ordinal: "the city's 41st homicide this year", "the third student to be killed so far": the
/// ordinal counts the deaths of a period, a figure of its own. Found only where the ordinal follows "the" or a possessive,
/// a death or injury word follows it (directly, after a name, or after one noun and "to be"), and the sentence names the
/// period ("this year", "so far", "since", a year), so "the second day of the killings" is no total.
/// </summary>
internal static class RunningTotals
{
    /// <summary>Ordinal counts in sentence <paramref name="s"/> with the metric the word after them names.</summary>
    /// <param name="text">The document's text.</param>
    /// <param name="tokens">The document's tokens.</param>
    /// <param name="s">The sentence.</param>
    /// <param name="metricOf">The casualty metric a word names ("homicide" → killed), or null.</param>
    public static List<(Quantity Count, string Metric)>? Find(string text, ReadOnlySpan<Token> tokens, Sentence s, Func<string, string?> metricOf)
    {
        List<(Quantity, string)>? found = null;
        bool? period = null;
        for (int k = s.FirstToken + 1; k < s.EndToken; k++)
        {
            // Every ordinal ends in "st", "nd", "rd" or "th": most tokens are passed over without reading them as strings.
            if (!MayBeOrdinal(text, tokens[k])) continue;
            string word = tokens[k].Span.Of(text);
            if (!NumberWords.TryOrdinal(word, out int value)) continue;
            string before = tokens[k - 1].Span.Of(text);
            if (!before.Equals("the", StringComparison.OrdinalIgnoreCase) && before is not ("'s" or "’s" or "s'" or "s’")) continue;
            if (MetricAfter(text, tokens, k + 1, s.EndToken, metricOf) is not { } metric) continue;
            if (!(period ??= NamesPeriod(text, tokens, s))) return null;
            var count = new Quantity(tokens[k].Span, word, value, null, null, Qualifier.Exact, null, QuantityKind.Count)
            {
                NumberSpan = tokens[k].Span, NumberToken = k, EndToken = k + 1,
            };
            (found ??= []).Add((count, metric));
        }

        return found;
    }

    private static bool MayBeOrdinal(string text, Token t)
    {
        if (t.End - t.Start < 3) return false;
        char a = char.ToLowerInvariant(text[t.End - 2]), b = char.ToLowerInvariant(text[t.End - 1]);
        return (a, b) is ('s', 't') or ('n', 'd') or ('r', 'd') or ('t', 'h');
    }

    /// <summary>"homicide", "Lakeside student to be killed", "person killed": the death or injury the ordinal counts.</summary>
    private static string? MetricAfter(string text, ReadOnlySpan<Token> tokens, int from, int end, Func<string, string?> metricOf)
    {
        int k = from;
        while (k < end && k < from + 3 && tokens[k].Kind == TokenKind.Word && char.IsUpper(text[tokens[k].Start])) k++; // a name: "the second Lakeside student"
        if (k >= end || tokens[k].Kind != TokenKind.Word) return null;
        if (Casualty(metricOf(tokens[k].Span.Of(text)))) return metricOf(tokens[k].Span.Of(text));

        // One noun, then the death: "person killed", "student to be killed", "victim to die".
        int j = k + 1;
        if (j < end && tokens[j].Span.Of(text) == "to") j++;
        if (j < end && tokens[j].Span.Of(text) is "be" or "have" or "been") j++;
        if (j < end && tokens[j].Span.Of(text) == "been") j++;
        return j < end && tokens[j].Kind == TokenKind.Word && metricOf(tokens[j].Span.Of(text)) is { } m && Casualty(m) ? m : null;

        static bool Casualty(string? metric) => metric is "killed" or "injured";
    }

    /// <summary>Whether the sentence names the period a total runs over: a year, month or season, "so far", "since", "to date", a year number.</summary>
    private static bool NamesPeriod(string text, ReadOnlySpan<Token> tokens, Sentence s)
    {
        for (int k = s.FirstToken; k < s.EndToken; k++)
        {
            string w = tokens[k].Span.Of(text);
            if (w.Equals("year", StringComparison.OrdinalIgnoreCase) || w.Equals("month", StringComparison.OrdinalIgnoreCase) || w.Equals("season", StringComparison.OrdinalIgnoreCase)
                || w.Equals("since", StringComparison.OrdinalIgnoreCase)) return true;
            if (k + 1 < s.EndToken && ((w == "so" && tokens[k + 1].Span.Of(text) == "far") || (w == "to" && tokens[k + 1].Span.Of(text) == "date"))) return true;
            if (tokens[k].Kind == TokenKind.Number && w.Length == 4 && int.TryParse(w, out int year) && year is >= 1900 and <= 2100) return true;
        }

        return false;
    }
}
