using Corpus.Entities;
using Corpus.Syntax;
using Corpus.Text;

namespace Corpus.Claims.Attribution;

/// <summary>
/// What a pronoun that gives a statement or a count stands for, one rule set for quotes and figures alike: "he"/"she" → a
/// person, "it"/"they" → a body. Pure and thread-safe.
/// </summary>
internal static class PronounAntecedent
{
    /// <summary>
    /// "he"/"she" at <paramref name="position"/>: the subject of its sentence, then of the one before (the first person named
    /// there who is no possessive and stands outside quoted words, or a role noun opening the sentence before that person:
    /// "The Russian leader also said …. “…,” he added"); else, in the two sentences before, the last person just reported
    /// speaking, else the last one named in full, else the last one named.
    /// </summary>
    public static SpeakerRef? Person(Document doc, IReadOnlyList<Mention> mentions, int position, IReadOnlyList<RoleUse>? roles, AttributionLexicon lexicon)
    {
        string text = doc.Text;
        var sentence = doc.SentenceAt(position);
        for (int back = 0; back <= 1 && sentence.Index - back >= 0; back++)
        {
            var sn = doc.Sentences[sentence.Index - back];
            Mention? first = null, subject = null;
            foreach (var x in mentions)
            {
                if (x.Sentence != sn.Index || x.Type != EntityType.Person || x.Span.End > position || QuoteMarks.IsInsideQuote(doc, sn, x.FirstToken)) continue;
                first ??= x;
                if (subject is null && (x.EndToken >= doc.Tokens.Count || doc.Tokens[x.EndToken].Span.Of(text) is not ("'s" or "\u2019s"))) subject = x;
            }

            if (roles is not null && SubjectRole(doc, sn, roles, position) is { } role && (first is null || role.Span.Start < first.Value.Span.Start))
            {
                return role.Person is { } p ? new SpeakerRef(p.Span, p.Span.Of(text)) : new SpeakerRef(role.Span, role.Text);
            }

            if ((subject ?? first) is { } chosen) return new SpeakerRef(chosen.Span, chosen.Span.Of(text));
        }

        int floor = doc.Sentences[Math.Max(0, sentence.Index - 2)].Span.Start;
        Mention? speaking = null, named = null, last = null;
        foreach (var x in mentions)
        {
            if (x.Type != EntityType.Person || x.Span.End > position || x.Span.Start < floor || QuoteMarks.IsInsideQuote(doc, doc.Sentences[x.Sentence], x.FirstToken)) continue;
            last = x;
            if (x.EndToken - x.FirstToken >= 2) named = x;
            for (int k = x.EndToken; k < x.EndToken + 3 && k < doc.Tokens.Count; k++)
            {
                if (lexicon.MayBeReportingVerb(doc.Tokens[k].Span.Of(text))) { speaking = x; break; }
            }
        }

        if ((speaking ?? named ?? last) is { } m) return new SpeakerRef(m.Span, m.Span.Of(text));

        // "Mr. X says …. He is hoping …. Those talks go on, he said. “…,” he said.": sentences that name no one carry the
        // pronoun back to the person last named, a few sentences further up.
        // Mentions are in text order: start at the last one before the window and walk back no further than the reach.
        int lo = 0, hi = mentions.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (mentions[mid].Span.Start < floor) lo = mid + 1;
            else hi = mid;
        }

        for (int k = lo - 1; k >= 0 && sentence.Index - mentions[k].Sentence <= PronounReach; k--)
        {
            var x = mentions[k];
            if (x.Span.End > floor || x.Type != EntityType.Person || QuoteMarks.IsInsideQuote(doc, doc.Sentences[x.Sentence], x.FirstToken)) continue;
            return new SpeakerRef(x.Span, x.Span.Of(text));
        }

        return null;
    }

    /// <summary>How many sentences back a pronoun reaches across sentences that name no person.</summary>
    private const int PronounReach = 6;

    /// <summary>
    /// "it"/"they" as a clause's subject: a plural subject standing for a body just before ("Police say they …"), else the last
    /// organisation named in its sentence or the three before.
    /// </summary>
    public static SpeakerRef? Body(AttributionContext c, SyntaxWord pronoun, string lemma)
    {
        if (lemma == "they" && SubjectBody(c, pronoun) is { } body) return new SpeakerRef(body.Span, body.Span.Of(c.Doc.Text));
        Mention? found = null;
        foreach (var m in c.Mentions)
        {
            if (m.Span.End > pronoun.Span.Start) break;
            if (m.Sentence >= c.Sentence.Index - 3 && m.Type == EntityType.Org) found = m;
        }

        return found is { } f ? new SpeakerRef(f.Span, f.Span.Of(c.Doc.Text)) : null;
    }

    /// <summary>
    /// "we"/"our" outside quoted words ("Our report on Thursday said …"): the article's outlet, where the text names it
    /// (<see cref="Article.Outlet"/>; a press release's issuer speaks for itself the same way).
    /// </summary>
    public static SpeakerRef? Outlet(Document doc, IReadOnlyList<Mention> mentions)
    {
        if (doc.Article.Outlet is not { Length: > 0 } outlet) return null;
        foreach (var m in mentions)
        {
            if (m.Type == EntityType.Org && m.Span.Length == outlet.Length && string.CompareOrdinal(doc.Text, m.Span.Start, outlet, 0, outlet.Length) == 0)
            {
                return new SpeakerRef(m.Span, outlet);
            }
        }

        return null;
    }

    /// <summary>A role noun phrase that opens <paramref name="sentence"/> before <paramref name="position"/>, after at most an article.</summary>
    private static RoleUse? SubjectRole(Document doc, Sentence sentence, IReadOnlyList<RoleUse> roles, int position)
    {
        int first = sentence.FirstToken;
        if (first < doc.Tokens.Count && doc.Tokens[first].Span.Of(doc.Text) is "The" or "the") first++;
        if (first >= sentence.EndToken) return null;
        int start = doc.Tokens[first].Start;
        foreach (var r in roles)
        {
            if (r.Sentence == sentence.Index && (r.Span.Start == start || r.Span.Start == doc.Tokens[sentence.FirstToken].Start) && r.Span.End <= position) return r;
        }

        return null;
    }

    /// <summary>The lead body a subject noun of this sentence (before <paramref name="pronoun"/>) or the one before stands for ("police", "officers"), if any.</summary>
    private static Mention? SubjectBody(AttributionContext c, SyntaxWord pronoun)
    {
        for (int index = c.Sentence.Index; index >= Math.Max(0, c.Sentence.Index - 1); index--)
        {
            var syntax = c.Doc.GetSyntax(index);
            for (int i = 0; i < syntax.Count; i++)
            {
                var w = syntax[i];
                if (index == c.Sentence.Index && w.Span.Start >= pronoun.Span.Start) break;
                if (w.BaseRelation != "nsubj" || w.Tag is not (UniversalTag.Noun or UniversalTag.Propn)) continue;
                if (c.Lexicon.BodyWords(AttributionContext.Lemma(w)) is { } words && Antecedents.LeadBody(c.Doc.Text, c.Mentions, words) is { } body) return body;
            }
        }

        return null;
    }
}
