using Corpus.Claims.Attribution;
using Corpus.Entities;
using Corpus.Text;

namespace Corpus.Claims;

/// <summary>
/// Who speaks at a reporting verb, by the word rules: the name, role noun, pronoun or body before or after the verb ("X said",
/// "said X", "X, a senior official, said", "said the mayor"), a clause's subject read off the parse when a description
/// stands between, and the speaker of an inverted attribution. Shared by the direct-quote and indirect-speech word rules.
/// Pure and thread-safe.
/// </summary>
/// <param name="syntax">Read a clause's subject off the parse where the words between are a description.</param>
internal sealed class WordRuleSpeakers(bool syntax = true)
{
    /// <summary>Words that open a clause or phrase before a sentence's subject ("Since the riots began, …").</summary>
    private static readonly HashSet<string> IntroductoryWords = new(StringComparer.Ordinal)
    {
        "Since", "After", "When", "While", "As", "Although", "Though", "Because", "Following", "Despite", "Before", "Until", "In", "On", "At", "During", "Earlier", "Later",
    };

    private static readonly HashSet<string> Pronouns = new(StringComparer.OrdinalIgnoreCase) { "he", "she", "He", "She" };

    /// <summary>An unnamed group as speaker ("analysts", "witnesses": generic rows of <c>source-nouns.tsv</c>), whose statement stays without a resolved speaker.</summary>
    private static bool IsGenericGroup(string w) => w.Length > 1 && w[^1] == 's' && AttributionLexicon.Default.IsGeneric(AttributionLexicon.Singular(w.ToLowerInvariant()));

    /// <summary>A noun naming a statement ("statement", "claim", "warning": noun rows of <c>reporting-predicates.tsv</c>), singular or plural.</summary>
    internal static bool IsStatementWord(string w)
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

    /// <summary>Whether tokens [<paramref name="from"/>, <paramref name="to"/>) hold only commas and "also" between a quote and its auxiliary.</summary>
    internal static bool AuxiliaryOnly(Document doc, int from, int to)
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
    internal SpeakerRef? InvertedSubject(Document doc, IReadOnlyList<Mention> mentions, List<RoleUse> roleUses, int k, int limit)
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
                if (w is "." or ";" || QuoteMarks.IsDouble(text, tokens[j])) break;
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
    internal static SpeakerRef? Subjectless(Document doc, IReadOnlyList<Mention> mentions, int from, int verb)
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

    /// <summary>The speaker of the reporting verb at <paramref name="verb"/>: the nearest name, role or pronoun before it, else right after it.</summary>
    internal SpeakerRef? SpeakerAround(Document doc, IReadOnlyList<Mention> mentions, List<RoleUse> roleUses, int from, int verb, int limit)
    {
        string text = doc.Text;
        var tokens = doc.Tokens;

        // Before the verb, skipping auxiliaries and adjuncts ("has also insisted", "on Monday").
        int k = verb - 1;
        while (k >= from && Skippable.Contains(tokens[k].Span.Of(text)) && verb - k < 6) k--;

        // "Sen. Jo Reyes (D-Ore.) told": a bracketed note on the name (party and state, age, an acronym) stands between.
        if (k > from && tokens[k].Span.Of(text) == ")")
        {
            int open = k - 1;
            while (open > from && tokens[open].Span.Of(text) is not ("(" or ")" or ",") && k - open < 8) open--;
            if (tokens[open].Span.Of(text) == "(" && open > from) k = open - 1;
        }

        // "Sen. Jo Reyes, D-Ore., said": the party and state set off by commas, as US papers write them.
        int comma = k + 1 < verb && tokens[k + 1].Span.Of(text) == "," ? k + 1 : k; // the loop above may have stepped over it
        if (comma > from && tokens[comma].Span.Of(text) == "," && PartyAndStateBefore(text, tokens, comma, from) is int party) k = party - 1;

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

    /// <summary>The comma opening ", D-Ore.," or ", R-Texas," that closes at token <paramref name="comma"/>, or null.</summary>
    private static int? PartyAndStateBefore(string text, IReadOnlyList<Token> tokens, int comma, int from)
    {
        int open = comma - 1;
        while (open > from && comma - open < 6 && tokens[open].Span.Of(text) != ",") open--;
        if (open <= from || tokens[open].Span.Of(text) != ",") return null;
        string note = new TextSpan(tokens[open + 1].Start, tokens[comma - 1].End).Of(text);
        return note.Length >= 3 && note[0] is 'D' or 'R' or 'I' && note[1] == '-' && char.IsUpper(note[2]) && !note.Contains(' ') ? open : null;
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
    /// A word of a description before a name ("longtime resident", "9/11 widow", "state Sen."): a person noun, a word
    /// right before one, or a word with a digit.
    /// </summary>
    private static bool DescribesPerson(string w, string next) =>
        AppositivePersons.IsPersonNoun(w) || AppositivePersons.IsPersonNoun(next) || w.Any(char.IsDigit);

    /// <summary>
    /// "said Dr Ada Varga", "said Lusk Mayor Ada Varga", "said the Rev. Ada Varga", "said longtime resident Ada Varga": a person
    /// named after a run of capitalized title words (which may hold a place or body: "Lusk County Sheriff Spokesman") or of a
    /// description's words, starting at token <paramref name="first"/>.
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
            if (!(tokens[k].Kind == TokenKind.Word && char.IsUpper(w[0])) && w is not ("'s" or "\u2019s") && !DescribesPerson(w, k + 1 < limit ? tokens[k + 1].Span.Of(text) : "")) return null;
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
            if (t is "." or ";" or ":" || QuoteMarks.IsDouble(text, tokens[open])) return null;
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

    internal static SpeakerRef? SpeakerEndingAt(Document doc, IReadOnlyList<Mention> mentions, List<RoleUse> roleUses, int end)
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

    internal static SpeakerRef? JointSpeaker(Document doc, IReadOnlyList<Mention> mentions, SpeakerRef speaker)
    {
        var tokens = doc.Tokens;
        var first = tokens.FirstOrDefault(t => t.Start == speaker.Span.Start);
        if (first.Start != speaker.Span.Start || first.Index < 2) return null;
        // "Both Dahl and the Swedish premier, Ulf Kristersson, blame …": look back over the appositive for "and".
        int k = first.Index - 1;
        int floor = Math.Max(1, first.Index - 8);
        while (k >= floor && tokens[k].Span.Of(doc.Text) != "and" && tokens[k].Span.Of(doc.Text) is not ("." or ";" or ":")) k--;
        // ", and his rival X said": a comma before "and" joins clauses, not two speakers of one verb.
        if (k < floor || tokens[k].Span.Of(doc.Text) != "and" || tokens[k - 1].Span.Of(doc.Text) == ",") return null;
        // "Indonesia's search and rescue agency": a possessive name modifies what follows; it is no second speaker.
        var other = mentions.Where(m => m.EndToken <= k && k - m.EndToken <= 3 && m.Type is EntityType.Person or EntityType.Org or EntityType.Gpe
            && !Enumerable.Range(m.EndToken, k - m.EndToken).Any(i => tokens[i].Span.Of(doc.Text) is "'s" or "’s")).OrderBy(m => m.EndToken).LastOrDefault();
        return other == default ? null : new SpeakerRef(other.Span, other.Span.Of(doc.Text));
    }

    internal static SpeakerRef? SpeakerStartingAt(Document doc, IReadOnlyList<Mention> mentions, List<RoleUse> roleUses, int k, int end)
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
}
