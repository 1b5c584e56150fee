using System.Globalization;
using Corpus.Text;

namespace Corpus.Quantities;

/// <summary>
/// Finds every quantity in text: counts, money, percentages and measures with units, with their
/// qualifier ("at least", "nearly", "up to", "rose") and unit as written, normalized values (scale
/// words applied; ranges and vague counts as low/high). Dates, years, times, ordinals and
/// identifiers ("Section 427", "Row 21") are not quantities. Stateless and thread-safe.
/// </summary>
public static class QuantityRecognizer
{
    private static readonly (string[] Words, Qualifier Qualifier)[] Qualifiers = DataTable.Rows("Corpus.Quantities.Resources.qualifiers.tsv", 2)
        .Select(r => (r[0].Split(' '), QualifierNames.Parse(r[1]))).OrderByDescending(x => x.Item1.Length).ToArray();

    private static readonly HashSet<string> Months = new(StringComparer.OrdinalIgnoreCase)
    {
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "jan", "jan.", "feb", "feb.", "mar.", "apr", "apr.", "jun.", "jul.", "aug", "aug.", "sep", "sep.", "sept", "sept.", "oct", "oct.", "nov", "nov.", "dec", "dec.",
    };

    private static readonly HashSet<string> Identifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        "section", "article", "row", "room", "flight", "route", "highway", "resolution", "chapter", "page", "part", "rule", "item", "no.", "no", "nos.", "number",
        "act", "clause", "paragraph", "table", "figure", "fig.", "gate", "platform", "seat", "line", "bus", "channel", "interstate", "apartment", "apt.", "floor",
        "level", "grade", "class", "vol.", "volume", "issue", "episode", "season", "phase", "stage", "zone", "sector", "block", "unit", "#", "model", "version",
        "exit", "pier", "terminal", "track", "lot", "case", "docket", "bill", "amendment", "protocol", "annex", "schedule", "appendix", "list", "category", "tier",
    };

    private static readonly HashSet<string> TimeWords = new(StringComparer.OrdinalIgnoreCase) { "a.m.", "p.m.", "a.m", "p.m", "am", "pm", "gmt", "utc", "bst", "est", "cet", "msk", "hrs", "o'clock" };

    private static readonly HashSet<string> YearLead = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "since", "by", "from", "until", "till", "of", "during", "early", "late", "mid", "before", "after", "year", "the", "'s", "’s", "fiscal", "spring", "summer",
        "autumn", "fall", "winter", "between", "and", "to", "around", "circa",
    };


    /// <summary>Every quantity in <paramref name="text"/>, in order; offsets are into <paramref name="text"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static IReadOnlyList<Quantity> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = Tokenizer.Tokenize(text);
        return Find(text, tokens, 0, tokens.Length);
    }

    internal static List<Quantity> Find(string text, ReadOnlySpan<Token> tokens, int first, int end)
    {
        var result = new List<Quantity>();
        int i = first;
        while (i < end)
        {
            if (!TryCore(text, tokens, i, end, out var core))
            {
                i++;
                continue;
            }

            // Qualifier before, range after, unit after.
            int qStart = core.Start;
            var qualifier = Qualifier.Exact;
            bool between = false, from = false;
            foreach (var (words, q) in Qualifiers)
            {
                // "over thousands of troops": before a vague count these are prepositions, not qualifiers.
                if (core.Vague && words.Length == 1 && words[0] is "over" or "above" or "under" or "below" or "up" or "down") continue;
                if (EndsWithPhrase(text, tokens, first, core.Start, words))
                {
                    qStart = core.Start - words.Length;
                    qualifier = q;
                    break;
                }
            }

            if (core.Plus && qualifier == Qualifier.Exact) qualifier = Qualifier.MoreThan;
            if (qualifier == Qualifier.Exact && core.Start > first)
            {
                string prev = Lower(text, tokens[core.Start - 1]);
                between = prev == "between";
                from = prev == "from";
                if (between || from) qStart = core.Start - 1;
            }

            int j = core.End;
            double? value = core.Value, low = core.Low, high = core.High;
            if (j + 1 < end && !core.Vague)
            {
                string link = Lower(text, tokens[j]);
                bool linkOk = link is "to" or "-" or "–" or "—" || (link == "and" && between) || (link == "or" && !between && !from) || (link == "," && !between && !from && SpokenRange(text, tokens, core, j + 1, end));
                if (linkOk && TryCore(text, tokens, j + 1, end, out var second) && !second.Vague && second.Value is { } hv && core.Value is { } lv && core.Currency == null == (second.Currency == null || core.Currency == null))
                {
                    // "2 to 3 million": the second number's scale applies to the first.
                    if (second.Scale > 1 && core.Scale == 1 && lv * second.Scale <= hv) lv *= second.Scale;
                    if (lv <= hv)
                    {
                        value = null;
                        low = lv;
                        high = hv;
                        qualifier = Qualifier.Range;
                        core = core with { End = second.End, Currency = core.Currency ?? second.Currency, GluedUnit = second.GluedUnit ?? core.GluedUnit };
                        j = core.End;
                    }
                }
            }

            if ((between || from) && qualifier != Qualifier.Range) qStart = core.Start;
            if ((core.Vague || (value is null && low is not null)) && qualifier == Qualifier.Exact) qualifier = Qualifier.Range;

            // Unit after the number.
            string? unit = core.Currency ?? core.GluedUnit;
            var kind = core.Currency is not null ? QuantityKind.Money : core.GluedUnit is not null ? (core.GluedUnit == "%" ? QuantityKind.Percent : QuantityKind.Measure) : QuantityKind.Count;
            int unitEnd = j;
            if (j < end)
            {
                string next = Lower(text, tokens[j]);
                if (next is "%" or "percent" or "pct" || (next == "per" && j + 1 < end && Lower(text, tokens[j + 1]) == "cent"))
                {
                    unitEnd = next == "per" ? j + 2 : j + 1;
                    if (unitEnd + 1 < end && Lower(text, tokens[unitEnd]) == "points") unitEnd++;
                    kind = QuantityKind.Percent;
                }
                else if (next == "percentage" && j + 1 < end && Lower(text, tokens[j + 1]) == "points")
                {
                    unitEnd = j + 2;
                    kind = QuantityKind.Percent;
                }
                else if (Currencies.IsAfter(next) && kind != QuantityKind.Money)
                {
                    unitEnd = j + 1;
                    kind = QuantityKind.Money;
                }
                else if (Units.IsWord(next) && kind == QuantityKind.Count && !(next is "second" or "g" && core.Value is 1))
                {
                    unitEnd = j + 1;
                    if (next is "square" or "sq" or "cubic" && unitEnd < end) unitEnd++;
                    else if (next == "degrees" && unitEnd < end && Lower(text, tokens[unitEnd]) is "celsius" or "fahrenheit" or "c" or "f") unitEnd++; // "12 degrees Celsius"
                    kind = QuantityKind.Measure;
                }

                if (unitEnd > j) unit = new TextSpan(tokens[j].Start, tokens[unitEnd - 1].End).Of(text);
            }

            if (core.Fraction) kind = QuantityKind.Fraction;

            // "−12 degrees", "-5C", "minus 8": a sign before the number (not the hyphen of "3-2" or "X-5").
            if (value is { } unsigned && core.Start == core.NumberStart && core.Start > first && qStart == core.Start && !core.Fraction)
            {
                var sign = tokens[core.Start - 1];
                bool glued = sign.End == tokens[core.Start].Start && sign.Span.Of(text) is "-" or "−"
                    && (core.Start - 1 == first || tokens[core.Start - 2].End < sign.Start || text[tokens[core.Start - 2].Start] == '(');
                // A bare count after a hyphen is a list item ("-5 rescued"); a sign goes with a unit, a percentage or money.
                // "plus or minus 3 points" is a margin, not a negative value.
                bool minus = Lower(text, sign) == "minus" && !(core.Start - 2 >= first && Lower(text, tokens[core.Start - 2]) is "or" or "plus" or "+/-");
                if ((glued && (kind != QuantityKind.Count || unitEnd > j)) || minus)
                {
                    value = -unsigned;
                    qStart = core.Start - 1;
                }
            }

            if (core.Start > first && Lower(text, tokens[core.Start - 1]) == "magnitude" && kind == QuantityKind.Count)
            {
                kind = QuantityKind.Measure;
                unit = "magnitude";
                qStart = Math.Min(qStart, core.Start - 1);
            }

            if (IsExcluded(text, tokens, first, end, core, unitEnd > j))
            {
                i = Math.Max(core.End, i + 1);
                continue;
            }

            var span = new TextSpan(tokens[qStart].Start, tokens[Math.Max(unitEnd, core.End) - 1].End);
            result.Add(new Quantity(span, span.Of(text), value, low, high, qualifier, unit, kind)
            {
                NumberSpan = new TextSpan(tokens[core.NumberStart].Start, tokens[core.End - 1].End),
                EndToken = Math.Max(unitEnd, core.End),
                NumberToken = core.NumberStart,
            });
            i = Math.Max(unitEnd, core.End);
        }

        return result;
    }

    private readonly record struct Core(int Start, int NumberStart, int End, double? Value, double? Low, double? High, double Scale, bool Vague, bool Words, string? Currency, string? GluedUnit, bool Digits4)
    {
        /// <summary>"100,000-plus": more than the number.</summary>
        public bool Plus { get; init; }

        /// <summary>"two-thirds", "a quarter of": a part of a whole, not a count.</summary>
        public bool Fraction { get; init; }
    }

    /// <summary>Length of a currency prefix glued to digits in one word ("Rs5" → 2), or 0.</summary>
    private static int GluedPrefix(string w)
    {
        int p = 0;
        while (p < w.Length && char.IsLetter(w[p])) p++;
        if (p < w.Length && w[p] == '.') p++;
        return p > 0 && p < w.Length && char.IsAsciiDigit(w[p]) && Currencies.IsBefore(w[..p].TrimEnd('.')) ? p : 0;
    }

    private static string Lower(string text, Token t) => t.Span.Of(text).ToLowerInvariant();

    private static bool EndsWithPhrase(string text, ReadOnlySpan<Token> tokens, int first, int at, string[] words)
    {
        if (at - words.Length < first) return false;
        for (int k = 0; k < words.Length; k++)
        {
            if (!tokens[at - words.Length + k].Span.Of(text).Equals(words[k], StringComparison.OrdinalIgnoreCase)) return false;
        }

        return true;
    }

    private static bool TryCore(string text, ReadOnlySpan<Token> tokens, int i, int end, out Core core)
    {
        core = default;
        string? currency = null;
        int start = i;
        string w = tokens[i].Span.Of(text);
        if (Currencies.IsBefore(w) && i + 1 < end && (tokens[i + 1].Start == tokens[i].End || (char.IsLetter(w[0]) && tokens[i + 1].Start == tokens[i].End + 1)) && tokens[i + 1].Kind == TokenKind.Number)
        {
            currency = w;
            i++;
            w = tokens[i].Span.Of(text);
        }
        else if (tokens[i].Kind == TokenKind.Word && GluedPrefix(w) is int p and > 0)
        {
            // "Rs5": a currency prefix glued to the number in one token.
            if (!TryDigits(w[p..], out var pv, out var pl, out var ph, out var ps, out var pg, out _) || pg is not null) return false;
            int pj = i + 1;
            while (pj < end && NumberWords.TryScale(tokens[pj].Span.Of(text), out var s3))
            {
                pv *= s3;
                pl *= s3;
                ph *= s3;
                ps *= s3;
                pj++;
            }

            if (pv is { } pfv && !double.IsFinite(pfv)) return false;
            core = new Core(start, i, pj, pv, pl, ph, ps, false, false, w[..p], null, false);
            return true;
        }
        else if (w is "US" or "USD" or "EUR" or "GBP" && i + 1 < end && Currencies.IsBefore(tokens[i + 1].Span.Of(text)))
        {
            currency = w + tokens[i + 1].Span.Of(text);
            i += 2;
            if (i >= end) return false;
            w = tokens[i].Span.Of(text);
        }

        if (tokens[i].Kind == TokenKind.Number)
        {
            // "100,000-plus": the number, and more than it.
            bool plus = w.Length > 5 && w.EndsWith("-plus", StringComparison.OrdinalIgnoreCase);
            if (plus) w = w[..^5];
            if (!TryDigits(w, out var value, out var low, out var high, out var scale, out var glued, out bool digits4)) return false;
            int j = i + 1;

            // "4 200", "150 000": thousands grouped by a space, as translated and European text writes them.
            if (glued is null && value is { } grouped && w.Length <= 3 && w.All(char.IsAsciiDigit))
            {
                while (j < end && tokens[j].Kind == TokenKind.Number && tokens[j].Span.Length == 3 && tokens[j].Start == tokens[j - 1].End + 1
                    && text[tokens[j - 1].End] is ' ' or '\u00A0' or '\u202F' or '\u2009' && tokens[j].Span.Of(text).All(char.IsAsciiDigit))
                {
                    grouped = grouped * 1000 + int.Parse(tokens[j].Span.Of(text), System.Globalization.CultureInfo.InvariantCulture);
                    j++;
                }

                value = grouped;
                if (j > i + 1) digits4 = false;
            }

            while (j < end && NumberWords.TryScale(tokens[j].Span.Of(text), out var s2))
            {
                if (value is { } v) value = v * s2;
                if (low is { } l) low = l * s2;
                if (high is { } h) high = h * s2;
                scale *= s2;
                j++;
                digits4 = false;
            }

            if (j < end && tokens[j].Span.Of(text).Equals("dozen", StringComparison.OrdinalIgnoreCase) && value is { } dv)
            {
                value = dv * 12;
                j++;
            }

            if (value is { } fv && !double.IsFinite(fv)) return false;
            core = new Core(start, i, j, value, low, high, scale, false, false, currency, glued, digits4) { Plus = plus };
            return true;
        }

        if (currency is not null) return false;
        return TryWords(text, tokens, i, end, out core);
    }

    private static bool TryWords(string text, ReadOnlySpan<Token> tokens, int i, int end, out Core core)
    {
        core = default;
        string w = tokens[i].Span.Of(text).ToLowerInvariant();
        int j = i;
        if (TryFraction(text, tokens, i, end, out var part, out int partEnd))
        {
            core = new Core(i, i, partEnd, part, null, null, 1, false, true, null, null, false) { Fraction = true };
            return true;
        }

        // Vague counts: "dozens", "tens of thousands", "hundreds of thousands", "several hundred", "a few dozen".
        if (w == "tens" && j + 2 < end && Lower(text, tokens[j + 1]) == "of" && NumberWords.TryScale(Lower(text, tokens[j + 2]).TrimEnd('s'), out var s1))
        {
            core = new Core(i, i, j + 3, null, 10 * s1 * 2, 10 * s1 * 10 - 1, s1, true, true, null, null, false);
            return true;
        }

        if (NumberWords.TryVague(w, out var range))
        {
            j++;
            if (j + 1 < end && Lower(text, tokens[j]) == "of" && NumberWords.TryVague(Lower(text, tokens[j + 1]), out var inner) && inner.Low >= 1000)
            {
                // "hundreds of thousands": the outer count scales the inner one.
                double unit = inner.Low / 2;
                core = new Core(i, i, j + 2, null, range.Low * unit, (range.High + 1) * unit - 1, unit, true, true, null, null, false);
                return true;
            }

            core = new Core(i, i, j, null, range.Low, range.High, 1, true, true, null, null, false);
            return true;
        }

        if ((w is "several" || (w == "a" && j + 1 < end && Lower(text, tokens[j + 1]) == "few")) && j + 1 < end)
        {
            int k = w == "a" ? j + 2 : j + 1;
            if (k < end)
            {
                string s = Lower(text, tokens[k]);
                double mult = s == "dozen" ? 12 : NumberWords.TryScale(s, out var sc) ? sc : 0;
                // "several hundred" is as vague as "hundreds" (200–999); "a few dozen" is three to five dozen.
                if (w == "several" && NumberWords.TryVague(s + "s", out var plural))
                {
                    core = new Core(i, i, k + 1, null, plural.Low, plural.High, mult, true, true, null, null, false);
                    return true;
                }

                if (mult > 0)
                {
                    core = new Core(i, i, k + 1, null, (w == "a" ? 2 : 3) * mult, (w == "a" ? 5 : 9) * mult, mult, true, true, null, null, false);
                    return true;
                }
            }

            return false;
        }

        // Number words: "three hundred", "two thousand five hundred", "a dozen", "half a million".
        double total = 0, current = 0;
        bool any = false;
        double scaleSeen = 1;
        if (w is "a" or "an" && j + 1 < end)
        {
            string next = Lower(text, tokens[j + 1]);
            if (next == "dozen" || (NumberWords.TryScale(next, out _) && next is "hundred" or "thousand" or "million" or "billion" or "trillion"))
            {
                current = 1;
                any = true;
                j++;
            }
            else
            {
                return false;
            }
        }
        else if (w == "half" && j + 2 < end && Lower(text, tokens[j + 1]) == "a" && (NumberWords.TryScale(Lower(text, tokens[j + 2]), out _) || Lower(text, tokens[j + 2]) == "dozen"))
        {
            current = 0.5;
            any = true;
            j += 2;
        }

        while (j < end)
        {
            string t = Lower(text, tokens[j]);
            if (NumberWords.TryWord(t, out long v))
            {
                if (any && current % 100 != 0 && current >= 1 && v < 10 && current % 10 == 0 && current < 100) current += v; // "twenty five"
                else if (any && current != 0 && current < 1000 && v >= 1 && current % 100 == 0) current += v; // "three hundred five"
                else if (any && current != 0) break;
                else current += v;
                any = true;
                j++;
            }
            else if (t == "dozen" && any)
            {
                current *= 12;
                j++;
            }
            else if (NumberWords.TryScale(t, out var s) && any && t is "hundred" or "thousand" or "million" or "billion" or "trillion")
            {
                if (s == 100)
                {
                    current *= 100;
                }
                else
                {
                    total += current * s;
                    current = 0;
                }

                scaleSeen = Math.Max(scaleSeen, s);
                j++;
            }
            else if (t == "and" && any && j + 1 < end && NumberWords.TryWord(Lower(text, tokens[j + 1]), out _) && (total > 0 || current >= 100))
            {
                j++;
            }
            else
            {
                break;
            }
        }

        if (!any) return false;
        double value = total + current;

        // "one" as a pronoun or determiner ("one of them", "no one", "one day") is no quantity.
        if (value == 1 && j == i + 1)
        {
            string prev = i > 0 ? Lower(text, tokens[i - 1]) : string.Empty;
            string next = j < end ? Lower(text, tokens[j]) : string.Empty;
            if (prev is "no" or "the" or "this" or "that" or "every" or "any" or "each" or "which" || next is "another" or "day" or "time" or "way" or "thing" or "side" or "hand" or "point" || next.Length == 0 || !char.IsLetter(next[0])) return false;
        }

        core = new Core(i, i, j, value, null, null, scaleSeen, false, true, null, null, false);
        return true;
    }

    /// <summary>
    /// A fraction in words: "two-thirds", "one-quarter" in one word, or "a third of", "three quarters of" (the "of" is needed:
    /// "a quarter century", "the third quarter" are no fractions). The value is the part, below one.
    /// </summary>
    private static bool TryFraction(string text, ReadOnlySpan<Token> tokens, int i, int end, out double value, out int after)
    {
        value = 0;
        after = i;
        string w = Lower(text, tokens[i]);
        int dash = w.IndexOf('-');
        if (dash > 0 && NumberWords.TryWord(w[..dash], out long top) && NumberWords.TryDenominator(w[(dash + 1)..], out int bottom) && top < bottom)
        {
            value = (double)top / bottom;
            after = i + 1;
            return true;
        }

        if (i + 2 >= end || Lower(text, tokens[i + 2]) != "of" || !NumberWords.TryDenominator(Lower(text, tokens[i + 1]), out bottom)) return false;
        top = w is "a" or "an" ? 1 : NumberWords.TryWord(w, out var t) ? t : 0;
        if (top < 1 || top >= bottom) return false;
        value = (double)top / bottom;
        after = i + 2;
        return true;
    }

    /// <summary>Digits with separators, ranges ("30-40"), glued scales ("5m", "2bn") and units ("10km", "30-year").</summary>
    private static bool TryDigits(string s, out double? value, out double? low, out double? high, out double scale, out string? glued, out bool digits4)
    {
        value = low = high = null;
        scale = 1;
        glued = null;
        digits4 = false;
        int k = 0;
        while (k < s.Length && (char.IsDigit(s[k]) || s[k] is ',' or '.')) k++;
        string num = s[..k];
        string rest = s[k..];
        if (!TryNumber(num, out var v)) return false;
        digits4 = num.Length == 4 && num.All(char.IsDigit);
        if (rest.Length == 0)
        {
            value = v;
            return true;
        }

        if (rest[0] == '-' && rest.Length > 1)
        {
            string tail = rest[1..];
            if (tail.All(c => char.IsDigit(c) || c is ',' or '.'))
            {
                if (tail.Contains('-') || !TryNumber(tail, out var hv) || hv < v) return false;
                if (digits4 && tail.Length == 2) return false; // "2021-22": a season, not a range
                low = v;
                high = hv;
                digits4 = false;
                return true;
            }

            // "a 30-year term", "a 3-bedroom flat", "a 5.9-magnitude quake": the word measures the number. A capital starts a
            // name ("7-Eleven"), and "30-year-old" (an age) has a second hyphen, so neither is read.
            if (tail.Length > 1 && tail.All(char.IsAsciiLetterLower))
            {
                value = v;
                glued = tail;
                digits4 = false;
                return true;
            }

            return false;
        }

        if (rest.All(char.IsLetter))
        {
            string r = rest.ToLowerInvariant();
            if (r is "st" or "nd" or "rd" or "th" or "s") return false; // ordinals and decades
            if (NumberWords.TrySuffix(r, out var sc))
            {
                value = v * sc;
                scale = sc;
                return true;
            }

            if (Units.IsGlued(rest))
            {
                value = v;
                glued = rest;
                return true;
            }
        }

        return false;
    }

    /// <summary>"5,800" and "1,300,000" (thousands commas), "1.5" (decimal), "5.800" and "1.234.567" (European thousands dots).</summary>
    private static bool TryNumber(string s, out double value)
    {
        value = 0;
        if (s.Length == 0 || !char.IsDigit(s[0]) || !char.IsDigit(s[^1])) return false;
        int commas = s.Count(c => c == ',');
        int dots = s.Count(c => c == '.');
        string normalized;
        if (commas > 0)
        {
            var parts = s.Split(',');
            if (parts[0].Length > 3 || parts.Skip(1).Take(parts.Length - 2).Any(p => p.Length != 3)) return false;
            var last = parts[^1];
            if (last.Contains('.'))
            {
                if (last.IndexOf('.') != 3 || dots > 1) return false;
            }
            else if (last.Length != 3)
            {
                // "15,5", "2,5": one comma before one or two digits is a decimal comma.
                if (commas != 1 || dots != 0 || last.Length > 2) return false;
                return double.TryParse(parts[0] + "." + last, System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out value);
            }

            normalized = s.Replace(",", string.Empty, StringComparison.Ordinal);
        }
        else if (dots > 1)
        {
            var parts = s.Split('.');
            if (parts[0].Length > 3 || parts.Skip(1).Any(p => p.Length != 3)) return false;
            normalized = s.Replace(".", string.Empty, StringComparison.Ordinal);
        }
        else
        {
            normalized = s;
        }

        return double.TryParse(normalized, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);
    }

    private static bool IsExcluded(string text, ReadOnlySpan<Token> tokens, int first, int end, Core core, bool hasUnit)
    {
        string prev = core.Start > first ? Lower(text, tokens[core.Start - 1]) : string.Empty;
        string next = core.End < end ? Lower(text, tokens[core.End]) : string.Empty;
        if (core.Words && core.Value is { } wv && wv < 1) return false;

        // Dates, times, identifiers.
        // Month names are capitalized: "May 5" is a date, "500 may have died" is not.
        bool prevMonth = Months.Contains(prev) && char.IsUpper(tokens[core.Start - 1].Span.Of(text)[0]);
        bool nextMonth = Months.Contains(next) && char.IsUpper(tokens[core.End].Span.Of(text)[0]);
        if (prevMonth || nextMonth) return !core.Vague;
        if (TimeWords.Contains(next)) return true;
        if (core.Currency is null && !core.Words && (Identifiers.Contains(prev) && (prev.Length > 0 && (char.IsUpper(tokens[core.Start - 1].Span.Of(text)[0]) || prev is "#" or "no." or "number")))) return true;
        if (core.Currency is null && core.Start > first && tokens[core.Start - 1].End == tokens[core.Start].Start && char.IsLetter(text[tokens[core.Start - 1].End - 1])) return true;

        // A bare four-digit number from 1800 to 2100 is a year unless a noun it counts follows.
        if (core.Digits4 && core.Currency is null && !hasUnit && core.Value is >= 1800 and <= 2100)
        {
            bool countsNoun = next.Length > 0 && char.IsLower(next[0]) && !YearLead.Contains(prev) && next is not ("and" or "or" or "to" or "in" or "on" or "at" or "when" or "after" or "before" or "the" or "a" or "was" or "were" or "is" or "as" or "with" or "for" or "elections" or "election" or "protests" or "war" or "revolution");
            return !countsNoun;
        }

        return false;
    }

    /// <summary>
    /// "4, 5 boats", "two, three days": two neighbouring counts with a comma between, the second one more than the first and
    /// followed by a word, are one spoken range, not a list ("1, 2 and 3", "ages 2, 3, 5").
    /// </summary>
    private static bool SpokenRange(string text, ReadOnlySpan<Token> tokens, Core first, int next, int end)
    {
        if (first.Value is not { } a || first.Scale != 1 || first.Currency is not null || first.GluedUnit is not null) return false;
        if (!TryCore(text, tokens, next, end, out var second) || second.Value is not { } b || second.Scale != 1 || b != a + 1 || second.End >= end) return false;
        if (first.Start > 0 && Lower(text, tokens[first.Start - 1]) is "," or "ages" or "aged") return false;
        string after = Lower(text, tokens[second.End]);
        return after.Length > 0 && char.IsLetter(after[0]) && after is not ("and" or "or");
    }
}
