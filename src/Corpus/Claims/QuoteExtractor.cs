using Corpus.Claims.Attribution;
using Corpus.Entities;
using Corpus.Text;

namespace Corpus.Claims;

/// <summary>A quote found in one article.</summary>
/// <param name="Span">Offsets of the quoted words or reported content.</param>
/// <param name="Text">That text, as written (pieces of a split quote joined by " … ").</param>
/// <param name="Direct">True for quoted words.</param>
/// <param name="Speaker">Who it is attributed to in the article, or null.</param>
/// <param name="Sentence">Offsets of its sentence or sentences.</param>
/// <param name="Attribution">Which rule decided the speaker: an attribution sieve's name, or the word rules'.</param>
internal sealed record QuoteDraft(TextSpan Span, string Text, bool Direct, SpeakerRef? Speaker, TextSpan Sentence, string Attribution = QuoteExtractor.WordRules);

/// <summary>
/// Finds statements attributed to someone: direct quotes in the shapes news uses (after or before
/// their attribution, split by it, over several paragraphs, with typo'd marks), and indirect speech
/// after a reporting verb ("said that", "warned that", "according to X", "accused ... of",
/// "described ... as"). Speakers are mentions, role nouns or the person a pronoun refers to; none is
/// guessed from a far-away name. This class pairs and groups the quotation marks and runs the stages in order;
/// who speaks at a verb is <see cref="WordRuleSpeakers"/>, indirect speech by the word rules
/// <see cref="WordRuleIndirectSpeech"/>, by the parse <see cref="ParsedIndirectSpeech"/>. Pure and thread-safe.
/// </summary>
/// <param name="syntax">Read indirect speech off the parse where the word rules find none (the default).</param>
internal sealed class QuoteExtractor(bool syntax = true)
{
    /// <summary>The attribution recorded on quotes the word rules found and attributed.</summary>
    public const string WordRules = "word-rules";

    private readonly WordRuleSpeakers _speakers = new(syntax);
    private readonly WordRuleIndirectSpeech _indirect = new(new WordRuleSpeakers(syntax));

    private readonly record struct Piece(int OpenToken, int CloseToken, int ContentStart, int ContentEnd, bool Continued);

    public List<QuoteDraft> Extract(Document doc, IReadOnlyList<Mention> mentions, IReadOnlyList<RoleUse> allRoles, CancellationToken budget = default)
    {
        var result = new List<QuoteDraft>();
        string text = doc.Text;
        var tokens = doc.Tokens;
        var roleUses = allRoles.Where(r => r.Person is null).ToList();
        var pieces = FindPieces(doc);
        var covered = new bool[tokens.Count];

        // Direct quotes with attribution; pieces with none merge with an attributed piece that follows closely.
        var pending = new List<Piece>();
        SpeakerRef? lastSpeaker = null;
        int lastSpeakerEnd = -1;
        var lastGroup = new List<Piece>();
        foreach (var piece in pieces)
        {
            var p = piece;
            budget.ThrowIfCancellationRequested();
            for (int k = p.OpenToken; k <= p.CloseToken && k < tokens.Count; k++) covered[k] = true;
            // Scare quotes and quoted names stay inside reported speech; a quotation ending in its own punctuation is a quote however short.
            bool punctuated = p.ContentEnd > p.ContentStart && tokens[p.ContentEnd - 1].Span.Of(doc.Text) is "," or "." or "!" or "?";
            if (!p.Continued && ((WordCount(tokens, p.ContentStart, p.ContentEnd) < 4 && !(punctuated && WordCount(tokens, p.ContentStart, p.ContentEnd) >= 2)) || IsName(doc, p))) continue;
            // A quote introduced by "told reporters that" or "said:" takes that attribution; otherwise the one after it.
            var (label, afterLabel) = TranscriptLabel(doc, mentions, p);
            if (label is not null) p = p with { ContentStart = afterLabel };
            var speaker = label ?? (IsIntroduced(doc, p)
                ? AttributionBefore(doc, mentions, roleUses, p) ?? AttributionAfter(doc, mentions, roleUses, p, lastSpeaker)
                : AttributionAfter(doc, mentions, roleUses, p, lastSpeaker) ?? AttributionBefore(doc, mentions, roleUses, p));
            bool attributedHere = speaker is not null;

            // Consecutive quotes in one paragraph, or a quote paragraph right after an attributed one, share the speaker.
            if (speaker is null && pending.Count == 0 && lastSpeaker is not null && lastSpeakerEnd >= 0
                && (!NewParagraph(doc.Text, tokens[lastSpeakerEnd].End, tokens[p.OpenToken].Start) || ParagraphsBetween(doc, lastSpeakerEnd, p.OpenToken) <= 1))
            {
                speaker = lastSpeaker;
            }
            if (speaker is null && p.Continued && lastSpeaker is not null) speaker = lastSpeaker;
            if (speaker is null)
            {
                pending.Add(p);
                continue;
            }

            // Quotes that open their sentence, or stand in the same sentence, join the statement after them: words quoted
            // inside another sentence ("… that the authorities “had underestimated it”.") are that sentence's.
            var group = pending.Where(x => p.OpenToken - x.CloseToken <= 30 && (OpensSentence(doc, x.OpenToken) || SameSentence(doc, x.OpenToken, p.OpenToken))).Append(p).ToList();
            foreach (var x in pending.Except(group)) result.Add(Direct(doc, [x], null));
            pending.Clear();

            // A quote running over several paragraphs, or split by its attribution ("“A,” she said, “B.”"), is one statement.
            bool splitByAttribution = lastGroup.Count > 0 && p.OpenToken >= 1 && tokens[p.OpenToken - 1].Span.Of(doc.Text) == ","
                && p.OpenToken - lastGroup[^1].CloseToken <= 24 && !NewParagraph(doc.Text, tokens[lastGroup[^1].CloseToken].End, tokens[p.OpenToken].Start);

            // "“A,” he said. “B.”", "“A,” said X, the head of Y. “B.”": a quote with no attribution of its own, opening the sentence
            // right after the one that attributes the quote before, in the same paragraph, goes on with that statement.
            splitByAttribution |= !attributedHere && lastGroup.Count > 0 && p.OpenToken >= 1 && tokens[p.OpenToken - 1].Span.Of(doc.Text) is "." or "!" or "?"
                && doc.SentenceOfToken(p.OpenToken).Index <= doc.SentenceOfToken(lastGroup[^1].CloseToken).Index + 1
                && !NewParagraph(doc.Text, tokens[lastGroup[^1].CloseToken].End, tokens[p.OpenToken].Start)
                && Enumerable.Range(lastGroup[^1].CloseToken + 1, p.OpenToken - lastGroup[^1].CloseToken - 1).Any(k => AttributionLexicon.Default.IsWordRuleCue(tokens[k].Span.Of(doc.Text)));
            if (label is null && (p.Continued || splitByAttribution) && lastGroup.Count > 0 && result.Count > 0 && result[^1].Direct && result[^1].Span.End <= tokens[p.OpenToken].Start)
            {
                lastGroup.AddRange(group);
                result[^1] = Direct(doc, lastGroup, result[^1].Speaker);
            }
            else
            {
                lastGroup = group;
                result.Add(Direct(doc, group, speaker));
            }

            lastSpeaker = speaker;
            lastSpeakerEnd = p.CloseToken;
        }

        foreach (var x in pending) result.Add(Direct(doc, [x], null));

        // Indirect speech.
        foreach (var s in doc.SentenceArray)
        {
            budget.ThrowIfCancellationRequested();
            if (s.IsBoilerplate || (s.Kind & SentenceKind.Dateline) != 0) continue;
            if (HeadlineStatement.Find(doc, s, mentions, covered, AttributionLexicon.Default) is { } headline)
            {
                result.Add(headline);
                continue;
            }

            if ((s.Kind & SentenceKind.Heading) != 0) continue;

            int before = result.Count;
            foreach (var draft in _indirect.Indirect(doc, mentions, roleUses, s, covered)) result.Add(draft);

            // The parse reads the sentence's reporting verbs the word rules left, with their complement or parenthetical
            // clause: all of them where the word rules found no statement, the others beside one they found ("called X a
            // disgrace and called for Y"). A reading that overlaps a statement the word rules found is the same statement.
            // (The parse runs only where a reporting word is left uncovered, and where the word rules read a statement, only when
            // enough of the sentence is left for another: "X said C" leaves two words.) A sentence holding only partial quotes ("said
            // the protests demand “more listening”") is read too: its reported clause is the statement, and the partial
            // quote inside it gives way below.
            if (syntax && !HasWholeQuoteIn(result, s.Span))
            {
                int byWordRules = result.Count;
                foreach (var draft in byWordRules > before && UncoveredWords(doc, s, covered) < SecondReadingWords ? []
                    : ParsedIndirectSpeech.Find(doc, s, mentions, allRoles, covered, AttributionLexicon.Default))
                {
                    if (OverlapsAny(result, before, byWordRules, draft.Span)) continue;
                    result.Add(draft);
                }
            }
        }

        var drop = new HashSet<QuoteDraft>();
        foreach (var ind in result.Where(q => !q.Direct))
        {
            // A partial quote inside the reported clause, or a short one ending the clause with its closing mark and full stop.
            foreach (var dir in result.Where(q => q.Direct && (ind.Span.Contains(q.Span)
                || (q.Span.Start >= ind.Span.Start && q.Span.Start < ind.Span.End && q.Span.End <= ind.Span.End + 3 && q.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 6))))
            {
                int dw = dir.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
                int iw = ind.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
                // "called the damage “a disaster”": with a naming verb the quoted words are the statement.
                bool naming = ind.Text.StartsWith("call", StringComparison.OrdinalIgnoreCase) || ind.Text.StartsWith("brand", StringComparison.OrdinalIgnoreCase)
                    || ind.Text.StartsWith("label", StringComparison.OrdinalIgnoreCase) || ind.Text.StartsWith("term", StringComparison.OrdinalIgnoreCase);
                if (naming || dw * 10 >= iw * 6) drop.Add(ind);
                else drop.Add(dir);
            }
        }

        result.RemoveAll(drop.Contains);
        result.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return result;
    }

    /// <summary>
    /// "“HOLM: We will rebuild.": a transcript's speaker label (one or two capitalized words and a colon) opening the quote. It
    /// names the person of the article whose surname it is, else stands as written. Returns the speaker and the token the words start at.
    /// </summary>
    private static (SpeakerRef? Speaker, int ContentStart) TranscriptLabel(Document doc, IReadOnlyList<Mention> mentions, Piece p)
    {
        var tokens = doc.Tokens;
        string text = doc.Text;
        int colon = p.ContentStart;
        while (colon < p.ContentEnd && colon - p.ContentStart < 2 && tokens[colon].Kind == TokenKind.Word && IsUpperWord(tokens[colon].Span.Of(text))) colon++;
        if (colon == p.ContentStart || colon + 1 >= p.ContentEnd || tokens[colon].Span.Of(text) != ":") return (null, p.ContentStart);
        var label = new TextSpan(tokens[p.ContentStart].Start, tokens[colon - 1].End);
        string surname = tokens[colon - 1].Span.Of(text);
        foreach (var m in mentions)
        {
            if (m.Type != EntityType.Person || m.EndToken - m.FirstToken < 2 || m.Span.Contains(label)) continue;
            if (tokens[m.EndToken - 1].Span.Of(text).Equals(surname, StringComparison.OrdinalIgnoreCase)) return (new SpeakerRef(m.Span, m.Span.Of(text)), colon + 1);
        }

        return (new SpeakerRef(label, label.Of(text)), colon + 1);
    }

    private static bool IsUpperWord(string w) => w.Length >= 2 && w.All(c => char.IsUpper(c) || c is '-' or '\'' or '\u2019');

    /// <summary>Words a sentence must have outside the word rules' statements to hold another statement worth a parse.</summary>
    private const int SecondReadingWords = 10;

    private static int UncoveredWords(Document doc, Sentence s, bool[] covered)
    {
        var tokens = doc.TokenSpan;
        int n = 0;
        for (int k = s.FirstToken; k < s.EndToken; k++)
        {
            if (!covered[k] && tokens[k].Kind == TokenKind.Word) n++;
        }

        return n;
    }

    private static bool OverlapsAny(List<QuoteDraft> drafts, int from, int to, TextSpan span)
    {
        for (int i = from; i < to; i++)
        {
            if (drafts[i].Span.Start < span.End && span.Start < drafts[i].Span.End) return true;
        }

        return false;
    }

    /// <summary>True when a quote found overlaps the sentence and is more than a partial quote inside it: it runs past the sentence or fills half of it.</summary>
    private static bool HasWholeQuoteIn(List<QuoteDraft> found, TextSpan sentence)
    {
        foreach (var q in found)
        {
            if (q.Span.Start >= sentence.End || sentence.Start >= q.Span.End) continue;
            if (q.Span.Start < sentence.Start || q.Span.End > sentence.End || q.Span.Length * 2 >= sentence.Length) return true;
        }

        return false;
    }

    private static bool IsName(Document doc, Piece p)
    {
        for (int k = p.ContentStart; k < p.ContentEnd; k++)
        {
            var t = doc.Tokens[k];
            if (t.Kind != TokenKind.Word) continue;
            string w = t.Span.Of(doc.Text);
            if (!char.IsUpper(w[0]) && w is not ("of" or "the" or "and" or "for" or "de")) return false;
        }

        return true;
    }

    private static int WordCount(IReadOnlyList<Token> tokens, int start, int end)
    {
        int n = 0;
        for (int k = start; k < end; k++) n += tokens[k].Kind is TokenKind.Word or TokenKind.Number ? 1 : 0;
        return n;
    }

    private static QuoteDraft Direct(Document doc, List<Piece> group, SpeakerRef? speaker)
    {
        var tokens = doc.Tokens;
        var first = group[0];
        var last = group[^1];
        string text = string.Join(" … ", group.Where(g => g.ContentEnd > g.ContentStart).Select(g => new TextSpan(tokens[g.ContentStart].Start, tokens[g.ContentEnd - 1].End).Of(doc.Text)));
        int start = tokens[first.ContentStart].Start;
        int end = tokens[Math.Max(last.ContentEnd - 1, last.ContentStart)].End;
        var sentence = SentenceSpan(doc, start, end);
        return new QuoteDraft(new TextSpan(start, end), text, true, speaker, sentence);
    }

    private static TextSpan SentenceSpan(Document doc, int start, int end)
    {
        int s = doc.SentenceAt(start).Span.Start;
        int e = doc.SentenceAt(Math.Max(start, end - 1)).Span.End;
        return new TextSpan(Math.Min(s, start), Math.Max(e, end));
    }

    /// <summary>Pairs quotation marks per paragraph; an unclosed quote continues when the next paragraph opens with a mark.</summary>
    private static List<Piece> FindPieces(Document doc)
    {
        string text = doc.Text;
        var tokens = doc.Tokens;
        var pieces = new List<Piece>();
        int open = -1;
        bool continued = false;
        for (int i = 0; i < tokens.Count; i++)
        {
            if (i > 0 && open >= 0 && NewParagraph(text, tokens[i - 1].End, tokens[i].Start))
            {
                // An unclosed quote ends with its paragraph, or where its own attribution follows it; the next paragraph
                // continues it if it opens with a mark.
                int close = InnerAttribution(doc, open + 1, i);
                pieces.Add(close >= 0 ? new Piece(open, close, open + 1, close, continued) : new Piece(open, i - 1, open + 1, i, continued));
                continued = IsDoubleQuote(text, tokens[i]);
                open = -1;
                if (continued)
                {
                    open = i;
                    continue;
                }
            }

            if (!IsDoubleQuote(text, tokens[i])) continue;
            if (doc.IsBoilerplate(tokens[i].Start)) continue;
            if (open < 0)
            {
                // A closing mark glued to the previous word with nothing open is a stray: skip it.
                char c = text[tokens[i].Start];
                if (c is '\u201D' or '\u00BB' && i > 0 && tokens[i - 1].End == tokens[i].Start && (i + 1 >= tokens.Count || tokens[i + 1].Start > tokens[i].End)) continue;
                open = i;
            }
            else
            {
                pieces.Add(new Piece(open, i, open + 1, i, continued));
                open = -1;
                continued = false;
            }
        }

        if (open >= 0)
        {
            int close = InnerAttribution(doc, open + 1, tokens.Count);
            pieces.Add(close >= 0 ? new Piece(open, close, open + 1, close, continued) : new Piece(open, tokens.Count - 1, open + 1, tokens.Count, continued));
        }
        return pieces.Where(p => p.ContentEnd > p.ContentStart).ToList();
    }

    private static bool OpensSentence(Document doc, int open) => doc.SentenceOfToken(open).FirstToken == open;

    private static bool SameSentence(Document doc, int a, int b) => doc.SentenceOfToken(a).Index == doc.SentenceOfToken(b).Index;

    /// <summary>
    /// In an unclosed quote's words [<paramref name="from"/>, <paramref name="end"/>): the comma before an inverted attribution
    /// ("« The roads will open, has declared the minister, who …"), where the quoted words end; -1 when there is none.
    /// </summary>
    private static int InnerAttribution(Document doc, int from, int end)
    {
        var tokens = doc.Tokens;
        string text = doc.Text;
        for (int k = from + 3; k + 2 < end; k++)
        {
            if (tokens[k].Span.Of(text) != ",") continue;
            int v = k + 1;
            if (tokens[v].Span.Of(text) is "has" or "have" or "had") v++;
            if (v + 1 >= end || !AttributionLexicon.Default.IsWordRuleCue(tokens[v].Span.Of(text))) continue;
            string next = tokens[v + 1].Span.Of(text);
            if (next is "the" or "The" || (tokens[v + 1].Kind == TokenKind.Word && char.IsUpper(next[0]))) return k;
        }

        return -1;
    }

    /// <summary>Paragraph breaks between two tokens, with no sentence outside quotes in between.</summary>
    private static int ParagraphsBetween(Document doc, int fromToken, int toToken)
    {
        int breaks = 0;
        for (int k = fromToken + 1; k <= toToken; k++)
        {
            if (NewParagraph(doc.Text, doc.Tokens[k - 1].End, doc.Tokens[k].Start)) breaks++;
            else if (k < toToken && !IsDoubleQuote(doc.Text, doc.Tokens[k]) && breaks > 0) return int.MaxValue;
        }

        return breaks;
    }

    private static bool NewParagraph(string text, int from, int to) => text.AsSpan(from, to - from).Count('\n') >= 1;

    private static bool IsDoubleQuote(string text, Token t) => QuoteMarks.IsDouble(text, t);

    private static bool IsIntroduced(Document doc, Piece p)
    {
        if (p.OpenToken == 0) return false;
        string prev = doc.Tokens[p.OpenToken - 1].Span.Of(doc.Text);
        return prev is "that" or ":" || AttributionLexicon.Default.IsWordRuleCue(prev) || (prev is "of" or "as" && p.OpenToken >= 2);
    }

    /// <summary>"…,” X said" / "…,” said X" / "…” he added" / "…,” the mayor's spokesman Tom Reed replied".</summary>
    private SpeakerRef? AttributionAfter(Document doc, IReadOnlyList<Mention> mentions, List<RoleUse> roleUses, Piece p, SpeakerRef? previous = null)
    {
        var tokens = doc.Tokens;
        int from = p.CloseToken + 1;
        if (from >= tokens.Count || NewParagraph(doc.Text, tokens[p.CloseToken].End, tokens[from].Start)) return null;
        int limit = Math.Min(tokens.Count, from + 14);

        // "“…” ― Ada Varga": a dash and a name right after the quote sign it, as under a pull-quote or a reader's letter.
        if (from + 1 < tokens.Count && tokens[from].Span.Of(doc.Text) is "\u2015" or "\u2014" or "\u2013" or "-" or "--"
            && mentions.FirstOrDefault(m => m.FirstToken == from + 1 && m.Type == EntityType.Person) is { Span.Length: > 0 } signed)
        {
            return new SpeakerRef(signed.Span, signed.Span.Of(doc.Text));
        }

        for (int k = from; k < limit; k++)
        {
            string w = tokens[k].Span.Of(doc.Text);
            // A period ends the attribution only where it ends a sentence: not an abbreviation's ("Rep. X (D-Ore.) said",
            // "Sen. X, D-Ore., said", "Mr. X added").
            if (w is "." or "!" or "?" && (k + 1 >= tokens.Count || doc.SentenceOfToken(k + 1).FirstToken == k + 1 || w != ".")) break;
            if (w is "." or "!" or "?") continue;
            if (IsDoubleQuote(doc.Text, tokens[k])) break;

            // "“…”, has admitted to a local reporter X", "“…”, has judged the head of Y, X": in an inversion right after
            // the quote, any reporting verb of the lexicon reports, and the words after it are its subject, whatever the verb.
            bool inverted = k > from && tokens[k - 1].Span.Of(doc.Text) is "has" or "had" && WordRuleSpeakers.AuxiliaryOnly(doc, from, k - 1);
            if (inverted && (AttributionLexicon.Default.IsWordRuleCue(w) || AttributionLexicon.Default.MayBeReportingVerb(w.ToLowerInvariant()))
                && _speakers.InvertedSubject(doc, mentions, roleUses, k + 1, limit) is { } inversion)
            {
                return inversion;
            }

            // "“…” recalling …, which the ministry has long maintained …": a later clause has its own speaker.
            if (!AttributionLexicon.Default.IsWordRuleCue(w) && (w is "which" or "who" or "that" or "whom" or "where" or "while" or "but" or ";" || (w.EndsWith("ing", StringComparison.Ordinal) && char.IsLower(w[0])))) break;
            if (!AttributionLexicon.Default.IsWordRuleCue(w)) continue;

            return _speakers.SpeakerAround(doc, mentions, roleUses, from, k, limit) ?? WordRuleSpeakers.Subjectless(doc, mentions, from, k);
        }

        return null;
    }

    /// <summary>"X said: “…”" / "X told reporters that “…”" right before the quote, in the same sentence.</summary>
    private SpeakerRef? AttributionBefore(Document doc, IReadOnlyList<Mention> mentions, List<RoleUse> roleUses, Piece p)
    {
        var tokens = doc.Tokens;
        int open = p.OpenToken;
        var sentence = doc.SentenceOfToken(open);
        int start = Math.Max(sentence.FirstToken, open - 20);
        for (int k = open - 1; k >= start; k--)
        {
            string w = tokens[k].Span.Of(doc.Text);
            if (AttributionLexicon.Default.IsWordRuleCue(w)) return _speakers.SpeakerAround(doc, mentions, roleUses, sentence.FirstToken, k, open) ?? WordRuleSpeakers.Subjectless(doc, mentions, sentence.FirstToken, k);
        }

        // "…, tweeting, “…”", "as X recently put it, “…”": a comma or colon after any form of a reporting verb of the lexicon
        // (with "it" after it) introduces the quote; the verb's subject speaks, or for a participle the one it follows
        // ("footage shows the mayor asking, “…”").
        int cue = open - 2;
        if (cue > sentence.FirstToken && tokens[open - 1].Span.Of(doc.Text) is "," or ":" && tokens[cue].Span.Of(doc.Text) == "it") cue--;
        if (cue > sentence.FirstToken && tokens[open - 1].Span.Of(doc.Text) is "," or ":" && AttributionLexicon.Default.MayBeReportingVerb(tokens[cue].Span.Of(doc.Text)))
        {
            bool participle = tokens[cue].Span.Of(doc.Text).EndsWith("ing", StringComparison.Ordinal);
            if (participle && mentions.FirstOrDefault(m => m.EndToken == cue && m.Type == EntityType.Person) is { Span.Length: > 0 } doer) return new SpeakerRef(doer.Span, doer.Span.Of(doc.Text));
            return (participle ? null : _speakers.SpeakerAround(doc, mentions, roleUses, sentence.FirstToken, cue, open)) ?? WordRuleSpeakers.Subjectless(doc, mentions, sentence.FirstToken, cue);
        }

        // "According to the mayor, the shelters will stay open “for as long as needed”".
        for (int k = sentence.FirstToken; k + 1 < open; k++)
        {
            if (tokens[k].Span.Of(doc.Text).Equals("according", StringComparison.OrdinalIgnoreCase) && tokens[k + 1].Span.Of(doc.Text) == "to")
            {
                return WordRuleSpeakers.SpeakerStartingAt(doc, mentions, roleUses, k + 2, open);
            }
        }

        // "X attacked “the ideology …”", "X lauded Y for “new ideas”": words quoted in what a reporting verb of any form
        // reports are its subject's.
        for (int k = open - 1; k >= start; k--)
        {
            string w = tokens[k].Span.Of(doc.Text);
            if (w is "." or ";" || IsDoubleQuote(doc.Text, tokens[k])) break;
            if (char.IsLower(w[0]) && AttributionLexicon.Default.MayBeReportingVerb(w) && !w.EndsWith("ing", StringComparison.Ordinal))
                return _speakers.SpeakerAround(doc, mentions, roleUses, sentence.FirstToken, k, open);
        }

        return null;
    }

}
