using Corpus.Syntax;

namespace Corpus.Claims.Attribution;

/// <summary>
/// The subject of a reporting predicate whose content holds the word: "X said (that) C", "C, X said",
/// "…, it says, …" (a parenthetical), "X, saying C" and "X said in a statement that C". A participle
/// without a subject of its own takes its clause's subject, or the issuer of the statement it modifies
/// ("issued a statement saying C").
/// </summary>
internal sealed class ReportingClauseSieve : IAttributionSieve
{
    public string Name => "reporting-clause";

    public AttributionResult? Decide(AttributionContext c, int target)
    {
        var s = c.Syntax;
        int child = target;
        for (int v = s[target].Head, steps = 0; steps < s.Count; child = v, v = s[v].Head, steps++)
        {
            // A parenthetical reporting clause attached to the content ("flying, it says, up from four").
            if (ParentheticalOf(c, child) is { } aside) return aside;
            if (v < 0) break;
            if (s[v].Tag != UniversalTag.Verb || c.Lexicon.VerbFrame(AttributionContext.Lemma(s[v])) == ReportingFrame.None) continue;
            if (s[child].BaseRelation is "nsubj" or "csubj") continue; // the word is the speaker's side, not the content
            if (Speaker(c, v) is { } source) return new AttributionResult(source, Name, AccordingToSieve.Cited(c, s.Child(v, "nsubj")) ?? AccordingToSieve.Cited(c, v));
        }

        return null;
    }

    private AttributionResult? ParentheticalOf(AttributionContext c, int word)
    {
        var s = c.Syntax;
        foreach (int k in s.Children(word))
        {
            if (s[k].BaseRelation is not ("parataxis" or "advcl") || s[k].Tag != UniversalTag.Verb || c.Lexicon.VerbFrame(AttributionContext.Lemma(s[k])) == ReportingFrame.None) continue;
            // "C, the agency said on Tuesday, up from D" parsed with the reporting clause as an adverbial clause of C: set off
            // by a comma before its own subject, it is the same parenthetical.
            if (s[k].BaseRelation == "advcl" && !(k > word && NearestSubject(s, k) is int subject and >= 0 && subject < k && AfterComma(s, subject) >= 0)) continue;
            if (Speaker(c, k) is { } source) return new AttributionResult(source, Name);
        }

        return null;
    }

    /// <summary>
    /// The first word of the phrase of <paramref name="subject"/> (its own punctuation skipped) when a comma stands right
    /// before it ("C, the agency said"); -1 otherwise.
    /// </summary>
    internal static int AfterComma(Syntax.SentenceSyntax s, int subject)
    {
        int from = s.SubtreeRange(subject).First;
        while (from < subject && s[from].Tag == UniversalTag.Punct) from++;
        return from > 0 && s[from - 1].Form == "," ? from : -1;
    }

    /// <summary>The verb's subject; when the parse gave it two ("Witness Jane Roe tells"), the one nearest the verb, which heads the name.</summary>
    internal static int NearestSubject(Syntax.SentenceSyntax s, int verb)
    {
        int best = -1;
        foreach (int k in s.Children(verb))
        {
            if (s[k].BaseRelation == "nsubj" && (best < 0 || Math.Abs(k - verb) < Math.Abs(best - verb))) best = k;
        }

        return best;
    }

    /// <summary>Who the reporting verb's subject is: its own nsubj, a shared subject up a conjunction or participle, or a statement's issuer.</summary>
    internal static SpeakerRef? Speaker(AttributionContext c, int verb)
    {
        var s = c.Syntax;
        for (int v = verb, steps = 0; v >= 0 && steps < 4; steps++)
        {
            int subject = NearestSubject(s, v);
            if (subject >= 0)
            {
                // "the statement said": the statement's owner or issuer speaks.
                if (c.Lexicon.IsStatementNoun(AttributionContext.Lemma(s[subject])) && StatementOwnerSieve.Owner(c, subject) is { } owner) return owner;
                return SourcePhrase.Resolve(c, subject);
            }

            int agent = -1;
            foreach (int k in s.Children(v))
            {
                if (s[k].BaseRelation == "obl" && s.Child(k, "case") is int by and >= 0 && s[by].Form.Equals("by", StringComparison.OrdinalIgnoreCase)) agent = k;
            }

            if (agent >= 0) return SourcePhrase.Resolve(c, agent);
            if (s[v].Head < 0) return null;
            string rel = s[v].BaseRelation;
            int head = s[v].Head;
            // "issued a statement saying": the issuer of the statement noun the participle modifies.
            if (rel == "acl" && s[head].Tag == UniversalTag.Noun)
            {
                if (c.Lexicon.IsStatementNoun(AttributionContext.Lemma(s[head]))) return StatementOwnerSieve.Owner(c, head);
                return SourcePhrase.Resolve(c, head);
            }

            if (rel is not ("conj" or "advcl" or "xcomp" or "parataxis")) return null;
            v = head;
        }

        return null;
    }
}
