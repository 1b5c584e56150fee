using System.Collections.Frozen;
using System.Globalization;
using Corpus.Quantities;
using Corpus.Claims;
using Corpus.Entities;

namespace Corpus.Reconciliation;

/// <summary>
/// Finds where sources disagree about the same count, says why, and stays quiet where they only
/// seem to. Figures are grouped by what they count (metric, counted thing, population: police killed
/// are part of all killed) and by place, resolved through the gazetteer's countries, first-level
/// subdivisions and towns (a town's toll is part of its province's, a respelling is the same place,
/// a figure its article does not place counts the story's place). Each figure is dated by its own
/// time expression over its article's publication date ("on Tuesday", "that evening"; an undated
/// article takes the day its counts match), and a figure naming another year's event is left out.
/// Hard: a withdrawn figure repeated as fact elsewhere, or two sources' counts that cannot both hold
/// on the same day (one source giving both in one article reports its own update). Soft: a later
/// update or a fall between consecutive reports, each article's current count only (what it recalls
/// is history; counts a day places at different hours are that day's updates); an estimate against a
/// count; a vague count below a precise one. The result does not depend on the order of the
/// articles. Stateless and thread-safe.
/// </summary>
public static class Reconciler
{
    /// <summary>Metrics whose counts are compared across a country (<c>Reconciliation/Resources/metric-scopes.tsv</c>).</summary>
    private static readonly FrozenSet<string> CountryWide = Corpus.Text.DataTable.Rows("Corpus.Reconciliation.Resources.metric-scopes.tsv", 2)
        .Where(r => r[1] == "country").Select(r => r[0]).ToFrozenSet(StringComparer.Ordinal);

    private static readonly HashSet<string> Tolls = new(StringComparer.Ordinal) { "killed", "injured", "arrested", "missing", "displaced" };

    private sealed record Item(Figure Figure, FigureInterval Interval, DateOnly? Date, string Population, bool Vague, bool Snapshot)
    {
        public bool Rose { get; } = Figure.Facts.Trend == FigureTrend.Rise;

        /// <summary>The key of the place the figure is compared in.</summary>
        public string PlaceKey { get; init; } = string.Empty;

        /// <summary>The part of the day the figure's time names, when it names one.</summary>
        public DayPart Part { get; init; }

        /// <summary>True when this is the article's latest count in its group (not a count it recalls from earlier).</summary>
        public bool Current { get; set; } = true;

        /// <summary>Who gives the figure, for comparing sources: the entity id, else the name as written, else the article.</summary>
        public string Who => _who ??= Figure.SourceEntity ?? (Figure.Source is { } s ? NameForms.PlainKey(s) : "article:" + Figure.Article);

        /// <summary>The source's name as written, as a key, when it has one: the same name is the same source whether or not one article resolved it to an entity.</summary>
        public string? SourceName => Figure.Source is { } s ? _name ??= NameForms.PlainKey(s) : null;

        private string? _who; // made when a comparison needs it: most figures are never compared by source
        private string? _name;
    }

    /// <summary>
    /// Figures in one group that make the same claim (same day, interval, status and wording class):
    /// many outlets repeating one number are one claim, compared once.
    /// </summary>
    private sealed class Claim(Item first)
    {
        private List<Item>? _more;

        public Item Rep { get; } = first;

        public double Point { get; } = first.Figure.Value ?? first.Interval.Point;

        /// <summary>Every figure making the claim; most claims have one, so the list is made only for a second.</summary>
        public IReadOnlyList<Item> Members => _more ?? (IReadOnlyList<Item>)[Rep];

        public int Count => _more?.Count ?? 1;

        public bool SingleArticle => _more is null || _more.TrueForAll(m => m.Figure.Article == Rep.Figure.Article);

        public void Add(Item item) => (_more ??= [Rep]).Add(item);

        /// <summary>True when the claim repeats, as fact, a count its group's source withdrew.</summary>
        public bool RestatesWithdrawn { get; set; }
    }

    /// <summary>Claims compared pairwise when a neighbourhood has at most this many pairs; beyond it, only value neighbours.</summary>
    private const int FullComparePairs = 64;

    /// <summary>Value neighbours on each side a claim is compared with in a crowded neighbourhood.</summary>
    private const int Neighbours = 2;

    /// <summary>Conflicts among <paramref name="figures"/>; <paramref name="published"/> gives each article's date when known.</summary>
    /// <remarks>
    /// O(n log n): identical claims are merged, and a claim is compared with the claims of its own
    /// day and of the previous reported day (all of them when few, its value neighbours when many)
    /// and, when withdrawn, with restatements found by binary search on the value.
    /// </remarks>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IReadOnlyList<Conflict> Reconcile(IReadOnlyList<Figure> figures, IReadOnlyDictionary<string, DateOnly?> published)
    {
        ArgumentNullException.ThrowIfNull(figures);
        ArgumentNullException.ThrowIfNull(published);
        var found = new List<(Conflict Conflict, string Key)>();
        var groups = new Dictionary<(string Metric, string Place, string Population), List<Item>>();
        var placeKeys = new Dictionary<string, string>(StringComparer.Ordinal);

        // Places resolve against the story's own places (a shared name goes to the country the others are in), so
        // "KP" and "Khyber Pakhtunkhwa", or a town under two spellings the gazetteer knows, are one place.
        var places = new Places(figures.Select(f => f.Location).OfType<string>().Distinct(StringComparer.Ordinal));
        var dates = ArticleDates(figures, published);
        int? storyYear = dates.Values.Max()?.Year;
        var storyPlaces = StoryPlaces(figures, places);
        var nameVotes = new Dictionary<(string Place, string Name), int>();
        var nodes = new Dictionary<string, PlaceNode?>(StringComparer.Ordinal);
        foreach (var f in figures)
        {
            // An "other" figure is comparable only with figures counting the same thing; one that names nothing, with none.
            if (f.Metric == "other" && f.Counted is null) continue;
            var articleDate = dates.GetValueOrDefault(f.Article);

            // "Floods in 2022 killed 1,700": another year's event, no rival of this one's counts.
            if (f.Facts.Year is int year && (articleDate?.Year ?? storyYear) is int current && year != current) continue;
            var when = f.Facts.When;
            string place = f.Location is null ? string.Empty : placeKeys.TryGetValue(f.Location, out var known) ? known : placeKeys[f.Location] = places.Resolve(f.Location)?.Key ?? Norm(f.Location);
            string metricKey = MetricKey(f);

            // Placed only by its article's main place: the story's own place for the count, when that lies in the same country.
            if (f.PlaceFrom == FigurePlaceFrom.Article && (storyPlaces.TryGetValue(metricKey, out var storyPlace) || storyPlaces.TryGetValue(string.Empty, out storyPlace))
                && (f.Location is null || places.Resolve(f.Location) is not { } own || own.Country == storyPlace.Country)) place = storyPlace.Key;
            // A deployment's counts are the operation's whole: compared across the country its place lies in.
            if (CountryWide.Contains(f.Metric) && (f.Location is not null && places.Resolve(f.Location) is { Country.Length: > 0 } within ? within.Country
                : storyPlaces.TryGetValue(string.Empty, out var story) ? story.Country : null) is { } country) place = country;
            var item = new Item(f, FigureInterval.Of(f), when?.DayOf(articleDate) ?? articleDate, f.Facts.Population, IsVague(f), f.Facts.Snapshot) { Part = when?.Part ?? DayPart.None, PlaceKey = place };
            var key = (metricKey, place, item.Population);
            if (!nodes.ContainsKey(place)) nodes[place] = f.Location is null ? null : places.Resolve(f.Location) is { } node && node.Key == place ? node : storyPlaces.Values.FirstOrDefault(n => n.Key == place);
            if (!groups.TryGetValue(key, out var list)) groups[key] = list = [];
            list.Add(item);

            // The place is named in explanations as the figures that name it for themselves do most often (whatever the input order).
            if (f.Location is not null)
            {
                var nameKey = (place, f.Location);
                nameVotes[nameKey] = nameVotes.GetValueOrDefault(nameKey) + (f.PlaceFrom == FigurePlaceFrom.Article ? 1 : 1000);
            }
        }

        var placeNames = nameVotes.GroupBy(v => v.Key.Place, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(v => v.Value).ThenBy(v => v.Key.Name, StringComparer.Ordinal).First().Key.Name, StringComparer.Ordinal);
        foreach (var group in groups.Values)
        {
            ReconcileGroup(group, placeNames.GetValueOrDefault(group[0].PlaceKey) ?? "the same place", found);
        }

        PartsAboveWholes(groups, nodes, placeNames, found);

        found.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
        var result = new Conflict[found.Count];
        for (int i = 0; i < result.Length; i++)
        {
            var c = found[i].Conflict;
            result[i] = new Conflict("k" + (i + 1).ToString(CultureInfo.InvariantCulture), c.Metric, c.Severity, c.Figures, c.Why);
        }

        return result;
    }

    /// <summary>
    /// A part larger than its whole on the same day ("4,200 rescued in one district" against "3,100 in the province"): a
    /// soft flag. Only counts that name their own place (by their words, a scope word or their source) take part; each
    /// group is looked up against its place's containers, so the pass costs the groups, not pairs of them.
    /// </summary>
    private static void PartsAboveWholes(Dictionary<(string Metric, string Place, string Population), List<Item>> groups, Dictionary<string, PlaceNode?> nodes,
        Dictionary<string, string> placeNames, List<(Conflict, string)> found)
    {
        static bool Usable(Item i) => i.Current && !i.Vague && !i.Snapshot && !i.Figure.Facts.Estimate && !Disowned(i.Figure) && i.Figure.PlaceFrom != FigurePlaceFrom.Article && i.Date is not null;
        foreach (var ((metric, place, population), parts) in groups.OrderBy(g => g.Key.Metric, StringComparer.Ordinal).ThenBy(g => g.Key.Place, StringComparer.Ordinal).ThenBy(g => g.Key.Population, StringComparer.Ordinal))
        {
            if (nodes.GetValueOrDefault(place) is not { } node) continue;
            foreach (var container in Containers(node))
            {
                if (!groups.TryGetValue((metric, container, population), out var wholes)) continue;
                foreach (var day in parts.Where(Usable).GroupBy(i => i.Date))
                {
                    var part = day.OrderByDescending(i => i.Interval.Low).ThenBy(i => i.Figure.Article, StringComparer.Ordinal).First();
                    // One article may set one source's part against another's whole; its own breakdown of one source's count is no flag.
                    var whole = wholes.Where(i => Usable(i) && i.Date == day.Key && (i.Figure.Article != part.Figure.Article || i.Who != part.Who))
                        .OrderBy(i => i.Interval.High).ThenBy(i => i.Figure.Article, StringComparer.Ordinal).FirstOrDefault();
                    if (whole is null || part.Interval.Low <= whole.Interval.High) continue;

                    // The same part and whole repeated that day by other reports are the same flag.
                    var partClaim = new Claim(part);
                    foreach (var i in day) if (i != part && i.Interval == part.Interval) partClaim.Add(i);
                    var wholeClaim = new Claim(whole);
                    foreach (var i in wholes) if (i != whole && Usable(i) && i.Date == day.Key && i.Interval == whole.Interval) wholeClaim.Add(i);
                    string partName = placeNames.GetValueOrDefault(place) ?? place, wholeName = placeNames.GetValueOrDefault(container) ?? container;
                    string m = part.Figure.Metric == "other" && part.Figure.Counted is { } c ? $"{c} counted" : part.Figure.Metric;
                    found.Add(Make(part.Figure.Metric, ConflictSeverity.Soft, partClaim, wholeClaim,
                        $"Part larger than whole: {FigureText.Value(part.Figure)} {m} in {partName} ({By(part)}) is more than the {FigureText.Value(whole.Figure)} for all of {wholeName} ({By(whole)}), which contains it, on the same day: a part larger than its whole."));
                }
            }
        }
    }

    /// <summary>The keys of the places that contain <paramref name="node"/>, nearest first.</summary>
    private static IEnumerable<string> Containers(PlaceNode node)
    {
        if (node.Country.Length == 0) yield break;
        if (node.Level == PlaceLevel.Town && node.Local is not null) yield return new PlaceNode(PlaceLevel.District, node.Country, node.Subdivision, node.Local).Key;
        if (node.Level > PlaceLevel.Subdivision && node.Subdivision is not null) yield return node.Subdivision;
        if (node.Level > PlaceLevel.Country) yield return node.Country;
    }

    /// <summary>
    /// For each thing counted, the place the story's figures name for it most often (by their own words, a scope word or
    /// their source; at least two figures from two articles): the whole a figure that names no place of its own counts.
    /// </summary>
    private static Dictionary<string, PlaceNode> StoryPlaces(IReadOnlyList<Figure> figures, Places places)
    {
        var votes = new Dictionary<(string Metric, string Place), (int Count, HashSet<string> Articles, PlaceNode Node)>();
        foreach (var f in figures)
        {
            if (f.PlaceFrom == FigurePlaceFrom.Article || f.Location is null || places.Resolve(f.Location) is not { } node) continue;
            var key = (MetricKey(f), node.Key);
            if (!votes.TryGetValue(key, out var v)) v = (0, new HashSet<string>(StringComparer.Ordinal), node);
            v.Articles.Add(f.Article);
            votes[key] = (v.Count + 1, v.Articles, node);
        }

        var result = new Dictionary<string, PlaceNode>(StringComparer.Ordinal);
        foreach (var g in votes.Where(v => v.Value.Count >= 2 && v.Value.Articles.Count >= 2).GroupBy(v => v.Key.Metric, StringComparer.Ordinal))
        {
            result[g.Key] = g.OrderByDescending(v => v.Value.Count).ThenBy(v => v.Key.Place, StringComparer.Ordinal).First().Value.Node;
        }

        // A count the story places nowhere twice takes the place the story names most for anything.
        var all = votes.GroupBy(v => v.Key.Place, StringComparer.Ordinal)
            .Select(g => (Place: g.Key, Count: g.Sum(v => v.Value.Count), Articles: g.SelectMany(v => v.Value.Articles).Distinct(StringComparer.Ordinal).Count(), g.First().Value.Node))
            .Where(p => p.Count >= 2 && p.Articles >= 2)
            .OrderByDescending(p => p.Count).ThenBy(p => p.Place, StringComparer.Ordinal).FirstOrDefault();
        if (all.Node is not null) result[string.Empty] = all.Node;
        return result;
    }

    /// <summary>
    /// Each article's date: its publication date, or for an undated article the date its counts point to, the day
    /// whose dated reports give the most of the same counts (same metric, what is counted, value), the latest on a tie.
    /// </summary>
    private static Dictionary<string, DateOnly?> ArticleDates(IReadOnlyList<Figure> figures, IReadOnlyDictionary<string, DateOnly?> published)
    {
        var dates = new Dictionary<string, DateOnly?>(StringComparer.Ordinal);
        var undated = new HashSet<string>(StringComparer.Ordinal);
        var datedCounts = new Dictionary<(string, string?, double), HashSet<DateOnly>>();
        foreach (var f in figures)
        {
            var d = published.GetValueOrDefault(f.Article);
            dates[f.Article] = d;
            if (d is null) undated.Add(f.Article);
            else if (f.Value is { } v && f.Status == FigureStatus.Asserted)
            {
                var day = f.Facts.When?.DayOf(d) ?? d.Value;
                var key = (f.Metric, f.Counted, v);
                if (!datedCounts.TryGetValue(key, out var set)) datedCounts[key] = set = [];
                set.Add(day);
            }
        }

        if (undated.Count == 0 || datedCounts.Count == 0) return dates;
        var votes = new Dictionary<string, Dictionary<DateOnly, int>>(StringComparer.Ordinal);
        foreach (var f in figures)
        {
            if (!undated.Contains(f.Article) || f.Value is not { } v || f.Status != FigureStatus.Asserted || f.Facts.When is { Rule: not FigureDayRule.Publication }) continue;
            if (!datedCounts.TryGetValue((f.Metric, f.Counted, v), out var days)) continue;
            if (!votes.TryGetValue(f.Article, out var tally)) votes[f.Article] = tally = [];
            foreach (var day in days) tally[day] = tally.GetValueOrDefault(day) + 1;
        }

        foreach (var (article, tally) in votes)
        {
            dates[article] = tally.OrderByDescending(t => t.Value).ThenByDescending(t => t.Key).First().Key;
        }

        return dates;
    }

    /// <summary>
    /// An article's current counts in a group are those of its latest day and, when it places any in that day, of the
    /// latest part of it ("87 in the evening report" over "68 at 11 a.m."); the counts it recalls from earlier are history.
    /// </summary>
    /// <remarks><paramref name="group"/> is sorted by article: each article's figures are one run.</remarks>
    private static void MarkCurrent(List<Item> group)
    {
        for (int start = 0; start < group.Count;)
        {
            int end = start + 1;
            while (end < group.Count && group[end].Figure.Article == group[start].Figure.Article) end++;
            DateOnly? latest = null;
            for (int k = start; k < end; k++) if (group[k].Date is { } d && (latest is null || d > latest)) latest = d;

            // A count placed in the day ("the evening report") is the day's latest, before one placed nowhere in it.
            var part = DayPart.None;
            for (int k = start; k < end; k++) if (group[k].Date == latest && group[k].Part > part) part = group[k].Part;
            for (int k = start; k < end; k++) group[k].Current = group[k].Date == latest && group[k].Part == part;
            start = end;
        }
    }

    private static void ReconcileGroup(List<Item> group, string place, List<(Conflict, string)> found)
    {
        // A canonical order (not input order) keeps the result stable.
        group.Sort((a, b) =>
        {
            int c = string.CompareOrdinal(a.Figure.Article, b.Figure.Article);
            return c != 0 ? c : a.Figure.Span.Start.CompareTo(b.Figure.Span.Start);
        });
        MarkCurrent(group);
        var claims = new List<Claim>();
        var byKey = new Dictionary<(DateOnly?, DayPart, double, double, double?, FigureStatus, bool, bool, bool), Claim>();
        foreach (var i in group)
        {
            var key = (i.Date, i.Part, i.Interval.Low, i.Interval.High, i.Figure.Value, i.Figure.Status, i.Vague, i.Snapshot, i.Rose);
            if (byKey.TryGetValue(key, out var claim)) claim.Add(i);
            else claims.Add(byKey[key] = new Claim(i));
        }

        var dates = group.Where(i => i.Date is not null).Select(i => i.Date!.Value).Distinct().Order().ToArray();
        var pairs = new List<(int, int)>();
        var index = new Dictionary<Claim, int>(ReferenceEqualityComparer.Instance);
        for (int i = 0; i < claims.Count; i++) index[claims[i]] = i;
        void Pair(Claim a, Claim b)
        {
            int x = index[a], y = index[b];
            if (x != y) pairs.Add(x < y ? (x, y) : (y, x));
        }

        // Withdrawn figures against restatements of the same number.
        var asserted = claims.Where(c => !Disowned(c.Rep.Figure) && !c.Rep.Vague && c.Rep.Figure.Value is not null)
            .OrderBy(c => c.Rep.Figure.Value!.Value).ToList();
        var values = asserted.Select(c => c.Rep.Figure.Value!.Value).ToArray();
        foreach (var r in claims.Where(c => Disowned(c.Rep.Figure) && c.Rep.Figure.Value is not null))
        {
            double rv = r.Rep.Figure.Value!.Value, tolerance = Math.Max(1, rv * 0.01);
            for (int k = LowerBound(values, rv - tolerance); k < values.Length && values[k] <= rv + tolerance; k++)
            {
                if (asserted[k].SingleArticle && r.SingleArticle && asserted[k].Rep.Figure.Article == r.Rep.Figure.Article) continue;
                asserted[k].RestatesWithdrawn = true;
                Pair(r, asserted[k]);
            }
        }

        // The same day (or undated), then each reported day against the previous one.
        var days = claims.GroupBy(c => c.Rep.Date).ToDictionary(g => g.Key ?? DateOnly.MinValue, g => g.OrderBy(c => c.Point).ToList());
        foreach (var day in days.Values) Neighbourhood(day, day, Pair);
        for (int d = 1; d < dates.Length; d++) Neighbourhood(days[dates[d - 1]], days[dates[d]], Pair);
        if (days.TryGetValue(DateOnly.MinValue, out var undated) && dates.Length > 0)
        {
            var dated = claims.Where(c => c.Rep.Date is not null).OrderBy(c => c.Point).ToList();
            Neighbourhood(dated, undated, Pair);
        }

        // A rise's later count, with the same source's restatements of it on later days ("9,000 evacuated" on Monday,
        // again in Tuesday's reports), so the update names every report of the new count.
        // Claims by what they say, looked up once per update rather than scanned: a large group stays linear.
        Dictionary<(double?, double, double, FigureStatus), List<Claim>>? sameCount = null;
        Claim Restated(Claim late, Claim current)
        {
            if (late.Rep.Date is not { } ld) return current;
            if (sameCount is null)
            {
                sameCount = [];
                foreach (var c in claims)
                {
                    var k = (c.Rep.Figure.Value, c.Rep.Interval.Low, c.Rep.Interval.High, c.Rep.Figure.Status);
                    if (!sameCount.TryGetValue(k, out var list)) sameCount[k] = list = [];
                    list.Add(c);
                }
            }

            Claim? result = null;
            foreach (var c in sameCount[(late.Rep.Figure.Value, late.Rep.Interval.Low, late.Rep.Interval.High, late.Rep.Figure.Status)])
            {
                if (ReferenceEquals(c, late) || c.Rep.Date is not { } d || d <= ld) continue;
                foreach (var m in c.Members)
                {
                    if (!m.Current || !SameSource(new Claim(m), late)) continue;
                    if (result is null)
                    {
                        result = new Claim(current.Rep);
                        foreach (var k in current.Members.Skip(1)) result.Add(k);
                    }

                    if (!result.Members.Contains(m)) result.Add(m);
                }
            }

            return result ?? current;
        }

        pairs.Sort();
        for (int p = 0; p < pairs.Count; p++)
        {
            if (p > 0 && pairs[p] == pairs[p - 1]) continue;
            var (x, y) = pairs[p];
            var a = claims[x];
            var b = claims[y];
            if (a.SingleArticle && b.SingleArticle && a.Rep.Figure.Article == b.Rep.Figure.Article) continue;
            if (Compare(a, b, dates, place, Restated) is { } c) found.Add(c);
        }
    }

    /// <summary>Pairs each claim of <paramref name="later"/> with claims of <paramref name="earlier"/> (both sorted by value): all when few, value neighbours when many.</summary>
    private static void Neighbourhood(List<Claim> earlier, List<Claim> later, Action<Claim, Claim> pair)
    {
        if ((long)earlier.Count * later.Count <= FullComparePairs)
        {
            foreach (var a in earlier)
            {
                foreach (var b in later) pair(a, b);
            }

            return;
        }

        var points = earlier.Select(c => c.Point).ToArray();
        foreach (var b in later)
        {
            int at = LowerBound(points, b.Point);
            for (int k = Math.Max(0, at - Neighbours); k < Math.Min(points.Length, at + Neighbours + 1); k++) pair(earlier[k], b);
        }
    }

    private static int LowerBound(double[] sorted, double value)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < value) lo = mid + 1;
            else hi = mid;
        }

        return lo;
    }

    private static (Conflict, string)? Compare(Claim cx, Claim cy, DateOnly[] dates, string place, Func<Claim, Claim, Claim>? restated = null)
    {
        restated ??= (_, late) => late;
        var x = cx.Rep;
        var y = cy.Rep;
        var fx = x.Figure;
        var fy = y.Figure;
        string metric = fx.Metric;

        // A withdrawn or denied figure restated as fact elsewhere.
        var retracted = Disowned(fx) ? cx : Disowned(fy) ? cy : null;
        if (retracted is not null)
        {
            var other = retracted == cx ? cy : cx;
            var o = other.Rep;
            var rf = retracted.Rep.Figure;
            // Restated means the same number, not merely a compatible one.
            if (Disowned(o.Figure) || o.Vague || o.Figure.Value is not { } ov || rf.Value is not { } rv
                || Math.Abs(ov - rv) > Math.Max(1, rv * 0.01)) return null;
            string who = rf.Source ?? "its source";
            if (rf.Status != FigureStatus.Retracted)
            {
                // "The ministry denied giving that figure": the restatement's own source is named when it has one.
                string given = o.Figure.Source is { } s ? $", attributed to {s}," : string.Empty;
                return Make(metric, ConflictSeverity.Hard, cx, cy,
                    $"Denied figure restated: {FigureText.Value(o.Figure)} {metric}{given} is stated as fact in {Articles(other)} ({Date(o)}), but {Articles(retracted)} says {who} denied that figure.");
            }

            return Make(metric, ConflictSeverity.Hard, cx, cy,
                $"Withdrawn figure restated: {FigureText.Value(o.Figure)} {metric} is stated as fact in {Articles(other)} ({o.Figure.Source ?? "unattributed"}, {Date(o)}), but {Articles(retracted)} says {who} withdrew that figure.");
        }

        // A count the text places at an earlier moment ("when ... there were already dozens") is not the current toll.
        if (x.Snapshot || y.Snapshot) return null;


        // Troops, aircraft, boats or money counted in two articles are usually different groups: beyond tolls, only a
        // source's own later, larger count is compared (an update).
        bool toll = Tolls.Contains(metric);
        var (early, late, byPart) = Order(x, y);
        var (ce, cl) = early == x ? (cx, cy) : (cy, cx);

        // An estimate ("could be far higher", "estimates up to 200,000") against a count is no step of the count.
        if (fx.Facts.Estimate != fy.Facts.Estimate)
        {
            var (estimate, count) = fx.Facts.Estimate ? (cx, cy) : (cy, cx);
            // The count as it stood when the estimate was given: that day's, or the day before's when it was not yet updated.
            if (!toll || estimate.Rep.Date is not { } ed || count.Rep.Date is not { } cd || cd > ed) return null;
            double pv = estimate.Rep.Figure.Value ?? estimate.Rep.Interval.Point, pc = count.Rep.Figure.Value ?? count.Rep.Interval.Point;
            if (x.Interval.Overlaps(y.Interval) && Math.Abs(pv - pc) <= 0.25 * Math.Max(Math.Max(pv, pc), 1)) return null;
            if (CurrentAcross(estimate, count) is not var (ua, uc)) return null;
            return Make(metric, ConflictSeverity.Soft, ua, uc,
                $"Estimate against count: {Articles(ua)} gives an estimate of {FigureText.Value(estimate.Rep.Figure)} {metric} in {place} ({By(estimate.Rep)}) against a count of {FigureText.Value(count.Rep.Figure)} ({By(count.Rep)}): an estimate, not a rival count.");
        }
        if (!x.Interval.Overlaps(y.Interval))
        {
            if (early is not null && late is not null)
            {
                // Counts a day's reports place at different hours are that day's updates, not rivals.
                if (byPart) return null;
                if (!toll && !SameSource(cx, cy)) return null;

                // A withdrawn count restated is flagged against its withdrawal above, not again as a step of the count.
                if (cx.RestatesWithdrawn || cy.RestatesWithdrawn) return null;
                if (HasDateBetween(dates, early, late)) return null; // a moving count is flagged between consecutive reports only
                if (CurrentAcross(ce, cl) is not var (fe, fl)) return null;
                if (late.Interval.Point > early.Interval.Point)
                {
                    fl = restated(cl, fl);
                    return Make(metric, ConflictSeverity.Soft, fe, fl,
                        $"Update: the {What(fx)} in {place} rose from {FigureText.Value(early.Figure)} ({By(early, fe)}) to {FigureText.Value(late.Figure)} ({By(late, fl)}), the next report: a later update.");
                }

                if (toll && !x.Vague && !y.Vague)
                {
                    // The dead, injured and arrested are counted up, never down; the missing and displaced come home.
                    string reason = metric is "killed" or "injured" or "arrested"
                        ? "the count only grows, so one of them is wrong or counts something else"
                        : "people found, returned or accounted for may explain it";
                    return Make(metric, ConflictSeverity.Soft, fe, fl,
                        $"Fall: the {What(fx)} in {place} fell from {FigureText.Value(early.Figure)} ({By(early, fe)}) to {FigureText.Value(late.Figure)} ({By(late, fl)}), the next report: {reason}.");
                }
            }

            if (!toll) return null;
            if (x.Vague || y.Vague)
            {
                var (vague, precise) = x.Vague ? (cx, cy) : (cy, cx);
                return Make(metric, ConflictSeverity.Soft, cx, cy,
                    $"Vague against precise: {Articles(vague)} speaks loosely of {FigureText.Value(vague.Rep.Figure)} {metric} in {place} ({By(vague.Rep)}) while {Articles(precise)} gives {FigureText.Value(precise.Rep.Figure)} ({By(precise.Rep)}); the vague count does not reach it.");
            }

            if (x.Date != y.Date)
            {
                return Make(metric, ConflictSeverity.Soft, cx, cy,
                    $"Different days: {FigureText.Value(fx)} ({By(x, cx)}) and {FigureText.Value(fy)} ({By(y, cy)}) {metric} in {place} disagree; they were reported on different days, which may explain it.");
            }

            // An article giving both counts from one source reports that source's update.
            if (ReportedTogether(cx, cy)) return null;
            return Make(metric, ConflictSeverity.Hard, cx, cy,
                $"Rival counts: {FigureText.Value(fx)} ({fx.Source ?? "unattributed"}, {Articles(cx)}) and {FigureText.Value(fy)} ({fy.Source ?? "unattributed"}, {Articles(cy)}) {metric} cannot both hold for {place} on {Date(x)}.");
        }

        // Compatible intervals: quiet, unless the counts are far apart from different sources or moments.
        if (!toll) return null;
        double px = fx.Value ?? x.Interval.Point, py = fy.Value ?? y.Interval.Point;
        double gap = Math.Abs(px - py) / Math.Max(Math.Max(px, py), 1);
        if (x.Vague || y.Vague || gap <= 0.25) return null;
        if (early is null || late is null || byPart) return null;
        double pe = early.Figure.Value ?? early.Interval.Point, pl = late.Figure.Value ?? late.Interval.Point;
        if (pl <= pe || HasDateBetween(dates, early, late)) return null;
        if (CurrentAcross(ce, cl) is not var (ue, ul)) return null;
        ul = restated(cl, ul);
        return Make(metric, ConflictSeverity.Soft, ue, ul,
            $"Later and higher: the {What(fx)} in {place} went from {FigureText.Value(early.Figure)} ({By(early, ue)}) to {FigureText.Value(late.Figure)} ({By(late, ul)}): both can hold; the later report has a higher count.");
    }

    /// <summary>"Harbour Office, a3, 2026-03-05": who gives a figure, where and for which day, for an explanation.</summary>
    private static string By(Item i, Claim? c = null) => $"{i.Figure.Source ?? "unattributed"}, {(c is null ? i.Figure.Article : Articles(c))}, {Date(i)}";

    /// <summary>"killed count", "house destroy count": what a count counts, for an explanation.</summary>
    private static string What(Figure f) => f.Metric == "other" ? $"{f.Counted ?? "other"}{(f.Predicate is { } p ? " " + p : string.Empty)} count" : $"{f.Metric} count";

    /// <summary>What a figure counts, for grouping: the metric, or for other things the counted noun and what happened to it ("other:house/destroy").</summary>
    private static string MetricKey(Figure f) => f.Metric == "other" ? $"other:{f.Counted}/{f.Predicate}" : f.Metric;

    /// <summary>Withdrawn by its issuer, or denied ("the ministry denied that 40 people were killed").</summary>
    private static bool Disowned(Figure f) => f.Status == FigureStatus.Retracted || f.Facts.Denied;

    /// <summary>True when some member of each claim comes from the same source.</summary>
    private static bool SameSource(Claim a, Claim b)
    {
        foreach (var x in a.Members)
        {
            foreach (var y in b.Members)
            {
                if (x.Who == y.Who || (x.SourceName is { } n && n == y.SourceName)) return true;
            }
        }

        return false;
    }

    /// <summary>True when one article gives both claims from the same source.</summary>
    private static bool ReportedTogether(Claim a, Claim b)
    {
        foreach (var x in a.Members)
        {
            foreach (var y in b.Members)
            {
                if (x.Figure.Article == y.Figure.Article && x.Who == y.Who) return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The members of two claims that are their articles' current counts, when some pair of them comes from different
    /// articles: an update is flagged between what two reports say now, not with the history a report recalls.
    /// </summary>
    private static (Claim, Claim)? CurrentAcross(Claim a, Claim b)
    {
        Claim? ca = null, cb = null;
        foreach (var x in a.Members)
        {
            if (!x.Current) continue;
            foreach (var y in b.Members)
            {
                if (!y.Current || x.Figure.Article == y.Figure.Article) continue;
                if (ca is null) ca = new Claim(x);
                else if (!ca.Members.Contains(x)) ca.Add(x);
                if (cb is null) cb = new Claim(y);
                else if (!cb.Members.Contains(y)) cb.Add(y);
            }
        }

        return ca is null || cb is null ? null : (ca, cb);
    }

    /// <summary>The articles making a claim, for an explanation: "a", "a and b", "a, b and 3 others".</summary>
    private static string Articles(Claim c)
    {
        if (c.Count == 1) return c.Rep.Figure.Article;
        var ids = c.Members.Select(m => m.Figure.Article).Distinct(StringComparer.Ordinal).ToList();
        return ids.Count switch
        {
            1 => ids[0],
            2 => $"{ids[0]} and {ids[1]}",
            3 => $"{ids[0]}, {ids[1]} and {ids[2]}",
            _ => $"{ids[0]}, {ids[1]} and {(ids.Count - 2).ToString(CultureInfo.InvariantCulture)} others",
        };
    }

    /// <summary>True when another report in the group falls strictly between the two dates.</summary>
    private static bool HasDateBetween(DateOnly[] dates, Item early, Item late)
    {
        if (early.Date is not { } d1 || late.Date is not { } d2) return false;
        int at = Array.BinarySearch(dates, d1);
        int next = at >= 0 ? at + 1 : ~at;
        return next < dates.Length && dates[next] < d2;
    }

    /// <summary>Which of two counts is the later: by day, then by the part of the day when both say one, then by a stated rise.</summary>
    private static (Item? Early, Item? Late, bool ByPart) Order(Item x, Item y)
    {
        if (x.Date is { } dx && y.Date is { } dy && dx != dy) return dx < dy ? (x, y, false) : (y, x, false);
        if (x.Date == y.Date && x.Part != DayPart.None && y.Part != DayPart.None && x.Part != y.Part) return x.Part < y.Part ? (x, y, true) : (y, x, true);
        bool rx = x.Rose, ry = y.Rose;
        if (rx != ry) return rx ? (y, x, false) : (x, y, false);
        return (null, null, false);
    }

    private static (Conflict, string) Make(string metric, ConflictSeverity severity, Claim x, Claim y, string why)
    {
        if (x.Count == 1 && y.Count == 1)
        {
            // The common case, without intermediate lists.
            var (a, b) = (x.Rep.Figure, y.Rep.Figure);
            if (Before(b, a)) (a, b) = (b, a);
            string pairKey = string.Create(CultureInfo.InvariantCulture, $"{a.Article}:{a.Span.Start:D9}|{b.Article}:{b.Span.Start:D9}");
            return (new Conflict(string.Empty, metric, severity, [a.Id, b.Id], why), pairKey);
        }

        var ids = new List<Figure>(x.Count + y.Count);
        foreach (var m in x.Members) ids.Add(m.Figure);
        foreach (var m in y.Members) ids.Add(m.Figure);
        ids.Sort((a, b) => Before(a, b) ? -1 : Before(b, a) ? 1 : 0);
        var key = new System.Text.StringBuilder(ids.Count * 24);
        foreach (var f in ids)
        {
            if (key.Length > 0) key.Append('|');
            key.Append(f.Article).Append(':').Append(f.Span.Start.ToString("D9", CultureInfo.InvariantCulture));
        }

        return (new Conflict(string.Empty, metric, severity, ids.ConvertAll(f => f.Id), why), key.ToString());
    }

    /// <summary>Canonical figure order: by article, then by position.</summary>
    private static bool Before(Figure a, Figure b)
    {
        int c = string.CompareOrdinal(a.Article, b.Article);
        return c < 0 || (c == 0 && a.Span.Start < b.Span.Start);
    }

    private static string Date(Item i) => i.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "undated";

    private static string Norm(string? s) => s is null ? string.Empty : NameForms.PlainKey(s);

    private static bool IsVague(Figure f) => f.Qualifier == Qualifier.Range && f.Value is null && f.Low is { } lo && f.High is { } hi && hi >= lo * 3;
}
