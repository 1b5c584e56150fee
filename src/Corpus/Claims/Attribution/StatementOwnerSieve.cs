using Corpus.Syntax;

namespace Corpus.Claims.Attribution;

/// <summary>
/// A statement noun over the word gives it, and its owner or issuer is the source: "the ministry's estimate
/// of 900", "the bureau's report lists …", "a statement by the army", "the agency issued a report that …".
/// </summary>
internal sealed class StatementOwnerSieve : IAttributionSieve
{
    public string Name => "statement-owner";

    public AttributionResult? Decide(AttributionContext c, int target)
    {
        var s = c.Syntax;
        for (int w = target, steps = 0; w >= 0 && steps < s.Count; w = s[w].Head, steps++)
        {
            if (s[w].Tag == UniversalTag.Noun && c.Lexicon.IsStatementNoun(AttributionContext.Lemma(s[w])) && Owner(c, w) is { } owner) return new AttributionResult(owner, Name);

            // "The report lists 1,600 houses": the statement noun is the subject of the verb over the word.
            if (s[w].Tag == UniversalTag.Verb && s.Child(w, "nsubj") is int subject and >= 0 && subject != target
                && c.Lexicon.IsStatementNoun(AttributionContext.Lemma(s[subject])) && Owner(c, subject) is { } issuer)
            {
                return new AttributionResult(issuer, Name);
            }
        }

        return null;
    }

    /// <summary>
    /// The owner the statement noun's own phrase names: its possessor ("the ministry's"), else a "by"/"from" phrase on it.
    /// True when the phrase has one (<paramref name="owner"/> may still be null when it resolves to no one).
    /// </summary>
    internal static bool NamedOwner(AttributionContext c, int noun, out SpeakerRef? owner)
    {
        var s = c.Syntax;
        int poss = s.Child(noun, "nmod:poss");
        if (poss >= 0)
        {
            owner = SourcePhrase.Resolve(c, poss);
            return true;
        }

        foreach (int k in s.Children(noun))
        {
            if (s[k].BaseRelation == "nmod" && s.Child(k, "case") is int p and >= 0 && s[p].Form.ToLowerInvariant() is "by" or "from" && s[k].Tag is UniversalTag.Noun or UniversalTag.Propn)
            {
                owner = SourcePhrase.Resolve(c, k);
                return true;
            }
        }

        owner = null;
        return false;
    }

    /// <summary>The owner of a statement noun: its possessor ("the ministry's"), "by X" / "from X", or the subject of the verb that issued it.</summary>
    internal static SpeakerRef? Owner(AttributionContext c, int noun)
    {
        var s = c.Syntax;
        if (NamedOwner(c, noun, out var own)) return own;
        foreach (int k in s.Children(noun))
        {
            // "the NHRB night bulletin": a name compounded into the noun.
            if (s[k].BaseRelation is "compound" && s[k].Tag == UniversalTag.Propn && SourcePhrase.Resolve(c, k) is { } named) return named;

            // "the figure withdrawn by the bureau": the agent of a participle on the noun.
            if (s[k].BaseRelation == "acl")
            {
                foreach (int a in s.Children(k))
                {
                    if (s[a].BaseRelation == "obl" && s.Child(a, "case") is int by and >= 0 && s[by].Form.Equals("by", StringComparison.OrdinalIgnoreCase)) return SourcePhrase.Resolve(c, a);
                }
            }
        }

        int h = s[noun].Head;
        if (h >= 0 && s[noun].BaseRelation is "obj" or "obl" && s[h].Tag == UniversalTag.Verb && s.Child(h, "nsubj") is int issuer and >= 0) return SourcePhrase.Resolve(c, issuer);
        return null;
    }
}
