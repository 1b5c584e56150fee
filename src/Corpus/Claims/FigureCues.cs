using Corpus.Claims.Attribution;
using Corpus.Quantities;
using Corpus.Text;

namespace Corpus.Claims;

/// <summary>
/// Reads a figure's <see cref="FigureFacts"/> from its sentence's words, with the phrases of
/// <c>Claims/Resources/figure-cues.tsv</c> and the counted-noun classes. Immutable and thread-safe.
/// </summary>
internal sealed class FigureCues
{
    private readonly Dictionary<string, List<(string[] Words, string Kind)>> _byFirstWord = new(StringComparer.Ordinal);

    public static FigureCues Default { get; } = new(DataTable.Rows("Corpus.Claims.Resources.figure-cues.tsv", 2));

    /// <summary>The kinds of each one-word cue, for reading a word on its own (a time phrase's part of the day, a source's name).</summary>
    private readonly Dictionary<string, List<string>> _wordKinds = new(StringComparer.Ordinal);

    private readonly HashSet<string> _gives = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _withdrawals = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _carriers = new(StringComparer.OrdinalIgnoreCase);

    internal FigureCues(IEnumerable<string[]> rows)
    {
        foreach (var r in rows)
        {
            if (r[1] == "gives") _gives.Add(r[0]);
            else if (r[1] == "withdrawal") _withdrawals.Add(r[0]);
            else if (r[1] == "carried-to") _carriers.Add(r[0]);

            var words = r[0].Split(' ');
            if (words.Length == 1)
            {
                if (!_wordKinds.TryGetValue(words[0], out var kinds)) _wordKinds[words[0]] = kinds = [];
                kinds.Add(r[1]);
            }

            if (!_byFirstWord.TryGetValue(words[0], out var list)) _byFirstWord[words[0]] = list = [];
            list.Add((words, r[1]));
        }
    }

    private static readonly HashSet<string> ClauseBreaks = new(StringComparer.Ordinal) { ";", ":", ".", "!", "?", "but", "while", "whereas", "although" };

    /// <summary>A time expression of a sentence: its tokens [<paramref name="First"/>, <paramref name="End"/>) and its text.</summary>
    internal readonly record struct TimeCue(int First, int End, string Text);

    /// <summary>What holds for every figure of a sentence: a denial, "alone", and its time expressions in order.</summary>
    internal readonly record struct SentenceCues(bool Denied, bool Alone, IReadOnlyList<TimeCue> Times);

    /// <summary>The sentence-wide cues of <paramref name="s"/>, read once for all its figures.</summary>
    public SentenceCues ReadSentence(string text, ReadOnlySpan<Token> tokens, Sentence s)
    {
        bool denied = false, alone = false;
        List<TimeCue>? times = null;
        for (int k = s.FirstToken; k < s.EndToken; k++)
        {
            if (times is { Count: > 0 } && k < times[^1].End) continue; // inside the last time expression
            int timeLength = 0;
            foreach (var (kind, length) in CuesAt(text, tokens, k, s.EndToken))
            {
                if (kind == "denial") denied = true;
                else if (kind == "alone") alone = true;
                else if (kind == "time") timeLength = Math.Max(timeLength, length);
            }

            if (timeLength > 0) (times ??= []).Add(TimePhrase(text, tokens, k, k + timeLength, s.FirstToken, s.EndToken));
            else if ((CalendarAt(text, tokens, k, s.FirstToken, s.EndToken) ?? ClockAt(text, tokens, k, s.EndToken)) is { } other) (times ??= []).Add(other);
        }

        return new SentenceCues(denied, alone, (IReadOnlyList<TimeCue>?)times ?? []);
    }

    /// <summary>
    /// "Aug 3", "August 3", "3 August": a capitalized month name next to a day number, with its preposition. Other month
    /// words ("may", "march") and month names alone ("in August") name no day.
    /// </summary>
    private static TimeCue? CalendarAt(string text, ReadOnlySpan<Token> tokens, int k, int first, int end)
    {
        if (tokens[k].Kind != TokenKind.Word || !char.IsUpper(text[tokens[k].Start]) || Dateline.MonthOf(tokens[k].Span.Of(text)) == 0) return null;
        int from = k, to = k + 1;
        if (to < end && tokens[to].Span.Of(text) == ".") to++;
        if (to < end && IsDayNumber(tokens[to].Span.Of(text))) to++;
        else if (k > first && IsDayNumber(tokens[k - 1].Span.Of(text))) from = k - 1;
        else return null;
        if (from > first && Lower(text, tokens[from - 1]) is "on" or "by" or "since" or "until" or "through" or "from") from--;
        return new TimeCue(from, to, new TextSpan(tokens[from].Start, tokens[to - 1].End).Of(text));
    }

    /// <summary>"6:40 pm", "11 a.m.": a clock time with its half of the day.</summary>
    private static TimeCue? ClockAt(string text, ReadOnlySpan<Token> tokens, int k, int end)
    {
        if (tokens[k].Kind != TokenKind.Number || k + 1 >= end || Lower(text, tokens[k + 1]) is not ("a.m." or "p.m." or "am" or "pm")) return null;
        var w = tokens[k].Span.Of(text);
        if (w.Length > 5 || HourOf(w) < 0) return null;
        return new TimeCue(k, k + 2, new TextSpan(tokens[k].Start, tokens[k + 1].End).Of(text));
    }

    private static bool IsDayNumber(string w) => w.Length is 1 or 2 && int.TryParse(w, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int d) && d is >= 1 and <= 31;

    public FigureFacts Read(string text, ReadOnlySpan<Token> tokens, Sentence s, SentenceCues sentence, Quantity q, string metric, string? counted, FigureLexicon lexicon)
    {
        int first = s.FirstToken, end = s.EndToken;
        int numberStart = q.NumberToken;
        while (numberStart > first && tokens[numberStart - 1].Start >= q.Span.Start) numberStart--;

        var trend = FigureTrend.None;
        bool estimate = false, snapshot = false, denied = false, alone = false;
        string? time = null;
        var population = "all";

        // Before the number, inside its clause: trend, estimate; anywhere before it in the sentence: snapshot.
        for (int k = numberStart - 1, steps = 0; k >= first; k--, steps++)
        {
            string w = Lower(text, tokens[k]);
            bool inClause = steps < 10;
            if (ClauseBreaks.Contains(w)) inClause = false;
            foreach (var kind in KindsAt(text, tokens, k, end))
            {
                if (kind == "snapshot") snapshot = true;
                if (!inClause || steps >= 10) continue;
                if (trend == FigureTrend.None && kind is "rise" or "fall" or "revised") trend = kind == "rise" ? FigureTrend.Rise : kind == "fall" ? FigureTrend.Fall : FigureTrend.Revised;
                if (kind == "estimate" && steps < 8) estimate = true;
            }

            if (ClauseBreaks.Contains(w) && trend != FigureTrend.None) break;
        }

        if (q.Qualifier == Qualifier.Rise) trend = FigureTrend.Rise;
        else if (q.Qualifier == Qualifier.Fall && trend == FigureTrend.None) trend = FigureTrend.Fall;

        // Right after it: "5,000 soldiers, up from 3,500" says the figure itself rose.
        for (int k = q.EndToken; k < end && k < q.EndToken + 9 && !ClauseBreaks.Contains(Lower(text, tokens[k])); k++)
        {
            foreach (var kind in KindsAt(text, tokens, k, end))
            {
                if (trend == FigureTrend.None && kind is "rise" or "fall" && k + 1 < end && Lower(text, tokens[k + 1]) is "from") trend = kind == "rise" ? FigureTrend.Rise : FigureTrend.Fall;
            }
        }

        // Anywhere in the sentence: denial, "alone"; the time expression nearest the number ("9 now flying, up from 4 on Tuesday").
        (denied, alone) = (sentence.Denied, sentence.Alone);
        int nearest = int.MaxValue;
        foreach (var t in sentence.Times)
        {
            int distance = t.End <= numberStart ? numberStart - t.End : t.First >= q.EndToken ? t.First - q.EndToken : 0;
            if (distance < nearest) (nearest, time) = (distance, t.Text);
        }

        // Which people are counted: police and troops apart are a part of all people; so are foreigners and children.
        if (metric is not ("troops" or "aircraft"))
        {
            string? cls = counted is null ? null : lexicon.CountedClass(counted);
            if (cls is "officer" or "troops") population = "security";
            for (int k = q.EndToken; population == "all" && k < end && k < q.EndToken + 5; k++)
            {
                string w = Lower(text, tokens[k]);
                string singular = AttributionLexicon.Singular(w);
                if (lexicon.CountedClass(w) is "officer" or "troops" || lexicon.CountedClass(singular) is "officer" or "troops") population = "security";
            }
        }

        // "19 of them", "among them 14": a part of a count named before it, no rival of any whole.
        foreach (var kind in KindsAt(text, tokens, q.EndToken < end ? q.EndToken : numberStart, end))
        {
            if (kind == "part-after" && q.EndToken < end) population = "part";
        }

        for (int k = Math.Max(first, numberStart - 2); k < numberStart && population != "part"; k++)
        {
            foreach (var kind in KindsAt(text, tokens, k, end))
            {
                if (kind == "part-before") population = "part";
            }
        }

        for (int k = Math.Max(first, numberStart - 2); population == "all" && k < end && k < q.EndToken + 5; k++)
        {
            foreach (var kind in KindsAt(text, tokens, k, end))
            {
                if (kind is "foreign" && (k < numberStart || k >= q.EndToken)) population = "foreign";
                else if (kind is "children" && k >= q.EndToken) population = "children";
            }
        }

        int? year = YearNear(text, tokens, s, numberStart, q.EndToken);
        if (time is null && !snapshot && !estimate && !denied && !alone && trend == FigureTrend.None && population == "all" && year is null) return FigureFacts.None;
        return new FigureFacts(time, trend, estimate, snapshot, denied, alone, population) { Year = year };
    }

    /// <summary>
    /// A year in the figure's clause (eight words before the number, six after, within clause breaks), not one that only
    /// opens a period ("the worst since 2010", "until 2030").
    /// </summary>
    private static int? YearNear(string text, ReadOnlySpan<Token> tokens, Sentence s, int numberStart, int numberEnd)
    {
        for (int k = numberStart - 1; k >= s.FirstToken && k >= numberStart - 8; k--)
        {
            if (ClauseBreaks.Contains(Lower(text, tokens[k]))) break;
            if (YearAt(text, tokens, k, s.FirstToken) is int y) return y;
        }

        for (int k = numberEnd; k < s.EndToken && k < numberEnd + 6; k++)
        {
            if (ClauseBreaks.Contains(Lower(text, tokens[k]))) break;
            if (YearAt(text, tokens, k, s.FirstToken) is int y) return y;
        }

        return null;
    }

    private static int? YearAt(string text, ReadOnlySpan<Token> tokens, int k, int first)
    {
        var t = tokens[k];
        if (t.Kind != TokenKind.Number || t.End - t.Start != 4) return null;
        if (!int.TryParse(t.Span.Of(text), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int y) || y is < 1800 or > 2100) return null;
        if (k > first && Lower(text, tokens[k - 1]) is "since" or "until" or "till" or "by" or "before" or "from" or "through") return null;
        return y;
    }

    /// <summary>
    /// "the provincial death toll", "87 dead nationwide", "across the country": "region" or "country" when a scope word
    /// stands in the figure's clause (eight words before the number, six after), else null.
    /// </summary>
    public string? Scope(string text, ReadOnlySpan<Token> tokens, Sentence s, Quantity q)
    {
        int numberStart = q.NumberToken;
        while (numberStart > s.FirstToken && tokens[numberStart - 1].Start >= q.Span.Start) numberStart--;
        for (int k = numberStart - 1; k >= s.FirstToken && k >= numberStart - 8; k--)
        {
            if (ClauseBreaks.Contains(Lower(text, tokens[k]))) break;
            if (ScopeAt(text, tokens, k, s.EndToken) is { } scope) return scope;
        }

        for (int k = q.EndToken; k < s.EndToken && k < q.EndToken + 6; k++)
        {
            if (ClauseBreaks.Contains(Lower(text, tokens[k]))) break;
            if (ScopeAt(text, tokens, k, s.EndToken) is { } scope) return scope;
        }

        return null;
    }

    private string? ScopeAt(string text, ReadOnlySpan<Token> tokens, int k, int end)
    {
        foreach (var (kind, _) in CuesAt(text, tokens, k, end))
        {
            if (kind is "scope-region") return "region";
            if (kind is "scope-country") return "country";
        }

        return null;
    }

    /// <summary>True for a verb that gives a count its source ("said", "put", "counted"; kind <c>gives</c>), in any case.</summary>
    public bool GivesSource(string word) => _gives.Contains(word);

    /// <summary>True for a word that withdraws or corrects a figure ("withdrew", "retracted", "wrong"; kind <c>withdrawal</c>), in any case.</summary>
    public bool Withdraws(string word) => _withdrawals.Contains(word);

    /// <summary>True for a verb that carries the hurt somewhere ("taken", "airlifted"; kind <c>carried-to</c>), in any case.</summary>
    public bool CarriesTo(string word) => _carriers.Contains(word);

    /// <summary>True when one word (lowercase) of a source's name makes it the article's state's or province's body ("provincial").</summary>
    public bool NamesRegionalBody(string lowerWord) => _wordKinds.TryGetValue(lowerWord, out var kinds) && kinds.Contains("jurisdiction-region");

    /// <summary>The part of the day a lowercase word names ("evening", "overnight"), or None.</summary>
    public DayPart PartOf(string lowerWord)
    {
        if (!_wordKinds.TryGetValue(lowerWord, out var kinds)) return DayPart.None;
        foreach (var k in kinds)
        {
            switch (k)
            {
                case "part-morning": return DayPart.Morning;
                case "part-afternoon": return DayPart.Afternoon;
                case "part-evening": return DayPart.Evening;
                case "part-night": return DayPart.Night;
            }
        }

        return DayPart.None;
    }

    /// <summary>
    /// True when <paramref name="s"/> opens by correcting the sentence before it ("That was wrong.", "The correct figure is
    /// ...", "It should have said ..."): a correction-notice phrase within its first words.
    /// </summary>
    public bool CorrectsPrevious(string text, ReadOnlySpan<Token> tokens, Sentence s)
    {
        for (int k = s.FirstToken; k < s.EndToken && k < s.FirstToken + 3; k++)
        {
            foreach (var (kind, _) in CuesAt(text, tokens, k, s.EndToken))
            {
                if (kind == "corrects-previous") return true;
            }
        }

        return false;
    }

    /// <summary>True when a time phrase starts at token <paramref name="k"/> ("that evening", "a day later"; "on Tuesday" unless <paramref name="preposition"/> is false).</summary>
    public bool StartsTime(string text, ReadOnlySpan<Token> tokens, int k, int end, bool preposition = true)
    {
        if (k >= end) return false;
        if (preposition && k + 1 < end && Lower(text, tokens[k]) is "on" or "by" or "since" or "last") k++;
        foreach (var (kind, _) in CuesAt(text, tokens, k, end))
        {
            if (kind == "time") return true;
        }

        return false;
    }

    /// <summary>The kinds of the cue phrases starting at token <paramref name="k"/>.</summary>
    private IEnumerable<string> KindsAt(string text, ReadOnlySpan<Token> tokens, int k, int end)
    {
        var cues = CuesAt(text, tokens, k, end);
        if (cues.Count == 0) return [];
        var kinds = new string[cues.Count];
        for (int i = 0; i < kinds.Length; i++) kinds[i] = cues[i].Kind;
        return kinds;
    }

    private static readonly (string Kind, int Length)[] NoCues = [];

    /// <summary>The cue phrases starting at token <paramref name="k"/>: each one's kind and length in tokens (a shared empty list for most words).</summary>
    private IReadOnlyList<(string Kind, int Length)> CuesAt(string text, ReadOnlySpan<Token> tokens, int k, int end)
    {
        if (tokens[k].Kind != TokenKind.Word || !_byFirstWord.TryGetValue(Lower(text, tokens[k]), out var list)) return NoCues;
        List<(string, int)>? cues = null;
        foreach (var (words, kind) in list)
        {
            bool match = k + words.Length <= end;
            for (int i = 1; match && i < words.Length; i++) match = Lower(text, tokens[k + i]) == words[i];
            if (match) (cues ??= []).Add((kind, words.Length));
        }

        return (IReadOnlyList<(string Kind, int Length)>?)cues ?? NoCues;
    }

    /// <summary>
    /// "on Monday", "Wednesday evening", "by Friday", "so far", "as of 11 a.m.", "that evening": the time phrase over
    /// tokens [<paramref name="k"/>, <paramref name="to"/>) with its preposition, part of the day or clock time.
    /// </summary>
    private static TimeCue TimePhrase(string text, ReadOnlySpan<Token> tokens, int k, int to, int first, int end)
    {
        int from = k;
        if (k > first && Lower(text, tokens[k - 1]) is "on" or "by" or "since" or "until" or "through" or "from" or "last" or "early" or "late") from = k - 1;

        // "since the floods began on Monday": the period's start, so the count is as of publication.
        for (int j = from - 1; j >= first && j >= from - 4; j--)
        {
            string w = Lower(text, tokens[j]);
            if (ClauseBreaks.Contains(w) || w == ",") break;
            if (w == "since") { from = j; break; }
        }

        if (Lower(text, tokens[to - 1]) == "of" && to < end) to++; // "as of Friday", "as of 11"
        if (to < end && tokens[to].Kind == TokenKind.Number && to + 1 < end && Lower(text, tokens[to + 1]) is "a.m." or "p.m." or "am" or "pm") to += 2;
        else if (to < end && tokens[to - 1].Kind == TokenKind.Number && Lower(text, tokens[to]) is "a.m." or "p.m." or "am" or "pm") to++;
        if (to < end && Default.PartOf(Lower(text, tokens[to])) != DayPart.None) to++;
        return new TimeCue(from, to, new TextSpan(tokens[from].Start, tokens[to - 1].End).Of(text));
    }

    /// <summary>
    /// The day a time phrase names, as a rule over the publication date: a weekday, a calendar day, or a day counted from
    /// publication ("today", "so far", "since Monday": the count as of publication; "yesterday", "last night": the day before).
    /// A phrase that names its day only through another ("that evening", "a day earlier", "later") takes the day of
    /// <paramref name="previous"/>, the time of the figure before it in the sentence, and is null without one.
    /// </summary>
    public static FigureWhen? ReadWhen(string? phrase, FigureWhen? previous) => ReadWhen(phrase, previous, null);

    /// <summary>
    /// As <see cref="ReadWhen(string?, FigureWhen?)"/>; a bare part of the day or clock time ("the evening report", "at 7 pm")
    /// takes its day from <paramref name="sentenceDay"/>, the day another time expression of the sentence names, when it names one.
    /// </summary>
    public static FigureWhen? ReadWhen(string? phrase, FigureWhen? previous, FigureWhen? sentenceDay)
    {
        var when = Read(phrase, previous);
        if (when is { Rule: FigureDayRule.Publication, Value: 0, Part: not DayPart.None } && sentenceDay is { } day && phrase is not null && IsBarePart(phrase)) return day with { Part = when.Part };
        return when;
    }

    /// <summary>The day the sentence's time expressions name (the first that names a day other than publication), or null.</summary>
    internal static FigureWhen? SentenceDay(SentenceCues cues)
    {
        foreach (var t in cues.Times)
        {
            if (Read(t.Text, null) is { } w && !(w.Rule == FigureDayRule.Publication && w.Value == 0)) return w;
        }

        return null;
    }

    private static bool IsBarePart(string phrase)
    {
        string first = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0].ToLowerInvariant();
        return Default.PartOf(first) is DayPart.Morning or DayPart.Afternoon or DayPart.Evening || (first.Length > 0 && char.IsDigit(first[0]));
    }

    private static FigureWhen? Read(string? phrase, FigureWhen? previous)
    {
        if (phrase is null) return null;
        var words = phrase.ToLowerInvariant().Split([' ', ',', '\u00A0'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0) return null;
        var part = DayPart.None;
        int hour = -1;
        for (int i = 0; i < words.Length; i++)
        {
            if (Default.PartOf(words[i].TrimEnd('.')) is var named and not DayPart.None) part = named;
            if (i > 0 && hour < 0 && words[i] is "a.m." or "am" or "p.m." or "pm" && HourOf(words[i - 1]) is int h and >= 0)
            {
                hour = words[i] is "p.m." or "pm" && h < 12 ? h + 12 : h;
            }
        }

        if (part == DayPart.None && hour >= 0) part = hour < 12 ? DayPart.Morning : hour < 17 ? DayPart.Afternoon : hour < 22 ? DayPart.Evening : DayPart.Night;
        string first = words[0];

        // The count as it stands at publication, whatever day the period began; a bare part of the day or clock time is that day's.
        if (first is "since" or "from" or "so" or "now" or "today" or "this" or "as" or "tonight" or "overnight" or "morning" or "afternoon" or "evening"
            || (words.Length <= 2 && hour >= 0)) return new FigureWhen(FigureDayRule.Publication, 0, part);
        if (first == "yesterday" || (first == "last" && words.Length > 1 && words[1] == "night")) return new FigureWhen(FigureDayRule.Publication, -1, part);

        foreach (var w in words)
        {
            if (w.Length > 5 && w.All(char.IsLetter) && Enum.TryParse<DayOfWeek>(w, ignoreCase: true, out var day)) return new FigureWhen(FigureDayRule.Weekday, (int)day, part);
        }

        for (int i = 0; i < words.Length; i++)
        {
            int month = Dateline.MonthOf(words[i]);
            if (month == 0) continue;
            string? dayWord = i + 1 < words.Length ? words[i + 1] : null;
            if ((dayWord is null || !int.TryParse(dayWord, System.Globalization.CultureInfo.InvariantCulture, out int d)) && (i == 0 || !int.TryParse(words[i - 1], System.Globalization.CultureInfo.InvariantCulture, out d))) continue;
            return new FigureWhen(FigureDayRule.Calendar, month * 100 + d, part);
        }

        // Named through the figure before it.
        if (previous is null) return null;
        int shift = phrase.Contains("earlier", StringComparison.OrdinalIgnoreCase) && phrase.Contains("day", StringComparison.OrdinalIgnoreCase) ? -1
            : phrase.Contains("before", StringComparison.OrdinalIgnoreCase) || phrase.Contains("previous", StringComparison.OrdinalIgnoreCase) ? -1
            : phrase.Contains("next", StringComparison.OrdinalIgnoreCase) || phrase.Contains("following", StringComparison.OrdinalIgnoreCase) || (phrase.Contains("day later", StringComparison.OrdinalIgnoreCase)) ? 1
            : 0;
        if (shift != 0) return previous with { Shift = previous.Shift + shift, Part = part };
        return previous with { Part = part != DayPart.None ? part : phrase.Contains("later", StringComparison.OrdinalIgnoreCase) || phrase.Contains("after", StringComparison.OrdinalIgnoreCase) ? Later(previous.Part) : previous.Part };
    }

    private static DayPart Later(DayPart p) => p switch { DayPart.None => DayPart.None, DayPart.Night => DayPart.Night, _ => p + 1 };

    private static int HourOf(string w)
    {
        int colon = w.IndexOfAny([':', '.']);
        string h = colon > 0 ? w[..colon] : w;
        return int.TryParse(h, System.Globalization.CultureInfo.InvariantCulture, out int v) && v is >= 0 and <= 24 ? v : -1;
    }

    private static string Lower(string text, Token t) => t.Span.Of(text).ToLowerInvariant();
}
