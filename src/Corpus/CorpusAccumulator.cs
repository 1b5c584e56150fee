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
    private readonly StringPool _strings = new();
    private readonly AliasResolver.Builder _aliases;
    private readonly List<ArticleInfo> _articles = [];
    private readonly Dictionary<string, DateOnly?> _dates = new(StringComparer.Ordinal);
    private readonly List<(string Article, IReadOnlyList<RoleUse> Uses)> _roles = [];
    private readonly List<Figure> _figures = [];
    private readonly List<(int Figure, TextSpan Source)> _figureSources = [];
    private readonly List<Quote> _quotes = [];
    private readonly List<(int Quote, SpeakerRef Speaker)> _speakers = [];

    public CorpusAccumulator(AliasResolver aliases, RoleFinder roleFinder)
    {
        _roleFinder = roleFinder;
        _aliases = aliases.Start(_strings);
    }

    /// <summary>Articles added so far.</summary>
    public int Count => _articles.Count;

    /// <summary>Folds in the next article's analysis; false (and nothing added) when an article with its id was already added.</summary>
    public bool TryAdd(ArticleAnalysis a)
    {
        string id = a.Id;
        if (!_dates.TryAdd(id, a.Info.Published)) return false;
        var info = a.Info;
        if (_strings.Intern(info.Outlet) is { } outlet && !ReferenceEquals(outlet, info.Outlet)) info = info with { Outlet = outlet };
        _articles.Add(info);
        _aliases.Add(a.Mentions);
        if (a.Roles.Count > 0) _roles.Add((id, a.Roles.Select(PoolRole).ToArray()));

        for (int k = 0; k < a.Figures.Count; k++)
        {
            var d = a.Figures[k];
            var q = d.Quantity;
            int index = _figures.Count;
            if (d.SourceSpan is { } source) _figureSources.Add((index, source));
            // Location stays raw (possibly a place key) and the source as written until Finish names them.
            _figures.Add(new Figure($"f{index + 1}", id, _strings.Intern(d.Metric), q.Value, q.Low, q.High, QualifierOf(q.Qualifier),
                _strings.Intern(d.Location), _strings.Intern(d.SourceText), d.Retracted ? FigureStatus.Retracted : FigureStatus.Asserted,
                _strings.Intern(a.FigureSentences[k]), q.Span, d.Sentence));
        }

        foreach (var d in a.Quotes)
        {
            int index = _quotes.Count;
            string? speakerText = null;
            if (d.Speaker is { } sp)
            {
                speakerText = _strings.Intern(sp.Text);
                _speakers.Add((index, sp with { Text = speakerText }));
            }

            _quotes.Add(new Quote($"q{index + 1}", id, null, speakerText, _strings.Intern(d.Text), d.Direct, d.Span, d.Sentence));
        }

        return true;
    }

    /// <summary>
    /// Resolves entities across everything added, links role nouns, names figure sources and quote
    /// speakers, groups articles into stories and (when <paramref name="reconcile"/>) reconciles
    /// figures within each story. The accumulator is spent afterwards.
    /// </summary>
    public AnalysisResult Finish(IReadOnlyList<RejectedInput> rejected, bool reconcile = true)
    {
        var timer = _timer;
        timer.Lap("articles folded");
        _strings.Clear(); // the pooled strings live on in the result; the pool's own table is no longer needed
        var entities = _aliases.Build();
        timer.Lap("aliases");
        entities = RoleLinker.Link(entities, _roles);
        _roles.Clear();
        timer.Lap("roles");
        var owners = MentionOwners(entities);
        NameFigures(entities, owners);
        timer.Lap("figures");
        NameSpeakers(entities, owners);
        timer.Lap("quotes");
        var stories = StoryClusterer.Cluster(_articles.Select(a => a.Id).ToList(), entities, _dates);
        for (int i = 0; i < _articles.Count; i++) _articles[i] = _articles[i] with { Story = stories[_articles[i].Id] };
        timer.Lap("stories");

        // Figures are reconciled within their story; conflict ids run across stories in story order.
        var conflicts = new List<Conflict>();
        foreach (var story in _figures.Where(_ => reconcile).GroupBy(f => stories[f.Article]).OrderBy(g => int.Parse(g.Key[1..], System.Globalization.CultureInfo.InvariantCulture)))
        {
            foreach (var c in Reconciler.Reconcile(story.ToList(), _dates)) conflicts.Add(c with { Id = "k" + (conflicts.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) });
        }

        timer.Lap("reconcile");
        return new AnalysisResult(_articles, entities, _quotes, _figures, conflicts, rejected);
    }

    private RoleUse PoolRole(RoleUse u) => u with
    {
        Role = new Role(_strings.Intern(u.Role.Of), _strings.Intern(u.Role.Head)),
        Text = _strings.Intern(u.Text),
    };

    private static Qualifier QualifierOf(string qualifier) => qualifier switch
    {
        "at-least" => Qualifier.AtLeast,
        "more-than" => Qualifier.MoreThan,
        "at-most" => Qualifier.AtMost,
        "less-than" => Qualifier.LessThan,
        "about" => Qualifier.About,
        "almost" => Qualifier.Almost,
        "range" => Qualifier.Range,
        _ => Qualifier.Exact,
    };

    /// <summary>The entity each mention or role mention belongs to, by article and span: how sources and speakers are named.</summary>
    private Dictionary<(string, int, int), Entity> MentionOwners(IReadOnlyList<Entity> entities)
    {
        // Only the spans figures and quotes name (sources, speakers) are looked up: indexing just
        // those keeps this map small on corpora with millions of mentions.
        var wanted = new HashSet<(string, int, int)>();
        foreach (var (f, sp) in _figureSources) wanted.Add((_figures[f].Article, sp.Start, sp.End));
        foreach (var (q, sp) in _speakers) wanted.Add((_quotes[q].Article, sp.Span.Start, sp.Span.End));

        var owners = new Dictionary<(string, int, int), Entity>(wanted.Count);
        foreach (var e in entities)
        {
            foreach (var m in e.Mentions)
            {
                var key = (m.Article, m.Span.Start, m.Span.End);
                if (wanted.Contains(key)) owners.TryAdd(key, e);
            }

            foreach (var m in e.RoleMentions)
            {
                var key = (m.Article, m.Span.Start, m.Span.End);
                if (wanted.Contains(key)) owners.TryAdd(key, e);
            }
        }

        return owners;
    }

    /// <summary>Each source that is a mention named by its entity's canonical name; each place by its entity's name.</summary>
    private void NameFigures(IReadOnlyList<Entity> entities, Dictionary<(string, int, int), Entity> owners)
    {
        // Places are named by their entity, so "US" and "United States" are one place.
        var placeNames = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var e in entities.Where(e => e.Type is EntityType.Gpe or EntityType.Loc))
        {
            foreach (var alias in e.Aliases) placeNames.TryAdd(alias, e.Name);
        }

        var placeKeys = new Dictionary<string, string?>(StringComparer.Ordinal);
        int next = 0;
        for (int i = 0; i < _figures.Count; i++)
        {
            var f = _figures[i];
            string? source = f.Source;
            if (next < _figureSources.Count && _figureSources[next].Figure == i)
            {
                var sp = _figureSources[next++].Source;
                if (owners.TryGetValue((f.Article, sp.Start, sp.End), out var owner)) source = owner.Name;
            }

            string? location = f.Location;
            if (location is not null && location[0] == FigureExtractor.PlaceKeyMarker)
            {
                if (!placeKeys.TryGetValue(location, out var named)) placeKeys[location] = named = NameLocation(location[1..], entities);
                location = named;
            }

            if (location is not null && placeNames.TryGetValue(location, out var canonical)) location = canonical;
            if (!ReferenceEquals(source, f.Source) || !ReferenceEquals(location, f.Location)) _figures[i] = f with { Source = source, Location = location };
        }

        _figureSources.Clear();
    }

    /// <summary>Each quote's speaker as an entity id when the attribution resolves to one.</summary>
    private void NameSpeakers(IReadOnlyList<Entity> entities, Dictionary<(string, int, int), Entity> owners)
    {
        foreach (var (i, sp) in _speakers)
        {
            var q = _quotes[i];
            string? speaker = owners.TryGetValue((q.Article, sp.Span.Start, sp.Span.End), out var e) ? e.Id : RoleFallback(entities, q.Article, sp, q.Span.Start)?.Id;
            if (speaker is not null) _quotes[i] = q with { Speaker = speaker };
        }

        _speakers.Clear();
    }

    /// <summary>"the president said": the nearest person named before in this article whom the corpus introduces with that role.</summary>
    private static Entity? RoleFallback(IReadOnlyList<Entity> entities, string article, SpeakerRef speaker, int position)
    {
        string head = speaker.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault()?.ToLowerInvariant() ?? string.Empty;
        if (head.Length == 0) return null;
        return entities
            .Where(e => e.Type == EntityType.Person && e.Roles.Any(r => r.Contains(head, StringComparison.OrdinalIgnoreCase)))
            .Select(e => (Entity: e, Last: e.Mentions.Where(m => m.Article == article && m.Span.Start < position).Select(m => m.Span.Start).DefaultIfEmpty(-1).Max()))
            .Where(x => x.Last >= 0)
            .OrderByDescending(x => x.Last)
            .Select(x => x.Entity)
            .FirstOrDefault();
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
