using System.Collections.Frozen;
using Corpus.Text;

namespace Corpus.Claims.Attribution;

/// <summary>How a reporting predicate takes its content (see <c>Claims/Resources/reporting-predicates.tsv</c>).</summary>
internal enum ReportingFrame
{
    /// <summary>Not a reporting predicate.</summary>
    None,
    /// <summary>A that-clause, complement clause or parenthetical: "said (that) C", "C, she said".</summary>
    Clause,
    /// <summary>The object or its complement: "described X as C", "estimated X at N".</summary>
    Object,
    /// <summary>A noun naming a statement: "a statement saying C", "the ministry's claim that C".</summary>
    Noun,
    /// <summary>Only the object of one of its prepositions: "talked about C", "apologized for C".</summary>
    Topic,
    /// <summary>A clause when it has one, else its object: "noted that C", "noted the rule".</summary>
    ClauseOrObject,
}

/// <summary>
/// Reporting predicates, source nouns, the bodies they stand for, adjunct words and time words, loaded once from <c>Claims/Resources</c>
/// (<c>reporting-predicates.tsv</c>, <c>source-nouns.tsv</c>, <c>source-bodies.tsv</c>, <c>adjunct-words.tsv</c>, the time rows of <c>figure-cues.tsv</c>).
/// Immutable and thread-safe.
/// </summary>
internal sealed class AttributionLexicon
{
    private readonly FrozenDictionary<string, ReportingFrame> _verbs;
    private readonly FrozenSet<string> _nouns;
    private readonly FrozenSet<string> _stances;
    private readonly FrozenDictionary<string, bool> _adjuncts;
    private readonly FrozenDictionary<string, string> _sources;
    private readonly FrozenDictionary<string, FrozenSet<string>> _bodies;
    private readonly FrozenSet<string> _verbForms;
    private readonly FrozenSet<string> _wordRuleCues;
    private readonly FrozenSet<string> _wordRuleObjectCues;
    private readonly FrozenSet<string> _bareClauseCues;
    private readonly FrozenDictionary<string, FrozenSet<string>> _prepositions;
    private readonly FrozenDictionary<string, FrozenSet<string>> _topicForms;
    private readonly FrozenSet<string> _timeWords;

    public static AttributionLexicon Default { get; } = new(
        DataTable.Rows("Corpus.Claims.Resources.reporting-predicates.tsv", 3),
        DataTable.Rows("Corpus.Claims.Resources.source-nouns.tsv", 2),
        DataTable.Rows("Corpus.Claims.Resources.figure-cues.tsv", 2).Where(r => r[1] == "time" && !r[0].Contains(' ')).Select(r => r[0]),
        DataTable.Rows("Corpus.Claims.Resources.source-bodies.tsv", 2),
        DataTable.Rows("Corpus.Claims.Resources.adjunct-words.tsv", 2));

    internal AttributionLexicon(IEnumerable<string[]> reporting, IEnumerable<string[]> sources, IEnumerable<string> timeWords, IEnumerable<string[]>? bodies = null, IEnumerable<string[]>? adjuncts = null)
    {
        _adjuncts = DataTable.Lookup("adjunct-words.tsv", adjuncts ?? [], 0, 1, StringComparer.OrdinalIgnoreCase).ToFrozenDictionary(kv => kv.Key, kv => kv.Value switch
        {
            "occasion" => false,
            "complement" => true,
            _ => throw new InvalidDataException($"adjunct-words.tsv: '{kv.Key}' has kind '{kv.Value}'; occasion or complement expected."),
        }, StringComparer.OrdinalIgnoreCase);
        var sourceRows = sources.ToList();
        var bodyWords = DataTable.Lookup("source-bodies.tsv", bodies ?? [], 0, 1, StringComparer.Ordinal)
            .ToDictionary(kv => kv.Key, kv => kv.Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.OrdinalIgnoreCase));
        _bodies = sourceRows.Where(r => r.Length > 2 && r[2].Length > 0)
            .ToFrozenDictionary(r => r[0], r => bodyWords.TryGetValue(r[2], out var words) ? words
                : throw new InvalidDataException($"source-nouns.tsv: '{r[0]}' names body '{r[2]}', which source-bodies.tsv does not list."), StringComparer.OrdinalIgnoreCase);
        _timeWords = timeWords.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        var rows = reporting.ToList();
        _verbs = DataTable.Lookup("reporting-predicates.tsv", rows.Where(r => r[1] != "noun"), 0, 1, StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(kv => kv.Key, kv => kv.Value switch
            {
                "object" or "stance" => ReportingFrame.Object,
                "topic" => ReportingFrame.Topic,
                "either" => ReportingFrame.ClauseOrObject,
                "clause" => ReportingFrame.Clause,
                _ => throw new InvalidDataException($"reporting-predicates.tsv: '{kv.Key}' has frame '{kv.Value}'; clause, either, object, stance, topic or noun expected."),
            }, StringComparer.OrdinalIgnoreCase);
        _prepositions = rows.Where(r => r[1] != "noun" && r.Length > 3 && r[3].Length > 0 && r[3] != "-")
            .ToFrozenDictionary(r => r[0], r => r[3].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.OrdinalIgnoreCase), StringComparer.OrdinalIgnoreCase);
        _stances = rows.Where(r => r[1] == "stance").Select(r => r[0]).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        _nouns = rows.Where(r => r[1] == "noun").Select(r => r[0]).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        _sources = DataTable.Lookup("source-nouns.tsv", sourceRows, 0, 1, StringComparer.OrdinalIgnoreCase).ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        // A topic verb reports only through its prepositions ("spoke about"), so a sentence is parsed for it only when one follows.
        _verbForms = rows.Where(r => r[1] is not ("noun" or "topic")).SelectMany(Forms).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        var cues = rows.Where(r => r[1] != "noun" && r.Length > 4 && r[4].Length > 0 && r[4] != "-")
            .SelectMany(r => r[4].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(f =>
                Forms(r).Contains(f, StringComparer.OrdinalIgnoreCase) ? (Form: f, Object: r[1] is "object" or "stance")
                : throw new InvalidDataException($"reporting-predicates.tsv: '{f}', a word-rule form of '{r[0]}', is not one of its forms."))).ToList();
        _wordRuleCues = cues.Select(c => c.Form).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        _bareClauseCues = rows.Where(r => r[1] != "noun" && r.Length > 5 && r[5].Length > 0 && r[5] != "-")
            .SelectMany(r => r[5].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(f => _wordRuleCues.Contains(f) ? f
                : throw new InvalidDataException($"reporting-predicates.tsv: '{f}', a bare-clause form of '{r[0]}', is not one of its word-rule forms."))).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        _wordRuleObjectCues = cues.Where(c => c.Object).Select(c => c.Form).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        _topicForms = rows.Where(r => r[1] == "topic").SelectMany(r => Forms(r).Select(f => (Form: f, Lemma: r[0]))).DistinctBy(x => x.Form, StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(x => x.Form, x => _prepositions.GetValueOrDefault(x.Lemma) ?? FrozenSet<string>.Empty, StringComparer.OrdinalIgnoreCase);
    }

    private static IEnumerable<string> Forms(string[] row) => Inflections(row[0]).Concat(row.Length > 2 && row[2] != "-" ? row[2].Split(',') : []);

    /// <summary>
    /// True when <paramref name="form"/> may be a form of a reporting verb ("said", "warns", "insisting"): a cheap test on the
    /// word as written, so that only sentences that may report speech are parsed for it.
    /// </summary>
    public bool MayBeReportingVerb(string form) => _verbForms.Contains(form);

    /// <summary>True for a form the word rules take as a reporting cue without a parse ("said", "warns"; the last column of <c>reporting-predicates.tsv</c>).</summary>
    public bool IsWordRuleCue(string form) => _wordRuleCues.Contains(form);

    /// <summary>True for a word-rule cue after which the word rules read a clause without "that" ("said the road was closed").</summary>
    public bool TakesBareClause(string form) => _bareClauseCues.Contains(form);

    /// <summary>True for a word-rule cue whose object belongs to the statement ("accused X of C", "branded X a C"): a name after it is its object, not its speaker.</summary>
    public bool IsWordRuleObjectCue(string form) => _wordRuleObjectCues.Contains(form);

    /// <summary>
    /// True when a word of tokens [<paramref name="first"/>, <paramref name="end"/>) may report: a form of a reporting verb,
    /// "according", or a topic verb with one of its prepositions after it ("spoke about"). Words already inside a quote (<paramref name="covered"/>) do not count. The cheap test that decides whether
    /// a sentence is parsed for attribution.
    /// </summary>
    public bool MayReport(string text, ReadOnlySpan<Token> tokens, int first, int end, bool[]? covered)
    {
        for (int k = first; k < end; k++)
        {
            if (tokens[k].Kind != TokenKind.Word || (covered is not null && covered[k])) continue;
            string w = tokens[k].Span.Of(text);
            if (MayBeReportingVerb(w) || w.Equals("according", StringComparison.OrdinalIgnoreCase)) return true;
            if (_topicForms.TryGetValue(w, out var prepositions))
            {
                for (int j = k + 1; j < end; j++)
                {
                    if (prepositions.Contains(tokens[j].Span.Of(text))) return true;
                }
            }
        }

        return false;
    }

    /// <summary>A lowercase word's naive singular, for looking up words as written: "injuries" → "injury", "arrests" → "arrest".</summary>
    public static string Singular(string lower) =>
        lower.EndsWith("ies", StringComparison.Ordinal) ? lower[..^3] + "y" : lower.EndsWith('s') ? lower[..^1] : lower;

    /// <summary>The regular forms of a verb: -s, -ed, -ing, with the usual spelling changes (and a doubled final consonant as an alternative).</summary>
    internal static IEnumerable<string> Inflections(string lemma)
    {
        yield return lemma;
        bool e = lemma.EndsWith('e');
        bool y = lemma.EndsWith('y') && lemma.Length > 1 && !"aeiou".Contains(lemma[^2]);
        string stem = e ? lemma[..^1] : lemma;
        yield return y ? lemma[..^1] + "ies" : lemma.EndsWith('s') || lemma.EndsWith("sh", StringComparison.Ordinal) || lemma.EndsWith("ch", StringComparison.Ordinal) || lemma.EndsWith('x') ? lemma + "es" : lemma + "s";
        yield return y ? lemma[..^1] + "ied" : stem + "ed";
        yield return stem + "ing";
        if (!e && !y && lemma.Length >= 3 && !"aeiouwxy".Contains(lemma[^1]) && "aeiou".Contains(lemma[^2]) && !"aeiou".Contains(lemma[^3]))
        {
            yield return lemma + lemma[^1] + "ed";
            yield return lemma + lemma[^1] + "ing";
        }
    }

    /// <summary>How verb <paramref name="lemma"/> takes reported content, or <see cref="ReportingFrame.None"/>.</summary>
    public ReportingFrame VerbFrame(string lemma) => _verbs.GetValueOrDefault(lemma);

    /// <summary>
    /// True for an object verb that takes a position on its object ("endorsed", "rejected", "praised"; frame <c>stance</c>):
    /// the object alone is what it says, however short ("endorsed Oren"), where "described the rescue" says nothing yet.
    /// </summary>
    public bool TakesStance(string lemma) => _stances.Contains(lemma);

    /// <summary>
    /// What a preposition or subordinator opening an adjunct after a reporting verb's object says of it (<c>adjunct-words.tsv</c>):
    /// true when it adds to what is said of the object ("as", "of"), false when it gives the act's occasion ("after",
    /// "because"), null for neither.
    /// </summary>
    public bool? AdjunctComplements(string word) => _adjuncts.TryGetValue(word, out bool complement) ? complement : null;

    /// <summary>The prepositions whose object is what verb <paramref name="lemma"/> reports ("call" → for, on; "talk" → about), or null.</summary>
    public FrozenSet<string>? ContentPrepositions(string lemma) => _prepositions.GetValueOrDefault(lemma);

    /// <summary>True for a noun naming a statement or document ("statement", "report", "claim").</summary>
    public bool IsStatementNoun(string lemma) => _nouns.Contains(lemma);

    /// <summary>True for a day or time word ("monday", "today": the time cues of <c>figure-cues.tsv</c>), which names no source.</summary>
    public bool IsTimeWord(string lemma) => _timeWords.Contains(lemma);

    /// <summary>True for an institution noun ("police", "ministry").</summary>
    public bool IsInstitution(string lemma) => _sources.GetValueOrDefault(lemma) == "institution";

    /// <summary>
    /// The words that name a body the source noun <paramref name="lemma"/> stands for ("police", "officer" → police, sheriff,
    /// constabulary...), or null when the noun stands for no kind of body.
    /// </summary>
    public FrozenSet<string>? BodyWords(string lemma) => _bodies.GetValueOrDefault(lemma);

    /// <summary>True for a generic group ("officials", "witnesses"), which stays without a resolved entity.</summary>
    public bool IsGeneric(string lemma) => _sources.GetValueOrDefault(lemma) == "generic";

    /// <summary>True for a source noun of <c>source-nouns.tsv</c>, an institution or a generic group ("ministry", "officials").</summary>
    public bool IsSourceNoun(string lemma) => IsInstitution(lemma) || IsGeneric(lemma);
}
