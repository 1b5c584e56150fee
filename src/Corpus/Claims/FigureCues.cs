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

    internal FigureCues(IEnumerable<string[]> rows)
    {
        foreach (var r in rows)
        {
            var words = r[0].Split(' ');
            if (!_byFirstWord.TryGetValue(words[0], out var list)) _byFirstWord[words[0]] = list = [];
            list.Add((words, r[1]));
        }
    }

    private static readonly HashSet<string> ClauseBreaks = new(StringComparer.Ordinal) { ";", ":", ".", "!", "?", "but", "while", "whereas", "although" };

    /// <summary>What holds for every figure of a sentence: a denial, "alone", and the first time expression.</summary>
    internal readonly record struct SentenceCues(bool Denied, bool Alone, string? Time);

    /// <summary>The sentence-wide cues of <paramref name="s"/>, read once for all its figures.</summary>
    public SentenceCues ReadSentence(string text, ReadOnlySpan<Token> tokens, Sentence s)
    {
        bool denied = false, alone = false;
        string? time = null;
        for (int k = s.FirstToken; k < s.EndToken; k++)
        {
            foreach (var kind in KindsAt(text, tokens, k, s.EndToken))
            {
                if (kind == "denial") denied = true;
                else if (kind == "alone") alone = true;
                else if (kind == "time" && time is null) time = TimePhrase(text, tokens, k, s.FirstToken, s.EndToken);
            }
        }

        return new SentenceCues(denied, alone, time);
    }

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

        // Anywhere in the sentence: denial, "alone", the time expression.
        (denied, alone, time) = (sentence.Denied, sentence.Alone, sentence.Time);

        // Which people are counted: police and troops apart are a part of all people; so are foreigners and children.
        if (metric is not ("troops" or "aircraft"))
        {
            string? cls = counted is null ? null : lexicon.CountedClass(counted);
            if (cls is "officer" or "troops") population = "security";
            for (int k = q.EndToken; population == "all" && k < end && k < q.EndToken + 5; k++)
            {
                string w = Lower(text, tokens[k]);
                string singular = FigureLexicon.Singular(w);
                if (lexicon.CountedClass(w) is "officer" or "troops" || lexicon.CountedClass(singular) is "officer" or "troops") population = "security";
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

        if (time is null && !snapshot && !estimate && !denied && !alone && trend == FigureTrend.None && population == "all") return FigureFacts.None;
        return new FigureFacts(time, trend, estimate, snapshot, denied, alone, population);
    }

    /// <summary>The kinds of the cue phrases starting at token <paramref name="k"/>.</summary>
    private IEnumerable<string> KindsAt(string text, ReadOnlySpan<Token> tokens, int k, int end)
    {
        if (tokens[k].Kind != TokenKind.Word || !_byFirstWord.TryGetValue(Lower(text, tokens[k]), out var list)) return [];
        List<string>? kinds = null;
        foreach (var (words, kind) in list)
        {
            bool match = k + words.Length <= end;
            for (int i = 1; match && i < words.Length; i++) match = Lower(text, tokens[k + i]) == words[i];
            if (match) (kinds ??= []).Add(kind);
        }

        return (IEnumerable<string>?)kinds ?? [];
    }

    /// <summary>"on Monday", "Wednesday evening", "by Friday", "so far": the time word with its preposition and part of the day.</summary>
    private static string TimePhrase(string text, ReadOnlySpan<Token> tokens, int k, int first, int end)
    {
        int from = k, to = k + 1;
        if (k > first && Lower(text, tokens[k - 1]) is "on" or "by" or "since" or "until" or "through" or "from" or "last" or "early" or "late") from = k - 1;
        string w = Lower(text, tokens[k]);
        if (w is "so" or "as" or "this") to = Math.Min(end, k + 2);
        if (w == "as" && to < end) to++; // "as of Friday"
        if (to < end && Lower(text, tokens[to]) is "morning" or "afternoon" or "evening" or "night") to++;
        return new TextSpan(tokens[from].Start, tokens[to - 1].End).Of(text);
    }

    private static string Lower(string text, Token t) => t.Span.Of(text).ToLowerInvariant();
}
