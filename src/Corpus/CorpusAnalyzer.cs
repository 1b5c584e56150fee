using Corpus.Claims;
using Corpus.Entities;
using Corpus.Ingestion;
using Corpus.Reconciliation;
using Corpus.Text;

namespace Corpus;

/// <summary>
/// The entry point: analyzes a corpus of articles into entities, quotes, figures and conflicts.
/// </summary>
/// <remarks>
/// Per-article stages run in parallel; corpus-level stages merge their results. Output order is
/// deterministic (input order) whatever the parallelism. An instance holds no per-run state and
/// may be shared between threads.
/// </remarks>
/// <example>
/// <code>
/// var analyzer = new CorpusAnalyzer();
/// var result = analyzer.Analyze(ArticleReader.ReadPaths(["articles/"]));
/// foreach (var figure in result.Figures) Console.WriteLine($"{figure.Metric} {figure.Value} ({figure.Article})");
/// </code>
/// </example>
public sealed class CorpusAnalyzer
{
    private readonly AnalyzerOptions _options;
    private static readonly RoleFinder Roles = new(Gazetteer.Default);
    private readonly ArticlePipeline _pipeline = new(EntityRecognizer.Default, Roles, new FigureExtractor(Roles), new QuoteExtractor());
    private readonly AliasResolver _aliases = new(Gazetteer.Default);

    /// <summary>Creates an analyzer.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public CorpusAnalyzer(AnalyzerOptions? options = null)
    {
        _options = options ?? AnalyzerOptions.Default;
        if (_options.MaxDegreeOfParallelism < 1) throw new ArgumentOutOfRangeException(nameof(options), "MaxDegreeOfParallelism must be at least 1.");
        if (_options.BatchSize < 1) throw new ArgumentOutOfRangeException(nameof(options), "BatchSize must be at least 1.");
    }

    /// <summary>Tokenizes, splits and flags one article without running the claim stages.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="article"/> is null.</exception>
    public Document Parse(Article article) => Document.Parse(article);

    /// <summary>Analyzes articles.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="articles"/> is null.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public AnalysisResult Analyze(IEnumerable<Article> articles, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articles);
        return Analyze(articles.Select(IngestedItem.Of), cancellationToken);
    }

    /// <summary>Analyzes ingested inputs; rejected inputs are carried into <see cref="AnalysisResult.Rejected"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> is null.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public AnalysisResult Analyze(IEnumerable<IngestedItem> items, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        var analyses = new List<ArticleAnalysis>();
        var rejected = new List<RejectedInput>();
        var batch = new List<Article>(_options.BatchSize);
        foreach (var item in items)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (item.Rejected is { } r)
            {
                rejected.Add(r);
                continue;
            }

            batch.Add(item.Article!);
            if (batch.Count == _options.BatchSize) RunBatch(batch, analyses, cancellationToken);
        }

        RunBatch(batch, analyses, cancellationToken);
        return Merge(analyses, rejected);
    }

    /// <summary>The entity each mention or role mention belongs to, by article and span: how sources and speakers are named.</summary>
    private static Dictionary<(string, int, int), Entity> MentionOwners(IReadOnlyList<Entity> entities)
    {
        var owners = new Dictionary<(string, int, int), Entity>();
        foreach (var e in entities)
        {
            foreach (var m in e.Mentions) owners.TryAdd((m.Article, m.Span.Start, m.Span.End), e);
            foreach (var m in e.RoleMentions) owners.TryAdd((m.Article, m.Span.Start, m.Span.End), e);
        }

        return owners;
    }

    /// <summary>Figures in article order, each source named by its entity's canonical name when the source is a mention.</summary>
    private static List<Figure> BuildFigures(List<ArticleAnalysis> analyses, IReadOnlyList<Entity> entities, Dictionary<(string, int, int), Entity> owners)
    {
        // Places are named by their entity, so "US" and "United States" are one place.
        var placeNames = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var e in entities.Where(e => e.Type is EntityType.Gpe or EntityType.Loc))
        {
            foreach (var alias in e.Aliases) placeNames.TryAdd(alias, e.Name);
        }

        var figures = new List<Figure>();
        foreach (var a in analyses)
        {
            string id = a.Document.Article.Id;
            string text = a.Document.Text;
            foreach (var d in a.Figures)
            {
                string? source = d.SourceSpan is { } sp && owners.TryGetValue((id, sp.Start, sp.End), out var owner) ? owner.Name : d.SourceText;
                var q = d.Quantity;
                var qualifier = q.Qualifier switch
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
                string? location = NameLocation(d.Location, entities);
                if (location is not null && placeNames.TryGetValue(location, out var canonical)) location = canonical;
                figures.Add(new Figure($"f{figures.Count + 1}", id, d.Metric, q.Value, q.Low, q.High, qualifier, location, source,
                    d.Retracted ? FigureStatus.Retracted : FigureStatus.Asserted, d.Sentence.Of(text), q.Span, d.Sentence));
            }
        }

        return figures;
    }

    /// <summary>Quotes in article order, each speaker an entity id when the attribution resolves to one.</summary>
    private static List<Quote> BuildQuotes(List<ArticleAnalysis> analyses, IReadOnlyList<Entity> entities, Dictionary<(string, int, int), Entity> owners)
    {
        var quotes = new List<Quote>();
        foreach (var a in analyses)
        {
            string id = a.Document.Article.Id;
            foreach (var d in a.Quotes)
            {
                string? speaker = null;
                if (d.Speaker is { } sp)
                {
                    speaker = owners.TryGetValue((id, sp.Span.Start, sp.Span.End), out var e) ? e.Id : RoleFallback(entities, id, sp, d.Span.Start)?.Id;
                }

                quotes.Add(new Quote($"q{quotes.Count + 1}", id, speaker, d.Speaker?.Text, d.Text, d.Direct, d.Span, d.Sentence));
            }
        }

        return quotes;
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
    private static string? NameLocation(string? location, IReadOnlyList<Entity> entities)
    {
        if (location is null || location[0] != FigureExtractor.PlaceKeyMarker) return location;
        string key = location[1..];
        var place = entities.Where(e => e.Type is EntityType.Gpe).FirstOrDefault(e => e.Aliases.Any(a => Roles.PlaceKey(a) == key));
        if (place is not null) return place.Name;
        var known = Gazetteer.Default.NamesWithCode(key).FirstOrDefault(n => n.Category == GazCategory.Country);
        return known.Name;
    }

    private void RunBatch(List<Article> batch, List<ArticleAnalysis> into, CancellationToken ct)
    {
        if (batch.Count == 0) return;
        var results = new ArticleAnalysis[batch.Count];
        Parallel.For(0, batch.Count, new ParallelOptions { MaxDegreeOfParallelism = _options.MaxDegreeOfParallelism, CancellationToken = ct }, i =>
        {
            results[i] = _pipeline.Run(batch[i]);
        });
        into.AddRange(results);
        batch.Clear();
    }

    private AnalysisResult Merge(List<ArticleAnalysis> analyses, List<RejectedInput> rejected)
    {
        var articles = analyses.Select(a =>
        {
            var d = a.Document;
            var art = d.Article;
            return new ArticleInfo(art.Id, art.Title, art.Published, art.Outlet, art.Url, art.Source, d.Text.Length, d.Tokens.Count, d.Sentences.Count, d.Boilerplate.Count);
        }).ToList();
        var entities = _aliases.Resolve(analyses.Select(a => new ArticleMentions(a.Document.Article.Id, a.Document, a.Mentions)).ToList());
        entities = RoleLinker.Link(entities, analyses.Select(a => (a.Document.Article.Id, a.Roles)).ToList());
        var owners = MentionOwners(entities);
        var figures = BuildFigures(analyses, entities, owners);
        var quotes = BuildQuotes(analyses, entities, owners);
        var stories = StoryClusterer.Cluster(articles.Select(a => a.Id).ToList(), entities);
        articles = articles.Select(a => a with { Story = stories[a.Id] }).ToList();
        var dates = articles.ToDictionary(a => a.Id, a => a.Published, StringComparer.Ordinal);

        // Figures are reconciled within their story; conflict ids run across stories in story order.
        var conflicts = new List<Conflict>();
        foreach (var story in figures.GroupBy(f => stories[f.Article]).OrderBy(g => int.Parse(g.Key[1..], System.Globalization.CultureInfo.InvariantCulture)))
        {
            foreach (var c in Reconciler.Reconcile(story.ToList(), dates)) conflicts.Add(c with { Id = "k" + (conflicts.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) });
        }

        return new AnalysisResult(articles, entities, quotes, figures, conflicts, rejected);
    }
}
