using System.Collections.Frozen;
using Corpus.Text;

namespace Corpus.Claims;

/// <summary>
/// The data behind figures, loaded once from <c>Claims/Resources</c>: what a counted noun is
/// (<c>counted-nouns.tsv</c>), what a predicate says happened to it (<c>figure-predicates.tsv</c>),
/// and which metric the two give together (<c>figure-metrics.tsv</c>). Immutable and thread-safe.
/// </summary>
internal sealed class FigureLexicon
{
    /// <summary>Class of a number's noun when the number stands alone ("2 died") or no class applies.</summary>
    public const string None = "-";

    /// <summary>Counted class of nouns that make a number no figure (years, kilometres, blocks).</summary>
    public const string Excluded = "excluded";

    /// <summary>Counted class of nouns whose metric comes from their modifiers ("death toll", "number of injured").</summary>
    public const string Tally = "tally";

    /// <summary>The counted class of family and friends: counted only when something happened to them ("lost two sons"), not as "other".</summary>
    public const string Kin = "kin";

    private readonly FrozenDictionary<string, string> _counted;
    private readonly FrozenDictionary<string, string> _predicates;
    private readonly (string Predicate, string Counted, string Metric)[] _metrics;

    /// <summary>The predicate class of verbs that say nothing about what happened to what is counted ("have", "include").</summary>
    private const string Light = "light";

    private readonly FrozenSet<string> _light;

    public static FigureLexicon Default { get; } = new(
        DataTable.Rows("Corpus.Claims.Resources.counted-nouns.tsv", 2),
        DataTable.Rows("Corpus.Claims.Resources.figure-predicates.tsv", 2),
        DataTable.Rows("Corpus.Claims.Resources.figure-metrics.tsv", 3));

    internal FigureLexicon(IEnumerable<string[]> counted, IEnumerable<string[]> predicates, IEnumerable<string[]> metrics)
    {
        _counted = DataTable.Lookup("counted-nouns.tsv", counted, 0, 1, StringComparer.OrdinalIgnoreCase).ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        var all = DataTable.Lookup("figure-predicates.tsv", predicates, 0, 1, StringComparer.OrdinalIgnoreCase);
        _light = all.Where(p => p.Value == Light).Select(p => p.Key).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        _predicates = all.Where(p => p.Value != Light).ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        _metrics = metrics.Select(r => (r[0], r[1], r[2])).ToArray();
    }

    /// <summary>The class of counted noun <paramref name="lemma"/>, or null when it is not listed.</summary>
    public string? CountedClass(string lemma) => _counted.GetValueOrDefault(lemma)
        ?? (lemma.Length > 3 && lemma.EndsWith('s') ? _counted.GetValueOrDefault(lemma[..^1]) : null); // a plural the lemmatizer kept ("metres")

    /// <summary>True for a verb that says nothing about what happened to what is counted: "has 45 boats", "includes 30".</summary>
    public bool IsLight(string lemma) => _light.Contains(lemma);

    /// <summary>The class of predicate <paramref name="lemma"/> ("kill", "arrest"), or null.</summary>
    public string? PredicateClass(string lemma) => _predicates.GetValueOrDefault(lemma);

    /// <summary>The metric for a predicate class and a counted class (either may be <see cref="None"/>), or null when no row matches.</summary>
    public string? Metric(string predicateClass, string countedClass)
    {
        foreach (var (p, c, m) in _metrics)
        {
            if ((p == "*" || p == predicateClass) && (c == "*" || c == countedClass)) return m;
        }

        return null;
    }
}
