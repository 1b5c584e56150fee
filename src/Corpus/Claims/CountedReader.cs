using Corpus.Claims.Attribution;
using Corpus.Quantities;
using Corpus.Syntax;

namespace Corpus.Claims;

/// <summary>What a number counts, read off the parse.</summary>
/// <param name="Metric">The figure's metric, or null when the parse does not say (the number stands alone with no telling predicate).</param>
/// <param name="Counted">The counted noun's lemma, or the currency or unit; null when the number stands alone.</param>
/// <param name="Excluded">True when the number is no figure at all: a year, a duration, a distance, a block number.</param>
/// <param name="Predicate">The lemma of the verb or participle saying what happened to what is counted ("destroy", "rescue"), when one does.</param>
internal readonly record struct CountedReading(string? Metric, string? Counted, bool Excluded, string? Predicate = null)
{
    public static CountedReading NotAFigure => new(null, null, true);
}

/// <summary>
/// Reads a count's figure off the dependency parse: the noun the number modifies (nummod), or X in
/// "N of the X"; the predicate that says what happened to it (a modifier such as "people killed",
/// "the injured", or the governing verb, active or passive, or its predicative complement such as
/// "remain missing"); "the death toll rose to N" through the tally noun. Classes and the metric come
/// from <see cref="FigureLexicon"/>. Pure and thread-safe.
/// </summary>
internal static class CountedReader
{
    /// <summary>Verbs that carry a tally to its value: "the toll rose to 41", "put the number of injured at 300".</summary>
    private static bool IsChangeVerb(FigureLexicon lex, string lemma) => lex.PredicateClass(lemma) is null && lemma is "rise" or "reach" or "climb" or "stand" or "increase" or "jump" or "hit" or "total" or "grow" or "put" or "raise" or "revise" or "lower" or "drop" or "fall" or "bring" or "be" or "mount" or "soar" or "top" or "exceed" or "surpass";

    /// <summary>The index of the word holding text offset <paramref name="offset"/>, or -1.</summary>
    public static int WordAt(SentenceSyntax s, int offset)
    {
        var words = s.Words;
        for (int i = 0; i < words.Count; i++)
        {
            if (words[i].Span.Start <= offset && offset < words[i].Span.End) return i;
            if (words[i].Span.Start > offset) break;
        }

        return -1;
    }

    public static CountedReading Read(SentenceSyntax s, Quantity q, FigureLexicon lex)
    {
        int n = WordAt(s, q.NumberSpan.Start);
        if (n < 0) return default;

        // "a dozen people": the number is the word the article determines, not the article.
        // The parse may hang the article on the noun instead ("a dozen victims": a → victims, dozen → victims): the number word follows it.
        if (s[n].Tag == UniversalTag.Det && s[n].Head > n && s[s[n].Head].Tag == UniversalTag.Num) n = s[n].Head;
        else if (s[n].Tag == UniversalTag.Det && n + 1 < s.Count && s[n + 1].Tag == UniversalTag.Num && s[n + 1].Span.End <= q.NumberSpan.End) n++;

        // "2 billion", "3.9 million": the scale word heads the number.
        for (int guard = 0; guard < 4 && s[n].Head >= 0 && s[s[n].Head].Tag == UniversalTag.Num && s[n].BaseRelation is "compound" or "nummod" or "flat"; guard++) n = s[n].Head;

        if (q.Kind == QuantityKind.Money)
        {
            // "a $10,000 reward", "held on $500,000 bond": money for something excluded is no figure.
            for (int h = s[n].Head, up = 0; h >= 0 && up < 3; h = s[h].Head, up++)
            {
                if (s[h].Tag == UniversalTag.Noun && lex.CountedClass(Lemma(s[h])) == FigureLexicon.Excluded) return CountedReading.NotAFigure;
                if (s[h].Tag is UniversalTag.Verb or UniversalTag.Noun) break;
            }

            string? code = q.Unit is { } u ? Currencies.CodeOf(u) ?? Currencies.CodeOf(u.TrimEnd('.')) : null;
            return new CountedReading("other", code ?? q.Unit?.ToLowerInvariant(), false);
        }

        if (q.Kind is QuantityKind.Percent or QuantityKind.Fraction) return CountedReading.NotAFigure;
        // "a 300-person crowd": the glued count describes the noun it modifies, which is what is counted.
        if (q.Kind == QuantityKind.Measure && q.Unit is { } glued && glued.ToLowerInvariant() is "person" or "man" or "member" or "strong"
            && s[n].Head > n && s[s[n].Head].Tag == UniversalTag.Noun && s[n].BaseRelation is "amod" or "compound" or "nummod")
        {
            string crowd = Lemma(s[s[n].Head]);
            return new CountedReading(lex.CountedClass(crowd) == FigureLexicon.Excluded ? null : "other", crowd, lex.CountedClass(crowd) == FigureLexicon.Excluded);
        }

        if (q.Kind == QuantityKind.Measure)
        {
            string unit = (q.Unit ?? string.Empty).ToLowerInvariant();
            string singular = AttributionLexicon.Singular(unit);
            return lex.CountedClass(singular) == "area" ? new CountedReading("other", singular, false) : CountedReading.NotAFigure;
        }

        return ReadCount(s, n, lex, q.Value);
    }

    /// <summary>The reading of count word <paramref name="n"/> (also used for "no" in "no arrests", with the noun it determines).</summary>
    /// <param name="s">The parsed sentence.</param>
    /// <param name="n">The count's word.</param>
    /// <param name="lex">The lexicon.</param>
    /// <param name="value">The count's value, when known: a small count of a set already named is no new count.</param>
    public static CountedReading ReadCount(SentenceSyntax s, int n, FigureLexicon lex, double? value = null)
    {
        int x = n;
        bool partitive = false;
        var w = s[n];
        // A number that names ("911"), or one a unit follows ("a .40 caliber handgun", "a 9 mm pistol"), counts nothing.
        if (lex.CountedClass(w.Form) == FigureLexicon.Excluded) return CountedReading.NotAFigure;
        if (n + 1 < s.Count && s[n + 1].Tag == UniversalTag.Noun && lex.CountedClass(Lemma(s[n + 1])) == FigureLexicon.Excluded) return CountedReading.NotAFigure;
        if (w.BaseRelation == "nummod" && w.Head > n && s[w.Head].Tag is UniversalTag.Noun or UniversalTag.Adj or UniversalTag.Verb)
        {
            x = w.Head; // "300 people", "3 dead", "two injured"
        }
        else if (w.BaseRelation == "nummod" && s[w.Head].Tag == UniversalTag.Propn)
        {
            return CountedReading.NotAFigure; // "Highway 61", "Apollo 11"
        }
        else if (w.BaseRelation == "det" && w.Head > n)
        {
            x = w.Head; // "no arrests"
        }
        else if (OfNoun(s, n) is int of and >= 0)
        {
            x = of; // "four of the tenants", "dozens of homes"
            partitive = true;
        }

        // "three of the five crew who sailed died": the whole of a set already named is no new count; its part is.
        if (x != n && !partitive && s[x].BaseRelation == "nmod" && s[x].Head >= 0 && s[s[x].Head].Tag == UniversalTag.Num
            && s.Child(x, "case") is int ofWord and >= 0 && s[ofWord].Form.Equals("of", StringComparison.OrdinalIgnoreCase) && Determined(s, x))
        {
            return CountedReading.NotAFigure;
        }

        string? counted = null;
        string countedClass = FigureLexicon.None;
        if (x != n && s[x].Tag is UniversalTag.Noun or UniversalTag.Propn or UniversalTag.Pron)
        {
            string lemma = Lemma(s[x]);
            if (s[x].Tag == UniversalTag.Pron)
            {
                if (lemma is not ("one")) lemma = string.Empty; // "three of them": the pronoun names nothing countable
            }

            if (lemma.Length > 0)
            {
                countedClass = lex.CountedClass(lemma) ?? "thing";
                counted = countedClass == "person" && lemma is "one" or "other" ? "people" : lemma;
            }
        }
        else if (x != n && lex.CountedClass(Lemma(s[x])) is { } adjClass)
        {
            countedClass = adjClass; // "3 dead", "2 wounded": an adjective standing for its people
        }

        if (countedClass == FigureLexicon.Excluded) return CountedReading.NotAFigure;

        string predicate = FigureLexicon.None;
        if (countedClass == FigureLexicon.Tally)
        {
            var (metric, what) = TallyOf(s, x, lex);
            return new CountedReading(metric, what, false);
        }

        // A modifier of the noun, or of the number standing alone: "people killed", "the wounded men", "3 dead".
        predicate = ModifierPredicate(s, x, lex) ?? (x != n ? ModifierPredicate(s, n, lex) : null) ?? FigureLexicon.None;
        if (x != n && s[x].Tag is UniversalTag.Adj or UniversalTag.Verb && lex.PredicateClass(Lemma(s[x])) is { } own)
        {
            // "one of the wounded died": what happened to the part outranks what names the whole.
            predicate = partitive && GoverningPredicate(s, n, lex) is ({ } governing, < 0) ? governing : own;
        }

        if (predicate == FigureLexicon.None)
        {
            // In "four of the tenants died" the number, not the noun under it, is what the verb governs.
            var (governed, tally) = GoverningPredicate(s, partitive ? n : x, lex);
            if (tally >= 0)
            {
                var (metric, what) = TallyOf(s, tally, lex);
                return new CountedReading(metric, counted ?? what, false);
            }

            predicate = governed ?? FigureLexicon.None;
        }

        string? m = lex.Metric(predicate, countedClass);
        // A single unnamed thing ("one man", "one currency") is a mention, not a count.
        if (m is null && counted is not null && countedClass != FigureLexicon.Kin && s[x].Tag != UniversalTag.Pron && !IsOne(s[n]) && !(value is < 10 && Determined(s, x))) m = "other";
        return new CountedReading(m, counted, false, m is "other" or null ? RawPredicate(s, n, x, lex) : null);
    }

    /// <summary>
    /// What happened to a count of other things, as the lemma of its verb or participle: "1,620 houses destroyed", "5,300
    /// damaged", "rescued 3,100 people", "3,100 people were rescued". Null when no verb or participle says.
    /// </summary>
    private static string? RawPredicate(SentenceSyntax s, int n, int x, FigureLexicon lex)
    {
        if (x != n && s[x].Tag is UniversalTag.Verb or UniversalTag.Adj) return Lemma(s[x]); // "5,300 damaged"
        foreach (int c in s.Children(x))
        {
            if (s[c].BaseRelation is "amod" or "acl" && s[c].Tag is UniversalTag.Verb or UniversalTag.Adj && s[c].Form.EndsWith("ed", StringComparison.OrdinalIgnoreCase)) return Lemma(s[c]);
        }

        int y = x;
        for (int guard = 0; guard < 3 && s[y].BaseRelation is "conj" or "appos" && s[y].Head >= 0; guard++) y = s[y].Head;
        if (s[y].Head >= 0 && s[y].BaseRelation is "nsubj" or "obj" && s[s[y].Head].Tag == UniversalTag.Verb && Lemma(s[s[y].Head]) is var verb && !lex.IsLight(verb)) return verb;
        return null;
    }

    /// <summary>
    /// "the two men", "his three children", "the couple's two sons", "both": a few of a set the text has already named or owns,
    /// not a count it reports.
    /// </summary>
    private static bool Determined(SentenceSyntax s, int noun)
    {
        foreach (int c in s.Children(noun))
        {
            if (s[c].Relation == "nmod:poss") return true;
            if (s[c].BaseRelation == "det" && Lemma(s[c]) is "the" or "these" or "those" or "this" or "that" or "both" or "his" or "her" or "their" or "its" or "my" or "our" or "your") return true;
        }

        return false;
    }

    private static bool IsOne(SyntaxWord w) => w.Form is "1" || w.Form.Equals("one", StringComparison.OrdinalIgnoreCase) || w.Form.Equals("a", StringComparison.OrdinalIgnoreCase) || w.Form.Equals("an", StringComparison.OrdinalIgnoreCase);

    private static string Lemma(SyntaxWord w) => w.LowerLemma;

    /// <summary>X in "N of (the) X": an nmod child of the number with "of".</summary>
    private static int OfNoun(SentenceSyntax s, int n)
    {
        foreach (int c in s.Children(n))
        {
            if (c <= n || s[c].BaseRelation != "nmod") continue;
            int of = s.Child(c, "case");
            if (of >= 0 && s[of].Form.Equals("of", StringComparison.OrdinalIgnoreCase)) return c;
        }

        return -1;
    }

    /// <summary>A predicate among a word's modifiers: "people killed" (acl), "injured people" (amod), "who died" (relative clause).</summary>
    private static string? ModifierPredicate(SentenceSyntax s, int x, FigureLexicon lex)
    {
        foreach (int c in s.Children(x))
        {
            // "riders with light injuries": what they are with.
            if (s[c].BaseRelation == "nmod" && s.Child(c, "case") is int with and >= 0 && s[with].Form.Equals("with", StringComparison.OrdinalIgnoreCase) && lex.PredicateClass(Lemma(s[c])) is { } pw) return pw;
            if (s[c].BaseRelation is not ("amod" or "acl" or "compound")) continue;
            // A noun compound names a kind of thing, not what happened to it ("homicide detectives", "hospital staff").
            if (s[c].BaseRelation == "compound" && s[c].Tag == UniversalTag.Noun) continue;
            if (AdverbPredicate(s, c, lex) is { } manner) return manner;
            if (lex.PredicateClass(Lemma(s[c])) is { } p) return p;
            // "people who were shot dead", "people carried to hospital": a predicate under the modifying clause.
            if (s[c].BaseRelation == "acl")
            {
                foreach (int cc in s.Children(c))
                {
                    // "people who were shot dead", "riders suffering from burns".
                    if (s[cc].BaseRelation is "xcomp" or "obl" or "obj" && lex.PredicateClass(Lemma(s[cc])) is { } p2) return p2;
                }
            }
        }

        return null;
    }

    /// <summary>"fatally shot", "fatally stabbed": an adverb whose adjective is a predicate ("fatal") says what the verb did.</summary>
    private static string? AdverbPredicate(SentenceSyntax s, int verb, FigureLexicon lex)
    {
        if (s[verb].Tag is not (UniversalTag.Verb or UniversalTag.Adj)) return null;
        foreach (int c in s.Children(verb))
        {
            string form = s[c].Form.ToLowerInvariant();
            if (s[c].BaseRelation == "advmod" && form.Length > 4 && form.EndsWith("ly", StringComparison.Ordinal) && lex.PredicateClass(form[..^2]) is { } p) return p;
        }

        return null;
    }

    /// <summary>
    /// The predicate governing the counted word: its verb or adjective ("40 were killed", "12 are missing", "killing 40"), that
    /// verb's predicative complement ("were shot dead", "remain missing"); through conjuncts and appositions. When the word is
    /// the value a tally reaches ("the toll rose to 41"), the tally word's index instead.
    /// </summary>
    private static (string? Predicate, int Tally) GoverningPredicate(SentenceSyntax s, int x, FigureLexicon lex)
    {
        for (int guard = 0; guard < 3 && s[x].BaseRelation is "conj" or "appos" && s[x].Head >= 0; guard++) x = s[x].Head;
        if (s[x].Head < 0) return (null, -1);
        string rel = s[x].BaseRelation;
        if (rel is not ("nsubj" or "obj" or "iobj" or "obl" or "xcomp" or "root" or "nmod" or "ccomp" or "advcl" or "conj")) return (null, -1);
        int g = s[x].Head;
        // "the number of injured at 300": the value hangs off the tally noun itself.
        if (rel == "nmod" && lex.CountedClass(Lemma(s[g])) == FigureLexicon.Tally) return (null, g);
        if (rel == "nmod") return (null, -1);
        if (s[x].Relation != "nsubj" && AdverbPredicate(s, g, lex) is { } manner) return (manner, -1); // the one shot, not the shooter
        if (lex.PredicateClass(Lemma(s[g])) is { } p) return (p, -1);
        foreach (int c in s.Children(g))
        {
            if (c != x && s[c].BaseRelation == "xcomp" && lex.PredicateClass(Lemma(s[c])) is { } p2) return (p2, -1);
        }

        // "remain in critical condition", "were taken to hospital": where they are says what happened to them.
        if (rel is "nsubj" or "obj")
        {
            foreach (int c in s.Children(g))
            {
                if (c != x && s[c].BaseRelation == "obl" && s[c].Tag == UniversalTag.Noun && lex.PredicateClass(Lemma(s[c])) is { } p3) return (p3, -1);
            }
        }

        if (rel is "obl" or "obj" or "xcomp" && IsChangeVerb(lex, Lemma(s[g])))
        {
            foreach (int c in s.Children(g))
            {
                if (c == x || s[c].BaseRelation is not ("nsubj" or "obj")) continue;
                if (lex.CountedClass(Lemma(s[c])) == FigureLexicon.Tally) return (null, c);
            }
        }

        return (null, -1);
    }

    /// <summary>The metric and counted noun of a tally: "the death toll", "the number of people injured", "the count of missing".</summary>
    private static (string? Metric, string? Counted) TallyOf(SentenceSyntax s, int t, FigureLexicon lex)
    {
        // "the toll" alone is a death toll.
        string? metric = null, counted = null;
        foreach (int c in s.Children(t))
        {
            string rel = s[c].BaseRelation;
            if (rel is not ("compound" or "amod" or "nmod" or "acl")) continue;
            string lemma = Lemma(s[c]);
            string cls = lex.CountedClass(lemma) ?? FigureLexicon.None;
            string pred = lex.PredicateClass(lemma) ?? ModifierPredicate(s, c, lex) ?? FigureLexicon.None;
            if (lex.Metric(pred, cls) is { } m) return (m, cls is "person" or "officer" or "troops" ? lemma : counted);
            if (rel == "nmod" && s[c].Tag == UniversalTag.Noun) counted ??= lemma;
        }

        if (Lemma(s[t]) == "toll") metric = "killed";
        return (metric ?? (counted is not null ? "other" : null), counted);
    }
}
