using Corpus.Claims.Attribution;
using Corpus.Entities;
using Corpus.Quantities;
using Corpus.Syntax;
using Corpus.Text;

namespace Corpus.Claims;

/// <summary>A figure found in one article, before corpus-level names are known.</summary>
/// <param name="Metric">killed, injured, ... or other.</param>
/// <param name="Quantity">The number as recognized.</param>
/// <param name="Sentence">Offsets of its sentence.</param>
/// <param name="Location">Where, as written, or a place key.</param>
/// <param name="SourceSpan">Where the source is named, when it is.</param>
/// <param name="SourceText">The source as written.</param>
/// <param name="Retracted">True when the text says the figure was withdrawn.</param>
/// <param name="Counted">What the figure counts: the counted noun's lemma ("people", "boat"), a currency code or a unit; null when the text does not say.</param>
/// <param name="SourceAttribution">Which rule decided the source (an attribution sieve's name, or the word window's); null without a source.</param>
internal sealed record FigureDraft(
    string Metric, Quantity Quantity, TextSpan Sentence, string? Location, TextSpan? SourceSpan, string? SourceText, bool Retracted, string? Counted = null, string? SourceAttribution = null)
{
    /// <summary>
    /// When the place is known only by a key the article named through a nationality word ("Veskarian" for Veskaria),
    /// that key: the corpus-level stage names it, and <see cref="Location"/> is null until then.
    /// </summary>
    public string? PlaceKey { get; init; }

    /// <summary>What the sentence says about the figure beyond the number.</summary>
    public FigureFacts Facts { get; init; } = FigureFacts.None;

    /// <summary>The source the source cites ("the agency, citing the health ministry"), as written; null when none.</summary>
    public string? CitedSource { get; init; }

    /// <summary>For a count of other things, the lemma of the verb or participle saying what happened to it ("destroy", "rescue"); null otherwise.</summary>
    public string? Predicate { get; init; }

    /// <summary>Where <see cref="Location"/> came from: the figure's own words, a scope word, or the article's main place.</summary>
    public FigurePlaceFrom PlaceFrom { get; init; } = FigurePlaceFrom.Text;

    /// <summary>
    /// The state or province the article is mostly about, by its name in the article, when the place is the article's
    /// (<see cref="FigurePlaceFrom.Article"/>): a provincial source's figure belongs to it. Null otherwise.
    /// </summary>
    public string? Region { get; init; }
}


/// <summary>The country an article is about: by name, or by a key the corpus-level stage names.</summary>
internal readonly record struct Place(string? Name, string? Key);

/// <summary>
/// Turns counts into figures: what is counted (from the counted noun and its verb), where, who
/// says so and whether the text says the figure was withdrawn. Ages, years, durations, money and
/// percentages are not figures. Pure and thread-safe.
/// </summary>
/// <param name="roles">Role finder, for place keys.</param>
/// <param name="syntax">Read counts and sources off the parse (the default); false keeps to the word-window rules.</param>
internal sealed class FigureExtractor(RoleFinder roles, bool syntax = true)
{
    private readonly FigureLexicon lexicon = FigureLexicon.Default;
    private readonly FigureCues cues = FigureCues.Default;


    private static readonly Dictionary<string, string> MetricWords = new(StringComparer.OrdinalIgnoreCase)
    {
        // killed
        ["killed"] = "killed", ["dead"] = "killed", ["died"] = "killed", ["die"] = "killed", ["deaths"] = "killed", ["fatalities"] = "killed", ["perished"] = "killed",
        ["bodies"] = "killed", ["lives"] = "killed", ["slain"] = "killed", ["murdered"] = "killed", ["executed"] = "killed", ["drowned"] = "killed",
        // injured
        ["injured"] = "injured", ["wounded"] = "injured", ["hurt"] = "injured", ["hospitalized"] = "injured", ["hospitalised"] = "injured", ["injuries"] = "injured",
        ["treated"] = "injured",
        // arrested
        ["arrested"] = "arrested", ["detained"] = "arrested", ["detainees"] = "arrested", ["custody"] = "arrested", ["jailed"] = "arrested", ["arrests"] = "arrested",
        ["imprisoned"] = "arrested",
        // troops
        ["troops"] = "troops", ["soldiers"] = "troops", ["paratroopers"] = "troops", ["peacekeepers"] = "troops", ["servicemen"] = "troops", ["marines"] = "troops",
        ["reservists"] = "troops", ["guardsmen"] = "troops", ["personnel"] = "troops", ["sailors"] = "troops",
        // aircraft
        ["aircraft"] = "aircraft", ["planes"] = "aircraft", ["airplanes"] = "aircraft", ["helicopters"] = "aircraft", ["jets"] = "aircraft", ["drones"] = "aircraft",
        ["bombers"] = "aircraft", ["warplanes"] = "aircraft",
        // combatants
        ["militants"] = "combatants", ["fighters"] = "combatants", ["combatants"] = "combatants", ["terrorists"] = "combatants", ["insurgents"] = "combatants",
        ["rebels"] = "combatants", ["jihadists"] = "combatants", ["gunmen"] = "combatants", ["attackers"] = "combatants", ["militiamen"] = "combatants",
        // missing, displaced
        ["missing"] = "missing", ["unaccounted"] = "missing",
        ["displaced"] = "displaced", ["evacuated"] = "displaced", ["evacuees"] = "displaced", ["homeless"] = "displaced", ["refugees"] = "displaced",
    };

    private bool NamesCasualty(string text, ReadOnlySpan<Token> tokens, Sentence s)
    {
        for (int k = s.FirstToken; k < s.EndToken; k++)
        {
            if (tokens[k].Kind == TokenKind.Word && CasualtyMetric(tokens[k].Span.Of(text)) is "killed" or "injured" or "arrested" or "missing") return true;
        }

        return false;
    }

    /// <summary>The casualty metric a word names: a metric word ("killed", "deaths") or a predicate of death or injury ("homicide", "murder").</summary>
    private string? CasualtyMetric(string word)
    {
        if (MetricWords.TryGetValue(word, out var metric)) return metric;
        string lower = word.ToLowerInvariant();
        string? predicate = lexicon.PredicateClass(lower) ?? (lower.Length > 3 && lower[^1] == 's' ? lexicon.PredicateClass(lower[..^1]) : null);
        return predicate is "kill" or "injure" ? lexicon.Metric(predicate, "person") : null;
    }

    /// <summary>Active verbs before the number: "killing 40", "wounded at least 12".</summary>
    private static readonly Dictionary<string, string> ActiveVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        ["killing"] = "killed", ["killed"] = "killed", ["wounding"] = "injured", ["injuring"] = "injured", ["arresting"] = "arrested", ["detaining"] = "arrested",
        ["arrested"] = "arrested", ["detained"] = "arrested", ["evacuated"] = "displaced", ["displacing"] = "displaced", ["displaced"] = "displaced",
    };

    private static readonly HashSet<string> PersonNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "people", "persons", "person", "civilians", "protesters", "protestors", "demonstrators", "residents", "children", "women", "men", "individuals", "workers",
        "miners", "passengers", "students", "journalists", "police", "policemen", "officers", "guards", "rescuers", "volunteers", "inspectors", "looters", "migrants",
        "villagers", "citizens", "members", "pilgrims", "patients", "staff", "employees", "tourists", "crew", "others", "more", "security", "forces",
    };

    private static readonly HashSet<string> ClauseBreaks = new(StringComparer.Ordinal) { ";", ":", ".", "!", "?", "but", "while", "whereas", "although" };

    private static readonly HashSet<string> StatementNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "statement", "report", "reports", "figure", "figures", "toll", "count", "claim", "announcement", "post", "tweet", "data", "bulletin", "estimate", "number", "numbers",
    };

    public List<FigureDraft> Extract(Document doc, IReadOnlyList<Mention> mentions, IReadOnlyList<RoleUse> roleUses, CancellationToken budget = default)
    {
        var result = new List<FigureDraft>();
        string text = doc.Text;
        var tokens = doc.TokenSpan;
        Place? mainCountry = MainCountry(doc, mentions);
        string? region = null, country = null;
        bool scopesRead = false;
        // Each sentence's mentions and roles, in text order: the per-figure lookups below read only these, so a long
        // article with many figures costs its length, not figures times mentions.
        var sentenceCount = doc.SentenceArray.Length;
        var mentionsIn = new List<Mention>?[sentenceCount];
        foreach (var m in mentions) (mentionsIn[m.Sentence] ??= []).Add(m);
        var rolesIn = new List<RoleUse>?[sentenceCount];
        foreach (var r in roleUses) (rolesIn[r.Sentence] ??= []).Add(r);
        int previousSentenceFirst = 0, previousSentenceEnd = 0, previousSentence = -2; // the figures of the last sentence that had any, and its index
        string? leadInPlace = null; // the place named by the line that introduces a bulleted list
        Mention? leadInSource = null, ownerBefore = null; // whose report that list gives, and the owner of a report named in the sentence before
        foreach (var s in doc.SentenceArray)
        {
            budget.ThrowIfCancellationRequested();
            if (s.IsBoilerplate || (s.Kind & (SentenceKind.Headline | SentenceKind.Dateline | SentenceKind.Heading)) != 0) continue;

            // "... said police had arrested 46. That was wrong." / "The correct figure is ...": the sentence before is corrected.
            if (previousSentence == s.Index - 1 && previousSentenceEnd > previousSentenceFirst && cues.CorrectsPrevious(text, tokens, s))
            {
                for (int i = previousSentenceFirst; i < previousSentenceEnd; i++) result[i] = result[i] with { Retracted = true };
            }

            int sentenceFirst = result.Count;

            // A bulleted item belongs to the line that introduces its list ("The numbers for Lusk county:"): it counts there.
            bool bullet = IsBulleted(text, tokens, s);
            if (!bullet)
            {
                bool leadIn = text[s.Span.End - 1] == ':';
                leadInPlace = leadIn ? FirstPlace(text, mentionsIn[s.Index]) : null;
                // "The agency's evening report is out. The numbers:": whose report the list gives.
                leadInSource = leadIn ? StatementOwner(text, tokens, s, mentionsIn[s.Index]) ?? ownerBefore : null;
                ownerBefore = StatementOwner(text, tokens, s, mentionsIn[s.Index]);
            }

            var quantities = QuantityRecognizer.Find(text, tokens, s.FirstToken, s.EndToken);
            if (syntax) AddDeterminerCounts(doc, s, quantities);
            // "the city's 41st homicide this year": an ordinal's running total, with the metric the word after it names.
            Dictionary<Quantity, string>? totals = null;
            foreach (var (total, totalMetric) in RunningTotals.Find(text, tokens, s, CasualtyMetric) ?? [])
            {
                int at = quantities.FindIndex(x => x.Span.Start > total.Span.Start);
                quantities.Insert(at < 0 ? quantities.Count : at, total);
                (totals ??= [])[total] = totalMetric;
            }

            IReadOnlyList<Mention> here = mentionsIn[s.Index] ?? [];
            string? previousMetric = null, previousCounted = null, previousPredicate = null;
            bool previousAge = false;
            bool? mayReport = null;                       // whether a word of the sentence may report: looked up once, for the first figure
            bool? namesCasualty = null;                   // whether a word of the sentence names a death, injury, arrest or disappearance
            FigureCues.SentenceCues? sentenceCues = null; // read once, for the first figure
            string? previousLocation = null;
            FigureWhen? previousWhen = null;              // "87 that evening": the day of the figure before
            FigureWhen? sentenceDay = null;               // the day the sentence's time expressions name, read once (NoDay: none)
            for (int qi = 0; qi < quantities.Count; qi++)
            {
                var q = quantities[qi];
                if (q.Kind is QuantityKind.Percent or QuantityKind.Fraction) continue;

                // "ages 4 and 9": a number joined to an age is an age too.
                bool age = q.Kind == QuantityKind.Count && (IsAge(text, tokens, q, s) || (previousAge && q.NumberToken > s.FirstToken && tokens[q.NumberToken - 1].Span.Of(text) is "and" or "," or "or"));
                previousAge = age;
                if (age) continue;
                string? metric = null;
                int nextStart = qi + 1 < quantities.Count ? quantities[qi + 1].NumberToken : s.EndToken;
                bool including = q.NumberToken > s.FirstToken && tokens[Math.Max(s.FirstToken, q.Span.Start == tokens[q.NumberToken].Start ? q.NumberToken - 1 : q.NumberToken - 2)].Span.Of(text) is "including" or "among";
                if (q.Kind == QuantityKind.Count)
                {
                    metric = MetricAfter(text, tokens, q.EndToken, Math.Min(nextStart, s.EndToken)) ?? MetricBefore(text, tokens, q, s.FirstToken);
                    if (metric is null && including) metric = previousMetric;
                }

                string? totalOf = totals?.GetValueOrDefault(q);
                if (totalOf is not null) metric = totalOf;

                // The parse reads what the number counts: its noun and predicate, a currency, an area, or that it is no figure. It
                // decides the metric when it names one; the word-window reading fills in where the parse says only "other" or nothing.
                // A number followed by no lowercase word stands alone: the word window has read its predicate, and the sentence
                // is not parsed for it.
                // "one of the X" counts only a death, an injury, an arrest or a disappearance (below): a sentence that names none
                // is not parsed for it ("one of the largest ports" is common and counts nothing).
                bool oneOf = q.Value == 1 && q.EndToken < s.EndToken && tokens[q.EndToken].Span.Of(text) == "of";
                if (oneOf && metric is null && !(namesCasualty ??= NamesCasualty(text, tokens, s))) continue;
                CountedReading reading = default;
                // "45 that evening": the noun after the number is the time's, not what it counts.
                if (syntax && totalOf is null && MayCountSomething(text, tokens, q, s) && !cues.StartsTime(text, tokens, q.EndToken, s.EndToken, preposition: false))
                {
                    reading = CountedReader.Read(doc.GetSyntax(s.Index), q, lexicon);
                    if (reading.Excluded) continue;
                    // A metric word right after the number ("27 missing, 180 injured") outranks a metric the parse carries over a list.
                    // So does an active verb right before it ("killing two and injuring six more", which a parse may hang on "killing").
                    int before = tokens[q.NumberToken].Start == q.Span.Start ? q.NumberToken - 1 : -1;
                    bool named = (q.EndToken < s.EndToken && MetricWords.TryGetValue(tokens[q.EndToken].Span.Of(text), out var adjacent) && adjacent == metric)
                        || (before >= s.FirstToken && ActiveVerbs.TryGetValue(tokens[before].Span.Of(text), out var active) && active == metric);
                    if (reading.Metric is { } read && (read != "other" || metric is null) && !named) metric = read;
                }

                // "60 dead: 25 in Bergen, 14 in Lusk", "900 barns flattened and 2,100 damaged", "8,000 evacuated, 3,000 of them
                // in tents": a bare count listed after a figure counts what that figure counts.
                string? counted = reading.Counted;
                string? predicate = reading.Predicate;
                if (metric is null && counted is null && previousMetric is not null && q.Kind == QuantityKind.Count && ListedAfterFigure(text, tokens, q, s))
                {
                    (metric, counted) = (previousMetric, previousCounted);
                    predicate ??= previousPredicate;
                }

                if (metric is null) continue;
                // "one of them started firing": one of a set is a count only of the dead, the hurt, the held or the missing.
                if (metric == "other" && oneOf) continue;

                if (q.Qualifier == Qualifier.Exact && IsEstimate(text, tokens, q, s)) q = q with { Qualifier = Qualifier.About };
                string? ownPlace = (doc.IsParsed(s.Index) ? LocationSubject(doc, here, q, s) : null) ?? LocationAfter(doc, here, q, s, nextStart);
                string? placeKey = null;
                var placeFrom = FigurePlaceFrom.Text;
                // "the provincial death toll", "died in the province", "nationwide": the article's state or province, or its
                // country, unless the count names a place of its own; a place named before it in the sentence gives way.
                string? scoped = null;
                if (ownPlace is null && cues.Scope(text, tokens, s, q) is { } scope)
                {
                    if (!scopesRead) ((region, country), scopesRead) = (ArticleScopes(doc, mentions), true);
                    scoped = scope == "region" ? region : scope == "country" ? country : null;
                }

                string? location = ownPlace ?? scoped ?? (including ? null : previousLocation ?? LocationBefore(doc, here, q, s));
                if (scoped is not null && ReferenceEquals(location, scoped)) placeFrom = FigurePlaceFrom.Scope;
                if (location is null)
                {
                    if (bullet && leadInPlace is not null) location = leadInPlace; // named in the text, by the list's lead-in
                    else if (mainCountry is { } main) (location, placeKey, placeFrom) = (main.Name, main.Key, FigurePlaceFrom.Article);
                    if (placeFrom == FigurePlaceFrom.Article && !scopesRead) ((region, country), scopesRead) = (ArticleScopes(doc, mentions), true);
                }

                var attributed = syntax ? AttributedSource(doc, s, q, mentions, roleUses, ref mayReport) : null;
                var (sourceSpan, sourceText) = attributed is { } a ? (a.Span, a.Text) : Source(doc, mentions, mentionsIn, rolesIn[s.Index] ?? [], s, q);
                string? sourceRule = attributed?.Sieve ?? (sourceText is null ? null : "word-window");
                if (sourceText is null && bullet && leadInSource is { } owner) (sourceSpan, sourceText, sourceRule) = (owner.Span, owner.Span.Of(text), "list-lead-in");
                bool retracted = IsRetracted(text, tokens, s, q);
                var facts = cues.Read(text, tokens, s, sentenceCues ??= cues.ReadSentence(text, tokens, s), q, metric, counted, lexicon);

                // "27 of which in Punjab": a part by place is that place's whole.
                if (facts.Population == "part" && ownPlace is not null) facts = facts with { Population = "all" };
                sentenceDay ??= FigureCues.SentenceDay(sentenceCues.Value) ?? NoDay;
                if (FigureCues.ReadWhen(facts.Time, previousWhen, ReferenceEquals(sentenceDay, NoDay) ? null : sentenceDay) is { } when)
                {
                    facts = facts with { When = when };
                    previousWhen = when;
                }

                result.Add(new FigureDraft(metric, q, s.Span, location, sourceSpan, sourceText, retracted, counted, sourceRule)
                {
                    PlaceKey = placeKey, CitedSource = attributed?.Cited, Facts = facts, PlaceFrom = placeFrom, Region = placeFrom == FigurePlaceFrom.Article ? region : null,
                    Predicate = metric == "other" ? predicate : null,
                });
                previousMetric = metric;
                previousCounted = counted;
                previousPredicate = predicate;
                if (placeFrom == FigurePlaceFrom.Text) previousLocation ??= location;
            }

            if (result.Count > sentenceFirst) (previousSentenceFirst, previousSentenceEnd, previousSentence) = (sentenceFirst, result.Count, s.Index);
        }

        return Restatements(result, lexicon);
    }

    /// <summary>
    /// One figure per claim: a count the article states again (the same metric and value, counting the same thing, a thing of
    /// the same class or a thing left unsaid once, as in a summary line repeating the lead) is the same figure. The first statement stays, with the
    /// source of a later one when the first names none, what it counts when the first does not say, and withdrawn when the
    /// article withdraws it anywhere (it reports the figure and its withdrawal).
    /// </summary>
    private static List<FigureDraft> Restatements(List<FigureDraft> figures, FigureLexicon lexicon)
    {
        var kept = new List<FigureDraft>(figures.Count);
        var index = new Dictionary<(string, double?, double?, double?), List<int>>();
        foreach (var f in figures)
        {
            var key = (f.Metric, f.Quantity.Value, f.Quantity.Low, f.Quantity.High);
            int at = -1;
            if (index.TryGetValue(key, out var candidates))
            {
                foreach (int c in candidates)
                {
                    if (SameThing(kept[c].Counted, f.Counted, lexicon)) { at = c; break; }
                }
            }

            if (at >= 0)
            {
                var k = kept[at];
                if (k.SourceText is null && f.SourceText is not null) k = k with { SourceSpan = f.SourceSpan, SourceText = f.SourceText, SourceAttribution = f.SourceAttribution };
                if (k.Counted is null && f.Counted is not null) k = k with { Counted = f.Counted };
                if (f.Retracted && !k.Retracted) k = k with { Retracted = true };
                kept[at] = k;
                continue;
            }

            if (candidates is null) index[key] = candidates = [];
            candidates.Add(kept.Count);
            kept.Add(f);
        }

        return kept;
    }

    /// <summary>The same counted thing: one unsaid, the same noun, or nouns of one class ("people" and "victims" are persons).</summary>
    private static bool SameThing(string? a, string? b, FigureLexicon lexicon) =>
        a is null || b is null || a == b || (lexicon.CountedClass(a) is { } ca && ca == lexicon.CountedClass(b));

    /// <summary>
    /// Counts a determiner makes: "no arrests have been made", "no one was hurt" (zero) and "both men died" (two), as a quantity
    /// over the determiner, when the parse reads the noun it determines as a casualty or custody count. Inserted in text order.
    /// </summary>
    private void AddDeterminerCounts(Document doc, Sentence s, List<Quantity> quantities)
    {
        var tokens = doc.TokenSpan;
        bool any = false;
        for (int k = s.FirstToken; k + 1 < s.EndToken && !any; k++)
        {
            // Parse only when the word after "no" could be a casualty or custody noun, or "one" (most "no"s count nothing), or for "both".
            string w = tokens[k].Span.Of(doc.Text);
            any = (w.ToLowerInvariant() is "no" or "any" && tokens[k + 1].Kind == TokenKind.Word && MayBeZeroCounted(tokens[k + 1].Span.Of(doc.Text)))
                || w.Equals("both", StringComparison.OrdinalIgnoreCase);
        }

        if (!any) return;
        var syntax = doc.GetSyntax(s.Index);
        foreach (var w in syntax.Words)
        {
            // "have not made any arrests": "any" under a negated verb is "no".
            double value = w.Form.Equals("no", StringComparison.OrdinalIgnoreCase) || (w.Form.Equals("any", StringComparison.OrdinalIgnoreCase) && Negated(syntax, w.Head)) ? 0
                : w.Form.Equals("both", StringComparison.OrdinalIgnoreCase) ? 2 : -1;
            if (value < 0 || w.BaseRelation is not ("det" or "cc:preconj")) continue;
            var reading = CountedReader.ReadCount(syntax, w.Index, lexicon, value);
            int token = s.FirstToken;
            while (token < s.EndToken && tokens[token].Start < w.Span.Start) token++;
            if (token >= s.EndToken || tokens[token].Start != w.Span.Start) continue;
            // "both men are being held": custody the words say where the parse reads no predicate.
            string? metric = reading.Metric is "killed" or "injured" or "arrested" or "missing" ? reading.Metric
                : value == 2 && MetricAfter(doc.Text, tokens, token + 1, s.EndToken) == "arrested" ? "arrested" : null;
            if (metric is null) continue;
            var q = new Quantity(w.Span, w.Form, value, null, null, Qualifier.Exact, null, QuantityKind.Count) { NumberSpan = w.Span, NumberToken = token, EndToken = token + 1 };
            int at = quantities.FindIndex(x => x.Span.Start > w.Span.Start);
            quantities.Insert(at < 0 ? quantities.Count : at, q);
        }
    }

    /// <summary>
    /// Whether the parse could find something this number counts: money and measures, or a count followed by a lowercase word
    /// (its noun, "of the X", a predicate). A count followed by punctuation, a name or nothing stands alone, and the word-window
    /// reading has already looked at its predicate; skipping its parse keeps sentences the claims do not need unparsed.
    /// </summary>
    private static bool MayCountSomething(string text, ReadOnlySpan<Token> tokens, Quantity q, Sentence s)
    {
        if (q.Kind != QuantityKind.Count) return true;
        int k = q.EndToken;
        if (k >= s.EndToken || tokens[k].Kind != TokenKind.Word) return false;
        return char.IsLower(text[tokens[k].Start]);
    }

    /// <summary>A count listed after another: its quantity opens after a comma, colon, "and", "from" or "of", and no noun follows it.</summary>
    private bool ListedAfterFigure(string text, ReadOnlySpan<Token> tokens, Quantity q, Sentence s)
    {
        int first = q.NumberToken;
        while (first > s.FirstToken && tokens[first - 1].Start >= q.Span.Start) first--;
        if (first <= s.FirstToken) return false;
        string before = tokens[first - 1].Span.Of(text);
        if (before is not ("," or ":" or ";" or "and" or "from" or "of")) return false;
        // Nothing, punctuation or a place or time phrase follows; a capitalized word would make it an address or a name.
        if (q.EndToken >= s.EndToken || tokens[q.EndToken].Kind == TokenKind.Punctuation) return true;
        // "…, 45 that evening and 52 a day later": a time phrase follows a count in a series; "of the 19 deaths, 11 were in
        // the city": a part placed by "were in".
        string next = tokens[q.EndToken].Span.Of(text);
        if (next is "were" or "was" && q.EndToken + 1 < s.EndToken && tokens[q.EndToken + 1].Span.Of(text) is "in" or "at" or "from") return true;
        return next is "of" or "in" or "on" or "at" or "from" or "across" or "damaged" or "destroyed" or "a" or "the" or "half"
            || cues.StartsTime(text, tokens, q.EndToken, s.EndToken);
    }

    /// <summary>Whether the verb governing noun <paramref name="noun"/> is negated ("have not been any arrests", "never made any arrests").</summary>
    private static bool Negated(SentenceSyntax s, int noun)
    {
        if (noun < 0) return false;
        // The noun itself heads a copular clause ("there have not been any arrests"), or its verb does.
        for (int h = noun, up = 0; h >= 0 && up < 2; h = s[h].Head, up++)
        {
            if (s.IsNegated(h)) return true;
        }

        return false;
    }

    private bool MayBeZeroCounted(string word)
    {
        string w = word.ToLowerInvariant();
        if (w == "one") return true;
        string singular = AttributionLexicon.Singular(w);
        return lexicon.CountedClass(singular) is "killed" or "injured" or "arrested" or "missing" || lexicon.PredicateClass(singular) is not null;
    }

    /// <summary>The counted noun or the verb of the clause after the number: "5,800 people have been arrested", "2,000 injured", "75 military aircraft".</summary>
    private static string? MetricAfter(string text, ReadOnlySpan<Token> tokens, int from, int limit)
    {
        string? nounMetric = null;
        bool person = false, armed = false;
        for (int k = from; k < limit && k < from + 14; k++)
        {
            string w = tokens[k].Span.Of(text);
            if (tokens[k].Kind == TokenKind.Quote || w == ",") continue;
            // "four were struck, including the boy killed": what happened to a part is not the whole's.
            if (ClauseBreaks.Contains(w) || (k > from && w is "including" or "among")) break;
            if (w.Equals("armed", StringComparison.OrdinalIgnoreCase)) armed = true;

            // "19 had been held", "are being held": held in the passive is custody ("held talks" is not).
            if (w == "held" && k > from && tokens[k - 1].Span.Of(text) is "been" or "being") return "arrested";
            // "are behind bars": in custody.
            if (w == "behind" && k + 1 < limit && tokens[k + 1].Span.Of(text) == "bars" && k > from && tokens[k - 1].Span.Of(text) is "are" or "were" or "remain" or "remained" or "now") return "arrested";
            if (w.Equals("military", StringComparison.OrdinalIgnoreCase) && k + 1 < limit && tokens[k + 1].Span.Of(text).Equals("personnel", StringComparison.OrdinalIgnoreCase)) nounMetric ??= "troops";

            // "dozens of dead": the noun after "of".
            if (w == "of" && k == from && k + 1 < limit && MetricWords.TryGetValue(tokens[k + 1].Span.Of(text), out var ofMetric)) return ofMetric;
            // "40 lives" counts the dead; "one person who lives here" does not.
            if (k > from && w.Equals("lives", StringComparison.OrdinalIgnoreCase)) continue;
            if (MetricWords.TryGetValue(w, out var m))
            {
                // The verb of the clause ("were killed") outranks any counted noun ("police, national guards and soldiers").
                if (IsVerbLike(w)) return m;
                if (m == "troops" && w.Equals("personnel", StringComparison.OrdinalIgnoreCase)) continue;
                nounMetric ??= m;
            }
            else if (PersonNouns.Contains(w))
            {
                person = true;
            }
        }

        if (armed && (person || nounMetric is null)) return "combatants";
        return nounMetric;
    }

    private static bool IsVerbLike(string w) =>
        (w.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && !w.Equals("displaced", StringComparison.Ordinal)) || w is "dead" or "hurt" or "missing" or "died" or "fled" or "slain" or "displaced" or "homeless" or "unaccounted" or "die";

    /// <summary>"killing 40", "claimed the lives of 164", "the death toll rose to 231", "the number of injured at 1,300".</summary>
    private static string? MetricBefore(string text, ReadOnlySpan<Token> tokens, Quantity q, int sentenceStart)
    {
        int k = q.NumberToken - 1;
        while (k >= sentenceStart && tokens[k].Start >= q.Span.Start) k--;
        if (k >= sentenceStart && ActiveVerbs.TryGetValue(tokens[k].Span.Of(text), out var active)) return active;
        // "the death toll from Tuesday's earthquake in southern Peru has risen to 60": a toll reaches further when a verb of change leads to the number.
        bool risen = k >= sentenceStart && ((tokens[k].Span.Of(text) is "to" or "at" && k - 1 >= sentenceStart && TollVerbs.Contains(tokens[k - 1].Span.Of(text)))
            || TollVerbs.Contains(tokens[k].Span.Of(text))); // "has reached 30"
        for (int j = k; j >= sentenceStart && j > k - (risen ? 16 : 8); j--)
        {
            string w = tokens[j].Span.Of(text);
            if (ClauseBreaks.Contains(w)) break;
            if (w.Equals("toll", StringComparison.OrdinalIgnoreCase)) return "killed";
            if (w.Equals("lives", StringComparison.OrdinalIgnoreCase)) return "killed";
            if (w.Equals("number", StringComparison.OrdinalIgnoreCase) && j + 2 <= k && tokens[j + 1].Span.Of(text) == "of")
            {
                // "the number of injured", "the number of people killed"
                if (MetricWords.TryGetValue(tokens[j + 2].Span.Of(text), out var m)) return m;
                if (j + 3 <= k && PersonNouns.Contains(tokens[j + 2].Span.Of(text)) && MetricWords.TryGetValue(tokens[j + 3].Span.Of(text), out m) && IsVerbLike(tokens[j + 3].Span.Of(text))) return m;
            }
        }

        return null;
    }

    private static readonly HashSet<string> TollVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "risen", "rose", "rise", "rises", "climbed", "climbs", "reached", "reaches", "reach", "increased", "jumped", "grown", "grew", "stands", "stood", "put", "puts", "raised", "revised",
    };

    private static bool IsAge(string text, ReadOnlySpan<Token> tokens, Quantity q, Sentence s)
    {
        int before = q.NumberToken - 1;
        int after = q.EndToken;
        if (before >= s.FirstToken && tokens[before].Span.Of(text) is "aged" or "age" or "ages") return true;
        if (after < s.EndToken && tokens[after].Span.Of(text).StartsWith("year-old", StringComparison.OrdinalIgnoreCase)) return true;

        // "Oleksandr Vasylenko, 58, has led ...", "One driver, 31, was ...": a bare number between commas after a name or a noun.
        return q.Value is < 130 && q.Span.Start == tokens[q.NumberToken].Start && before >= s.FirstToken && tokens[before].Span.Of(text) == "," && after < s.EndToken && tokens[after].Span.Of(text) == ","
            && before - 1 >= s.FirstToken && tokens[before - 1].Kind == TokenKind.Word;
    }

    /// <summary>The place the clause names after the number: "in Almaty", "near Ukraine", "in the country's economic centre, Almaty".</summary>
    private static string? LocationAfter(Document doc, IReadOnlyList<Mention> mentions, Quantity q, Sentence s, int limit)
    {
        string text = doc.Text;
        var tokens = doc.TokenSpan;
        // "three dead and one hurt at a Lusk shop", "12 killed and 30 injured in Lusk": counts joined by "and" share the place
        // after the last; a part ("including 140 in Lusk") or a clause of its own does not.
        bool joined = false;
        for (int k = q.EndToken; k < limit && k < s.EndToken; k++)
        {
            string w = tokens[k].Span.Of(text);
            if (ClauseBreaks.Contains(w) || w is "including" or "among" or "of")
            {
                joined = false;
                break;
            }

            joined |= w == "and";
        }

        foreach (var m in mentions)
        {
            if (m.Sentence != s.Index || m.FirstToken < q.EndToken || m.Type is not (EntityType.Gpe or EntityType.Loc)) continue;
            if (m.FirstToken >= limit && !joined) break; // a place after the next number belongs to that number ("including 140 in Lusk")
            if (m.FirstToken - q.EndToken > 14) break;
            // "at a Lusk tire shop": a site the town's name only modifies, after "a", lies in that town.
            if (IsSite(text, tokens, m, s.EndToken) && !(m.FirstToken > 0 && tokens[m.FirstToken - 1].Span.Of(text) is "a" or "an"
                && (Gazetteer.Default.Lookup(m.Span.Of(text)) & (GazCategory.City | GazCategory.Town | GazCategory.Capital)) != 0)) continue;
            for (int k = m.FirstToken - 1; k >= q.EndToken && k >= m.FirstToken - 7; k--)
            {
                string w = tokens[k].Span.Of(text);
                if (w is "in" or "near" or "across" or "inside" or "at" or "with" or "throughout" or "on")
                {
                    return PlaceName(text, tokens, m, s.EndToken);
                }

                // "in the country's economic centre, Almaty": an appositive naming a place noun.
                if (w == "," && k - 1 >= q.EndToken && PlaceNouns.Contains(tokens[k - 1].Span.Of(text))) return PlaceName(text, tokens, m, s.EndToken);
                if (ClauseBreaks.Contains(w) || w == ",") break;
            }
        }

        return null;
    }

    /// <summary>Marks a sentence whose time expressions name no day, so it is not read again for each figure.</summary>
    private static readonly FigureWhen NoDay = new(FigureDayRule.Publication, int.MinValue, DayPart.None);

    private static bool IsBulleted(string text, ReadOnlySpan<Token> tokens, Sentence s) => SentenceSplitter.IsBullet(text, tokens[s.FirstToken]);

    /// <summary>An organisation that owns a statement noun of the sentence: "The agency's evening report is out" → the agency.</summary>
    private static Mention? StatementOwner(string text, ReadOnlySpan<Token> tokens, Sentence s, List<Mention>? mentions)
    {
        if (mentions is null) return null;
        foreach (var m in mentions)
        {
            if (m.Type != EntityType.Org || m.EndToken >= s.EndToken || tokens[m.EndToken].Span.Of(text) is not ("'s" or "’s" or "'" or "’")) continue;
            for (int k = m.EndToken + 1; k < s.EndToken && k <= m.EndToken + 4; k++)
            {
                if (StatementNouns.Contains(tokens[k].Span.Of(text))) return m;
            }
        }

        return null;
    }

    private static string? FirstPlace(string text, List<Mention>? mentions)
    {
        if (mentions is null) return null;
        foreach (var m in mentions)
        {
            if (m.Type is EntityType.Gpe or EntityType.Loc) return m.Span.Of(text);
        }

        return null;
    }

    /// <summary>
    /// A place that is the subject of the count's verb: "Nowshera district has lost 22 people", "Bergen reported 40 deaths".
    /// Read off the parse when the sentence has been parsed already: the number's noun, the verb it is the object of, and
    /// that verb's subject, when a place mention covers it.
    /// </summary>
    private static string? LocationSubject(Document doc, IReadOnlyList<Mention> mentions, Quantity q, Sentence s)
    {
        var syntax = doc.GetSyntax(s.Index);
        int n = CountedReader.WordAt(syntax, q.NumberSpan.Start);
        if (n < 0) return null;
        int x = syntax[n].BaseRelation == "nummod" && syntax[n].Head > n ? syntax[n].Head : n;
        if (syntax[x].BaseRelation != "obj" || syntax[x].Head < 0) return null;
        int verb = syntax[x].Head;
        int subject = syntax.Child(verb, "nsubj");
        if (subject < 0 || subject > n) return null;
        // The subject is the place itself ("Bergen reported"), or an area word the place names ("Nowshera district has lost");
        // "police in Bergen" is no place.
        var head = syntax[subject].Span;
        bool area = Places.IsPlaceHead(syntax[subject].Form);
        foreach (var m in mentions)
        {
            if (m.Type is not (EntityType.Gpe or EntityType.Loc)) continue;
            bool covers = m.Span.Start <= head.Start && head.End <= m.Span.End;
            bool names = area && m.Span.End <= head.Start && doc.Text.AsSpan(m.Span.End, head.Start - m.Span.End).IsWhiteSpace();
            if (covers || names) return PlaceName(doc.Text, doc.TokenSpan, m, s.EndToken);
        }

        return null;
    }

    /// <summary>The quantity's first token, its qualifier included ("at least 38"), not before <paramref name="floor"/>.</summary>
    private static int FirstTokenOf(ReadOnlySpan<Token> tokens, Quantity q, int floor)
    {
        int k = q.NumberToken;
        while (k > floor && tokens[k - 1].Start >= q.Span.Start) k--;
        return k;
    }

    private static readonly HashSet<string> PlacePrepositions = new(StringComparer.OrdinalIgnoreCase) { "in", "at", "near", "across", "inside", "throughout" };

    /// <summary>
    /// The place the clause names before the number: "the toll in southern Peru has risen to 60", "in Arequipa, where 31 died",
    /// "In Arequipa alone, at least 38 people died". Only the nearest place is considered, and only with nothing but its clause between.
    /// </summary>
    private static string? LocationBefore(Document doc, IReadOnlyList<Mention> mentions, Quantity q, Sentence s)
    {
        string text = doc.Text;
        var tokens = doc.TokenSpan;
        int qStart = FirstTokenOf(tokens, q, s.FirstToken);
        Mention place = default;
        foreach (var m in mentions)
        {
            if (m.Sentence == s.Index && m.EndToken <= qStart && m.Type is EntityType.Gpe or EntityType.Loc && m.EndToken > place.EndToken && !IsSite(text, tokens, m, s.EndToken)) place = m;
        }

        if (place == default) return null;
        int prep = place.FirstToken - 1;
        // "In the provincial capital, Tarnby, 22 died": the name in apposition to a word for a kind of place; its preposition
        // is the one before that word's phrase.
        if (Places.KindOfPlaceBefore(text, tokens, prep, s.FirstToken) is int the and > 0) prep = the - 1;

        if (prep > s.FirstToken && char.IsLower(text[tokens[prep].Start]) && !PlacePrepositions.Contains(tokens[prep].Span.Of(text))) prep--; // "in southern Peru"
        if (prep < s.FirstToken || !PlacePrepositions.Contains(tokens[prep].Span.Of(text))) return null;

        int k = place.EndToken;
        if (k < qStart && tokens[k].Span.Of(text) is "alone" or "itself") k++;
        bool opening = prep == s.FirstToken;
        if (k < qStart && tokens[k].Span.Of(text) == ",")
        {
            // "in Arequipa, where …" continues the place; "In Arequipa alone, …" opening the sentence sets it.
            if (k + 1 < qStart && tokens[k + 1].Span.Of(text) is "where") k += 2;
            else if (opening) k++;
            else return null;
        }

        for (; k < qStart; k++)
        {
            string w = tokens[k].Span.Of(text);
            if (ClauseBreaks.Contains(w) || w == "," || FigureCues.Default.GivesSource(w)) return null;
        }

        return PlaceName(text, tokens, place, s.EndToken);
    }

    /// <summary>
    /// A place mention that names a building, a ground or a street, not a town or area: "Larkfield Hospital", the
    /// "Larkfield" of "Larkfield bar", "Vane Street", "Highway 9", "the 200 block of Vane". A count's place is the town
    /// or area around it.
    /// </summary>
    private static bool IsSite(string text, ReadOnlySpan<Token> tokens, Mention m, int end)
    {
        string last = tokens[m.EndToken - 1].Span.Of(text);
        if (Places.IsSiteWord(last) || KeywordOrganisations.IsStreetHead(last) || KeywordOrganisations.IsStreetHead(tokens[m.FirstToken].Span.Of(text))) return true;
        if (m.EndToken < end && tokens[m.EndToken].Span.Of(text) is var next && (Places.IsSiteWord(next) || KeywordOrganisations.IsStreetHead(next))) return true;
        // "the Larkfield barber shop": one more lowercase word before the site word.
        if (m.EndToken + 1 < end && char.IsLower(text[tokens[m.EndToken].Start]) && Places.IsSiteWord(tokens[m.EndToken + 1].Span.Of(text))) return true;
        if (m.FirstToken < 2 || tokens[m.FirstToken - 1].Span.Of(text) is not ("of" or "to")) return false;
        if (tokens[m.FirstToken - 2].Span.Of(text) == "block") return true;
        // "was taken in serious condition to Larkfield": where the hurt were taken is a hospital.
        for (int k = m.FirstToken - 2; k >= 0 && k >= m.FirstToken - 5; k--)
        {
            if (FigureCues.Default.CarriesTo(tokens[k].Span.Of(text))) return tokens[m.FirstToken - 1].Span.Of(text) == "to";
        }

        return false;
    }


    /// <summary>The place as written, with an area word after it ("19 in Nowshera district": the district, not the town).</summary>
    private static string PlaceName(string text, ReadOnlySpan<Token> tokens, Mention m, int end)
    {
        if (m.EndToken < end && Places.IsAreaWord(tokens[m.EndToken].Span.Of(text)))
        {
            return new TextSpan(m.Span.Start, tokens[m.EndToken].End).Of(text);
        }

        return m.Span.Of(text);
    }

    /// <summary>Who gives the figure, by the attribution sieves over the parse; null when none decides.</summary>
    private static (TextSpan? Span, string? Text, string Sieve, string? Cited)? AttributedSource(Document doc, Sentence s, Quantity q, IReadOnlyList<Mention> mentions, IReadOnlyList<RoleUse> roleUses, ref bool? mayReport)
    {
        // A sentence not parsed yet is parsed for its source only when a word in it may report ("said", "according", "estimate").
        var lexicon = AttributionLexicon.Default;
        if (!doc.IsParsed(s.Index) && !(mayReport ??= lexicon.MayReport(doc.Text, doc.TokenSpan, s.FirstToken, s.EndToken, null))) return null;

        var syntax = doc.GetSyntax(s.Index);
        int word = CountedReader.WordAt(syntax, q.NumberSpan.Start);
        if (word < 0) return null;
        var context = new AttributionContext(doc, s, syntax, mentions, roleUses, lexicon);
        if (Attributor.Default.Attribute(context, word) is not { } found) return null;
        return (found.Source.Span, found.Source.Text, found.Sieve, found.Cited?.Text);
    }

    /// <summary>Who gives the figure: "according to X", or the subject of a reporting verb ("X said", "X, which estimates", "said X").</summary>
    private static (TextSpan?, string?) Source(Document doc, IReadOnlyList<Mention> mentions, List<Mention>?[] mentionsIn, List<RoleUse> sentenceRoles, Sentence s, Quantity q)
    {
        string text = doc.Text;
        IReadOnlyList<Token> tokens = doc.Tokens;
        var inSentence = (mentionsIn[s.Index] ?? []).Where(m => m.Type is EntityType.Person or EntityType.Org).ToList();
        var roleUses = sentenceRoles.Where(r => r.Person is null).ToList();

        // "according to X"
        for (int k = s.FirstToken; k + 1 < s.EndToken; k++)
        {
            if (!tokens[k].Span.Of(text).Equals("according", StringComparison.OrdinalIgnoreCase) || tokens[k + 1].Span.Of(text) != "to") continue;
            int from = k + 2;
            var person = inSentence.FirstOrDefault(m => m.FirstToken >= from && m.FirstToken <= from + 8 && m.Type == EntityType.Person);
            var any = inSentence.FirstOrDefault(m => m.FirstToken >= from && m.FirstToken <= from + 3);
            var role = roleUses.FirstOrDefault(r => r.Span.Start >= tokens[from].Start && r.Span.Start <= tokens[Math.Min(from + 1, s.EndToken - 1)].End);
            if (person != default && (any == default || any.Type != EntityType.Org)) return (person.Span, person.Span.Of(text));
            if (any != default) return (any.Span, any.Span.Of(text));
            if (role.Text is not null) return (role.Span, role.Text);
        }

        // "X said", "X, which estimates", "said X": the nearest person or organisation before a reporting verb, or right after it.
        for (int k = s.FirstToken; k < s.EndToken; k++)
        {
            if (!FigureCues.Default.GivesSource(tokens[k].Span.Of(text))) continue;
            var before = inSentence.Where(m => m.EndToken <= k && k - m.EndToken <= 4).OrderByDescending(m => m.EndToken).FirstOrDefault();
            if (before != default) return (before.Span, before.Span.Of(text));
            var roleBefore = roleUses.Where(r => r.Span.End <= tokens[k].Start && tokens[k].Start - r.Span.End <= 30).OrderByDescending(r => r.Span.End).FirstOrDefault();
            if (roleBefore.Text is not null) return (roleBefore.Span, roleBefore.Text);
            // "the ministry added": the last organisation named with that word earlier in the article.
            if (k - 2 >= s.FirstToken && tokens[k - 2].Span.Of(text) is "the" or "The" && tokens[k - 1].Kind == TokenKind.Word)
            {
                string noun = tokens[k - 1].Span.Of(text);
                if (Antecedents.OrganisationFor(text, mentions, noun, tokens[k - 1].Start, AttributionLexicon.Default) is { } antecedent) return (antecedent.Span, antecedent.Span.Of(text));
            }

            var after = inSentence.FirstOrDefault(m => m.FirstToken > k && m.FirstToken - k <= 3);
            if (after != default) return (after.Span, after.Span.Of(text));
            var roleAfter = roleUses.FirstOrDefault(r => r.Span.Start > tokens[k].Start && r.Span.Start - tokens[k].End <= 10);
            if (roleAfter.Text is not null) return (roleAfter.Span, roleAfter.Text);
        }

        // "She later deleted a post that put the toll at 30": a sentence opened by "he" or "she" is its antecedent, as for quotes.
        if (tokens[s.FirstToken].Span.Of(text) is "He" or "She" && PronounAntecedent.Person(doc, mentions, tokens[s.FirstToken].Start, null, AttributionLexicon.Default) is { } pronounOf)
        {
            return (pronounOf.Span, pronounOf.Text);
        }

        return (null, null);
    }

    private static readonly HashSet<string> PlaceNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "center", "centre", "capital", "city", "town", "village", "region", "province", "district", "area", "hub", "heart", "port", "state", "county", "municipality",
    };

    /// <summary>"the agency, which estimates the count of wounded at 900": an estimate is approximate.</summary>
    private static bool IsEstimate(string text, ReadOnlySpan<Token> tokens, Quantity q, Sentence s)
    {
        for (int k = q.NumberToken - 1; k >= s.FirstToken && k >= q.NumberToken - 8; k--)
        {
            string w = tokens[k].Span.Of(text);
            if (w is "estimates" or "estimated" or "estimate" or "estimating" or "puts" or "put") return w.StartsWith("estimat", StringComparison.Ordinal);
            if (ClauseBreaks.Contains(w)) break;
        }

        return false;
    }

    private static bool IsRetracted(string text, ReadOnlySpan<Token> tokens, Sentence s, Quantity q)
    {
        for (int k = s.FirstToken; k < s.EndToken; k++)
        {
            if (!FigureCues.Default.Withdraws(tokens[k].Span.Of(text))) continue;
            if (k < q.NumberToken && IsCorrection(text, tokens, k, q)) continue;
            for (int j = Math.Max(s.FirstToken, k - 6); j < Math.Min(s.EndToken, k + 7); j++)
            {
                if (StatementNouns.Contains(tokens[j].Span.Of(text))) return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The figure a withdrawal puts in place of the old one is asserted: "withdrew the figure and said 19 had been held",
    /// "revised the toll to 19". (A statement "saying 90" that was withdrawn stays withdrawn.)
    /// </summary>
    private static bool IsCorrection(string text, ReadOnlySpan<Token> tokens, int retraction, Quantity q)
    {
        int qStart = FirstTokenOf(tokens, q, retraction + 1);
        if (tokens[qStart - 1].Span.Of(text) == "to" && tokens[retraction].Span.Of(text) is "revised" or "corrected") return true;
        for (int k = retraction + 1; k + 1 < qStart; k++)
        {
            if (tokens[k].Span.Of(text) != "and") continue;
            int v = k + 1;
            if (v < qStart && tokens[v].Span.Of(text) is "now" or "later" or "then") v++;
            if (v < qStart && FigureCues.Default.GivesSource(tokens[v].Span.Of(text))) return true;
        }

        return false;
    }

    /// <summary>
    /// The state or province and the country the article is mostly about, each by a name the article uses for it: the
    /// subdivision its places lie in most often (a town counts for its subdivision, resolved among the article's places),
    /// when the article names it; the country likewise.
    /// </summary>
    private static (string? Region, string? Country) ArticleScopes(Document doc, IReadOnlyList<Mention> mentions)
    {
        var names = new List<string>();
        foreach (var m in mentions)
        {
            if (m.Type is EntityType.Gpe or EntityType.Loc) names.Add(m.Span.Of(doc.Text));
        }

        var places = new Places(names.Distinct(StringComparer.Ordinal));
        var regionVotes = new Dictionary<string, int>(StringComparer.Ordinal);
        var countryVotes = new Dictionary<string, int>(StringComparer.Ordinal);
        var regionNames = new Dictionary<string, string>(StringComparer.Ordinal);
        var countryNames = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            if (places.Resolve(name) is not { } node || node.Country.Length == 0) continue;
            countryVotes[node.Country] = countryVotes.GetValueOrDefault(node.Country) + 1;
            if (node.Level == PlaceLevel.Country) countryNames.TryAdd(node.Country, name);
            if (node.Subdivision is not { } sub) continue;
            regionVotes[sub] = regionVotes.GetValueOrDefault(sub) + 1;
            if (node.Level == PlaceLevel.Subdivision) regionNames.TryAdd(sub, name);
        }

        string? Top(Dictionary<string, int> votes, Dictionary<string, string> named) =>
            votes.Where(v => named.ContainsKey(v.Key)).OrderByDescending(v => v.Value).ThenBy(v => v.Key, StringComparer.Ordinal).Select(v => named[v.Key]).FirstOrDefault();
        return (Top(regionVotes, regionNames), Top(countryVotes, countryNames));
    }

    /// <summary>
    /// The state or province an article names, when the towns it names lie in it and no one of them is most of what it names
    /// ("Nowshera", "Charsadda" and "Swat" in "Khyber Pakhtunkhwa"): a count the article places nowhere counts for the
    /// province, not for its most named town. One town named again and again, with its state beside it ("Lusk, Veskaria"),
    /// stays the town: null.
    /// </summary>
    private static string? RegionOfTowns(Document doc, IReadOnlyList<Mention> mentions, string? topTown)
    {
        if (topTown is null) return null;
        var names = new List<string>();
        foreach (var m in mentions)
        {
            if (m.Type is EntityType.Gpe or EntityType.Loc && !IsSite(doc.Text, doc.TokenSpan, m, doc.SentenceArray[m.Sentence].EndToken)) names.Add(m.Span.Of(doc.Text));
        }

        if (names.Count < 5) return null; // three towns and the region named twice at the least
        var places = new Places(names.Distinct(StringComparer.Ordinal));
        string? topKey = places.Resolve(topTown)?.Key;
        var townsIn = new Dictionary<string, int>(StringComparer.Ordinal);
        var regions = new Dictionary<string, (string Name, int Count)>(StringComparer.Ordinal);
        int towns = 0, top = 0;
        foreach (var name in names)
        {
            if (places.Resolve(name) is not { } node) continue;
            if (node.Level == PlaceLevel.Subdivision && node.Subdivision is { } named) regions[named] = (regions.GetValueOrDefault(named).Name ?? name, regions.GetValueOrDefault(named).Count + 1);
            if (node.Level < PlaceLevel.District) continue;
            towns++;
            if (node.Key == topKey) top++;
            if (node.Subdivision is { } sub) townsIn[sub] = townsIn.GetValueOrDefault(sub) + 1;
        }

        // Most of the towns named lie in one region the article names more than in passing, and the most named town is
        // under half of them.
        if (towns < 3 || top * 2 >= towns) return null;
        var best = townsIn.Where(t => regions.GetValueOrDefault(t.Key).Count >= 2).OrderByDescending(t => t.Value).ThenBy(t => t.Key, StringComparer.Ordinal).FirstOrDefault();
        return best.Key is not null && best.Value * 5 >= towns * 4 ? regions[best.Key].Name : null;
    }

    /// <summary>A state or province written right after a town and its comma ("Harmon, NJ", "Lusk, Veskar Province"), which only says which town it is.</summary>
    private static bool StateAfterTown(Document doc, Mention before, Mention m)
    {
        // Mentions are in text order: the town is the one just before.
        if (m.Type != EntityType.Gpe || before.Type != EntityType.Gpe || m.FirstToken < 2 || before.EndToken != m.FirstToken - 1
            || doc.TokenSpan[m.FirstToken - 1].Span.Of(doc.Text) != ",") return false;
        string name = m.Span.Of(doc.Text);
        return (Gazetteer.Default.Lookup(PlaceAbbreviations.Expand(name)) & GazCategory.Region) != 0 && (Gazetteer.Default.Lookup(name) & GazCategory.Country) == 0;
    }

    /// <summary>
    /// The country the article is about: the place most named, counting nationality words and
    /// capitals for their country ("Veskarian" for Veskaria, "Bamako" for Mali), and known countries before cities.
    /// </summary>
    private Place? MainCountry(Document doc, IReadOnlyList<Mention> mentions)
    {
        var counts = new Dictionary<string, (int Count, bool Country, string? Name)>(StringComparer.Ordinal);
        var tokens = doc.TokenSpan;
        for (int i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (m.Type is not (EntityType.Gpe or EntityType.Norp) || IsSite(doc.Text, tokens, m, doc.SentenceArray[m.Sentence].EndToken)) continue;
            if (i > 0 && StateAfterTown(doc, mentions[i - 1], m)) continue; // "LOUISVILLE, KY": the state only says which town
            string t = m.Span.Of(doc.Text);
            string key = roles.PlaceKey(t);
            bool country = (Gazetteer.Default.Lookup(t) & (GazCategory.Country | GazCategory.Demonym)) != 0;
            var c = counts.GetValueOrDefault(key);
            counts[key] = (c.Count + 1, c.Country || country, c.Name ?? (m.Type == EntityType.Gpe ? t : null));

            // A capital speaks for its country too ("BAMAKO — …" is about Mali, whatever language is named). Other cities
            // share names across countries (Bergen), so only capitals count.
            if (!country && m.Type == EntityType.Gpe && (Gazetteer.Default.Lookup(t) & GazCategory.Capital) != 0 && Gazetteer.Default.CodeOf(t) is { Length: > 0 } code)
            {
                var cc = counts.GetValueOrDefault(code);
                counts[code] = (cc.Count + 1, true, cc.Name);
            }
        }

        var top = counts.OrderByDescending(c => c.Value.Count + (c.Value.Country ? 1 : 0)).ThenBy(c => c.Key, StringComparer.Ordinal).FirstOrDefault();
        if (top.Key is null) return null;
        if (!top.Value.Country && RegionOfTowns(doc, mentions, top.Value.Name) is { } region) return new Place(region, null);

        // Named only by nationality here ("Veskarian"): the corpus-level stage names it from the key.
        return top.Value.Name is { } name ? new Place(name, null) : new Place(null, top.Key);
    }
}
