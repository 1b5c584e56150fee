using Corpus.Claims.Attribution;
using Corpus.Entities;
using Corpus.Text;

namespace Corpus.Claims;

/// <summary>
/// Indirect speech by the word rules: a reporting verb with its speaker and the words it reports ("X said that C",
/// "C, X said", "X accused Y of C", "X described Y as C", "according to X, C"), sentence by sentence. The parse reads
/// the sentences these rules find nothing in (<see cref="ParsedIndirectSpeech"/>). Pure and thread-safe.
/// </summary>
/// <param name="speakers">The word rules that find who speaks at a verb.</param>
internal sealed class WordRuleIndirectSpeech(WordRuleSpeakers speakers)
{
    /// <summary>Words of an addressee after "told": "told reporters", "told a radio station", "told state television".</summary>
    private static readonly HashSet<string> AddresseeWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "reporters", "journalists", "the", "a", "an", "local", "state", "national", "radio", "television", "tv", "station", "broadcaster", "news", "agency",
        "newspaper", "parliament", "lawmakers", "him", "her", "them", "us", "me", "supporters", "crowd", "crowds", "audience", "students", "delegates", "press",
    };

    /// <summary>Where the content starts after "told" or "tells": past the one told (words above, or a name); other verbs start at once.</summary>
    private static int AfterAddressee(Document doc, IReadOnlyList<Mention> mentions, string verb, int j, int end)
    {
        if (verb is not ("told" or "tells")) return j;
        var tokens = doc.Tokens;
        int k = j;
        while (k < end && k - j < 5)
        {
            var named = mentions.FirstOrDefault(m => m.FirstToken == k);
            string w = tokens[k].Span.Of(doc.Text);
            if (named != default) k = named.EndToken;
            else if (w is "the" or "a" or "an" && (k + 1 >= end || !(AddresseeWords.Contains(tokens[k + 1].Span.Of(doc.Text)) || mentions.Any(m => m.FirstToken == k + 1)))) break; // "told … the shelters were full"
            else if (AddresseeWords.Contains(w)) k++;
            else break;
        }

        return k;
    }

    private static readonly HashSet<string> AdjunctStarts = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "on", "at", "during", "after", "before", "to", "earlier", "later", "late", "yesterday", "today", "again", "also", "repeatedly",
        "publicly", "previously", "recently", "then", "via", "through", "from", "while", "when", "last", "this", "out",
    };

    /// <summary>Whether the words after a reporting verb may lead up to its "that": an adjunct, the one told, or a name.</summary>
    private static bool LeadsToThat(Document doc, IReadOnlyList<Mention> mentions, string verb, Token first)
    {
        string w = first.Span.Of(doc.Text);
        return AdjunctStarts.Contains(w) || (verb is "told" or "tells" && AddresseeWords.Contains(w)) || mentions.Any(m => m.Span.Start == first.Start);
    }

    /// <summary>
    /// "The plan, the mayor said on Monday, will cost more": an attribution between two commas inside its statement. Returns
    /// the two commas' tokens, or (0, 0) when there is no such attribution: no words before it, a quote in the sentence, or
    /// nothing after it that goes on with the statement. <c>Continues</c> is false when a new clause follows ("…, she said,
    /// but …", "…, he said, adding …"): the statement is the words before the attribution.
    /// </summary>
    private static (int Open, int Close, bool Continues) Interjection(IReadOnlyList<Token> tokens, string text, int first, int verb, int j, int end)
    {
        int open = verb - 1;
        while (open > first && verb - open <= 7 && tokens[open].Span.Of(text) != ",") open--;
        if (open <= first || tokens[open].Span.Of(text) != ",") return default;
        int close = j;
        while (close < end && close - j <= 5 && tokens[close].Span.Of(text) != ",") close++;
        if (close >= end || tokens[close].Span.Of(text) != ",") return default;
        bool adjunct = close == j || IsTrailingAdjunct(tokens, text, j, close)
            || (close == j + 1 && Dateline.IsWeekday(tokens[j].Span.Of(text)));
        if (!adjunct || end - (close + 1) < 3) return default;
        for (int k = first; k < end; k++)
        {
            if (QuoteMarks.IsDouble(text, tokens[k])) return default; // "“C,” said X, a professor, …": quoted words and an appositive
        }

        string next = tokens[close + 1].Span.Of(text);
        if (open == verb - 1 && next is "the" or "a" or "an" or "his" or "her" or "its" or "their") return default; // "…, said X, the group's leader"
        if (next is "but" or "while" or "whereas" or "although" or "though" || (next.EndsWith("ing", StringComparison.Ordinal) && AttributionLexicon.Default.MayBeReportingVerb(next))) return (open, close, false);
        if (next is "and" or "or" or "who" or "which" or "because" or "so" or "as") return default;
        return (open, close, true);
    }

    /// <summary>"C, the ministry said in a statement." / "… said on Sunday.": a short adjunct, nothing reported, ends the sentence.</summary>
    private static bool IsTrailingAdjunct(IReadOnlyList<Token> tokens, string text, int j, int end)
    {
        if (j >= end || end - j > 5 || !(tokens[j].Span.Of(text) is "in" or "on" or "at" or "during" or "late" or "earlier" or "later" or "via")) return false;
        for (int k = j; k < end; k++)
        {
            // "saying at least 64 people had died" is content, not an adjunct.
            if (tokens[k].Span.Of(text) is "," or "that" or ":" or "least" or "most" || tokens[k].Kind == TokenKind.Number || QuoteMarks.IsDouble(text, tokens[k])) return false;
        }

        return true;
    }

    /// <summary>
    /// A person named inside a direct quote ("“… contact with Mayor Kirsch,” Lang replied") is talked about,
    /// not the one "he" or "she" outside it refers to: an odd number of double quote marks before it in its sentence.
    /// </summary>

    /// <summary>Reported speech: "X said (that) C", "C, X said", "according to X, C", "X accused Y of Z".</summary>
    internal IEnumerable<QuoteDraft> Indirect(Document doc, IReadOnlyList<Mention> mentions, List<RoleUse> roleUses, Sentence s, bool[] covered)
    {
        string text = doc.Text;
        var tokens = doc.Tokens;
        int first = s.FirstToken, end = s.EndToken;
        while (end > first && tokens[end - 1].Kind == TokenKind.Punctuation) end--;

        // "according to X, C" / "C, according to X"
        for (int k = first; k + 1 < end; k++)
        {
            if (!tokens[k].Span.Of(text).Equals("according", StringComparison.OrdinalIgnoreCase) || tokens[k + 1].Span.Of(text) != "to") continue;
            var speaker = WordRuleSpeakers.SpeakerStartingAt(doc, mentions, roleUses, k + 2, end);
            if (speaker is null)
            {
                // "C, according to show insiders.": a source that names no one still attributes all before it, when nothing
                // else in the sentence reports; with a reporting word before it ("X insisted that C, according to her version")
                // that attribution counts instead, and a source with a name or a role in it is left to the parse.
                int from = k + 2;
                if (k > first + 2 && from < end && tokens[k - 1].Span.Of(text) == "," && !Enumerable.Range(first, k - first).Any(i => AttributionLexicon.Default.IsWordRuleCue(tokens[i].Span.Of(text)))
                    && !AnyMentionStartingIn(mentions, from, end) && !roleUses.Any(r => r.Span.Start >= tokens[from].Start && r.Span.Start < tokens[end - 1].End)
                    && !Enumerable.Range(from, end - from).Any(i => NamesABody(tokens[i].Span.Of(text)))
                    && TrimComma(tokens, text, first, k) is var before && before - first >= 3 && !MostlyCovered(tokens, covered, first, before))
                {
                    yield return Make(doc, first, before, null, s);
                    for (int c2 = first; c2 < before; c2++) covered[c2] = true;
                }

                break;
            }

            int spEnd = tokens.Last(t => t.End <= speaker.Value.Span.End).Index + 1;
            while (spEnd < end && tokens[spEnd].Span.Of(text) is "," && spEnd + 1 < end && mentions.Any(m => m.FirstToken == spEnd + 1)) spEnd += 2;
            // "According to Marta Lindqvist of the United Nations, C": C starts after the comma that closes the source.
            if (k == first)
            {
                int comma = spEnd;
                while (comma < end && tokens[comma].Span.Of(text) != "," && comma - spEnd < 10) comma++;
                if (comma < end && tokens[comma].Span.Of(text) == ",") spEnd = comma;
            }

            (int cs, int ce) = k == first ? (SkipComma(tokens, text, spEnd, end), end) : (first, TrimComma(tokens, text, first, k));
            if (ce > cs && !MostlyCovered(tokens, covered, cs, ce))
            {
                yield return Make(doc, cs, ce, speaker, s);
                for (int c2 = cs; c2 < ce; c2++) covered[c2] = true;
            }

            break;
        }

        // "the city's assurances that C", "Oslo's claim that C": a reported statement named by a noun.
        for (int k = first; k + 3 < end; k++)
        {
            if (tokens[k + 1].Span.Of(text) is not ("'s" or "’s") || !WordRuleSpeakers.IsStatementWord(tokens[k + 2].Span.Of(text)) || tokens[k + 3].Span.Of(text) != "that") continue;
            var owner = WordRuleSpeakers.SpeakerEndingAt(doc, mentions, roleUses, tokens[k].End);
            int cs = k + 4, ce = end;
            for (int c2 = cs; c2 < end; c2++)
            {
                if (tokens[c2].Span.Of(text) == ",") { ce = c2; break; }
            }

            if (owner is not null && ce - cs >= 3 && !MostlyCovered(tokens, covered, cs, ce))
            {
                yield return Make(doc, cs, ce, owner, s);
                for (int c2 = cs; c2 < ce; c2++) covered[c2] = true;
            }
        }

        SpeakerRef? sentenceSpeaker = null;
        for (int v = first; v < end; v++)
        {
            string w = tokens[v].Span.Of(text);
            // A participle of any reporting verb of the lexicon reports too (", arguing that …"): the list above has the finite forms.
            if ((!AttributionLexicon.Default.IsWordRuleCue(w) && !(w.EndsWith("ing", StringComparison.Ordinal) && AttributionLexicon.Default.MayBeReportingVerb(w))) || covered[v]) continue;
            if (v + 1 < end && w is "called" or "calling" && tokens[v + 1].Span.Of(text) is "for" or "on" or "off" or "up" or "in") continue;

            // A participle reports only as a clause of its own (", saying that …"); "without warning" reports nothing,
            // and the object before its comma ("hard on the protesters, describing them …") is not its subject.
            bool participle = w.EndsWith("ing", StringComparison.Ordinal);
            string before = v > first ? tokens[v - 1].Span.Of(text) : string.Empty;
            // "issued a statement saying …": the statement's issuer, the sentence's subject, speaks.
            bool issued = participle && WordRuleSpeakers.IsStatementWord(before);
            if (participle && !issued && before is not ("," or "and" or "before" or "after" or "while" or "when" or "by" or "also")) continue;
            // "when asked whether …", "after being asked about …": a question put to the subject, which the parse reads.
            if (!participle && ParsedIndirectSpeech.LeadsReducedPassive(before)) continue;
            // "He is described as …", "she was told …": a passive's subject is the one spoken of or to, not the speaker.
            if (!participle && w.EndsWith("ed", StringComparison.Ordinal) && before is "is" or "was" or "are" or "were" or "been" or "being") continue;
            var speaker = participle && (before == "," || issued) ? null : speakers.SpeakerAround(doc, mentions, roleUses, first, v, Math.Min(end, v + 6));

            // "… and has promised that …", "…, saying that …": the same speaker as the sentence's statement before, or its subject.
            int back = v - 1;
            while (back > first && tokens[back].Span.Of(text) is "has" or "have" or "had" or "also" or "then" or ",") back--;
            if (speaker is null && back >= first && tokens[back].Span.Of(text) is "and" or "but" && sentenceSpeaker is not null) speaker = sentenceSpeaker;
            if (speaker is null && participle) speaker = sentenceSpeaker ?? WordRuleSpeakers.Subjectless(doc, mentions, first, v);
            if (speaker is null) continue;
            sentenceSpeaker ??= speaker;
            bool speakerAfter = speaker.Value.Span.Start > tokens[v].Start;

            int cs, ce;
            int afterSpeaker = speakerAfter ? tokens.Last(t => t.End <= speaker.Value.Span.End).Index + 1 : v + 1;
            if (AttributionLexicon.Default.IsWordRuleObjectCue(w))
            {
                // "accused X of Y", "described X as Y", "dismissed X as Y": without the preposition it is no statement.
                // "compared X to Y", "estimates X at N" likewise.
                string? needed = w.StartsWith("accus", StringComparison.OrdinalIgnoreCase) ? "of"
                    : w.StartsWith("describ", StringComparison.OrdinalIgnoreCase) || w.StartsWith("dismiss", StringComparison.OrdinalIgnoreCase) ? "as"
                    : w.StartsWith("compar", StringComparison.OrdinalIgnoreCase) ? "to"
                    : w.StartsWith("estimat", StringComparison.OrdinalIgnoreCase) ? "at" : null;
                if (needed is not null && !Enumerable.Range(v + 1, Math.Max(0, Math.Min(end, v + 12) - v - 1)).Any(k => tokens[k].Span.Of(text) == needed || (needed == "to" && tokens[k].Span.Of(text) == "with"))) continue;
                (cs, ce) = (speakerAfter ? afterSpeaker : v + 1, end);
            }
            else
            {
                int j = speakerAfter ? afterSpeaker : v + 1;
                int thatAt = -1;
                for (int k = j; k < Math.Min(end, j + 8); k++)
                {
                    if (tokens[k].Span.Of(text) == "that") { thatAt = k; break; }
                    if (tokens[k].Span.Of(text) is "," or ":" || QuoteMarks.IsDouble(text, tokens[k])) break;
                }

                // "said in a statement that C", "told reporters that C": the words before "that" are an adjunct or the one told.
                // "said the government would help every family that lost …": that "that" opens a relative clause inside C.
                if (thatAt > j && !LeadsToThat(doc, mentions, w, tokens[j])) thatAt = -1;

                if (thatAt >= 0) (cs, ce) = (thatAt + 1, end);
                else if (j >= end || tokens[j].Span.Of(text) is "." or ":" || QuoteMarks.IsDouble(text, tokens[j]) || IsTrailingAdjunct(tokens, text, j, end))
                {
                    // Sentence-final attribution: "C, X said." — the content is what came before.
                    int speakerStart = speakerAfter ? v : tokens.First(t => t.Start >= speaker.Value.Span.Start).Index;
                    int comma = speakerStart - 1;
                    if (comma < first) continue; // the speaker opens the sentence: nothing before it is content
                    while (comma > first && tokens[comma].Span.Of(text) != "," && speakerStart - comma < 10) comma--; // "C, Norway's search and rescue service X said"

                    // "…, the alliance's secretary general, Pekka Rautio, said": the role phrase is not content either.
                    int earlier = comma - 1;
                    while (earlier > first && tokens[earlier].Span.Of(text) != "," && comma - earlier < 9) earlier--;
                    if (tokens[comma].Span.Of(text) == "," && earlier > first && tokens[earlier].Span.Of(text) == "," && tokens[earlier + 1].Span.Of(text) is "the" or "its" or "his" or "her") comma = earlier;
                    (cs, ce) = (first, TrimComma(tokens, text, first, tokens[comma].Span.Of(text) == "," ? comma : speakerStart));
                }
                else if (!participle && Interjection(tokens, text, first, v, j, end) is var (open, close, continues) && close > 0)
                {
                    // "C, X said, D": the attribution interrupts the statement, whose words are both sides of it;
                    // "C, X said, but D": the statement is C.
                    if (continues)
                    {
                        if (MostlyCovered(tokens, covered, first, end)) continue;
                        var whole = new TextSpan(tokens[first].Start, tokens[end - 1].End);
                        string said = new TextSpan(tokens[first].Start, tokens[open - 1].End).Of(text) + " … " + new TextSpan(tokens[close + 1].Start, tokens[end - 1].End).Of(text);
                        yield return new QuoteDraft(whole, said, false, speaker, s.Span);
                        for (int k = first; k < end; k++) covered[k] = true;
                        v = end;
                        continue;
                    }

                    (cs, ce) = (first, open);
                }
                else if (AttributionLexicon.Default.TakesBareClause(w)
                    && AfterAddressee(doc, mentions, w, j, end) is var c && c < end
                    && (tokens[c].Span.Of(text) is not ("in" or "at" or "on" or "during" or "after" or "before" or "with" or "from" or "for" or "by" or "to" or "of" or "," or "so" or "(")
                        || (c + 1 < end && tokens[c].Span.Of(text) == "at" && tokens[c + 1].Span.Of(text) is "least" or "most"))
                    // "said when asked whether …": the question put to the speaker, no statement of theirs.
                    && !(c + 1 < end && tokens[c].Span.Of(text) is "when" or "if" or "once" or "while" or "as" && tokens[c + 1].Span.Of(text).EndsWith("ed", StringComparison.Ordinal)))
                {
                    (cs, ce) = (c, end);
                }
                else
                {
                    continue;
                }
            }

            // Reported content ends at a clause of its own: ", but …", "; …", ", while …", or a participle reporting a
            // statement of its own (", arguing that …", ", adding …"), which the loop then reads with the same speaker. Inside a
            // relative clause ("X, who said C, left") it ends at the comma that closes the clause.
            bool relative = v - 2 >= first && tokens[v - 1].Span.Of(text) == "who" && tokens[v - 2].Span.Of(text) == ",";
            for (int k = cs + 1; k < ce; k++)
            {
                string t = tokens[k].Span.Of(text);
                string next = k + 1 < ce ? tokens[k + 1].Span.Of(text) : string.Empty;
                if (t == ";" || (relative && t == ",") || (t == "," && next is "but" or "while" or "whereas" or "although" or "though" or "according")
                    || (t == "," && k - cs >= 3 && next.EndsWith("ing", StringComparison.Ordinal) && AttributionLexicon.Default.MayBeReportingVerb(next)))
                {
                    ce = k;
                    break;
                }
            }

            // "said that A and that B": two statements by the same speaker.
            for (int k = cs + 1; k + 1 < ce; k++)
            {
                if (tokens[k].Span.Of(text) == "and" && tokens[k + 1].Span.Of(text) == "that" && k - cs >= 3)
                {
                    int secondEnd = ce;
                    ce = TrimComma(tokens, text, cs, k);
                    if (secondEnd - (k + 2) >= 3) yield return Make(doc, k + 2, secondEnd, speaker, s);
                    for (int j2 = k; j2 < secondEnd; j2++) covered[j2] = true;
                    break;
                }
            }

            // "described the events as … and has promised that …", "acknowledged that … but said …": two statements.
            for (int k = cs + 1; k < ce - 1; k++)
            {
                if (tokens[k].Span.Of(text) is not ("and" or "but")) continue;
                int n = k + 1;
                while (n < ce && tokens[n].Span.Of(text) is "has" or "have" or "had" or "also" or "then" or "he" or "she" or "they" or "it") n++;
                if (n < ce && AttributionLexicon.Default.IsWordRuleCue(tokens[n].Span.Of(text)))
                {
                    ce = TrimComma(tokens, text, cs, k);
                    break;
                }
            }

            if (ce - cs < 3 || MostlyCovered(tokens, covered, cs, ce)) continue;

            // "Both Norway and Sweden described …": one statement for each speaker, in the order they are named.
            if (!speakerAfter && WordRuleSpeakers.JointSpeaker(doc, mentions, speaker.Value) is { } other) yield return Make(doc, cs, ce, other, s);
            yield return Make(doc, cs, ce, speaker, s);
            for (int k = cs; k < ce; k++) covered[k] = true;
            v = Math.Max(v, ce - 1);
        }
    }

    private static int SkipComma(IReadOnlyList<Token> tokens, string text, int k, int end) => k < end && tokens[k].Span.Of(text) == "," ? k + 1 : k;

    private static int TrimComma(IReadOnlyList<Token> tokens, string text, int first, int end)
    {
        while (end > first && tokens[end - 1].Span.Of(text) is "," or "-" or "–" or "—") end--;
        return end;
    }

    /// <summary>True when direct quotes already hold most of the words (marks and punctuation do not count).</summary>
    private static bool MostlyCovered(IReadOnlyList<Token> tokens, bool[] covered, int start, int end)
    {
        int c = 0, n = 0;
        for (int k = start; k < end; k++)
        {
            if (tokens[k].Kind is not (TokenKind.Word or TokenKind.Number)) continue;
            n++;
            c += covered[k] ? 1 : 0;
        }

        return n > 0 && c * 10 > n * 7;
    }

    /// <summary>True when a mention starts in tokens [<paramref name="from"/>, <paramref name="end"/>); mentions are in text order, so a binary search.</summary>
    private static bool AnyMentionStartingIn(IReadOnlyList<Mention> mentions, int from, int end)
    {
        int lo = 0, hi = mentions.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (mentions[mid].FirstToken < from) lo = mid + 1;
            else hi = mid;
        }

        return lo < mentions.Count && mentions[lo].FirstToken < end;
    }

    /// <summary>A source noun that the attribution module resolves to a body ("deputies", "the administration", "officials").</summary>
    private static bool NamesABody(string word)
    {
        string lemma = AttributionLexicon.Singular(word.ToLowerInvariant());
        var lexicon = AttributionLexicon.Default;
        return lexicon.BodyWords(lemma) is not null || lexicon.IsSourceNoun(lemma);
    }

    private static QuoteDraft Make(Document doc, int cs, int ce, SpeakerRef? speaker, Sentence s)
    {
        var span = new TextSpan(doc.Tokens[cs].Start, doc.Tokens[ce - 1].End);
        return new QuoteDraft(span, span.Of(doc.Text), false, speaker, s.Span);
    }
}
