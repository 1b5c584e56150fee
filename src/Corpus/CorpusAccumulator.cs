using Corpus.Claims;
using Corpus.Entities;
using Corpus.Ingestion;
using Corpus.Reconciliation;
using Corpus.Text;

namespace Corpus;

/// <summary>
/// The corpus-level stages, fed one article record at a time in corpus order. Each record is
/// folded in as it arrives: its figures and quotes become the result's own objects, its mentions
/// join the alias resolver's clusters as the result's mention objects, and repeated strings are
/// pooled; the record itself is not kept. What waits for <see cref="Finish"/> is only what needs
/// the whole corpus (names of sources and speakers, role links, stories, conflicts), so memory
/// beyond the result stays small however long the stream. Not thread-safe; single use.
/// </summary>
internal sealed class CorpusAccumulator
{
    private readonly RoleFinder _roleFinder;
    private readonly StageTimer _timer = StageTimer.FromEnvironment();
    private readonly int _parallelism;
    private readonly StringPool _strings = new();
    private readonly AliasResolver.Builder _aliases;
    private readonly ChunkedList<ArticleInfo> _articles = new();
    private readonly Dictionary<string, DateOnly?> _dates = new(StringComparer.Ordinal);
    private readonly List<(string Article, IReadOnlyList<RoleUse> Uses)> _roles = [];
    private readonly List<int[]?> _roleSlots = [];
    private readonly ChunkedList<Figure> _figures = new();
    private readonly ChunkedList<Quote> _quotes = new();

    // A figure source or quote speaker is named by the entity of the mention (or role noun) at its
    // span. Each such span gets an owner slot as its article arrives; alias resolution and role
    // linking fill the slots, so no corpus-wide map from spans to entities is ever built.
    private readonly List<(int Figure, int Slot)> _figureSources = [];
    private readonly List<(int Figure, string Key)> _figurePlaceKeys = [];

    /// <summary>Figures placed only by their article's main place, with the article's state or province: a source may say better.</summary>
    private readonly List<(int Figure, string? Region)> _figureRegions = [];
    private readonly List<(int Quote, int Slot)> _speakers = [];
    private int _slots;

    /// <param name="aliases">Resolves entities across the corpus.</param>
    /// <param name="roleFinder">Reads place keys of role phrases.</param>
    /// <param name="parallelism">Stories reconciled at once (each story's reconciliation is independent).</param>
    public CorpusAccumulator(AliasResolver aliases, RoleFinder roleFinder, int parallelism = 1)
    {
        _roleFinder = roleFinder;
        _parallelism = Math.Max(1, parallelism);
        _aliases = aliases.Start(_strings);
    }

    /// <summary>Folds in the next article's analysis; false (and nothing added) when an article with its id was already added.</summary>
    public bool TryAdd(ArticleAnalysis a)
    {
        string id = a.Id;
        if (!_dates.TryAdd(id, a.Info.Published)) return false;
        var info = a.Info;
        if (_strings.Intern(info.Outlet) is { } outlet && !ReferenceEquals(outlet, info.Outlet)) info = info with { Outlet = outlet };
        _articles.Add(info);
        var slots = new SlotFinder(a, _slots);
        for (int k = 0; k < a.Figures.Count; k++)
        {
            var d = a.Figures[k];
            var q = d.Quantity;
            int index = _figures.Count;
            if (d.SourceSpan is { } source && slots.At(source) is int slot and >= 0) _figureSources.Add((index, slot));
            if (d.PlaceKey is { } key) _figurePlaceKeys.Add((index, key));
            if (d.PlaceFrom == FigurePlaceFrom.Article) _figureRegions.Add((index, _strings.Intern(d.Region)));
            // Location stays raw (possibly a place key) and the source as written until Finish names them.
            _figures.Add(new Figure($"f{index + 1}", id, _strings.Intern(d.Metric), q.Value, q.Low, q.High, QualifierOf(q.Qualifier),
                _strings.Intern(d.Location), _strings.Intern(d.SourceText), d.Retracted ? FigureStatus.Retracted : FigureStatus.Asserted,
                _strings.Intern(a.FigureSentences[k]), q.Span, d.Sentence) { Counted = _strings.Intern(d.Counted), Attribution = _strings.Intern(d.SourceAttribution), Facts = d.Facts, CitedSource = _strings.Intern(d.CitedSource), PlaceFrom = d.PlaceFrom, Predicate = _strings.Intern(d.Predicate) });
        }

        foreach (var d in a.Quotes)
        {
            int index = _quotes.Count;
            // A speaker no mention or role noun stands at is named at Finish by role, or not at all.
            if (d.Speaker is { } sp) _speakers.Add((index, slots.At(sp.Span)));
            _quotes.Add(new Quote($"q{index + 1}", id, null, _strings.Intern(d.Speaker?.Text), _strings.Intern(d.Text), d.Direct, d.Span, d.Sentence) { Attribution = _strings.Intern(d.Attribution) });
        }

        _slots = slots.Next;
        _aliases.Add(a.Mentions, slots.MentionSlots);
        if (a.Roles.Count > 0)
        {
            _roles.Add((id, a.Roles.Select(PoolRole).ToArray()));
            _roleSlots.Add(slots.RoleSlots);
        }

        return true;
    }

    /// <summary>
    /// Appends another accumulator's articles after this one's, as if each had been added here in
    /// order, so parts of a corpus can be folded separately (on other threads or nodes) and merged in
    /// corpus order. Associative: (a + b) + c and a + (b + c) finish to the same result.
    /// <paramref name="other"/> is spent afterwards.
    /// </summary>
    /// <returns>False, and nothing appended, when the two hold an article with the same id.</returns>
    public bool TryAppend(CorpusAccumulator other)
    {
        foreach (var id in other._dates.Keys)
        {
            if (_dates.ContainsKey(id)) return false;
        }

        foreach (var (id, date) in other._dates) _dates.Add(id, date);
        foreach (var a in other._articles) _articles.Add(a);
        int slotOffset = _slots;
        _aliases.Append(other._aliases, slotOffset);
        _roles.AddRange(other._roles);
        _roleSlots.AddRange(other._roleSlots.Select(slots => slots?.Select(x => ShiftSlot(x, slotOffset)).ToArray()));
        _slots += other._slots;

        // Claim ids are positions in corpus order: the appended ones move up.
        int figureOffset = _figures.Count, quoteOffset = _quotes.Count;
        foreach (var f in other._figures) _figures.Add(f with { Id = $"f{_figures.Count + 1}" });
        foreach (var (i, slot) in other._figureSources) _figureSources.Add((i + figureOffset, ShiftSlot(slot, slotOffset)));
        foreach (var (i, key) in other._figurePlaceKeys) _figurePlaceKeys.Add((i + figureOffset, key));
        foreach (var (i, region) in other._figureRegions) _figureRegions.Add((i + figureOffset, region));
        foreach (var q in other._quotes) _quotes.Add(q with { Id = $"q{_quotes.Count + 1}" });
        foreach (var (i, slot) in other._speakers) _speakers.Add((i + quoteOffset, ShiftSlot(slot, slotOffset)));
        return true;
    }

    /// <summary>An owner slot of a part appended after <paramref name="offset"/> slots; none (-1) stays none.</summary>
    internal static int ShiftSlot(int slot, int offset) => slot < 0 ? slot : slot + offset;

    /// <summary>
    /// Resolves entities across everything added, links role nouns, names figure sources and quote
    /// speakers, groups articles into stories and (when <paramref name="reconcile"/>) reconciles
    /// figures within each story. The accumulator is spent afterwards.
    /// </summary>
    public AnalysisResult Finish(IReadOnlyList<RejectedInput> rejected, bool reconcile = true)
    {
        _timer.Lap("articles folded");
        _strings.Clear(); // the pooled strings live on in the result; the pool's own table is no longer needed
        var owners = new int[_slots];
        Array.Fill(owners, -1);
        var entities = _aliases.Build(owners);
        _timer.Lap("aliases");
        entities = RoleLinker.Link(entities, _roles, _roleSlots, owners);
        _roles.Clear();
        _roles.TrimExcess();
        _roleSlots.Clear();
        _roleSlots.TrimExcess();
        _timer.Lap("roles");
        NameFigures(entities, owners);
        _timer.Lap("figures");
        NameSpeakers(entities, owners);
        _timer.Lap("quotes");
        var stories = StoryClusterer.Cluster(_articles.Select(a => a.Id).ToList(), entities, _dates);
        for (int i = 0; i < _articles.Count; i++) _articles[i] = _articles[i] with { Story = stories[_articles[i].Id] };
        _timer.Lap("stories");

        // Figures are reconciled within their story; conflict ids run across stories in story order.
        // Stories are independent, so they are reconciled in parallel and numbered afterwards in order.
        var byStory = reconcile
            ? _figures.GroupBy(f => stories[f.Article]).OrderBy(g => int.Parse(g.Key[1..], System.Globalization.CultureInfo.InvariantCulture)).Select(g => g.ToArray()).ToArray()
            : [];
        var found = new IReadOnlyList<Conflict>[byStory.Length];
        Parallel.For(0, byStory.Length, new ParallelOptions { MaxDegreeOfParallelism = _parallelism }, i =>
        {
            found[i] = Reconciler.Reconcile(byStory[i], _dates);
            byStory[i] = [];
        });
        var conflicts = new ChunkedList<Conflict>();
        foreach (var story in found)
        {
            foreach (var c in story) conflicts.Add(c with { Id = "k" + (conflicts.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) });
        }

        _timer.Lap("reconcile");
        return new AnalysisResult(_articles, entities, _quotes, _figures, conflicts, rejected);
    }

    /// <summary>
    /// Owner slots of one article's spans: a span gets the slot of the name mention at exactly that
    /// span, else of the role noun there, else none (-1); each mention or role noun gets at most one.
    /// </summary>
    private sealed class SlotFinder(ArticleAnalysis article, int next)
    {
        public int Next { get; private set; } = next;

        public int[]? MentionSlots { get; private set; }

        public int[]? RoleSlots { get; private set; }

        // Span to the first mention (and role noun) there, built on first use: an article with many
        // quotes and mentions is linear, not quotes × mentions.
        private Dictionary<TextSpan, int>? _mentionAt;
        private Dictionary<TextSpan, int>? _roleAt;

        public int At(TextSpan span)
        {
            var mentions = article.Mentions.Mentions;
            _mentionAt ??= FirstAt(mentions.Count, i => mentions[i].Span);
            if (_mentionAt.TryGetValue(span, out int m)) return Slot(MentionSlots ??= NoSlots(mentions.Count), m);
            _roleAt ??= FirstAt(article.Roles.Count, i => article.Roles[i].Span);
            if (_roleAt.TryGetValue(span, out int r)) return Slot(RoleSlots ??= NoSlots(article.Roles.Count), r);
            return -1;
        }

        private static Dictionary<TextSpan, int> FirstAt(int count, Func<int, TextSpan> spanOf)
        {
            var first = new Dictionary<TextSpan, int>(count);
            for (int i = 0; i < count; i++) first.TryAdd(spanOf(i), i);
            return first;
        }

        private int Slot(int[] slots, int i) => slots[i] >= 0 ? slots[i] : slots[i] = Next++;

        private static int[] NoSlots(int n)
        {
            var slots = new int[n];
            Array.Fill(slots, -1);
            return slots;
        }
    }

    private RoleUse PoolRole(RoleUse u) => u with
    {
        Role = new Role(_strings.Intern(u.Role.Of), _strings.Intern(u.Role.Head)),
        Text = _strings.Intern(u.Text),
    };

    /// <summary>A figure counts a stated rise or fall as stated.</summary>
    private static Quantities.Qualifier QualifierOf(Quantities.Qualifier qualifier) => qualifier is Quantities.Qualifier.Rise or Quantities.Qualifier.Fall ? Quantities.Qualifier.Exact : qualifier;

    /// <summary>Each source that is a mention named by its entity's canonical name; each place by its entity's name.</summary>
    private void NameFigures(IReadOnlyList<Entity> entities, int[] owners)
    {
        // Places are named by their entity, so "US" and "United States" are one place.
        var placeNames = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var e in entities.Where(e => e.Type is EntityType.Gpe or EntityType.Loc))
        {
            foreach (var alias in e.Aliases) placeNames.TryAdd(alias, e.Name);
        }

        var placeKeys = new Dictionary<string, string?>(StringComparer.Ordinal);
        int next = 0, nextKey = 0, nextRegion = 0;
        for (int i = 0; i < _figures.Count; i++)
        {
            var f = _figures[i];
            string? source = f.Source, sourceEntity = null;
            Entity? sourceOwner = null;
            if (next < _figureSources.Count && _figureSources[next].Figure == i)
            {
                int owner = owners[_figureSources[next++].Slot];
                if (owner >= 0) (source, sourceEntity, sourceOwner) = (entities[owner].Name, entities[owner].Id, entities[owner]);
            }

            // A figure its article places only by its main place belongs where its source governs: "Nowshera police"
            // count in Nowshera, a provincial authority in the article's province.
            string? jurisdiction = null;
            if (nextRegion < _figureRegions.Count && _figureRegions[nextRegion].Figure == i)
            {
                string? region = _figureRegions[nextRegion++].Region;
                if (sourceOwner is { Type: EntityType.Org }) jurisdiction = Jurisdiction(sourceOwner.Name, sourceOwner.Aliases, region, placeNames);
                else if (sourceOwner is null && f.Source is { } written) jurisdiction = Jurisdiction(written, [written], region, placeNames);
            }

            string? location = f.Location;
            if (nextKey < _figurePlaceKeys.Count && _figurePlaceKeys[nextKey].Figure == i)
            {
                string key = _figurePlaceKeys[nextKey++].Key;
                if (!placeKeys.TryGetValue(key, out var named)) placeKeys[key] = named = NameLocation(key, entities);
                location = named;
            }

            var placeFrom = f.PlaceFrom;
            if (jurisdiction is not null) (location, placeFrom) = (jurisdiction, FigurePlaceFrom.Source);
            if (location is not null && placeNames.TryGetValue(location, out var canonical)) location = canonical;
            if (!ReferenceEquals(source, f.Source) || !ReferenceEquals(location, f.Location) || sourceEntity is not null || placeFrom != f.PlaceFrom)
            {
                _figures[i] = f with { Source = source, Location = location, SourceEntity = sourceEntity, PlaceFrom = placeFrom };
            }
        }

        _figureSources.Clear();
        _figureSources.TrimExcess();
        _figurePlaceKeys.Clear();
        _figurePlaceKeys.TrimExcess();
        _figureRegions.Clear();
        _figureRegions.TrimExcess();
    }

    /// <summary>Each quote's speaker as an entity id when the attribution resolves to one.</summary>
    private void NameSpeakers(IReadOnlyList<Entity> entities, int[] owners)
    {
        var roles = new RoleFallback(entities);
        var bodies = new DescriptiveBodyFallback(entities);
        foreach (var (i, slot) in _speakers)
        {
            var q = _quotes[i];
            string? speaker = slot >= 0 && owners[slot] >= 0 ? entities[owners[slot]].Id
                : (roles.Find(q.Article, q.SpeakerText!, q.Span.Start) ?? bodies.Find(q.Article, q.SpeakerText!, q.Span.Start))?.Id;
            if (speaker is not null) _quotes[i] = q with { Speaker = speaker };
        }

        _speakers.Clear();
        _speakers.TrimExcess();
    }

    /// <summary>
    /// "the president said": the nearest person named before in this article whom the corpus introduces with that role.
    /// The people with a role word and each person's positions in an article are looked up once, not once per quote,
    /// so a corpus of many unnamed speakers stays linear.
    /// </summary>
    /// <summary>
    /// "the harbour administration said", after the article has named Lusk: the organisation the corpus names in full as
    /// "Lusk harbour administration" ("the navy": "Varde Navy"), when its leading words are a place this article names
    /// before the quote (the place named last wins). Indexes are built once per corpus, so many unresolved speakers stay cheap.
    /// </summary>
    private sealed class DescriptiveBodyFallback(IReadOnlyList<Entity> entities)
    {
        private Dictionary<string, List<(string Place, Entity Body)>>? _byTail;
        private Dictionary<string, List<(int Start, string Place)>>? _placesIn;

        public Entity? Find(string article, string speaker, int position)
        {
            if (!speaker.StartsWith("the ", StringComparison.OrdinalIgnoreCase) || speaker.Length < 7) return null;
            string tail = speaker[4..];
            if (tail.Any(char.IsUpper)) return null; // "the harbour administration", "the navy"; not "the Times"
            Build();
            if (!_byTail!.TryGetValue(tail.ToLowerInvariant(), out var bodies) || !_placesIn!.TryGetValue(article, out var places)) return null;

            Entity? best = null;
            int bestStart = -1;
            foreach (var (start, place) in places)
            {
                if (start >= position) break;
                foreach (var (p, body) in bodies)
                {
                    if (string.Equals(p, place, StringComparison.OrdinalIgnoreCase) && start > bestStart) (best, bestStart) = (body, start);
                }
            }

            return best;
        }

        private void Build()
        {
            if (_byTail is not null) return;
            _byTail = new Dictionary<string, List<(string, Entity)>>(StringComparer.Ordinal);
            _placesIn = new Dictionary<string, List<(int, string)>>(StringComparer.Ordinal);
            foreach (var e in entities)
            {
                if (e.Type == EntityType.Org)
                {
                    foreach (string name in e.Aliases.Append(e.Name).Distinct(StringComparer.Ordinal))
                    {
                        // "Lusk harbour administration", "Varde Navy": a capitalized place of up to three words, then the words
                        // naming the body; every split is kept, and the article's places decide which one is meant.
                        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                        for (int k = 1; k <= 3 && k < words.Length && char.IsUpper(words[k - 1][0]); k++)
                        {
                            string tail = string.Join(' ', words.Skip(k)).ToLowerInvariant();
                            if (!_byTail.TryGetValue(tail, out var list)) _byTail[tail] = list = [];
                            list.Add((string.Join(' ', words.Take(k)), e));
                        }
                    }
                }
                else if (e.Type is EntityType.Gpe or EntityType.Loc)
                {
                    foreach (var m in e.Mentions)
                    {
                        if (!_placesIn.TryGetValue(m.Article, out var list)) _placesIn[m.Article] = list = [];
                        list.Add((m.Span.Start, e.Name));
                        if (m.Text != e.Name) list.Add((m.Span.Start, m.Text));
                    }
                }
            }

            foreach (var list in _placesIn.Values) list.Sort((a, b) => a.Item1.CompareTo(b.Item1));
        }
    }

    private sealed class RoleFallback(IReadOnlyList<Entity> entities)
    {
        private readonly Dictionary<string, List<Entity>> _withRole = new(StringComparer.Ordinal);
        private readonly Dictionary<(string Entity, string Article), int[]> _starts = [];

        public Entity? Find(string article, string speaker, int position)
        {
            string head = speaker.Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault()?.ToLowerInvariant() ?? string.Empty;
            if (head.Length == 0) return null;
            if (!_withRole.TryGetValue(head, out var people))
            {
                _withRole[head] = people = entities.Where(e => e.Type == EntityType.Person && e.Roles.Any(r => r.Contains(head, StringComparison.OrdinalIgnoreCase))).ToList();
            }

            Entity? best = null;
            int bestStart = -1;
            foreach (var e in people)
            {
                if (!_starts.TryGetValue((e.Id, article), out var starts))
                {
                    _starts[(e.Id, article)] = starts = e.Mentions.Where(m => m.Article == article).Select(m => m.Span.Start).Order().ToArray();
                }

                // The last mention before the quote: the greatest start below its position.
                int k = Array.BinarySearch(starts, position);
                int last = k >= 0 ? k - 1 : ~k - 1;
                while (last >= 0 && starts[last] >= position) last--;
                if (last >= 0 && starts[last] > bestStart)
                {
                    bestStart = starts[last];
                    best = e;
                }
            }

            return best;
        }
    }

    /// <summary>
    /// Where a source counts: the place its name begins with ("Lusk police", "Varde harbour administration": Varde
    /// harbour), or the article's state or province for a provincial or state body; null when its name says neither.
    /// </summary>
    private static string? Jurisdiction(string name, IReadOnlyList<string> aliases, string? region, Dictionary<string, string> placeNames)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        int skip = words.Length > 1 && words[0] is "the" or "The" ? 1 : 0;
        for (int n = Math.Min(words.Length - 1, skip + 4); n > skip; n--)
        {
            string head = string.Join(' ', words, skip, n - skip);
            if (!placeNames.ContainsKey(head) && (Gazetteer.Default.Lookup(head) & (GazCategory.Country | GazCategory.Capital | GazCategory.City | GazCategory.Town)) == 0
                && Gazetteer.Default.SubdivisionsNamed(head).Count == 0) continue;
            return Places.IsAreaWord(words[n].ToLowerInvariant()) ? head + " " + words[n] : head;
        }

        if (region is null) return null;
        foreach (var alias in aliases)
        {
            foreach (var w in alias.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (FigureCues.Default.NamesRegionalBody(w.ToLowerInvariant())) return region;
            }
        }

        return null;
    }

    /// <summary>A place key from an article that named its country only by nationality: the place entity with that key, or the gazetteer's name.</summary>
    private string? NameLocation(string key, IReadOnlyList<Entity> entities)
    {
        var place = entities.Where(e => e.Type is EntityType.Gpe).FirstOrDefault(e => e.Aliases.Any(a => _roleFinder.PlaceKey(a) == key));
        if (place is not null) return place.Name;
        var known = Gazetteer.Default.NamesWithCode(key).FirstOrDefault(n => n.Category == GazCategory.Country);
        return known.Name;
    }
}
