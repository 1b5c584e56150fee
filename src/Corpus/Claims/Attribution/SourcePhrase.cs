using Corpus.Entities;
using Corpus.Syntax;
using Corpus.Text;

namespace Corpus.Claims.Attribution;

/// <summary>
/// Turns the head word of a source phrase into the source: the name mention it is part of, the role noun
/// there, a pronoun's antecedent ("he" → the last person named; "it" → the last organisation), "the
/// alliance" → the organisation named with that word, else the noun phrase as written ("police",
/// "the water board"). Null for what names no source (a number, "this").
/// </summary>
internal static class SourcePhrase
{
    /// <summary>A person's name the parse hung on <paramref name="head"/> after it (as a flat name or an apposition).</summary>
    private static SpeakerRef? NamedPersonAfter(AttributionContext c, int head)
    {
        var s = c.Syntax;
        foreach (int child in s.Children(head))
        {
            if (child <= head || s[child].BaseRelation is not ("flat" or "appos" or "compound") || s[child].Tag != UniversalTag.Propn) continue;
            foreach (var m in MentionsIn(c))
            {
                if (m.Type == EntityType.Person && m.Span.Start <= s[child].Span.Start && s[child].Span.End <= m.Span.End) return new SpeakerRef(m.Span, m.Span.Of(c.Doc.Text));
            }
        }

        return null;
    }

    public static SpeakerRef? Resolve(AttributionContext c, int head)
    {
        var s = c.Syntax;
        var w = s[head];
        string text = c.Doc.Text;

        // The name mention holding the head word (or the appositive name: "the spokesman, Tahir Jadoon").
        foreach (var m in MentionsIn(c))
        {
            if (m.Span.Start <= w.Span.Start && w.Span.End <= m.Span.End && m.Type is EntityType.Person or EntityType.Org or EntityType.Gpe or EntityType.Norp)
            {
                // "Democrat Ruth Ambler", parsed with the party word as the head: the person named after it speaks.
                if (m.Type == EntityType.Norp && NamedPersonAfter(c, head) is { } person) return person;
                return new SpeakerRef(m.Span, m.Span.Of(text));
            }
        }

        foreach (var r in c.Roles)
        {
            if (r.Sentence != c.Sentence.Index || !(r.Span.Start <= w.Span.Start && w.Span.End <= r.Span.End)) continue;
            return r.Person is { } p ? new SpeakerRef(p.Span, p.Span.Of(text)) : new SpeakerRef(r.Span, r.Text);
        }

        foreach (int child in s.Children(head))
        {
            if (s[child].BaseRelation is "appos" or "flat" && s[child].Tag == UniversalTag.Propn && Resolve(c, child) is { } named && named.Span != default) return named;
        }

        string lemma = AttributionContext.Lemma(w);
        // "the authority, which put the toll at 131": a relative pronoun stands for the noun its clause modifies.
        if (w.Tag == UniversalTag.Pron && lemma is "which" or "who" or "that" && w.Head >= 0 && s[w.Head].Relation == "acl:relcl" && s[w.Head].Head >= 0) return Resolve(c, s[w.Head].Head);
        // "…, has declared the minister, who also announced …" with the clause misread as a conjunct: "who" after a comma
        // still stands for the noun before the comma.
        if (w.Tag == UniversalTag.Pron && lemma is "which" or "who" && head >= 2 && s[head - 1].Form == "," && s[head - 2].Tag is UniversalTag.Noun or UniversalTag.Propn) return Resolve(c, head - 2);
        if (w.Tag == UniversalTag.Pron)
        {
            return lemma is "he" or "she" ? PronounAntecedent.Person(c.Doc, c.Mentions, w.Span.Start, c.Roles, c.Lexicon)
                : lemma is "it" or "they" ? PronounAntecedent.Body(c, w, lemma)
                : lemma is "we" or "our" or "us" && !QuoteMarks.IsInsideQuote(c.Doc, c.Sentence, c.Doc.TokenEndingAt(w.Span.End)) ? PronounAntecedent.Outlet(c.Doc, c.Mentions) : null;
        }
        if (w.Tag is not (UniversalTag.Noun or UniversalTag.Propn)) return null;

        // "police", "officers", "the sheriff": the article's lead police body, whatever its name calls it ("<Town> Sheriff's Office").
        if (w.Tag is UniversalTag.Noun or UniversalTag.Propn && c.Lexicon.BodyWords(lemma) is { } bodyWords && s.Child(head, "nmod:poss") < 0 && !HasOwnName(s, head)
            && Antecedents.LeadBody(text, c.Mentions, bodyWords) is { } body)
        {
            return new SpeakerRef(body.Span, body.Span.Of(text));
        }

        // "the ministry", "the alliance", "police": the organisation the article named with that word, before if it did, else after
        // ("police said …" in a report that names "Lusk police" further down).
        if (w.Tag == UniversalTag.Noun && c.Lexicon.IsInstitution(lemma) && s.Child(head, "nmod:poss") < 0 && !HasOwnName(s, head)
            && (Antecedents.LastOrganisationNamed(text, c.Mentions, w.Form, w.Span.Start) ?? Antecedents.FirstOrganisationNamed(text, c.Mentions, w.Form)) is { } org)
        {
            return new SpeakerRef(org.Span, org.Span.Of(text));
        }

        // A day or a time ("Monday's report") names no one.
        if (c.Lexicon.IsTimeWord(lemma)) return null;

        // A statement or a count names its issuer: "the ministry's report", "the latest toll released by the agency",
        // "a bulletin from the authority" (a plain "the report" stays without a source).
        if (w.Tag == UniversalTag.Noun && c.Lexicon.IsStatementNoun(lemma) && Issuer(s, head) is int issuer and >= 0) return Resolve(c, issuer);

        // "the alliance's field teams", "the ministry's spokesman": unnamed people of a named organisation speak for it.
        // So do "officials with the sheriff's department" and "a spokesman for the ministry".
        if (w.Tag == UniversalTag.Noun && c.Lexicon.IsSourceNoun(lemma) && OwnerOf(s, head) is int owner and >= 0
            && Resolve(c, owner) is { } organisation && IsOrganisation(c, organisation))
        {
            return organisation;
        }

        // "VRA teams", "Red Crescent workers": an organisation's name before a noun of its people (a place's name is not:
        // "Lusk police" is a body of its own).
        if (w.Tag == UniversalTag.Noun && c.Lexicon.IsSourceNoun(lemma))
        {
            foreach (int child in s.Children(head))
            {
                if (child < head && s[child].BaseRelation == "compound" && s[child].Tag == UniversalTag.Propn && OrganisationAt(c, s[child].Span) is { } named) return named;
            }
        }

        var span = PhraseSpan(s, head);
        if (w.Tag == UniversalTag.Propn || c.Lexicon.IsSourceNoun(lemma) || IsCapitalizedName(c, head))
        {
            // A name the recognizer missed here but found elsewhere in the article ("NHRB says"): that mention, so the
            // corpus-level stage names the entity.
            string phrase = span.Of(text);
            foreach (var m in c.Mentions)
            {
                if (m.Type is EntityType.Person or EntityType.Org && m.Span.Length == phrase.Length && string.CompareOrdinal(text, m.Span.Start, phrase, 0, phrase.Length) == 0) return new SpeakerRef(m.Span, phrase);
            }

            return new SpeakerRef(span, phrase);
        }

        // Any other noun ("her account", "an hour") gives nothing, unless its phrase names someone ("the NHRB night bulletin").
        foreach (var m in MentionsIn(c))
        {
            if (span.Start <= m.Span.Start && m.Span.End <= span.End && m.Type is EntityType.Person or EntityType.Org) return new SpeakerRef(m.Span, m.Span.Of(text));
        }

        return null;
    }

    /// <summary>
    /// A common noun capitalized inside the sentence, in a run of capitalized words or numbers ("Harbour Rescue 40 says"):
    /// a name the tagger read as a noun.
    /// </summary>
    private static bool IsCapitalizedName(AttributionContext c, int head)
    {
        var s = c.Syntax;
        if (s[head].Tag != UniversalTag.Noun || !char.IsUpper(s[head].Form[0])) return false;
        int parts = 0;
        foreach (int child in s.Children(head))
        {
            if (s[child].BaseRelation is not ("compound" or "flat")) continue;
            if (s[child].Tag != UniversalTag.Num && !char.IsUpper(s[child].Form[0])) return false;
            parts++;
        }

        // A capital opening the sentence (after any quote mark) says nothing by itself: "“Fuel will run out,” …".
        int opening = 0;
        while (opening < s.Count && s[opening].Tag == UniversalTag.Punct) opening++;
        if (parts == 0 && s.SubtreeRange(head).First <= opening) return false;

        // A headline in title case capitalizes every noun.
        return !KeywordOrganisations.IsTitleCasedLine(c.Doc.Text, c.Doc.TokenSpan[c.Sentence.FirstToken..c.Sentence.EndToken]);
    }

    /// <summary>The organisation a noun of people belongs to: its possessor, or its "with", "for", "of", "at" or "from" phrase; -1 for none.</summary>
    private static int OwnerOf(SentenceSyntax s, int head)
    {
        if (s.Child(head, "nmod:poss") is int owner and >= 0) return owner;
        foreach (int child in s.Children(head))
        {
            if (child > head && s[child].BaseRelation == "nmod" && s.Child(child, "case") is int p and >= 0 && s[p].Form.ToLowerInvariant() is "with" or "for" or "of" or "at" or "from") return child;
        }

        return -1;
    }

    /// <summary>Who issued the statement noun <paramref name="head"/>: its possessor, the agent of a participle on it ("released by X"), or its "from" phrase; -1 for none.</summary>
    private static int Issuer(SentenceSyntax s, int head)
    {
        if (s.Child(head, "nmod:poss") is int owner and >= 0) return owner;
        foreach (int child in s.Children(head))
        {
            if (s[child].BaseRelation == "acl" && s[child].Tag == UniversalTag.Verb)
            {
                foreach (int a in s.Children(child))
                {
                    if (s[a].BaseRelation == "obl" && s.Child(a, "case") is int by and >= 0 && s[by].Form.Equals("by", StringComparison.OrdinalIgnoreCase) && s[a].Tag is UniversalTag.Noun or UniversalTag.Propn) return a;
                }
            }

            // "a bulletin from the authority", "a report by the auditor".
            if (s[child].BaseRelation == "nmod" && s.Child(child, "case") is int from and >= 0 && s[from].Form.ToLowerInvariant() is "from" or "by" && s[child].Tag is UniversalTag.Noun or UniversalTag.Propn) return child;
        }

        return -1;
    }

    /// <summary>The noun phrase around <paramref name="head"/>: its determiners, modifiers, compounds and "of" phrase, not its clauses or appositions.</summary>
    public static TextSpan PhraseSpan(SentenceSyntax s, int head)
    {
        int first = head, last = head;
        foreach (int child in s.Children(head))
        {
            string rel = s[child].BaseRelation;
            if (rel is "det" or "amod" or "compound" or "nmod" or "flat" or "nummod")
            {
                var (f, l) = s.SubtreeRange(child);
                if (rel == "nmod" && child < head) continue; // a possessor stays ("the army's") only when it is the phrase's start, below
                if (rel == "nmod" && (l - head > 8)) continue;
                first = Math.Min(first, f);
                last = Math.Max(last, l);
            }
        }

        if (s.Child(head, "nmod:poss") is int poss and >= 0) first = Math.Min(first, s.SubtreeRange(poss).First);
        while (first < head && (s[first].BaseRelation is "case" or "fixed" or "mark" or "punct" or "cc" || s[first].Form.Equals("according", StringComparison.OrdinalIgnoreCase))) first++;
        return new TextSpan(s[first].Span.Start, s[last].Span.End);
    }

    /// <summary>True when the noun carries a name of its own ("Lusk police", "the Bergen council"): then it is that phrase, not an antecedent.</summary>
    private static bool HasOwnName(SentenceSyntax s, int head)
    {
        foreach (int k in s.Children(head))
        {
            if (s[k].BaseRelation is "compound" or "amod" or "nmod" && s[k].Tag == UniversalTag.Propn && !PunctuationBetween(s, k, head)) return true;
        }

        return false;
    }

    /// <summary>True when punctuation stands between words <paramref name="a"/> and <paramref name="b"/>: a dateline ("TOWN, State - Police") is no name of the noun after it.</summary>
    private static bool PunctuationBetween(SentenceSyntax s, int a, int b)
    {
        for (int k = Math.Min(a, b) + 1; k < Math.Max(a, b); k++)
        {
            if (s[k].Tag == UniversalTag.Punct) return true;
        }

        return false;
    }

    /// <summary>The organisation mention holding <paramref name="word"/>, or null.</summary>
    private static SpeakerRef? OrganisationAt(AttributionContext c, TextSpan word)
    {
        foreach (var m in MentionsIn(c))
        {
            if (m.Type == EntityType.Org && m.Span.Start <= word.Start && word.End <= m.Span.End) return new SpeakerRef(m.Span, m.Span.Of(c.Doc.Text));
        }

        return null;
    }

    private static bool IsOrganisation(AttributionContext c, SpeakerRef source)
    {
        foreach (var m in c.Mentions)
        {
            if (m.Span == source.Span) return m.Type is EntityType.Org or EntityType.Gpe;
        }

        return false;
    }

    private static IEnumerable<Mention> MentionsIn(AttributionContext c)
    {
        foreach (var m in c.Mentions)
        {
            if (m.Sentence == c.Sentence.Index) yield return m;
            else if (m.Sentence > c.Sentence.Index) yield break;
        }
    }
}
