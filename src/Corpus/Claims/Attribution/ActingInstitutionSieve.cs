using Corpus.Entities;
using Corpus.Syntax;

namespace Corpus.Claims.Attribution;

/// <summary>
/// An organisation that does what is counted is its source: "the Harbour Fund pledged $4 million",
/// "police detained 64 people", "officials evacuated 18,000". Only an organisation, an institution noun or a
/// generic group: a person who acts ("the gunman shot three") is no source.
/// </summary>
internal sealed class ActingInstitutionSieve : IAttributionSieve
{
    public string Name => "acting-institution";

    public AttributionResult? Decide(AttributionContext c, int target)
    {
        var s = c.Syntax;
        int v = target;
        for (int steps = 0; v >= 0 && s[v].Tag != UniversalTag.Verb && steps < 4; steps++) v = s[v].Head;
        if (v < 0 || s[v].Tag != UniversalTag.Verb) return null;
        int subject = s.Child(v, "nsubj");
        if (subject < 0 || subject == target || s.Dominates(subject, target)) return null;
        var w = s[subject];
        string lemma = AttributionContext.Lemma(w);
        bool institution = w.Tag == UniversalTag.Noun && c.Lexicon.IsSourceNoun(lemma);
        bool organisation = false;
        foreach (var m in c.Mentions)
        {
            if (m.Sentence != c.Sentence.Index) continue;
            if (m.Type == EntityType.Org && m.Span.Start <= w.Span.Start && w.Span.End <= m.Span.End) organisation = true;
        }

        if (!institution && !organisation) return null;
        return SourcePhrase.Resolve(c, subject) is { } source ? new AttributionResult(source, Name) : null;
    }
}
