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
/// guessed from a far-away name. Pure and thread-safe.
/// </summary>
/// <param name="syntax">Read indirect speech off the parse where the word rules find none (the default).</param>
internal sealed class QuoteExtractor(bool syntax = true)
{
    /// <summary>The attribution recorded on quotes the word rules found and attributed.</summary>
    public const string WordRules = "word-rules";

    /// <summary>Words that open a clause or phrase before a sentence's subject ("Since the riots began, …").</summary>
    private static readonly HashSet<string> IntroductoryWords = new(StringComparer.Ordinal)
    {
        "Since", "After", "When", "While", "As", "Although", "Though", "Because", "Following", "Despite", "Before", "Until", "In", "On", "At", "During", "Earlier", "Later",
    };

    private static readonly HashSet<string> Pronouns = new(StringComparer.OrdinalIgnoreCase) { "he", "she", "He", "She" };

    /// <summary>An unnamed group as speaker ("analysts", "witnesses": generic rows of <c>source-nouns.tsv</c>), whose statement stays without a resolved speaker.</summary>
    private static bool IsGenericGroup(string w) => w.Length > 1 && w[^1] == 's' && AttributionLexicon.Default.IsGeneric(AttributionLexicon.Singular(w.ToLowerInvariant()));

    /// <summary>A noun naming a statement ("statement", "claim", "warning": noun rows of <c>reporting-predicates.tsv</c>), singular or plural.</summary>
    private static bool IsStatementWord(string w)
    {
        string lower = w.ToLowerInvariant();
        return AttributionLexicon.Default.IsStatementNoun(lower) || (lower.EndsWith('s') && AttributionLexicon.Default.IsStatementNoun(AttributionLexicon.Singular(lower)));
    }

    private static readonly HashSet<string> Skippable = new(StringComparer.OrdinalIgnoreCase)
    {
        "has", "have", "had", "also", "then", "later", "again", "on", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "has", "was", "is", "will", "would", "recently", "repeatedly", "publicly", "previously", "already", "in", "recent", "days", "a", "statement",
        "his", "her", "its", "their", "partners", "reporters", "journalists", "at", "the", "summit", "meeting", "during", "speech", "conference", "press",
        "earlier", "week", "this", "last", "year", "to", "that", "firmly", "once", "twice", "for", "part", "him", "them", "us", "me", "parliament", ",",
        "meanwhile", "however", "though", "too", "even", "now", "still", "long", "often", "many", "some", "several", "to", "led", "have",
    };

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

            // "“A,” he said. “B.”": a quote with no attribution of its own, right after the short attribution sentence of the one
            // before in the same paragraph, goes on with that statement.
            splitByAttribution |= !attributedHere && lastGroup.Count > 0 && p.OpenToken >= 1 && tokens[p.OpenToken - 1].Span.Of(doc.Text) is "." or "!" or "?"
                && p.OpenToken - lastGroup[^1].CloseToken <= 8 && !NewParagraph(doc.Text, tokens[lastGroup[^1].CloseToken].End, tokens[p.OpenToken].Start)
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
            foreach (var draft in Indirect(doc, mentions, roleUses, s, covered)) result.Add(draft);

            // Sentences the word rules found no statement in, the parse reads: reporting verbs with their complement or
            // parenthetical clause. (Parsing only these keeps the parser's cost to the sentences that need it.) A sentence
            // holding only partial quotes ("said the protests demand “more listening”") is read too: its reported clause
            // is the statement, and the partial quote inside it gives way below.
            if (syntax && result.Count == before && !HasWholeQuoteIn(result, s.Span))
            {
                foreach (var draft in ParsedIndirectSpeech.Find(doc, s, mentions, allRoles, covered, AttributionLexicon.Default)) result.Add(draft);
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
            if (w is "." or "!" or "?" || IsDoubleQuote(doc.Text, tokens[k])) break;

            // "“…”, has admitted to a local reporter X", "“…”, has judged the head of Y, X": in an inversion right after
            // the quote, any reporting verb of the lexicon reports, and the words after it are its subject, whatever the verb.
            bool inverted = k > from && tokens[k - 1].Span.Of(doc.Text) is "has" or "had" && AuxiliaryOnly(doc, from, k - 1);
            if (inverted && (AttributionLexicon.Default.IsWordRuleCue(w) || AttributionLexicon.Default.MayBeReportingVerb(w.ToLowerInvariant()))
                && InvertedSubject(doc, mentions, roleUses, k + 1, limit) is { } inversion)
            {
                return inversion;
            }

            // "“…” recalling …, which the ministry has long maintained …": a later clause has its own speaker.
            if (!AttributionLexicon.Default.IsWordRuleCue(w) && (w is "which" or "who" or "that" or "whom" or "where" or "while" or "but" or ";" || (w.EndsWith("ing", StringComparison.Ordinal) && char.IsLower(w[0])))) break;
            if (!AttributionLexicon.Default.IsWordRuleCue(w)) continue;

            return SpeakerAround(doc, mentions, roleUses, from, k, limit) ?? Subjectless(doc, mentions, from, k);
        }

        return null;
    }

    /// <summary>Whether tokens [<paramref name="from"/>, <paramref name="to"/>) hold only commas and "also" between a quote and its auxiliary.</summary>
    private static bool AuxiliaryOnly(Document doc, int from, int to)
    {
        for (int k = from; k < to; k++)
        {
            if (doc.Tokens[k].Span.Of(doc.Text) is not ("," or "also")) return false;
        }

        return true;
    }

    /// <summary>
    /// The subject after an inverted reporting verb: past the one told ("to a local reporter", "to reporters"), a person
    /// named after titles, or a person in apposition to a role or description ("the director of the agency in Oslo, Kari Holm");
    /// else the role or name there. Null when none of these is there.
    /// </summary>
    private SpeakerRef? InvertedSubject(Document doc, IReadOnlyList<Mention> mentions, List<RoleUse> roleUses, int k, int limit)
    {
        var tokens = doc.Tokens;
        string text = doc.Text;
        limit = Math.Min(tokens.Count, Math.Max(limit, k + 16));
        if (k < limit && tokens[k].Span.Of(text) == "to")
        {
            k++;
            while (k < limit && char.IsLower(text[tokens[k].Start]) && tokens[k].Kind == TokenKind.Word) k++; // "to a local reporter"
        }

        if (k >= limit) return null;
        if (PersonAfterTitles(doc, mentions, k, limit) is { } titled) return new SpeakerRef(titled.Span, titled.Span.Of(text));
        var named = mentions.FirstOrDefault(x => x.FirstToken == k && x.Type is EntityType.Person or EntityType.Org);
        if (named != default) return new SpeakerRef(named.Span, named.Span.Of(text));

        // "the director of the Red Cross in Norway, Kari Holm": the person the description is in apposition to.
        if (tokens[k].Span.Of(text) is "the" or "The" or "our" or "its" or "their")
        {
            for (int j = k + 1; j + 1 < limit; j++)
            {
                string w = tokens[j].Span.Of(text);
                if (w is "." or ";" || IsDoubleQuote(text, tokens[j])) break;
                if (w != ",") continue;
                var apposed = mentions.FirstOrDefault(x => x.FirstToken == j + 1 && x.Type == EntityType.Person);
                if (apposed != default) return new SpeakerRef(apposed.Span, apposed.Span.Of(text));
                break;
            }

            var role = roleUses.FirstOrDefault(x => x.Span.Start == tokens[k].Start || (k + 1 < tokens.Count && x.Span.Start == tokens[k + 1].Start));
            if (role.Text is not null) return new SpeakerRef(role.Span, role.Text);
        }

        return null;
    }

    /// <summary>A reporting verb with no subject of its own ("“…”, has denounced", "calling it “…”"): the sentence's person, else the last one named before.</summary>
    private static SpeakerRef? Subjectless(Document doc, IReadOnlyList<Mention> mentions, int from, int verb)
    {
        var sentence = doc.SentenceOfToken(verb);

        // "The Norwegian government condemned the looting, describing …": the sentence's subject, when a name opens it
        // or follows an opening clause ("Since the riots began, the government has …").
        int opener = sentence.FirstToken;
        if (IntroductoryWords.Contains(doc.Tokens[opener].Span.Of(doc.Text)))
        {
            while (opener < verb && doc.Tokens[opener].Span.Of(doc.Text) != ",") opener++;
            opener++;
        }

        if (opener < verb && doc.Tokens[opener].Span.Of(doc.Text) is "The" or "the") opener++;
        if (opener + 1 < verb && doc.Tokens[opener + 1].Span.Of(doc.Text) is "'s" or "’s" && !mentions.Any(m => m.FirstToken == opener)) opener += 2; // "The country's health ministry"
        var subject = mentions.FirstOrDefault(m => m.FirstToken == opener && m.EndToken < verb && m.Type is EntityType.Person or EntityType.Org or EntityType.Gpe
            && !(m.Type == EntityType.Gpe && doc.Tokens[m.EndToken].Span.Of(doc.Text) is "," or "—" or "–" or "-"));
        if (subject != default && verb - subject.EndToken > 1) return new SpeakerRef(subject.Span, subject.Span.Of(doc.Text));

        var inSentence = mentions.Where(m => m.Type == EntityType.Person && m.FirstToken >= sentence.FirstToken && m.EndToken <= verb).OrderBy(m => m.FirstToken).FirstOrDefault();
        if (inSentence != default) return new SpeakerRef(inSentence.Span, inSentence.Span.Of(doc.Text));
        string opening = doc.Tokens[sentence.FirstToken].Span.Of(doc.Text);
        if (Pronouns.Contains(opening) || (opening is "But" or "And" && sentence.FirstToken + 1 < doc.Tokens.Count && Pronouns.Contains(doc.Tokens[sentence.FirstToken + 1].Span.Of(doc.Text))))
        {
            return PronounAntecedent.Person(doc, mentions, doc.Tokens[sentence.FirstToken].Start, null, AttributionLexicon.Default);
        }

        // "But the civil defence institute withdrew the figure, saying …": an unnamed subject of its own is no one named earlier.
        int head = opener;
        while (head < verb && doc.Tokens[head].Span.Of(doc.Text) is "But" or "And" or "Yet" or "So") head++;
        if (head + 1 < verb && doc.Tokens[head].Span.Of(doc.Text) is "the" or "The" or "a" or "A" or "an" or "An" && char.IsLower(doc.Text[doc.Tokens[head + 1].Start])
            && !mentions.Any(m => m.FirstToken == head + 1))
        {
            return null;
        }

        string prev = verb > from ? doc.Tokens[verb - 1].Span.Of(doc.Text) : string.Empty;
        return prev is "," or "has" or "had" ? PronounAntecedent.Person(doc, mentions, doc.Tokens[verb].Start, null, AttributionLexicon.Default) : null;
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
            if (AttributionLexicon.Default.IsWordRuleCue(w)) return SpeakerAround(doc, mentions, roleUses, sentence.FirstToken, k, open) ?? Subjectless(doc, mentions, sentence.FirstToken, k);
        }

        // "According to the mayor, the shelters will stay open “for as long as needed”".
        for (int k = sentence.FirstToken; k + 1 < open; k++)
        {
            if (tokens[k].Span.Of(doc.Text).Equals("according", StringComparison.OrdinalIgnoreCase) && tokens[k + 1].Span.Of(doc.Text) == "to")
            {
                return SpeakerStartingAt(doc, mentions, roleUses, k + 2, open);
            }
        }

        return null;
    }

    /// <summary>The speaker of the reporting verb at <paramref name="verb"/>: the nearest name, role or pronoun before it, else right after it.</summary>
    private SpeakerRef? SpeakerAround(Document doc, IReadOnlyList<Mention> mentions, List<RoleUse> roleUses, int from, int verb, int limit)
    {
        string text = doc.Text;
        var tokens = doc.Tokens;

        // Before the verb, skipping auxiliaries and adjuncts ("has also insisted", "on Monday").
        int k = verb - 1;
        while (k >= from && Skippable.Contains(tokens[k].Span.Of(text)) && verb - k < 6) k--;
        if (k >= from)
        {
            if (AppositiveSubject(doc, mentions, roleUses, from, verb - 1) is { } subject) return subject;

            // "X, <a description naming a body or a place>, said": the clause's subject, read off the parse, not the last name before the verb.
            if (syntax && HasCommaBetween(tokens, text, k, verb) && ParsedSubject(doc, mentions, verb) is { } parsed) return parsed;
            if (SpeakerEndingAt(doc, mentions, roleUses, tokens[k].End) is { } before) return before;
        }

        // After it: "said Solberg", "said the Norwegian leader", "stressed the prime minister" (an object verb's next name is its object).
        if (verb + 1 < limit && verb + 1 < tokens.Count && !AttributionLexicon.Default.IsWordRuleObjectCue(tokens[verb].Span.Of(text)))
        {
            if (PersonAfterTitles(doc, mentions, verb + 1, limit) is { } titled) return new SpeakerRef(titled.Span, titled.Span.Of(text));
            int start = tokens[verb + 1].Start;
            var m = mentions.FirstOrDefault(x => x.Span.Start == start && x.Type is EntityType.Person or EntityType.Org or EntityType.Gpe);
            if (m != default) return new SpeakerRef(m.Span, m.Span.Of(text));
            var r = roleUses.FirstOrDefault(x => x.Span.Start == start);
            if (r.Text is not null) return new SpeakerRef(r.Span, r.Text);
            if (Pronouns.Contains(tokens[verb + 1].Span.Of(text))) return PronounAntecedent.Person(doc, mentions, tokens[verb + 1].Start, roleUses, AttributionLexicon.Default);
        }

        return null;
    }

    private static bool HasCommaBetween(IReadOnlyList<Token> tokens, string text, int from, int to)
    {
        for (int k = from; k < to; k++)
        {
            if (tokens[k].Span.Of(text) == ",") return true;
        }

        return false;
    }

    /// <summary>The person or organisation whose mention holds the active subject before the verb at token <paramref name="verb"/>, from the sentence's parse.</summary>
    private static SpeakerRef? ParsedSubject(Document doc, IReadOnlyList<Mention> mentions, int verb)
    {
        var sentence = doc.SentenceOfToken(verb);
        var s = doc.GetSyntax(sentence.Index);
        int start = doc.Tokens[verb].Start;
        for (int i = 0; i < s.Count; i++)
        {
            if (s[i].Span.Start != start) continue;
            // An active subject only ("X, 62, is accused of …" names no speaker); joint subjects are read by the word rules.
            int subject = -1;
            foreach (int c in s.Children(i))
            {
                if (s[c].Relation == "nsubj") subject = c;
            }

            if (subject < 0 || s[subject].Span.End > start || s.Child(subject, "conj") >= 0) return null;
            var span = s[subject].Span;
            foreach (var m in mentions)
            {
                if (m.Sentence != sentence.Index || !m.Span.Contains(span)) continue;
                return m.Type is EntityType.Person or EntityType.Org ? new SpeakerRef(m.Span, m.Span.Of(doc.Text)) : null;
            }

            return null;
        }

        return null;
    }

    /// <summary>
    /// "said Dr Ada Varga", "said Lusk Mayor Ada Varga", "said the Rev. Ada Varga": a person named after a run of capitalized
    /// title words (which may hold a place or body: "Lusk County Sheriff Spokesman"), starting at token <paramref name="first"/>.
    /// </summary>
    private static Mention? PersonAfterTitles(Document doc, IReadOnlyList<Mention> mentions, int first, int limit)
    {
        var tokens = doc.Tokens;
        string text = doc.Text;
        int k = first;
        if (k < limit && tokens[k].Span.Of(text) is "the") k++;
        if (k >= limit) return null;

        // Mentions are in text order: find the first at or after the run's start once, then walk along with the run.
        int lo = 0, hi = mentions.Count, from = tokens[k].Start;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (mentions[mid].Span.Start < from) lo = mid + 1;
            else hi = mid;
        }

        for (int run = 0; k < limit && run <= 8; k++, run++)
        {
            int start = tokens[k].Start;
            for (; lo < mentions.Count && mentions[lo].Span.Start <= start; lo++)
            {
                if (mentions[lo].Span.Start == start && mentions[lo].Type == EntityType.Person) return k > first ? mentions[lo] : null;
            }

            string w = tokens[k].Span.Of(text);
            if (!(tokens[k].Kind == TokenKind.Word && char.IsUpper(w[0])) && w is not ("'s" or "\u2019s")) return null;
        }

        return null;
    }

    /// <summary>
    /// "Anna Varga, the mayor of Lusk, said": the person before a comma-enclosed description is the
    /// speaker, not the place or organisation the description ends with; likewise the subject before
    /// an aside that compares or adds ("X, like Y, said", "X, along with Y, said"). <paramref name="last"/> is
    /// the token before the verb, the closing comma; the description opens after <paramref name="from"/>.
    /// </summary>
    private static SpeakerRef? AppositiveSubject(Document doc, IReadOnlyList<Mention> mentions, List<RoleUse> roleUses, int from, int last)
    {
        string text = doc.Text;
        var tokens = doc.Tokens;
        while (last > from && tokens[last].Span.Of(text) is "has" or "have" or "had" or "also") last--; // "X, like Y, has also said"
        if (tokens[last].Span.Of(text) != ",") return null;
        for (int open = last - 1; open > from && last - open <= 10; open--)
        {
            string t = tokens[open].Span.Of(text);
            if (t is "." or ";" or ":" || IsDoubleQuote(text, tokens[open])) return null;
            if (t != ",") continue;

            // "The government, like the Kremlin, has indicated", "President X, who has sided with the protesters, told the
            // crowd": a comparison or a relative clause is an aside, and the subject before it speaks.
            string aside = tokens[open + 1].Span.Of(text);
            if (aside is "like" or "unlike" or "alongside" or "who" or "which" || (open + 2 < last && (aside, tokens[open + 2].Span.Of(text)) is ("as", "well") or ("along", "with") or ("together", "with")))
            {
                return SpeakerEndingAt(doc, mentions, roleUses, tokens[open - 1].End);
            }

            if (aside is not ("the" or "a" or "an" or "its" or "his" or "her" or "their")) return null;
            int end = tokens[open - 1].End;
            var person = mentions.FirstOrDefault(m => m.Span.End == end && m.Type == EntityType.Person);
            return person == default ? null : new SpeakerRef(person.Span, person.Span.Of(text));
        }

        return null;
    }

    private static SpeakerRef? SpeakerEndingAt(Document doc, IReadOnlyList<Mention> mentions, List<RoleUse> roleUses, int end)
    {
        string text = doc.Text;
        int lastIndex = doc.TokenEndingAt(end);
        var last = lastIndex >= 0 ? doc.Tokens[lastIndex] : default;
        if (last.End == end && last.Index >= 1 && doc.Tokens[last.Index - 1].Span.Of(text) is "the" or "The" && last.Kind == TokenKind.Word
            && !mentions.Any(x => x.Span.End == end))
        {
            // "the Ministry explained": the last organisation named with that word.
            string noun = last.Span.Of(text);
            if (Antecedents.OrganisationFor(text, mentions, noun, last.Start, AttributionLexicon.Default) is { } antecedent) return new SpeakerRef(antecedent.Span, antecedent.Span.Of(text));
        }

        var m = mentions.Where(x => x.Span.End == end && x.Type is EntityType.Person or EntityType.Org or EntityType.Gpe).OrderBy(x => x.Span.Start).LastOrDefault();
        var r = roleUses.FirstOrDefault(x => x.Span.End == end);

        // "the Water Board (BWB) of Lusk said": the place closes the organisation's name; the organisation speaks.
        if (m.Type == EntityType.Gpe && m.FirstToken >= 2 && doc.Tokens[m.FirstToken - 1].Span.Of(text) == "of")
        {
            int before = m.FirstToken - 2;
            if (doc.Tokens[before].Span.Of(text) == ")")
            {
                while (before > 0 && doc.Tokens[before].Span.Of(text) != "(" && m.FirstToken - before < 6) before--;
                before--;
            }

            var owner = mentions.FirstOrDefault(x => x.Type == EntityType.Org && before >= 0 && x.EndToken == before + 1);
            if (owner != default) return new SpeakerRef(owner.Span, owner.Span.Of(text));
        }

        // "Police said", "officers said": the article's lead police body.
        if (m == default && r.Text is null && last.End == end && last.Kind == TokenKind.Word
            && Antecedents.BodyFor(text, mentions, last.Span.Of(text), AttributionLexicon.Default) is { } body)
        {
            return new SpeakerRef(body.Span, body.Span.Of(text));
        }

        // "The president of Finland insisted": the role, not the place inside it, is the speaker.
        if (r.Text is not null && (m == default || r.Span.Start < m.Span.Start)) return new SpeakerRef(r.Span, r.Text);
        if (m != default) return new SpeakerRef(m.Span, m.Span.Of(text));

        // "Dahl, who assured that …": the name before the relative pronoun.
        if (last.End == end && last.Span.Of(text) is "who" or "which" && last.Index >= 1)
        {
            int before = doc.Tokens[last.Index - 1].Span.Of(text) == "," ? last.Index - 1 : last.Index;
            if (before >= 1) return SpeakerEndingAt(doc, mentions, roleUses, doc.Tokens[before - 1].End);
        }
        var t = last;
        if (t.End == end && Pronouns.Contains(t.Span.Of(text))) return PronounAntecedent.Person(doc, mentions, t.Start, roleUses, AttributionLexicon.Default);

        // "officials announced": the government the article names ("Norwegian officials"), if it names one.
        if (t.End == end && t.Span.Of(text) is "officials" or "authorities" or "Officials" or "Authorities" && !mentions.Any(x => x.Span.End == end))
        {
            var government = mentions.Where(x => x.Type == EntityType.Org && x.Span.Of(text).Split(' ')[^1] is "officials" or "authorities" or "government")
                .OrderBy(x => Math.Abs(x.Span.Start - t.Start)).FirstOrDefault();
            if (government != default) return new SpeakerRef(government.Span, government.Span.Of(text));
        }

        // "many analysts have said": an unnamed speaker, reported as such and never resolved to an entity.
        if (t.End == end && IsGenericGroup(t.Span.Of(text)) && !mentions.Any(x => x.Span.End == end)) return new SpeakerRef(t.Span, t.Span.Of(text));
        return null;
    }

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
            if (IsDoubleQuote(text, tokens[k])) return default; // "“C,” said X, a professor, …": quoted words and an appositive
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
            if (tokens[k].Span.Of(text) is "," or "that" or ":" or "least" or "most" || tokens[k].Kind == TokenKind.Number || IsDoubleQuote(text, tokens[k])) return false;
        }

        return true;
    }

    /// <summary>
    /// A person named inside a direct quote ("“… contact with Mayor Kirsch,” Lang replied") is talked about,
    /// not the one "he" or "she" outside it refers to: an odd number of double quote marks before it in its sentence.
    /// </summary>

    /// <summary>Reported speech: "X said (that) C", "C, X said", "according to X, C", "X accused Y of Z".</summary>
    private IEnumerable<QuoteDraft> Indirect(Document doc, IReadOnlyList<Mention> mentions, List<RoleUse> roleUses, Sentence s, bool[] covered)
    {
        string text = doc.Text;
        var tokens = doc.Tokens;
        int first = s.FirstToken, end = s.EndToken;
        while (end > first && tokens[end - 1].Kind == TokenKind.Punctuation) end--;

        // "according to X, C" / "C, according to X"
        for (int k = first; k + 1 < end; k++)
        {
            if (!tokens[k].Span.Of(text).Equals("according", StringComparison.OrdinalIgnoreCase) || tokens[k + 1].Span.Of(text) != "to") continue;
            var speaker = SpeakerStartingAt(doc, mentions, roleUses, k + 2, end);
            if (speaker is null) break; // "according to his version": other attributions in the sentence still count
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
            if (tokens[k + 1].Span.Of(text) is not ("'s" or "’s") || !IsStatementWord(tokens[k + 2].Span.Of(text)) || tokens[k + 3].Span.Of(text) != "that") continue;
            var owner = SpeakerEndingAt(doc, mentions, roleUses, tokens[k].End);
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
            bool issued = participle && IsStatementWord(before);
            if (participle && !issued && before is not ("," or "and" or "before" or "after" or "while" or "when" or "by" or "also")) continue;
            var speaker = participle && (before == "," || issued) ? null : SpeakerAround(doc, mentions, roleUses, first, v, Math.Min(end, v + 6));

            // "… and has promised that …", "…, saying that …": the same speaker as the sentence's statement before, or its subject.
            int back = v - 1;
            while (back > first && tokens[back].Span.Of(text) is "has" or "have" or "had" or "also" or "then" or ",") back--;
            if (speaker is null && back >= first && tokens[back].Span.Of(text) == "and" && sentenceSpeaker is not null) speaker = sentenceSpeaker;
            if (speaker is null && participle) speaker = sentenceSpeaker ?? Subjectless(doc, mentions, first, v);
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
                (cs, ce) = (v, end);
            }
            else
            {
                int j = speakerAfter ? afterSpeaker : v + 1;
                int thatAt = -1;
                for (int k = j; k < Math.Min(end, j + 8); k++)
                {
                    if (tokens[k].Span.Of(text) == "that") { thatAt = k; break; }
                    if (tokens[k].Span.Of(text) is "," or ":" || IsDoubleQuote(text, tokens[k])) break;
                }

                // "said in a statement that C", "told reporters that C": the words before "that" are an adjunct or the one told.
                // "said the government would help every family that lost …": that "that" opens a relative clause inside C.
                if (thatAt > j && !LeadsToThat(doc, mentions, w, tokens[j])) thatAt = -1;

                if (thatAt >= 0) (cs, ce) = (thatAt + 1, end);
                else if (j >= end || tokens[j].Span.Of(text) is "." or ":" || IsDoubleQuote(text, tokens[j]) || IsTrailingAdjunct(tokens, text, j, end))
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
                else if (w is "said" or "says" or "saying" or "adding" or "believes" or "claims" or "claimed" or "added" or "told" or "tells" or "insisted" or "assured" or "declared" or "promised" or "warned" or "reported"
                    && AfterAddressee(doc, mentions, w, j, end) is var c && c < end
                    && (tokens[c].Span.Of(text) is not ("in" or "at" or "on" or "during" or "after" or "before" or "with" or "from" or "for" or "by" or "to" or "of" or "," or "so" or "(")
                        || (c + 1 < end && tokens[c].Span.Of(text) == "at" && tokens[c + 1].Span.Of(text) is "least" or "most")))
                {
                    (cs, ce) = (c, end);
                }
                else
                {
                    continue;
                }
            }

            // Reported content ends at a clause of its own: ", but …", "; …", ", while …", or a participle reporting a
            // statement of its own (", arguing that …", ", adding …"), which the loop then reads with the same speaker.
            for (int k = cs + 1; k < ce; k++)
            {
                string t = tokens[k].Span.Of(text);
                string next = k + 1 < ce ? tokens[k + 1].Span.Of(text) : string.Empty;
                if (t == ";" || (t == "," && next is "but" or "while" or "whereas" or "although" or "though" or "according")
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

            // "described the events as … and has promised that …": two statements.
            for (int k = cs + 1; k < ce - 1; k++)
            {
                if (tokens[k].Span.Of(text) != "and") continue;
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
            if (!speakerAfter && JointSpeaker(doc, mentions, speaker.Value) is { } other) yield return Make(doc, cs, ce, other, s);
            yield return Make(doc, cs, ce, speaker, s);
            for (int k = cs; k < ce; k++) covered[k] = true;
            v = Math.Max(v, ce - 1);
        }
    }

    private static SpeakerRef? JointSpeaker(Document doc, IReadOnlyList<Mention> mentions, SpeakerRef speaker)
    {
        var tokens = doc.Tokens;
        var first = tokens.FirstOrDefault(t => t.Start == speaker.Span.Start);
        if (first.Start != speaker.Span.Start || first.Index < 2) return null;
        // "Both Dahl and the Swedish premier, Ulf Kristersson, blame …": look back over the appositive for "and".
        int k = first.Index - 1;
        int floor = Math.Max(1, first.Index - 8);
        while (k >= floor && tokens[k].Span.Of(doc.Text) != "and" && tokens[k].Span.Of(doc.Text) is not ("." or ";" or ":")) k--;
        if (k < floor || tokens[k].Span.Of(doc.Text) != "and") return null;
        // "Indonesia's search and rescue agency": a possessive name modifies what follows; it is no second speaker.
        var other = mentions.Where(m => m.EndToken <= k && k - m.EndToken <= 3 && m.Type is EntityType.Person or EntityType.Org or EntityType.Gpe
            && !Enumerable.Range(m.EndToken, k - m.EndToken).Any(i => tokens[i].Span.Of(doc.Text) is "'s" or "’s")).OrderBy(m => m.EndToken).LastOrDefault();
        return other == default ? null : new SpeakerRef(other.Span, other.Span.Of(doc.Text));
    }

    private static SpeakerRef? SpeakerStartingAt(Document doc, IReadOnlyList<Mention> mentions, List<RoleUse> roleUses, int k, int end)
    {
        if (k >= end) return null;
        int start = doc.Tokens[k].Start;
        int next = k + 1 < end ? doc.Tokens[k + 1].Start : -1;
        var r = roleUses.FirstOrDefault(x => x.Span.Start == start || x.Span.Start == next);

        // The source phrase ends at its comma ("according to police, <Name> was shot" names no speaker after it), unless the
        // name after the comma is its apposition, closed by a comma of its own ("according to the president, <Name>, who …").
        int stop = k;
        while (stop < end && doc.Tokens[stop].Span.Of(doc.Text) is not ("," or ";" or ":" or ".")) stop++;
        if (stop + 1 < end && doc.Tokens[stop].Span.Of(doc.Text) == ","
            && mentions.FirstOrDefault(x => x.FirstToken == stop + 1 && x.Type == EntityType.Person) is { Span.Length: > 0 } apposed
            && (apposed.EndToken >= end || doc.Tokens[apposed.EndToken].Span.Of(doc.Text) is "," or "."))
        {
            stop = apposed.EndToken;
        }

        var person = mentions.Where(x => x.FirstToken >= k && x.FirstToken <= k + 6 && x.EndToken <= stop && x.Type == EntityType.Person).OrderBy(x => x.FirstToken).FirstOrDefault();
        var m = mentions.FirstOrDefault(x => (x.Span.Start == start || x.Span.Start == next) && x.Type is EntityType.Person or EntityType.Org or EntityType.Gpe);
        if (r.Text is not null && person != default) return new SpeakerRef(person.Span, person.Span.Of(doc.Text));
        if (m != default) return new SpeakerRef(m.Span, m.Span.Of(doc.Text));
        if (r.Text is not null) return new SpeakerRef(r.Span, r.Text);
        if (person != default) return new SpeakerRef(person.Span, person.Span.Of(doc.Text));

        // "according to the ministry": the organisation named with that word before; "according to police": the lead police body.
        if (k + 1 < end && doc.Tokens[k].Span.Of(doc.Text) is "the" or "The") return SpeakerEndingAt(doc, mentions, roleUses, doc.Tokens[k + 1].End);
        if (Antecedents.BodyFor(doc.Text, mentions, doc.Tokens[k].Span.Of(doc.Text), AttributionLexicon.Default) is { } body) return new SpeakerRef(body.Span, body.Span.Of(doc.Text));
        return null;
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

    private static QuoteDraft Make(Document doc, int cs, int ce, SpeakerRef? speaker, Sentence s)
    {
        var span = new TextSpan(doc.Tokens[cs].Start, doc.Tokens[ce - 1].End);
        return new QuoteDraft(span, span.Of(doc.Text), false, speaker, s.Span);
    }
}
