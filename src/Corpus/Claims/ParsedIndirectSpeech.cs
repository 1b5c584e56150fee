using Corpus.Claims.Attribution;
using Corpus.Entities;
using Corpus.Syntax;
using Corpus.Text;

namespace Corpus.Claims;

/// <summary>
/// Indirect speech read off the parse: a reporting verb (see <c>reporting-predicates.tsv</c>) with its content as a
/// complement clause ("said (that) C", "urged X to C"), or as the clause it is a parenthetical to ("C, X said"; "C, X
/// says, D"). The content span is the clause's subtree; the speaker comes from the attribution module. A sentence is
/// parsed only when a word in it may be a reporting verb. Pure and thread-safe.
/// </summary>
internal static class ParsedIndirectSpeech
{
    public static IEnumerable<QuoteDraft> Find(Document doc, Sentence sentence, IReadOnlyList<Mention> mentions, IReadOnlyList<RoleUse> roles, bool[] covered, AttributionLexicon lexicon)
    {
        if (!lexicon.MayReport(doc.Text, doc.TokenSpan, sentence.FirstToken, sentence.EndToken, covered)) return [];
        return Read(doc, sentence, doc.GetSyntax(sentence.Index), mentions, roles, covered, lexicon);
    }

    /// <summary>The quotes of one parsed sentence; marks the content's tokens in <paramref name="covered"/>.</summary>
    internal static List<QuoteDraft> Read(Document doc, Sentence sentence, SentenceSyntax s, IReadOnlyList<Mention> mentions, IReadOnlyList<RoleUse> roles, bool[] covered, AttributionLexicon lexicon)
    {
        var found = new List<QuoteDraft>();
        var context = new AttributionContext(doc, sentence, s, mentions, roles, lexicon);
        // "According to X, C" and "C, according to X": the clause X is attached to, without the attribution.
        foreach (var (a, x) in AccordingToSieve.Phrases(s))
        {
            if (x < 0) continue;
            if (s[x].Head < 0)
            {
                // "According to a report by X, C" parsed with the report as the root: the phrase opens the sentence, and the
                // statement is what follows the comma that closes it.
                if (a != 0) continue;
                int comma = x + 1;
                while (comma < s.Count && s[comma].Form != ",") comma++;
                if (Trim(s, comma + 1, s.Count - 1) is not { } after || Words(s, after) < 3 || Covered(doc, sentence, covered, after, half: true)) continue;
                found.Add(new QuoteDraft(after, after.Of(doc.Text), false, SourcePhrase.Resolve(context, x), sentence.Span, "according-to"));
                Mark(doc, sentence, covered, after);
                continue;
            }

            // X gives a clause, not a noun phrase: a parse that hangs "according to X" on a noun inside the
            // clause ("leads by four points, according to the poll") is climbed up to that noun's clause.
            int clause = s[x].Head;
            while (!s[clause].IsRoot && s[clause].Head >= 0 && s[clause].Tag is UniversalTag.Noun or UniversalTag.Propn or UniversalTag.Num or UniversalTag.Pron
                && s[clause].BaseRelation is "obj" or "obl" or "nmod" or "nsubj" or "nsubj:pass" or "iobj" or "compound" or "appos" or "nummod") clause = s[clause].Head;
            var (cf, cl) = s.SubtreeRange(clause);
            while (cl > cf && s[cl].BaseRelation == "punct") cl--; // the sentence's full stop is not what decides the side
            var (xf, xl) = s.SubtreeRange(x);
            xf = Math.Min(xf, a);
            TextSpan? content = xf <= cf ? Trim(s, xl + 1, cl) : xl >= cl ? Trim(s, cf, xf - 1) : null;

            // "C, according to X." and "C, according to X, D": set off by a comma after its clause, the phrase attributes all
            // the sentence says before it, wherever the parse hung it ("rise by as much as 20 percent", "took steps to protect").
            if (a >= 2 && s[a - 1].Form == "," && (xl + 1 >= s.Count || s[xl + 1].Tag == UniversalTag.Punct) ) content = Trim(s, 0, a - 2);
            if (content is not { } span || Words(s, span) < 3 || Covered(doc, sentence, covered, span, half: true)) continue;
            var speaker = SourcePhrase.Resolve(context, x);
            found.Add(new QuoteDraft(span, span.Of(doc.Text), false, speaker, sentence.Span, "according-to"));
            Mark(doc, sentence, covered, span);
        }

        for (int v = 0; v < s.Count; v++)
        {
            if (s[v].Tag != UniversalTag.Verb || lexicon.VerbFrame(AttributionContext.Lemma(s[v])) == ReportingFrame.None) continue;
            if (Covered(doc, sentence, covered, s[v].Span, half: false)) continue; // a verb inside quoted words reports nothing here
            if (Interrupted(s, v) is var (before, after) && !Covered(doc, sentence, covered, new TextSpan(before.Start, after.End), half: true)
                && ReportingClauseSieve.Speaker(context, v) is { } interrupting)
            {
                var whole = new TextSpan(before.Start, after.End);
                found.Add(new QuoteDraft(whole, before.Of(doc.Text) + " … " + after.Of(doc.Text), false, interrupting, sentence.Span, "reporting-clause"));
                Mark(doc, sentence, covered, whole);
                continue;
            }

            if (Content(s, v, context) is not { } content) continue;
            // A short content is a statement only as the object of a verb that takes a position on it ("endorsed Brown", "rejected
            // that argument"), from a speaker we can name or describe; a two-word clause is more often a misparse.
            bool shortObject = Words(s, content) < 3 && ObjectContent(s, v, content, lexicon);
            if ((Words(s, content) < 3 && !shortObject) || Covered(doc, sentence, covered, content, half: true)) continue;
            // "police did not say who the victim was": a question left open is no statement.
            if (s.IsNegated(v) && AsksQuestion(doc.Text, content)) continue;
            // "Asked whether C, X declined to comment": the question is not X's statement.
            if (s[v].BaseRelation == "parataxis" && s[v].Head >= 0 && ReducedPassiveOpening(s, s[v].Head) && content.Start <= s[s[v].Head].Span.Start) continue;
            // "Asked whether C, …": C was put by someone the sentence does not name; the subject of the sentence did not say it.
            bool asked = ReducedPassiveOpening(s, v);
            // A subject that names no one we can resolve ("the report found", "many believe") still makes an attribution, without a speaker.
            var speaker = asked ? null : ReportingClauseSieve.Speaker(context, v);
            if (shortObject && speaker is null && !CommonNounSubject(s, v)) continue;
            if (speaker is null && !asked && ReportingClauseSieve.NearestSubject(s, v) < 0) continue;
            // A name as the object is a statement only of someone we know ("she endorsed him"); "anyone should call Det. Lund" is no one's.
            // A body described but not named ("a union representing nurses endorsed Brown") takes a position all the same.
            if (speaker is null && s.Child(v, "obj") is int o and >= 0 && s[o].Tag is UniversalTag.Propn or UniversalTag.Pron
                && lexicon.VerbFrame(AttributionContext.Lemma(s[v])) == ReportingFrame.Object && !((s[o].Tag == UniversalTag.Propn || Predicative(s, v, o)) && CommonNounSubject(s, v))) continue;
            if (speaker is { } sp && sp.Span.Start < content.End && content.Start < sp.Span.End) continue; // the speaker inside the content: a misparse
            found.Add(new QuoteDraft(content, content.Of(doc.Text), false, speaker, sentence.Span, speaker is null ? "reporting-clause (speaker unresolved)" : "reporting-clause"));
            Mark(doc, sentence, covered, content);
        }

        return found;
    }

    /// <summary>A clause that opens with a question word, or follows "whether" or "if" (which the content leaves out, as it does "that").</summary>
    private static bool AsksQuestion(string text, TextSpan content)
    {
        int end = content.Start;
        while (end < content.End && char.IsLetter(text[end])) end++;
        if (IsQuestionWord(text.AsSpan(content.Start, end - content.Start))) return true;
        int stop = content.Start;
        while (stop > 0 && char.IsWhiteSpace(text[stop - 1])) stop--;
        int start = stop;
        while (start > 0 && char.IsLetter(text[start - 1])) start--;
        return text.AsSpan(start, stop - start).ToString().ToLowerInvariant() is "whether" or "if";

        static bool IsQuestionWord(ReadOnlySpan<char> w) => w.ToString().ToLowerInvariant() is "who" or "what" or "where" or "when" or "why" or "how" or "whether" or "if" or "which" or "whom" or "whose";
    }

    /// <summary>The verb's subject follows it ("…, said X"); the parse may have given it a second, misread one before.</summary>
    private static bool SubjectAfter(SentenceSyntax s, int v)
    {
        foreach (int k in s.Children(v))
        {
            if (k > v && s[k].BaseRelation == "nsubj") return true;
        }

        return false;
    }

    /// <summary>A noun or adjective the verb says its object is, after it ("called him a genius", "branded it reckless").</summary>
    private static bool Predicative(SentenceSyntax s, int v, int obj)
    {
        foreach (int c in s.Children(v))
        {
            if (c > obj && s[c].BaseRelation == "xcomp" && s[c].Tag is UniversalTag.Noun or UniversalTag.Adj) return true;
        }

        return false;
    }

    /// <summary>The verb has a subject of its own, or shares that of the verb it is coordinated with ("she proposed X and accused Y of Z").</summary>
    private static bool HasSubject(SentenceSyntax s, int v) =>
        s.Child(v, "nsubj") >= 0 || (s[v].BaseRelation == "conj" && s[v].Head >= 0 && s.Child(s[v].Head, "nsubj") >= 0);

    /// <summary>
    /// "proposed cutting the tax", "denied having any role": a gerund after a verb that reports a clause is the clause it
    /// reports (the parse reads it as the verb's open complement, with no "to").
    /// </summary>
    private static bool GerundComplement(SentenceSyntax s, int v, int c, AttributionContext context) =>
        s[c].BaseRelation == "xcomp" && c == v + 1 && s[c].XPos == "VBG" && s.Child(c, "mark") < 0
        && context.Lexicon.VerbFrame(AttributionContext.Lemma(s[v])) is ReportingFrame.Clause or ReportingFrame.ClauseOrObject;

    /// <summary>The content of reporting verb <paramref name="v"/>: its complement clause, its object, the object of a content preposition, else the clause it is a parenthetical to.</summary>
    private static TextSpan? Content(SentenceSyntax s, int v, AttributionContext context)
    {
        foreach (int c in s.Children(v))
        {
            // "was asked to leave": a passive verb's infinitive is what its addressee was told to do, no statement of the subject's.
            if (s[c].BaseRelation == "xcomp" && IsPassive(s, v)) continue;
            // "who asked not to be named": a source asking for anonymity states nothing.
            if (s[c].BaseRelation == "xcomp" && IsPassive(s, c) && AttributionContext.Lemma(s[c]) is "name" or "identify" or "quote") continue;
            if (s[c].BaseRelation is "ccomp" || (s[c].BaseRelation == "xcomp" && s.Child(c, "mark") is int to and >= 0 && s[to].Form.Equals("to", StringComparison.OrdinalIgnoreCase))
                || GerundComplement(s, v, c, context) || ThatClauseReadAsAdverbial(s, v, c, context))
            {
                var (first, last) = s.SubtreeRange(c);
                // "C, said X": all before the comma is the statement, however the parse cut C up ("permits" read as C's verb).
                if (c < v && v >= 2 && s[v - 1].Form == "," && last >= v - 2 && SubjectAfter(s, v)) first = 0;
                // "that" and a comma open the clause without belonging to it; an infinitive keeps its "to" ("urged them to leave").
                while (first < last && s[first].Head == c && (s[first].BaseRelation == "punct" || (s[first].BaseRelation == "mark" && !s[first].Form.Equals("to", StringComparison.OrdinalIgnoreCase)))) first++;

                // "said C, arguing that D": the participle reports a statement of its own; C ends before its comma.
                for (int d = first + 2; d <= last; d++)
                {
                    if (s[d].Tag == UniversalTag.Verb && s[d].Form.EndsWith("ing", StringComparison.OrdinalIgnoreCase) && s[d - 1].Form == ","
                        && s[d].BaseRelation is "advcl" or "xcomp" or "conj" && context.Lexicon.VerbFrame(AttributionContext.Lemma(s[d])) != ReportingFrame.None)
                    {
                        last = d - 2;
                        break;
                    }
                }

                return Trim(s, first, last);
            }
        }

        // "warned voters that C": the parse may hang the that-clause on the one told (a clause with "that" as its mark, not a
        // relative clause, whose "that" is its subject or object); it is the verb's content all the same.
        int told = s.Child(v, "obj");
        if (context.Lexicon.VerbFrame(AttributionContext.Lemma(s[v])) == ReportingFrame.Clause)
        {
            // So may a time after the verb ("said Friday that C", the day read as a noun of the verb's).
            foreach (int n in s.Children(v))
            {
                if (n <= v || !(n == told || (n <= v + 3 && s[n].Tag == UniversalTag.Propn && s[n].BaseRelation is "nsubj" or "obl" or "obl:tmod" or "obl:unmarked" && context.Lexicon.IsTimeWord(AttributionContext.Lemma(s[n]))))) continue;
                foreach (int c in s.Children(n))
                {
                    if (c <= n || s[c].BaseRelation != "acl" || s.Child(c, "mark") is not (int that and >= 0) || !s[that].Form.Equals("that", StringComparison.OrdinalIgnoreCase)) continue;
                    var (first, last) = s.SubtreeRange(c);
                    return Trim(s, that + 1, last);
                }
            }
        }

        // "believe an old feud led to it": a clause without "that" that the parse read as an object with a finite verb hung on
        // it (not a relative clause); the object's phrase is the clause's subject and the statement is all of it.
        if (told > v && context.Lexicon.VerbFrame(AttributionContext.Lemma(s[v])) == ReportingFrame.Clause && s[told].Tag is UniversalTag.Noun or UniversalTag.Propn)
        {
            var (first, last) = s.SubtreeRange(told);
            for (int k = told + 1; k <= last; k++)
            {
                if (s[k].Relation == "acl" && s[k].Tag == UniversalTag.Verb && s[k].XPos is "VBD" or "VBZ" or "VBP" && s.Child(k, "mark") < 0) return Trim(s, first, last);
            }

            // "said the number of dead could be higher": a finite auxiliary inside the object's phrase, with no relative word
            // before it ("the words that could …"), shows a clause the parse broke up.
            for (int k = told + 1; k <= last; k++)
            {
                // A relative word, a subordinator ("asked the spokesman if he had …") or punctuation ends the search.
                if (s[k].Tag == UniversalTag.Pron && s[k].Form.ToLowerInvariant() is "that" or "which" or "who" or "whom" or "whose" || s[k].Tag is UniversalTag.Punct or UniversalTag.Sconj) break;
                if (s[k].BaseRelation is "aux" or "cop" && s[k].XPos is "MD" or "VBD" or "VBZ" or "VBP") return Trim(s, first, last);
            }
        }

        // "described the plan as reckless", "accused him of lying", "denied the allegations": the object with its complement.
        // A person as object is the one told, asked or described ("asked the spokesman if …", "called the leader …"), not the content.
        int obj = s.Child(v, "obj");
        var frame = context.Lexicon.VerbFrame(AttributionContext.Lemma(s[v]));
        // A name is what an object verb's own subject attacks, praises or endorses ("she endorsed Holm"); a verb without a
        // subject of its own ("asked to call the sheriff's office") names only whom to reach; a pronoun ("cited it in a
        // statement") says nothing by itself.
        if (obj >= 0 && obj > v && ((frame == ReportingFrame.Object && (s[obj].Tag == UniversalTag.Noun || (s[obj].Tag == UniversalTag.Propn && HasSubject(s, v))
                || (s[obj].Tag == UniversalTag.Pron && HasSubject(s, v) && Predicative(s, v, obj))))
            || (frame == ReportingFrame.ClauseOrObject && s[obj].Tag == UniversalTag.Noun && !NamesAPerson(context, s[obj]))))
        {
            var (first, last) = s.SubtreeRange(obj);
            foreach (int c in s.Children(v))
            {
                // What the verb says of its object after it: "as C", "of C", "for being C", a predicate noun phrase ("called
                // the plan a ploy"), and modifiers the parse hung on the verb ("cited letters of support from 40 mayors");
                // not a clause of its own ("…, and said …", "…, saying …") nor a time ("on Tuesday").
                if (c > obj && s[c].BaseRelation is "obl" or "xcomp" or "advcl" or "nmod" or "acl" && !IsTime(s, c) && !NewClause(s, c) && !Occasion(s, c, context.Lexicon)) last = Math.Max(last, s.SubtreeRange(c).Last);
            }

            return Trim(s, first, last);
        }

        // "the survey shows a tight race", "a study found 31 cases", "the video shows him running": what a document, a poll
        // or a recording shows or finds is its content, a person included; it addresses no one.
        if (obj > v && s[obj].Tag is UniversalTag.Noun or UniversalTag.Propn or UniversalTag.Pron or UniversalTag.Num && DocumentSubject(s, v, context))
        {
            var (first, last) = s.SubtreeRange(obj);
            foreach (int c in s.Children(v))
            {
                if (c > obj && s[c].BaseRelation is "xcomp" or "obl") last = Math.Max(last, s.SubtreeRange(c).Last);
            }

            return Trim(s, first, last);
        }

        // "called for new elections", "called on Congress to act", "warned of a crisis", "talked about the plan": the object of
        // one of the verb's content prepositions (reporting-predicates.tsv), with the infinitive that says what the one called on
        // should do. A verb whose object is its content takes this only when it has no object.
        string lemma = AttributionContext.Lemma(s[v]);
        if (context.Lexicon.ContentPrepositions(lemma) is { } prepositions && (obj < 0 || context.Lexicon.VerbFrame(lemma) != ReportingFrame.Object))
        {
            foreach (int c in s.Children(v))
            {
                if (c <= v || s[c].BaseRelation is not ("obl" or "advcl" or "xcomp")) continue;
                int p = s.Child(c, "case");
                if (p < 0) p = s.Child(c, "mark");
                if (p < 0 || !prepositions.Contains(s[p].Form) || s[c].Tag is not (UniversalTag.Noun or UniversalTag.Propn or UniversalTag.Pron or UniversalTag.Verb)) continue;
                var (first, last) = s.SubtreeRange(c);
                foreach (int d in s.Children(v))
                {
                    if (d > c && s[d].BaseRelation is "xcomp" or "advcl" && s.Child(d, "mark") is int to and >= 0 && s[to].Form.Equals("to", StringComparison.OrdinalIgnoreCase)) last = Math.Max(last, s.SubtreeRange(d).Last);
                }

                return Trim(s, first + (first == p ? 1 : 0), last);
            }
        }

        // "C, X said" read as a conjunct of C's head (a comma right before the subject, no "and" there, nothing the verb says
        // after it): the statement is C all the same.
        if (s[v].BaseRelation == "conj" && s[v].Head >= 0 && s[v].Head < v && s.Child(v, "nsubj") is int said and >= 0 && said < v && !SaysMore(s, v))
        {
            int from = ReportingClauseSieve.AfterComma(s, said);
            if (from > 1) return Trim(s, s.SubtreeRange(s[v].Head).First, from - 2);
        }

        // "C, said X." with C's words read as anything but the verb's complement (its subject, a relative clause): the
        // inverted order alone says that all before the comma is the statement.
        if (s[v].IsRoot && v >= 4 && s[v - 1].Form == "," && SubjectAfter(s, v)) return Trim(s, 0, v - 2);

        // "C, X said" / "C, X says, D": the verb hangs off the content's head as a parenthetical.
        if (s[v].BaseRelation == "parataxis" && s[v].Head >= 0)
        {
            int h = s[v].Head;
            var (hf, hl) = s.SubtreeRange(h);
            var (vf, vl) = s.SubtreeRange(v);
            if (vf <= hf) return Trim(s, vl + 1, hl);

            // "C, X said": the statement runs to the comma before the speaker, whatever the parse hung on the verb in
            // between ("… and three in nearby Bergen, the agency said", with "in nearby Bergen" read as the verb's).
            int subject = s.Child(v, "nsubj");
            int end = subject > hf && subject < v ? s.SubtreeRange(subject).First - 1 : vf - 1;
            return Trim(s, hf, end);
        }

        return null;
    }

    /// <summary>
    /// "C, it says, D" with D read as the verb's complement: the attribution interrupts one statement, whose words are C and
    /// D. Null unless the verb is a parenthetical of C's head, its subject follows C's comma, and a complement follows it.
    /// </summary>
    private static (TextSpan Before, TextSpan After)? Interrupted(SentenceSyntax s, int v)
    {
        // The parse may hang the reporting clause on C as an adverbial clause; then a comma must set D off too.
        bool adverbial = s[v].BaseRelation == "advcl";
        if (s[v].BaseRelation != "parataxis" && !adverbial || s[v].Head < 0 || s[v].Head > v || s.Child(v, "nsubj") is not (int subject and >= 0) || subject > v) return null;
        int complement = -1;
        foreach (int k in s.Children(v))
        {
            if (k > v && s[k].BaseRelation == "ccomp") complement = k;
        }

        if (complement < 0) return null;
        if (adverbial && s.SubtreeRange(complement).First is int d && (d == 0 || s[d - 1].Form != ",") && !(s[d].Form == "," && d > v)) return null;
        int head = s[v].Head, first = s.SubtreeRange(head).First, from = ReportingClauseSieve.AfterComma(s, subject);
        if (from <= first + 1) return null;
        var (cf, cl) = s.SubtreeRange(complement);
        return Trim(s, first, from - 2) is { } before && Trim(s, cf, cl) is { } after ? (before, after) : null;
    }


    /// <summary>Whether the verb has an object or a clause of its own after it ("…, and he said nothing").</summary>
    private static bool SaysMore(SentenceSyntax s, int v)
    {
        foreach (int k in s.Children(v))
        {
            if (k > v && s[k].BaseRelation is "obj" or "ccomp" or "xcomp" or "iobj") return true;
        }

        return false;
    }

    /// <summary>Whether the verb's subject is a noun naming a statement, a count or a record ("the poll", "documents", "a new study").</summary>
    private static bool DocumentSubject(SentenceSyntax s, int v, AttributionContext context)
    {
        int subject = s.Child(v, "nsubj");
        return subject >= 0 && s[subject].Tag == UniversalTag.Noun && context.Lexicon.IsStatementNoun(AttributionContext.Lemma(s[subject]));
    }

    /// <summary>A time adjunct ("on Tuesday", "last week", "Friday"): when something was said, not what.</summary>
    private static bool IsTime(SentenceSyntax s, int c) => s[c].Relation is "obl:tmod" or "obl:unmarked" or "nmod:tmod"
        || (s[c].Tag == UniversalTag.Propn && Dateline.IsWeekday(s[c].Form));

    /// <summary>An adjunct of the verb's occasion ("after the vote", "because they felt …"; adjunct-words.tsv), nothing said of its object.</summary>
    private static bool Occasion(SentenceSyntax s, int c, AttributionLexicon lexicon)
    {
        bool occasion = false;
        foreach (int p in s.Children(c))
        {
            if (p > c || s[p].BaseRelation is not ("case" or "mark")) continue;
            bool? complements = lexicon.AdjunctComplements(s[p].Form);
            if (complements == true) return false;
            occasion |= complements == false;
        }

        return occasion;
    }

    /// <summary>A clause set off by a comma or led by a verb of its own ("…, saying C", "…, while D"): a statement apart.</summary>
    private static bool NewClause(SentenceSyntax s, int c)
    {
        int first = s.SubtreeRange(c).First;
        return s[c].BaseRelation is "advcl" && (first > 0 && s[first - 1].Form == "," || s[first].Tag == UniversalTag.Punct);
    }

    /// <summary>
    /// "Asked whether taxes would rise, X declined to comment", "X said when asked whether C": a past form with no subject of its
    /// own, opening the sentence or after "when", "after"…, is a reduced passive; what follows it was put to the subject, not
    /// said by it.
    /// </summary>
    private static bool ReducedPassiveOpening(SentenceSyntax s, int v)
    {
        if (s[v].XPos is not ("VBN" or "VBD") || s.Child(v, "nsubj") >= 0 || s.Child(v, "nsubj:pass") >= 0) return false;
        int first = 0;
        while (first < v && s[first].Tag == UniversalTag.Punct) first++;
        // "…, he said when asked whether C": the same question, led by a subordinator.
        return first == v || (v > 0 && LeadsReducedPassive(s[v - 1].Form.ToLowerInvariant()));
    }

    /// <summary>Words that lead a reduced passive of a reporting verb: "when asked", "after being told", "if pressed".</summary>
    internal static bool LeadsReducedPassive(string lowerWord) => lowerWord is "when" or "after" or "if" or "once" or "being" or "unless";

    /// <summary>
    /// "said on Monday, in a statement, that C": after adjuncts set off by commas the parse may hang the that-clause on the
    /// verb as an adverbial clause; marked by a bare "that" ("so that", "now that" are adverbial) after a verb that takes a
    /// clause, it is the verb's content.
    /// </summary>
    private static bool ThatClauseReadAsAdverbial(SentenceSyntax s, int v, int c, AttributionContext context)
    {
        if (c < v || s[c].BaseRelation != "advcl" || context.Lexicon.VerbFrame(AttributionContext.Lemma(s[v])) != ReportingFrame.Clause) return false;
        if (s.Child(c, "mark") is not (int that and >= 0) || !s[that].Form.Equals("that", StringComparison.OrdinalIgnoreCase) || that < v) return false;
        return s[that - 1].Form is not ("so" or "such" or "now" or "given" or "except" or "provided" or "assuming" or "in" or "order");
    }

    private static bool IsPassive(SentenceSyntax s, int v) => s.Child(v, "nsubj:pass") >= 0 || s.Child(v, "aux:pass") >= 0;

    private static bool NamesAPerson(AttributionContext c, SyntaxWord w)
    {
        foreach (var m in c.Mentions)
        {
            if (m.Sentence == c.Sentence.Index && m.Type == EntityType.Person && m.Span.Start <= w.Span.Start && w.Span.End <= m.Span.End) return true;
        }

        foreach (var r in c.Roles)
        {
            if (r.Sentence == c.Sentence.Index && r.Span.Start <= w.Span.Start && w.Span.End <= r.Span.End) return true;
        }

        return false;
    }

    private static TextSpan? Trim(SentenceSyntax s, int first, int last)
    {
        while (first <= last && s[first].Tag == UniversalTag.Punct) first++;
        while (last >= first && s[last].Tag == UniversalTag.Punct) last--;
        return first > last ? null : new TextSpan(s[first].Span.Start, s[last].Span.End);
    }

    /// <summary>The verb's own subject is a common noun's phrase ("other unions", "a group of mayors"), not a pronoun such as "anyone".</summary>
    private static bool CommonNounSubject(SentenceSyntax s, int v) => s.Child(v, "nsubj") is int n and >= 0 && s[n].Tag == UniversalTag.Noun;

    /// <summary>The content is the object of a stance verb (reporting-predicates.tsv), as <see cref="Content"/> reads it.</summary>
    private static bool ObjectContent(SentenceSyntax s, int v, TextSpan content, AttributionLexicon lexicon) =>
        lexicon.TakesStance(AttributionContext.Lemma(s[v])) && s.Child(v, "obj") is int o and >= 0 && o > v
        && s[s.SubtreeRange(o).First].Span.Start == content.Start;

    private static int Words(SentenceSyntax s, TextSpan span)
    {
        int n = 0;
        foreach (var w in s.Words) n += w.Span.Start >= span.Start && w.Span.End <= span.End && w.Tag != UniversalTag.Punct ? 1 : 0;
        return n;
    }

    /// <summary>True when quotes found already hold the span's words (all of them, or with <paramref name="half"/> most of them).</summary>
    private static bool Covered(Document doc, Sentence sentence, bool[] covered, TextSpan span, bool half)
    {
        var tokens = doc.TokenSpan;
        int n = 0, c = 0;
        for (int k = sentence.FirstToken; k < sentence.EndToken; k++)
        {
            if (tokens[k].Start < span.Start || tokens[k].End > span.End || tokens[k].Kind is not (TokenKind.Word or TokenKind.Number)) continue;
            n++;
            c += covered[k] ? 1 : 0;
        }

        return n > 0 && (half ? c * 2 > n : c == n);
    }

    private static void Mark(Document doc, Sentence sentence, bool[] covered, TextSpan span)
    {
        var tokens = doc.TokenSpan;
        for (int k = sentence.FirstToken; k < sentence.EndToken; k++)
        {
            if (tokens[k].Start >= span.Start && tokens[k].End <= span.End) covered[k] = true;
        }
    }
}
