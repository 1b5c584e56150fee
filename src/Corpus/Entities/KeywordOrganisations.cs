using Corpus.Text;

namespace Corpus.Entities;

/// <summary>
/// Capitalized names headed by an organisation keyword: "Crescent City High School", "Revolver Records",
/// "University of Cambridge", "Legislative Assembly of Ontario". The tagger often sees only the place or
/// nationality inside them ("Crescent City", "British"), or nothing at all in an unfamiliar name; the
/// keyword makes the whole capitalized run one organisation.
/// </summary>
internal static class KeywordOrganisations
{
    /// <summary>Lower-case words that may join capitalized words inside one name ("Bank of England", "Procter &amp; Gamble").</summary>
    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal) { "of", "for", "on", "&", "de", "the" };

    private static readonly HashSet<string> Articles = new(StringComparer.OrdinalIgnoreCase) { "the", "a", "an" };

    private static readonly List<string[]> HeadRows = DataTable.Rows("Corpus.Entities.Resources.name-heads.tsv", 2);

    private static HashSet<string> HeadsOf(string kind) => HeadRows.Where(r => r[1] == kind).Select(r => r[0]).ToHashSet(StringComparer.Ordinal);

    /// <summary>Organisation heads beyond the gazetteer's keywords (<c>Entities/Resources/name-heads.tsv</c>, kind <c>org</c>).</summary>
    private static readonly HashSet<string> MoreHeads = HeadsOf("org");

    /// <summary>Keywords that as often end the name of a place or a thing ("Compaq Center", "Oval Office"); kind <c>weak</c>.</summary>
    private static readonly HashSet<string> WeakHeads = HeadsOf("weak");

    /// <summary>Street and road heads: the capitalized run they end is a place ("Kestrel Ridge Drive"); kind <c>street</c>.</summary>
    private static readonly HashSet<string> StreetHeads = HeadsOf("street");

    /// <summary>Parks, waters and land: the capitalized run they end is a place ("Tern Hollow Park"); kind <c>place</c>.</summary>
    private static readonly HashSet<string> PlaceHeads = HeadsOf("place");

    /// <summary>Numbered roads: the word and its number are a place ("Highway 61"); kind <c>route</c>.</summary>
    private static readonly HashSet<string> RouteHeads = HeadsOf("route");

    /// <summary>True for a word that ends a street's or a numbered road's name ("Avenue", "Highway"): a <c>street</c> or <c>route</c> head.</summary>
    internal static bool IsStreetHead(string word) => StreetHeads.Contains(word) || RouteHeads.Contains(word);

    /// <summary>True for a word that ends a name and says what it names, title-cased: a <c>name-heads.tsv</c> head of any kind.</summary>
    internal static bool IsNameHead(string word) => AllHeads.Contains(word);

    private static readonly HashSet<string> AllHeads = HeadRows.Select(r => r[0]).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// True for a head after which the words before it can name the same thing ("Harbour" for "Harbour Records" or "Harbour
    /// Avenue"): an organisation's, a street's or a road's. The words before a river's, a park's or a town's heights name
    /// something else ("Kabul", "Kabul River").
    /// </summary>
    internal static bool IsShortenableHead(string word) => ShortenableHeads.Contains(word);

    private static readonly HashSet<string> ShortenableHeads = HeadRows.Where(r => r[1] is "org" or "weak" or "street" or "route").Select(r => r[0]).ToHashSet(StringComparer.Ordinal);

    /// <summary>Capitalized function words that open a sentence or a title but start no name ("The", "In").</summary>
    internal static readonly HashSet<string> Openers = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "in", "at", "on", "for", "from", "by", "with", "to", "of", "and", "but", "or", "as", "after", "before", "during",
        "since", "when", "while", "if", "this", "that", "these", "those", "his", "her", "their", "its", "our", "my", "both", "all", "every",
        "some", "many", "most", "several", "under", "over", "between", "among", "against", "through", "without", "within", "about",
    };

    /// <summary>The rule on its own over a whole article (the recognizer runs it per sentence with the others).</summary>
    public static void Add(Document doc, List<Mention> mentions, Gazetteer gazetteer) => PerSentence.Apply(doc, mentions, (s, local) => AddInSentence(doc, s, local, gazetteer));

    /// <summary>The rule over one sentence's mentions.</summary>
    public static void AddInSentence(Document doc, Sentence s, List<Mention> mentions, Gazetteer gazetteer)
    {
        string text = doc.Text;
        var tokens = doc.TokenSpan;
        if (s.IsBoilerplate || s.TokenCount < 2) return;
        // A title-cased headline ("Fast Service", "Flood Hits City Council") capitalizes every word; a name-dense sentence of prose still ends like one.
        if (IsTitleCasedLine(text, tokens[s.FirstToken..s.EndToken])) return;

        int i = s.FirstToken;
        while (i < s.EndToken)
        {
            if (!IsCapitalized(text, tokens[i]))
            {
                i++;
                continue;
            }

            int j = i + 1;
            while (j < s.EndToken && Adjacent(text, tokens[j - 1], tokens[j]))
            {
                if (IsCapitalized(text, tokens[j])) j++;
                else if (Connectors.Contains(tokens[j].Span.Of(text)) && NextCapitalized(text, tokens, j, s.EndToken) && !OnlyTimeOrMatter(text, tokens, j, s.EndToken)) j++;
                else break;
            }

            TryRun(doc, mentions, gazetteer, i, j, s.Index, s.FirstToken);
            i = j;
        }

        AddStreets(doc, s, mentions, gazetteer);
    }

    /// <summary>
    /// Streets and roads: a run of capitalized words, ordinals ("9th") and initials ("W.") ended by a street
    /// head ("Kestrel Ridge Drive", "West 9th Avenue"), and a route word with its number ("Highway 61"), are places.
    /// So is a run ended by the head of a park's, a water's or land's name ("Tern Hollow Park", "Willet Brook"), also when
    /// it is named after a person, unless a title in it shows a person ("President Park").
    /// </summary>
    private static void AddStreets(Document doc, Sentence s, List<Mention> mentions, Gazetteer gazetteer)
    {
        string text = doc.Text;
        var tokens = doc.TokenSpan;
        for (int k = s.FirstToken; k < s.EndToken; k++)
        {
            string word = tokens[k].Span.Of(text);
            if (RouteHeads.Contains(word) && k + 1 < s.EndToken && Adjacent(text, tokens[k], tokens[k + 1]) && tokens[k + 1].Kind == TokenKind.Number)
            {
                Place(doc, mentions, k, k + 2, s.Index);
                continue;
            }

            bool land = PlaceHeads.Contains(word);
            if (!(StreetHeads.Contains(word) || land) || k == s.FirstToken) continue;
            int start = k;
            while (start > s.FirstToken && Adjacent(text, tokens[start - 1], tokens[start]) && IsStreetWord(text, tokens[start - 1])) start--;
            while (start < k && (Openers.Contains(tokens[start].Span.Of(text)) || StreetHeads.Contains(tokens[start].Span.Of(text)) && start + 1 < k)) start++;
            if (land && HasTitle(gazetteer, text, tokens, start, k)) continue;
            if (start < k) Place(doc, mentions, start, k + 1, s.Index);
        }

        static bool IsStreetWord(string text, Token t)
        {
            if (IsCapitalized(text, t)) return true;
            var w = t.Span.Of(text).AsSpan();
            return w.Length > 2 && char.IsDigit(w[0]) && w[^2..] is "st" or "nd" or "rd" or "th";
        }
    }

    private static void Place(Document doc, List<Mention> mentions, int start, int stop, int sentence)
    {
        var tokens = doc.TokenSpan;
        var span = new TextSpan(tokens[start].Start, tokens[stop - 1].End);
        foreach (var m in mentions)
        {
            if (m.EndToken > start && m.FirstToken < stop && (m.FirstToken < start || m.EndToken > stop)) return; // it would cut another name in two
        }

        mentions.RemoveAll(m => m.FirstToken >= start && m.EndToken <= stop);
        mentions.Add(new Mention(start, stop, span, EntityType.Loc, sentence));
    }

    private static void TryRun(Document doc, List<Mention> mentions, Gazetteer gazetteer, int first, int end, int sentence, int sentenceStart)
    {
        string text = doc.Text;
        var tokens = doc.TokenSpan;
        int head = -1;
        for (int k = end - 1; k >= first && head < 0; k--)
        {
            if (IsKeyword(gazetteer, text, tokens[k]) && !WeakHeads.Contains(tokens[k].Span.Of(text))) head = k;
        }

        if (head < 0) return;

        // The name ends at its keyword, or after an "of"/"for" complement ("University of Cambridge").
        int stop = head + 1;
        if (stop < end && tokens[stop].Span.Of(text) is "of" or "for" or "on" && !OnlyTimeOrMatter(text, tokens, stop, end))
        {
            // "for" introduces a purpose ("Institute for Palestinian Studies") but as often a sports team or a
            // beneficiary ("League for FC Basel"): only words the tagger left alone (or a nationality) continue the name.
            bool purpose = tokens[stop].Span.Of(text) == "for";
            int complement = stop;
            stop = end;
            foreach (var m in mentions)
            {
                if (purpose && m.Type != EntityType.Norp && m.FirstToken < end && m.EndToken > complement) stop = head + 1;
            }
        }

        while (stop > head + 1 && Connectors.Contains(tokens[stop - 1].Span.Of(text))) stop--;

        // It starts after a person named before it ("Kirkpatrick of The New York Times"), after the "of" of a
        // complement that holds the keyword ("Representatives of the European Union"), and after openers and titles.
        // A person the keyword follows directly names the organisation instead ("John Birch Society",
        // "George Washington University Hospital").
        int start = first;
        foreach (var m in mentions)
        {
            // A person's name of two words or more that the tagger ran on into the keyword is the organisation's name
            // ("John Birch Society" read as one person); a two-word one may be a surname ("Margaret Court").
            if (m.Type == EntityType.Person && m.EndToken == head + 1 && head - m.FirstToken >= 2) continue;
            if (m.Type == EntityType.Person && m.FirstToken < stop && m.EndToken > start && m.FirstToken < head && (m.EndToken > head || ConnectorBetween(text, tokens, m.EndToken, head)))
                start = Math.Max(start, m.EndToken);
        }

        for (int k = head - 1; k >= start; k--)
        {
            if (tokens[k].Span.Of(text) is "of" or "for" or "on")
            {
                start = k + 1;
                break;
            }
        }

        while (start < head && (Connectors.Contains(tokens[start].Span.Of(text)) || IsTitle(gazetteer, text, tokens[start])
            || (Openers.Contains(tokens[start].Span.Of(text)) && (start == sentenceStart || Articles.Contains(tokens[start].Span.Of(text)) || !char.IsLetterOrDigit(text[tokens[start - 1].Start])))))
        {
            start++;
        }

        if (start > head) return;
        bool named = false;
        for (int k = start; k < stop; k++) named |= IsCapitalized(text, tokens[k]) && !IsKeyword(gazetteer, text, tokens[k]) && !IsTitle(gazetteer, text, tokens[k]);
        if (!named || stop - start < 2) return;

        var span = new TextSpan(tokens[start].Start, tokens[stop - 1].End);
        // A name the gazetteer knows as a place or a nation stays one ("Soviet Union", "La Union").
        if ((gazetteer.Lookup(span.Of(text)) & (GazCategory.Country | GazCategory.Capital | GazCategory.City | GazCategory.Town | GazCategory.Region | GazCategory.Demonym)) != 0) return;

        int same = -1;
        for (int k = 0; k < mentions.Count; k++)
        {
            var m = mentions[k];
            if (m.EndToken <= start || m.FirstToken >= stop) continue;
            if (m.FirstToken < start || m.EndToken > stop) return; // it would cut another name in two
            if (m.Span == span) same = k;
        }

        if (same >= 0)
        {
            mentions[same] = mentions[same] with { Type = EntityType.Org };
            return;
        }

        mentions.RemoveAll(m => m.FirstToken >= start && m.EndToken <= stop);
        mentions.Add(new Mention(start, stop, span, EntityType.Org, sentence));
    }

    /// <summary>
    /// True for a sentence written like a title ("Flood Hits City Council"): most words capitalized and no closing punctuation.
    /// Its capitals say nothing about names.
    /// </summary>
    internal static bool IsTitleCasedLine(string text, ReadOnlySpan<Token> sentence) =>
        sentence.Length > 0 && !EndsLikeProse(text, sentence[^1]) && MostlyCapitalized(text, sentence);

    private static bool MostlyCapitalized(string text, ReadOnlySpan<Token> sentence)
    {
        int words = 0, capital = 0;
        foreach (var t in sentence)
        {
            if (t.Kind != TokenKind.Word || !char.IsLetter(text[t.Start]) || Connectors.Contains(t.Span.Of(text))) continue;
            words++;
            if (char.IsUpper(text[t.Start])) capital++;
        }

        return capital * 4 >= words * 3;
    }

    private static bool EndsLikeProse(string text, Token last) => text[last.Start] is '.' or '!' or '?' or '"' or '”' or '’' or '\'';

    /// <summary>A title-cased organisation keyword ("School", not "SCHOOL": an all-caps line says nothing).</summary>
    private static bool IsKeyword(Gazetteer gazetteer, string text, Token t)
    {
        if (!IsCapitalized(text, t) || t.End - t.Start < 2) return false;
        string word = t.Span.Of(text);
        if (MoreHeads.Contains(word)) return true;
        return char.IsLower(word[^1]) && (gazetteer.LookupWord(word) & GazCategory.OrgKey) != 0;
    }

    /// <summary>
    /// "on" at <paramref name="k"/> opening a time ("on Tuesday", "on March 3") or, with "the", a matter at hand ("the Council on
    /// the harbour plan"): not the subject a body is "on" ("Commission on Human Rights"), so no part of its name.
    /// </summary>
    private static bool OnlyTimeOrMatter(string text, ReadOnlySpan<Token> tokens, int k, int end)
    {
        if (tokens[k].Span.Of(text) != "on") return false;
        if (k + 1 >= end) return true;
        string w = tokens[k + 1].Span.Of(text);
        return w == "the" || Dateline.IsWeekday(w) || Dateline.MonthOf(w) > 0;
    }

    private static bool HasTitle(Gazetteer gazetteer, string text, ReadOnlySpan<Token> tokens, int from, int to)
    {
        for (int k = from; k < to; k++)
        {
            if (IsTitle(gazetteer, text, tokens[k])) return true;
        }

        return false;
    }

    private static bool ConnectorBetween(string text, ReadOnlySpan<Token> tokens, int from, int to)
    {
        for (int k = from; k < to; k++)
        {
            if (Connectors.Contains(tokens[k].Span.Of(text))) return true;
        }

        return false;
    }

    private static bool IsTitle(Gazetteer gazetteer, string text, Token t) => (gazetteer.LookupWord(text.AsSpan(t.Start, t.End - t.Start)) & GazCategory.Title) != 0;

    /// <summary>A word that can be part of a name: capitalized, and not a hyphenated modifier ("Moscow-led").</summary>
    private static bool IsCapitalized(string text, Token t) => t.Kind == TokenKind.Word && char.IsUpper(text[t.Start]) && !EntityRecognizer.IsHyphenModifier(text, t);

    /// <summary>One space apart: a line break, a comma or a dash ends a name.</summary>
    private static bool Adjacent(string text, Token a, Token b) => b.Start == a.End + 1 && text[a.End] == ' ';

    private static bool NextCapitalized(string text, ReadOnlySpan<Token> tokens, int j, int end)
    {
        for (int k = j + 1; k < end && Adjacent(text, tokens[k - 1], tokens[k]); k++)
        {
            if (IsCapitalized(text, tokens[k])) return true;
            if (tokens[k].Span.Of(text) is not ("the" or "a")) return false;
        }

        return false;
    }
}
