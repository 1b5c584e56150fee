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
}

/// <summary>
/// Reporting predicates and source nouns, loaded once from <c>Claims/Resources</c>
/// (<c>reporting-predicates.tsv</c>, <c>source-nouns.tsv</c>). Immutable and thread-safe.
/// </summary>
internal sealed class AttributionLexicon
{
    private readonly FrozenDictionary<string, ReportingFrame> _verbs;
    private readonly FrozenSet<string> _nouns;
    private readonly FrozenDictionary<string, string> _sources;

    public static AttributionLexicon Default { get; } = new(
        DataTable.Rows("Corpus.Claims.Resources.reporting-predicates.tsv", 2),
        DataTable.Rows("Corpus.Claims.Resources.source-nouns.tsv", 2));

    internal AttributionLexicon(IEnumerable<string[]> reporting, IEnumerable<string[]> sources)
    {
        var rows = reporting.ToList();
        _verbs = rows.Where(r => r[1] != "noun").ToFrozenDictionary(r => r[0], r => r[1] == "object" ? ReportingFrame.Object : ReportingFrame.Clause, StringComparer.OrdinalIgnoreCase);
        _nouns = rows.Where(r => r[1] == "noun").Select(r => r[0]).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        _sources = sources.ToFrozenDictionary(r => r[0], r => r[1], StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>How verb <paramref name="lemma"/> takes reported content, or <see cref="ReportingFrame.None"/>.</summary>
    public ReportingFrame VerbFrame(string lemma) => _verbs.GetValueOrDefault(lemma);

    /// <summary>True for a noun naming a statement or document ("statement", "report", "claim").</summary>
    public bool IsStatementNoun(string lemma) => _nouns.Contains(lemma);

    /// <summary>True for an institution noun ("police", "ministry").</summary>
    public bool IsInstitution(string lemma) => _sources.GetValueOrDefault(lemma) == "institution";

    /// <summary>True for a generic group ("officials", "witnesses"), which stays without a resolved entity.</summary>
    public bool IsGeneric(string lemma) => _sources.GetValueOrDefault(lemma) == "generic";
}
