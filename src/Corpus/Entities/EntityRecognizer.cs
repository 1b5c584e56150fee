using Corpus.Text;

namespace Corpus.Entities;

/// <summary>A named mention found in one document: an index view of its token table.</summary>
/// <param name="FirstToken">First token of the mention.</param>
/// <param name="EndToken">One past the last token.</param>
/// <param name="Span">Character span (may end inside a token: "NATO" of "NATO-equivalent").</param>
/// <param name="Type">Entity type.</param>
/// <param name="Sentence">Index of the sentence.</param>
internal readonly record struct Mention(int FirstToken, int EndToken, TextSpan Span, EntityType Type, int Sentence);

/// <summary>
/// Finds PERSON, ORG, GPE, LOC and NORP mentions in a document: the trained tagger per sentence,
/// then span clean-up, the GPE/LOC split from the gazetteer, and document-level consistency (a
/// name tagged once keeps its type elsewhere in the article, and a person's surname alone is that person).
/// Thread-safe: each thread gets its own tagger.
/// </summary>
internal sealed class EntityRecognizer
{
    private readonly NerModel? _model;
    private readonly Gazetteer _gazetteer;
    private readonly ThreadLocal<NerTagger?> _tagger;

    public EntityRecognizer(NerModel? model, Gazetteer gazetteer)
    {
        _model = model;
        _gazetteer = gazetteer;
        _tagger = new ThreadLocal<NerTagger?>(() => _model is null ? null : new NerTagger(_model, _gazetteer));
    }

    public static EntityRecognizer Default { get; } = new(NerModel.Default, Gazetteer.Default);

    public List<Mention> Recognize(Document doc, CancellationToken budget = default)
    {
        var mentions = new List<Mention>();
        var tagger = _tagger.Value;
        if (tagger is null) return mentions;
        string text = doc.Text;
        var tokens = doc.TokenSpan;
        var spans = new TextSpan[64];
        var labels = new NerLabel[64];
        foreach (var s in doc.SentenceArray)
        {
            budget.ThrowIfCancellationRequested();
            if (s.IsBoilerplate) continue;
            int n = s.TokenCount;
            if (spans.Length < n)
            {
                spans = new TextSpan[n * 2];
                labels = new NerLabel[n * 2];
            }

            for (int i = 0; i < n; i++) spans[i] = tokens[s.FirstToken + i].Span;
            tagger.Tag(text, spans.AsSpan(0, n), labels.AsSpan(0, n));
            int i0 = 0;
            while (i0 < n)
            {
                if (labels[i0] == NerLabel.O)
                {
                    i0++;
                    continue;
                }

                var type = NerLabels.TypeOf(labels[i0]);
                int j = i0 + 1;
                while (j < n && labels[j] == NerLabels.Inside(type)) j++;
                if (MakeMention(doc, s, s.FirstToken + i0, s.FirstToken + j, type) is { } m) mentions.Add(m);
                i0 = j;
            }
        }

        DatelinePlaces(doc, mentions);
        ExtendOrganisations(doc, mentions);
        JoinNationalityAndOrganisation(doc, mentions);
        AddGazetteerNames(doc, mentions);
        DescriptiveOrganisations.Add(doc, mentions, _gazetteer);
        // These rules read only the sentence they change, so one grouping by sentence serves them.
        PerSentence.Apply(doc, mentions, (s, local) =>
        {
            KeywordOrganisations.AddInSentence(doc, s, local, _gazetteer);
            TeamNames.AddInSentence(doc, s, local, _gazetteer);
            AppositivePersons.AddInSentence(doc, s, local, _gazetteer);
            AppositiveOrganisations.AddInSentence(doc, s, local, _gazetteer);
        });
        NamesAfterOrganisationNouns(doc, mentions);
        PlacesInApposition(doc, mentions);
        AreaNames(doc, mentions);
        CoordinatedPlaces(doc, mentions);
        PlacesBeforeTheirState(doc, mentions);
        PropagateWithinDocument(doc, mentions);
        AddBracketedAcronyms(doc, mentions);
        LeadingThe(doc, mentions);
        OutletName(doc, mentions);
        // A total order (a longer name first where two start together: "Afghan government" before "Afghan"), so the
        // result does not depend on the order the rules above added mentions in.
        mentions.Sort((a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start)
            : a.Span.End != b.Span.End ? b.Span.End.CompareTo(a.Span.End) : a.Type.CompareTo(b.Type));
        return mentions;
    }

    /// <summary>
    /// The article's outlet (<see cref="Article.Outlet"/>, from its metadata or masthead), where the text first names it in
    /// full, is one organisation, replacing what the tagger saw inside it ("Harbour" of "The Harbour Gazette").
    /// </summary>
    private static void OutletName(Document doc, List<Mention> mentions)
    {
        if (doc.Article.Outlet is not { Length: > 1 } outlet) return;
        int at = doc.Text.IndexOf(outlet, StringComparison.Ordinal);
        if (at < 0) return;
        int end = at + outlet.Length;
        int first = -1, last = -1;
        var tokens = doc.TokenSpan;
        for (int k = 0; k < tokens.Length && tokens[k].Start < end; k++)
        {
            if (tokens[k].Start == at) first = k;
            if (tokens[k].End == end) last = k;
        }

        if (first < 0 || last < first) return;
        mentions.RemoveAll(m => m.Span.Start < end && at < m.Span.End);
        mentions.Add(new Mention(first, last + 1, new TextSpan(at, end), EntityType.Org, doc.SentenceOfToken(first).Index));
    }

    private Mention? MakeMention(Document doc, Sentence s, int first, int end, NerType type)
    {
        string text = doc.Text;
        var tokens = doc.TokenSpan;

        type = PersonBehindTitle(text, tokens, first, end, type);

        // Trim what is not part of a name: titles before a person, quotes and punctuation at the edges.
        while (first < end && (IsEdgePunct(text, tokens[first]) || (type == NerType.Person && end - first > 1 && IsTitle(text, tokens[first])))) first++;

        // "Secretary of State Antony Blinken": the word after "<title> of" belongs to the title, also when the tagger's
        // span began at the title itself; and "the Secretary of State" names no organisation of its own.
        if (type == NerType.Person && end - first > 3 && first >= 1 && tokens[first].Span.Of(text) == "of" && IsTitle(text, tokens[first - 1])) first++;
        if (type == NerType.Person && end - first > 2 && first >= 2 && tokens[first - 1].Span.Of(text) == "of" && IsTitle(text, tokens[first - 2])) first++;
        if (type is NerType.Org or NerType.Person && end - first == 1 && first >= 2 && tokens[first - 1].Span.Of(text) == "of" && IsTitle(text, tokens[first - 2])) return null;

        // "Moscow-led Collective Security Treaty Organization": a leading "X-led", "X-backed" describes the name and is not part of it.
        if (end - first > 1 && IsHyphenModifier(text, tokens[first])) first++;
        while (end > first && IsEdgePunct(text, tokens[end - 1])) end--;

        // Names start with a capital: "eastern Ukraine" is Ukraine (name particles such as "al-" or "de" aside).
        while (end - first > 1 && char.IsLower(text[tokens[first].Start]) && !IsParticle(tokens[first].Span.Of(text))) first++;
        if (end <= first || !(char.IsUpper(text[tokens[first].Start]) || char.IsDigit(text[tokens[first].Start]) || IsParticle(tokens[first].Span.Of(text)))) return null;
        int startChar = tokens[first].Start;
        int endChar = tokens[end - 1].End;

        // "NATO-equivalent", "Moscow-led": the name is the head before the hyphen.
        var last = tokens[end - 1].Span.Of(text);
        int dash = last.IndexOf('-');
        if (dash > 0 && dash < last.Length - 1 && char.IsLower(last[dash + 1]) && char.IsUpper(last[0]))
        {
            endChar = tokens[end - 1].Start + dash;
        }

        var span = new TextSpan(startChar, endChar);
        var mentionText = span.Of(text);
        if (!mentionText.Any(char.IsLetter)) return null;

        // "the Ministry explained", "the Agency said": an organisation keyword alone after "the" refers back to a
        // name given before; it is no name of its own (the claim stages resolve it to the organisation named with that word).
        if (type == NerType.Org && end - first == 1 && first > s.FirstToken && tokens[first - 1].Span.Of(text) is "the" or "The"
            && (_gazetteer.LookupWord(mentionText) & GazCategory.OrgKey) != 0)
        {
            return null;
        }

        var etype = GazetteerType(mentionText) ?? type switch
        {
            NerType.Person => EntityType.Person,
            NerType.Org => EntityType.Org,
            NerType.Norp => EntityType.Norp,
            _ => PlaceType(doc, first, end),
        };
        return new Mention(first, end, span, etype, s.Index);
    }

    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal) { "al", "el", "de", "da", "di", "du", "van", "von", "bin", "ibn", "la", "le", "der", "den", "al-" };

    /// <summary>"Moscow-led", "Kremlin-backed": a capitalized word with a lower-case tail after a hyphen describes, it names nothing.</summary>
    internal static bool IsHyphenModifier(string text, Token t)
    {
        var w = t.Span.Of(text);
        int dash = w.IndexOf('-');
        return dash > 0 && dash < w.Length - 1 && char.IsUpper(w[0]) && char.IsLower(w[dash + 1]);
    }

    private static bool IsParticle(string word) => Particles.Contains(word) || word.StartsWith("al-", StringComparison.Ordinal) || word.StartsWith("el-", StringComparison.Ordinal);

    /// <summary>An exact hit in a high-precision list fixes the type: a country is a GPE, an international organisation an ORG.</summary>
    private EntityType? GazetteerType(string name)
    {
        var cat = _gazetteer.Lookup(name);
        if ((cat & GazCategory.IntOrg) != 0 || OrganisationNames.Code(name) is not null) return EntityType.Org;
        if ((cat & GazCategory.Country) != 0) return EntityType.Gpe;
        if ((cat & GazCategory.Demonym) != 0 && (cat & (GazCategory.First | GazCategory.Last | GazCategory.Name)) == 0) return EntityType.Norp;

        // A state or province by its name ("Khyber Pakhtunkhwa", "New South Wales"), unless people or organisations share it ("Washington").
        if ((cat & (GazCategory.First | GazCategory.Last | GazCategory.Name | GazCategory.Person | GazCategory.Org | GazCategory.OrgKey | GazCategory.Title)) == 0
            && _gazetteer.SubdivisionsNamed(name).Count > 0) return EntityType.Gpe;
        return null;
    }

    private static bool IsEdgePunct(string text, Token t) => t.Kind is TokenKind.Quote or TokenKind.Punctuation or TokenKind.Symbol && !(t.End - t.Start > 1 && char.IsLetter(text[t.Start]));

    /// <summary>
    /// "Commissioner Jane Roe" tagged as an organisation: a title before a plain two- or three-word name is a person's
    /// (the title is then trimmed as for any person). Other spans keep their type.
    /// </summary>
    internal NerType PersonBehindTitle(string text, ReadOnlySpan<Token> tokens, int first, int end, NerType type) =>
        type == NerType.Org && end - first is 3 or 4 && IsTitle(text, tokens[first]) && LooksLikePersonName(text, tokens, first + 1, end) ? NerType.Person
        // "the agency's correspondent <First> <Last>": a plain name right after a word for a person's role or trade.
        : type == NerType.Org && end - first is 2 or 3 && first > 0 && AppositivePersons.IsPersonNoun(tokens[first - 1].Span.Of(text)) && LooksLikePersonName(text, tokens, first, end) ? NerType.Person
        : type;

    /// <summary>Capitalized words, none an organisation word, a title, a place or a nationality: "Jane Roe", not "Health Ministry".</summary>
    private bool LooksLikePersonName(string text, ReadOnlySpan<Token> tokens, int first, int end)
    {
        for (int k = first; k < end; k++)
        {
            var w = tokens[k].Span.Of(text);
            if (tokens[k].Kind != TokenKind.Word || w.Length < 2 || !char.IsUpper(w[0]) || w.All(char.IsUpper)) return false;
            var cat = _gazetteer.LookupWord(w);
            if ((cat & (GazCategory.Org | GazCategory.OrgKey | GazCategory.Title | GazCategory.Country | GazCategory.Demonym | GazCategory.IntOrg)) != 0) return false;
        }

        return true;
    }

    private bool IsTitle(string text, Token t)
    {
        return (_gazetteer.LookupWord(text.AsSpan(t.Start, t.End - t.Start)) & GazCategory.Title) != 0;
    }

    private static readonly HashSet<string> LocWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "asia", "africa", "europe", "america", "east", "west", "north", "south", "sea", "ocean", "river", "mountains", "mountain", "valley", "gulf",
        "lake", "island", "islands", "peninsula", "region", "desert", "basin", "strait", "bay", "coast", "plain", "plateau", "highlands", "corridor", "border",
    };

    private EntityType PlaceType(Document doc, int first, int end)
    {
        string text = doc.Text;
        var tokens = doc.TokenSpan;
        int n = Math.Min(end - first, Gazetteer.MaxTokens);
        Span<ulong> keys = stackalloc ulong[n];
        for (int k = 0; k < n; k++) keys[k] = Gazetteer.TokenKey(tokens[first + k].Span.Of(text));
        var cat = _gazetteer.Lookup(keys);
        if ((cat & (GazCategory.Country | GazCategory.Capital | GazCategory.City)) != 0) return EntityType.Gpe;
        if ((cat & GazCategory.Region) != 0) return EntityType.Loc;
        for (int k = first; k < end; k++)
        {
            if (LocWords.Contains(tokens[k].Span.Of(text))) return EntityType.Loc;
        }

        return EntityType.Gpe;
    }

    /// <summary>Countries, international organisations and nationality words the tagger left out (also as hyphen heads: "NATO-equivalent").</summary>
    private void AddGazetteerNames(Document doc, List<Mention> mentions)
    {
        string text = doc.Text;
        var tokens = doc.TokenSpan;
        var covered = new bool[tokens.Length];
        foreach (var m in mentions)
        {
            for (int k = m.FirstToken; k < m.EndToken; k++) covered[k] = true;
        }

        Span<ulong> keys = stackalloc ulong[Gazetteer.MaxTokens];
        foreach (var s in doc.SentenceArray)
        {
            if (s.IsBoilerplate) continue;
            for (int i = s.FirstToken; i < s.EndToken; i++)
            {
                if (covered[i]) continue;
                var t = tokens[i];
                if (t.Kind != TokenKind.Word || !char.IsUpper(text[t.Start])) continue;
                var word = t.Span.Of(text);
                int dash = word.IndexOf('-');
                bool head = dash > 0 && dash < word.Length - 1 && char.IsLower(word[dash + 1]);
                var name = head ? word[..dash] : word;

                // Longest gazetteer match starting here (multi-token only for whole tokens).
                int bestEnd = -1;
                GazCategory bestCat = 0;
                keys[0] = Gazetteer.TokenKey(name);
                var c1 = _gazetteer.Lookup(keys[..1]);
                if ((c1 & (GazCategory.Country | GazCategory.IntOrg | GazCategory.Demonym)) != 0)
                {
                    bestEnd = i + 1;
                    bestCat = c1;
                }

                for (int j = i + 1; !head && j < s.EndToken && j - i < Gazetteer.MaxTokens && !covered[j]; j++)
                {
                    keys[j - i] = Gazetteer.TokenKey(tokens[j].Span.Of(text));
                    var c = _gazetteer.Lookup(keys[..(j - i + 1)]);
                    if ((c & (GazCategory.Country | GazCategory.IntOrg | GazCategory.Demonym | GazCategory.Region)) != 0 && char.IsUpper(text[tokens[j].Start]))
                    {
                        bestEnd = j + 1;
                        bestCat = c;
                    }
                }

                if (bestEnd < 0) continue;

                // A one-word hit that is also a common word at the sentence start is not a name ("Turkey", "Chad" are fine; "Georgia" too).
                var type = (bestCat & GazCategory.IntOrg) != 0 ? EntityType.Org
                    : (bestCat & GazCategory.Country) != 0 ? EntityType.Gpe
                    : (bestCat & GazCategory.Region) != 0 ? EntityType.Loc
                    : EntityType.Norp;
                int endChar = head ? t.Start + dash : tokens[bestEnd - 1].End;
                mentions.Add(new Mention(i, bestEnd, new TextSpan(t.Start, endChar), type, s.Index));
                for (int k = i; k < bestEnd; k++) covered[k] = true;
                i = bestEnd - 1;
            }
        }
    }

    /// <summary>
    /// "DRAVOGRAD –", "LUSK, Veskaria —": the capitals of a dateline name places, when the gazetteer
    /// knows the word as a place or the tagger saw a name there. A topic slug ("SOCCER –") is no place.
    /// </summary>
    private void DatelinePlaces(Document doc, List<Mention> mentions)
    {
        string text = doc.Text;
        var tokens = doc.TokenSpan;
        Span<ulong> keys = stackalloc ulong[Gazetteer.MaxTokens];
        foreach (var s in doc.SentenceArray)
        {
            if ((s.Kind & SentenceKind.Dateline) == 0 || Dateline.TryParseDate(text.AsSpan(s.Span.Start, s.Span.Length), out _)) continue;
            var tagged = mentions.Where(m => m.Sentence == s.Index).ToList();
            mentions.RemoveAll(m => m.Sentence == s.Index);
            int i = s.FirstToken;
            while (i < s.EndToken)
            {
                if (tokens[i].Kind != TokenKind.Word)
                {
                    i++;
                    continue;
                }

                int j = i + 1;
                while (j < s.EndToken && tokens[j].Kind == TokenKind.Word) j++;
                int n = Math.Min(j - i, Gazetteer.MaxTokens);
                for (int k = 0; k < n; k++) keys[k] = Gazetteer.TokenKey(tokens[i + k].Span.Of(text));
                var cat = _gazetteer.Lookup(keys[..n]);
                bool place = (cat & (GazCategory.Country | GazCategory.Capital | GazCategory.City | GazCategory.Town | GazCategory.Region)) != 0
                    || (i == s.FirstToken && TownBeforeItsRegion(text, tokens, j, s.EndToken));
                bool seen = tagged.Any(m => m.FirstToken < j && m.EndToken > i);
                // "LUSK (KXVR) —": a name in brackets is the outlet, not a place.
                bool outlet = !place && i > s.FirstToken && tokens[i - 1].Span.Of(text) == "(";
                if (outlet && seen) mentions.Add(new Mention(i, j, new TextSpan(tokens[i].Start, tokens[j - 1].End), EntityType.Org, s.Index));
                else if (place || seen) mentions.Add(new Mention(i, j, new TextSpan(tokens[i].Start, tokens[j - 1].End), EntityType.Gpe, s.Index));
                i = j;
            }
        }
    }

    /// <summary>
    /// "MILLBROOK, Ohio (AP) —": the words opening a dateline, before a comma and a state (<see cref="StateAt"/>, the test the
    /// "&lt;Town&gt;, Calif." rule uses) or a country, are the town the report comes from, known to the gazetteer or not.
    /// </summary>
    private bool TownBeforeItsRegion(string text, ReadOnlySpan<Token> tokens, int comma, int end)
    {
        if (comma + 1 >= end || tokens[comma].Span.Of(text) != ",") return false;
        if (StateAt(text, tokens, comma + 1)) return true;
        int j = comma + 1;
        while (j < end && tokens[j].Kind == TokenKind.Word) j++;
        return j > comma + 1 && (_gazetteer.Lookup(new TextSpan(tokens[comma + 1].Start, tokens[j - 1].End).Of(text)) & GazCategory.Country) != 0;
    }

    /// <summary>
    /// "in the provincial capital, Tarnby, …", "the town, Orrin.": one or two capitalized words set off by commas right after
    /// "the" and a word for a kind of place (<c>area-words.tsv</c>, kinds area and unit) name that place, which the tagger
    /// misses or mistypes when it does not know the name.
    /// </summary>
    private static void PlacesInApposition(Document doc, List<Mention> mentions)
    {
        string text = doc.Text;
        var tokens = doc.TokenSpan;
        HashSet<int>? covered = null;
        for (int i = 2; i + 2 < tokens.Length; i++)
        {
            if (Places.KindOfPlaceBefore(text, tokens, i, 0) < 0) continue;
            int first = i + 1, end = first;
            while (end < tokens.Length && end - first < 2 && tokens[end].Kind == TokenKind.Word && char.IsUpper(text[tokens[end].Start])) end++;
            if (end == first || end >= tokens.Length || tokens[end].Span.Of(text) is not ("," or "." or ";")) continue;
            var sentence = doc.SentenceOfToken(first);
            if (sentence.EndToken < end) continue;
            // The tagger may have made the unfamiliar name a person or an organisation: the apposition says what it is.
            int same = mentions.FindIndex(m => m.FirstToken == first && m.EndToken == end);
            if (same >= 0)
            {
                if (mentions[same].Type is EntityType.Person or EntityType.Org) mentions[same] = mentions[same] with { Type = EntityType.Gpe };
                continue;
            }

            covered ??= mentions.SelectMany(m => Enumerable.Range(m.FirstToken, m.EndToken - m.FirstToken)).ToHashSet();
            bool free = true;
            for (int k = first; k < end; k++) free &= !covered.Contains(k);
            if (!free) continue;
            mentions.Add(new Mention(first, end, new TextSpan(tokens[first].Start, tokens[end - 1].End), EntityType.Gpe, sentence.Index));
            for (int k = first; k < end; k++) covered.Add(k);
        }
    }

    /// <summary>"German Air Force", "Kazakh Foreign Ministry": a nationality word right before an organisation's name is part of it.</summary>
    private static void JoinNationalityAndOrganisation(Document doc, List<Mention> mentions)
    {
        mentions.Sort((a, b) => a.FirstToken.CompareTo(b.FirstToken));
        for (int k = mentions.Count - 2; k >= 0; k--)
        {
            var a = mentions[k];
            var b = mentions[k + 1];
            if (a.Type != EntityType.Norp || b.Type != EntityType.Org || a.EndToken != b.FirstToken || a.Sentence != b.Sentence) continue;
            if (doc.Text.AsSpan(a.Span.End, b.Span.Start - a.Span.End).Trim().Length != 0) continue;
            mentions[k] = b with { FirstToken = a.FirstToken, Span = new TextSpan(a.Span.Start, b.Span.End) };
            mentions.RemoveAt(k + 1);
        }
    }

    /// <summary>"Organization of the Collective Security Treaty": a capitalized organisation keyword and "of (the)" before an ORG belong to it.</summary>
    private void ExtendOrganisations(Document doc, List<Mention> mentions)
    {
        string text = doc.Text;
        var tokens = doc.TokenSpan;
        for (int k = 0; k < mentions.Count; k++)
        {
            var m = mentions[k];
            if (m.Type is not (EntityType.Org or EntityType.Gpe or EntityType.Loc)) continue;
            int i = m.FirstToken;
            int first = i;
            if (i >= 2 && tokens[i - 1].Span.Of(text) == "the") i--;
            if (i >= 2 && tokens[i - 1].Span.Of(text) == "of" && IsOrgKeyword(text, tokens[i - 2]) && char.IsUpper(text[tokens[i - 2].Start])) first = i - 2;
            // "Organization of the North Atlantic" + "Treaty": a capitalized organisation keyword right after the name belongs to it.
            int end = m.EndToken;
            if ((m.Type == EntityType.Org || first < m.FirstToken) && m.Span.End == tokens[end - 1].End)
            {
                while (end < tokens.Length && tokens[end].Start == tokens[end - 1].End + 1 && char.IsUpper(text[tokens[end].Start]) && IsOrgKeyword(text, tokens[end])
                    && !mentions.Any(o => o.FirstToken == end)) end++;
            }

            if (first == m.FirstToken && end == m.EndToken) continue;
            if (mentions.Any(o => o != m && o.EndToken > first && o.FirstToken < m.FirstToken)) continue;
            mentions[k] = m with { FirstToken = first, EndToken = end, Span = new TextSpan(tokens[first].Start, end > m.EndToken ? tokens[end - 1].End : m.Span.End), Type = first < m.FirstToken ? EntityType.Org : m.Type };
        }
    }

    private bool IsOrgKeyword(string text, Token t)
    {
        return (_gazetteer.LookupWord(text.AsSpan(t.Start, t.End - t.Start)) & GazCategory.OrgKey) != 0;
    }

    /// <summary>
    /// "Indonesia's search and rescue agency Basarnas said": an unfamiliar one-word name right after a noun for a kind of
    /// organisation is that organisation, though the tagger, seeing a capital before "said", made it a person.
    /// </summary>
    private static void NamesAfterOrganisationNouns(Document doc, List<Mention> mentions)
    {
        string text = doc.Text;
        var tokens = doc.TokenSpan;
        for (int k = 0; k < mentions.Count; k++)
        {
            var m = mentions[k];
            if (m.Type != EntityType.Person || m.EndToken - m.FirstToken != 1 || m.FirstToken == 0) continue;
            if (AppositiveOrganisations.Nouns.Contains(tokens[m.FirstToken - 1].Span.Of(text))) mentions[k] = m with { Type = EntityType.Org };
        }
    }

    /// <summary>"Long Name (ACR)": the bracketed acronym is a mention of the same kind.</summary>
    private static void AddBracketedAcronyms(Document doc, List<Mention> mentions)
    {
        string text = doc.Text;
        var tokens = doc.TokenSpan;
        var starts = new HashSet<int>(mentions.Select(m => m.FirstToken));
        foreach (var m in mentions.ToList())
        {
            int i = m.EndToken;
            if (i + 2 >= tokens.Length || text[tokens[i].Start] != '(' || text[tokens[i + 2].Start] != ')' || starts.Contains(i + 1)) continue;
            if (NameForms.Acronym(tokens[i + 1].Span.Of(text)) is null || m.EndToken - m.FirstToken < 2) continue;
            mentions.Add(new Mention(i + 1, i + 2, tokens[i + 1].Span, m.Type, m.Sentence));
            starts.Add(i + 1);
        }
    }

    /// <summary>
    /// A capitalized "The" inside a sentence is part of the organisation's name it opens ("a review in The Harbour Gazette",
    /// "she joined The Lantern Trust"), as GMB, wikigold and UNER-EWT mark it; at a sentence's start, after a quote or on a
    /// title-cased line the capital says nothing, so the word stays out.
    /// </summary>
    private static void LeadingThe(Document doc, List<Mention> mentions)
    {
        string text = doc.Text;
        var tokens = doc.TokenSpan;
        for (int k = 0; k < mentions.Count; k++)
        {
            var m = mentions[k];
            int the = m.FirstToken - 1;
            if (m.Type != EntityType.Org || the < 1 || tokens[the].Span.Of(text) != "The") continue;
            var s = doc.SentenceArray[m.Sentence];
            if (the <= s.FirstToken || !char.IsLetterOrDigit(text[tokens[the - 1].Start])) continue;
            if (KeywordOrganisations.IsTitleCasedLine(text, tokens[s.FirstToken..s.EndToken])) continue;
            mentions[k] = m with { FirstToken = the, Span = new TextSpan(tokens[the].Start, m.Span.End) };
        }
    }

    /// <summary>
    /// A name tagged in one place is the same name elsewhere in the article: untagged capitalized
    /// occurrences of a tagged token sequence get its type, and a person's last name alone is a person.
    /// </summary>
    private static void PropagateWithinDocument(Document doc, List<Mention> mentions)
    {
        if (mentions.Count == 0) return;
        string text = doc.Text;
        var tokens = doc.TokenSpan;
        var covered = new bool[tokens.Length];
        var byName = new Dictionary<string, Dictionary<EntityType, int>>(StringComparer.Ordinal);
        foreach (var m in mentions)
        {
            for (int k = m.FirstToken; k < m.EndToken; k++) covered[k] = true;
            if (m.Span.End != tokens[m.EndToken - 1].End) continue; // hyphen heads are not whole tokens
            Vote(byName, m.Span.Of(text), m.Type);
            if (m.Type == EntityType.Person && m.EndToken - m.FirstToken >= 2)
            {
                // A surname after the full name is that person even where a place has the same name ("Carlos Mendoza …
                // Mendoza said"): the introduction counts twice, so one place reading does not outvote it.
                Vote(byName, tokens[m.EndToken - 1].Span.Of(text), EntityType.Person, 2);
                Vote(byName, tokens[m.FirstToken].Span.Of(text), EntityType.Person);
            }

            // "MILLBROOK, Ohio (AP) —": the dateline's town, written in capitals, is the town the body names in title case,
            // and its place in the dateline counts twice.
            if (m.Type == EntityType.Gpe && (doc.SentenceArray[m.Sentence].Kind & SentenceKind.Dateline) != 0 && m.Span.Of(text) is var caps
                && caps.Any(char.IsLetter) && !caps.Any(char.IsLower))
            {
                Vote(byName, System.Globalization.CultureInfo.InvariantCulture.TextInfo.ToTitleCase(caps.ToLowerInvariant()), EntityType.Gpe, 2);
            }
        }

        // The same name has one type throughout the article: the majority (ties to the first-ranked type).
        for (int k = 0; k < mentions.Count; k++)
        {
            var m = mentions[k];
            if (m.Span.End != tokens[m.EndToken - 1].End) continue;
            if (!byName.TryGetValue(m.Span.Of(text), out var v) || v.Count < 2) continue;
            var best = v.OrderByDescending(x => x.Value).ThenBy(x => x.Key).First();
            if (best.Key != m.Type && best.Value > v.GetValueOrDefault(m.Type)) mentions[k] = m with { Type = best.Key };
        }

        int maxLen = mentions.Max(m => m.EndToken - m.FirstToken);
        foreach (var s in doc.SentenceArray)
        {
            if (s.IsBoilerplate) continue;
            for (int i = s.FirstToken; i < s.EndToken; i++)
            {
                if (covered[i] || tokens[i].Kind != TokenKind.Word || !char.IsUpper(text[tokens[i].Start])) continue;
                for (int len = Math.Min(maxLen, s.EndToken - i); len >= 1; len--)
                {
                    bool free = true;
                    for (int k = i; k < i + len; k++) free &= !covered[k];
                    if (!free) continue;
                    var span = new TextSpan(tokens[i].Start, tokens[i + len - 1].End);
                    if (!byName.TryGetValue(span.Of(text), out var votes)) continue;
                    var type = votes.OrderByDescending(v => v.Value).ThenBy(v => v.Key).First().Key;
                    mentions.Add(new Mention(i, i + len, span, type, s.Index));
                    for (int k = i; k < i + len; k++) covered[k] = true;
                    i += len - 1;
                    break;
                }
            }
        }
    }

    /// <summary>
    /// "Charsadda district", "the upper Swat valley": a town's name followed by a lowercase word for an area named after a
    /// place (<c>area-words.tsv</c>, kind <c>area</c>) names another place than the town, the area around it, and any name
    /// followed by "valley" names land rather than a polity; the mention takes the word, and becomes a place whatever the
    /// tagger made of a one-word name. Where the name is itself a province or region, or unknown ("Helmand province",
    /// "the Darfur region"), the word only describes it and stays outside, as news annotation keeps it. A word already
    /// inside a longer mention ("Varde harbour administration") is left to it.
    /// </summary>
    private void AreaNames(Document doc, List<Mention> mentions)
    {
        string text = doc.Text;
        var tokens = doc.TokenSpan;

        // "Swat district" anywhere in the article says Swat is a place: a one-word name the tagger made a person or an
        // organisation elsewhere in it ("flights to Swat") is that place, unless the name lists know it as a name or a body.
        HashSet<string>? areaNamed = null;
        for (int t = 0; t + 1 < tokens.Length; t++)
        {
            if (tokens[t].Kind == TokenKind.Word && char.IsUpper(text[tokens[t].Start]) && Places.IsAreaWord(tokens[t + 1].Span.Of(text)))
            {
                (areaNamed ??= new HashSet<string>(StringComparer.Ordinal)).Add(tokens[t].Span.Of(text));
            }
        }

        for (int k = 0; areaNamed is not null && k < mentions.Count; k++)
        {
            var m = mentions[k];
            if (m.Type is not (EntityType.Person or EntityType.Org) || m.EndToken - m.FirstToken != 1 || !areaNamed.Contains(m.Span.Of(text))) continue;
            if ((_gazetteer.Lookup(m.Span.Of(text)) & (GazCategory.First | GazCategory.Last | GazCategory.Person | GazCategory.Org | GazCategory.OrgKey | GazCategory.IntOrg)) != 0) continue;
            mentions[k] = m with { Type = EntityType.Gpe };
        }

        for (int k = 0; k < mentions.Count; k++)
        {
            var m = mentions[k];
            if (m.Type == EntityType.Norp || m.EndToken >= tokens.Length || m.Span.End != tokens[m.EndToken - 1].End) continue;
            var next = tokens[m.EndToken];
            if (next.Kind != TokenKind.Word || doc.SentenceAt(next.Start).Index != m.Sentence || !Places.IsAreaWord(next.Span.Of(text))) continue;
            bool place = m.Type is EntityType.Gpe or EntityType.Loc;
            if (!place && m.EndToken - m.FirstToken > 1) continue;
            bool valley = next.Span.Of(text) == "valley";
            if (!valley && !IsTownOnly(m.Span.Of(text))) continue;
            if (mentions.Any(o => o.Span.Start <= next.Start && o.Span.End >= next.End)) continue;
            // A valley is land, not a polity; the other area words name administrative units.
            var type = valley ? EntityType.Loc : place ? m.Type : EntityType.Gpe;
            mentions[k] = m with { EndToken = m.EndToken + 1, Span = new TextSpan(m.Span.Start, next.End), Type = type };
        }
    }

    /// <summary>A name the gazetteer knows as a town or city and not as a country, province or region.</summary>
    private bool IsTownOnly(string name)
    {
        var category = _gazetteer.Lookup(name);
        return (category & (GazCategory.City | GazCategory.Town | GazCategory.Capital)) != 0
            && (category & (GazCategory.Country | GazCategory.Region)) == 0
            && _gazetteer.SubdivisionsNamed(name).Count == 0;
    }

    /// <summary>
    /// "in Harwick and Pellmoor", "from Lusk, Harwick or Pellmoor": a one-word name the tagger called a person, joined by
    /// "and", "or" or a comma to a place, is a place of that kind, unless the name lists know it as a given name or surname.
    /// </summary>
    private void CoordinatedPlaces(Document doc, List<Mention> mentions)
    {
        if (mentions.Count < 2) return;
        string text = doc.Text;
        var tokens = doc.TokenSpan;
        var byFirst = new Dictionary<int, int>();
        var byEnd = new Dictionary<int, int>();
        for (int k = 0; k < mentions.Count; k++)
        {
            byFirst.TryAdd(mentions[k].FirstToken, k);
            byEnd.TryAdd(mentions[k].EndToken, k);
        }

        var joiners = new bool[tokens.Length];
        for (int t = 0; t < tokens.Length; t++) joiners[t] = tokens[t].Span.Of(text) is "and" or "or" or ",";
        bool IsJoiner(int t) => t >= 0 && t < joiners.Length && joiners[t];
        static bool IsPlace(Mention m) => m.Type is EntityType.Gpe or EntityType.Loc;
        for (int k = 0; k < mentions.Count; k++)
        {
            var m = mentions[k];
            if (m.Type != EntityType.Person || m.EndToken - m.FirstToken != 1 || m.Span.End != tokens[m.FirstToken].End) continue;
            if ((_gazetteer.LookupWord(m.Span.Of(text)) & (GazCategory.First | GazCategory.Last | GazCategory.Person)) != 0) continue;
            Mention? partner = null;
            if (IsJoiner(m.FirstToken - 1) && byEnd.TryGetValue(m.FirstToken - 1, out int before) && IsPlace(mentions[before])) partner = mentions[before];
            else if (IsJoiner(m.EndToken) && byFirst.TryGetValue(m.EndToken + 1, out int after) && IsPlace(mentions[after])) partner = mentions[after];
            if (partner is { } p && p.Sentence == m.Sentence) mentions[k] = m with { Type = p.Type };
        }
    }

    /// <summary>
    /// "Fremont, Calif.", "Trenton, New Jersey": a name the tagger made a person or an organisation, followed by a comma and
    /// a state or province (by its name or its abbreviation, <c>place-abbreviations.tsv</c>), is a town.
    /// </summary>
    private void PlacesBeforeTheirState(Document doc, List<Mention> mentions)
    {
        string text = doc.Text;
        var tokens = doc.TokenSpan;
        for (int k = 0; k < mentions.Count; k++)
        {
            var m = mentions[k];
            // A person's full name before a state is rare and a town's common; two-word towns the tagger misses come out as organisations.
            int length = m.EndToken - m.FirstToken;
            if (!(m.Type == EntityType.Person && length == 1 || m.Type == EntityType.Org && length <= 2) || m.EndToken + 1 >= tokens.Length) continue;
            if (tokens[m.EndToken].Span.Of(text) != "," || m.Span.End != tokens[m.EndToken - 1].End) continue;
            if (StateAt(text, tokens, m.EndToken + 1)) mentions[k] = m with { Type = EntityType.Gpe };
        }
    }

    /// <summary>A first-level subdivision's name or abbreviation starts at token <paramref name="t"/> ("Calif.", "Ohio", "New Jersey").</summary>
    private bool StateAt(string text, ReadOnlySpan<Token> tokens, int t)
    {
        if (tokens[t].Kind != TokenKind.Word || !char.IsUpper(text[tokens[t].Start])) return false;
        string one = tokens[t].Span.Of(text);
        string withDot = t + 1 < tokens.Length && tokens[t + 1].Start == tokens[t].End && tokens[t + 1].Span.Of(text) == "." ? one + "." : one;
        string expanded = PlaceAbbreviations.Expand(withDot);
        if (!ReferenceEquals(expanded, withDot) && _gazetteer.SubdivisionsNamed(expanded).Count > 0) return true;
        if (_gazetteer.SubdivisionsNamed(one).Count > 0 && (_gazetteer.Lookup(one) & (GazCategory.Country | GazCategory.First | GazCategory.Last)) == 0) return true;
        return t + 1 < tokens.Length && tokens[t + 1].Kind == TokenKind.Word
            && _gazetteer.SubdivisionsNamed(new TextSpan(tokens[t].Start, tokens[t + 1].End).Of(text)).Count > 0;
    }

    private static void Vote(Dictionary<string, Dictionary<EntityType, int>> byName, string name, EntityType type, int weight = 1)
    {
        if (!byName.TryGetValue(name, out var votes)) byName[name] = votes = new();
        votes[type] = votes.GetValueOrDefault(type) + weight;
    }
}
