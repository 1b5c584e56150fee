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
    private readonly ArticlePipeline _pipeline;
    private readonly AliasResolver _aliases = new(Gazetteer.Default);

    /// <summary>Creates an analyzer.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public CorpusAnalyzer(AnalyzerOptions? options = null)
    {
        _options = options ?? AnalyzerOptions.Default;
        if (_options.MaxDegreeOfParallelism < 1) throw new ArgumentOutOfRangeException(nameof(options), "MaxDegreeOfParallelism must be at least 1.");
        if (_options.BatchSize < 1) throw new ArgumentOutOfRangeException(nameof(options), "BatchSize must be at least 1.");
        WarmUp(_options.ClaimsFromSyntax);
        _pipeline = new(EntityRecognizer.Default, Roles, new FigureExtractor(Roles, _options.ClaimsFromSyntax), new QuoteExtractor(_options.ClaimsFromSyntax));
    }

    private static int _warming;

    /// <summary>
    /// Starts loading the embedded models on the thread pool, each on its own task, once per
    /// process: the first article then waits only for what is not loaded yet, and the loads overlap
    /// each other and the reading of the input (about half of a short run's start-up otherwise).
    /// A load that fails fails again, with its exception, where the model is first used.
    /// </summary>
    private static void WarmUp(bool syntax)
    {
        if (Interlocked.Exchange(ref _warming, 1) == 1) return;
        if (syntax) _ = Task.Run(() => Syntax.SyntaxModel.Default);
        _ = Task.Run(() => Entities.NerModel.Default);
        _ = Task.Run(() => Entities.Gazetteer.Default);
        _ = Task.Run(() => Text.WordClusters.Default);
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
    /// <remarks>Blocks the calling thread; <see cref="AnalyzeAsync(IAsyncEnumerable{IngestedItem}, IProgress{AnalysisProgress}?, CancellationToken)"/> is the same pipeline without blocking.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> is null.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public AnalysisResult Analyze(IEnumerable<IngestedItem> items, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        return Task.Run(() => AnalyzeAsync(ArticleReader.ReadAheadAsync(_ => items, cancellationToken), null, cancellationToken), cancellationToken).GetAwaiter().GetResult();
    }

    /// <summary>Analyzes articles without blocking: <see cref="AnalyzeAsync(IAsyncEnumerable{IngestedItem}, IProgress{AnalysisProgress}?, CancellationToken)"/> over plain articles, enumerated on a background task.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="articles"/> is null.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public Task<AnalysisResult> AnalyzeAsync(IEnumerable<Article> articles, IProgress<AnalysisProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articles);
        return AnalyzeAsync(ArticleReader.ReadAheadAsync(_ => articles.Select(IngestedItem.Of), cancellationToken), progress, cancellationToken);
    }

    /// <summary>Analyzes a stream of plain articles: <see cref="AnalyzeAsync(IAsyncEnumerable{IngestedItem}, IProgress{AnalysisProgress}?, CancellationToken)"/> without wrapping each one.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="articles"/> is null.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public Task<AnalysisResult> AnalyzeAsync(IAsyncEnumerable<Article> articles, IProgress<AnalysisProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articles);
        return AnalyzeAsync(Wrap(articles, cancellationToken), progress, cancellationToken);

        static async IAsyncEnumerable<IngestedItem> Wrap(IAsyncEnumerable<Article> articles, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
        {
            await foreach (var a in articles.WithCancellation(ct).ConfigureAwait(false)) yield return IngestedItem.Of(a);
        }
    }

    /// <summary>
    /// Analyzes a stream of ingested inputs: articles are analyzed in parallel (at most
    /// <see cref="AnalyzerOptions.MaxDegreeOfParallelism"/> at once, with at most
    /// <see cref="AnalyzerOptions.BatchSize"/> waiting), so memory does not grow with the corpus beyond the
    /// compact per-article results; each result is folded into the corpus-level stages as it arrives
    /// and is not kept, and those stages finish once the stream ends. An article whose id an earlier
    /// article already used is carried into <see cref="AnalysisResult.Rejected"/>.
    /// </summary>
    /// <param name="items">The inputs, read lazily.</param>
    /// <param name="progress">Told after each input is accounted for; may be null.</param>
    /// <param name="cancellationToken">Stops reading and analyzing; the task then throws.</param>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> is null.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async Task<AnalysisResult> AnalyzeAsync(IAsyncEnumerable<IngestedItem> items, IProgress<AnalysisProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        // Each record is folded into the corpus stages as it arrives and then dropped.
        using var activity = CorpusTelemetry.Source.StartActivity("corpus.analyze");
        var corpus = NewAccumulator();
        var rejected = new List<RejectedInput>();
        var skipped = new List<SkippedInput>();
        await foreach (var outcome in AnalyzeEachAsync(items, progress, cancellationToken).ConfigureAwait(false))
        {
            if (outcome.Skipped is { } s) skipped.Add(s);
            else if (outcome.Record is not { } r) rejected.Add(outcome.Rejected!);
            else if (!corpus.TryAdd(r.Analysis)) rejected.Add(new RejectedInput(r.Info.Source ?? r.Id, $"duplicate article id '{r.Id}' (an earlier article in the stream has it); give each article a unique id"));
        }

        cancellationToken.ThrowIfCancellationRequested();
        AnalysisResult result;
        using (CorpusTelemetry.Source.StartActivity("corpus.corpus-stages"))
        {
            result = corpus.Finish(rejected) with { Skipped = skipped };
        }

        activity?.SetTag("corpus.articles", result.Articles.Count);
        activity?.SetTag("corpus.rejected", result.Rejected.Count);
        activity?.SetTag("corpus.conflicts", result.Conflicts.Count);
        return result;
    }

    /// <summary>
    /// Runs the per-article stages over a stream of inputs and yields one outcome per input, in input
    /// order whatever the parallelism: a record for an article, or the rejection (from ingestion, or
    /// an article whose analysis failed or ran over <see cref="AnalyzerOptions.ArticleTimeout"/>).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> is null.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public IAsyncEnumerable<ArticleOutcome> AnalyzeEachAsync(IAsyncEnumerable<IngestedItem> items, IProgress<AnalysisProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        return RunOrdered(items, progress, cancellationToken);
    }

    /// <summary>Runs the per-article stages on one article. Pure and thread-safe.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="article"/> is null.</exception>
    /// <exception cref="TimeoutException">The analysis ran over <see cref="AnalyzerOptions.ArticleTimeout"/>.</exception>
    public ArticleRecord AnalyzeArticle(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        using var budget = new CancellationTokenSource(_options.ArticleTimeout);
        try
        {
            return new ArticleRecord(_pipeline.Run(article, budget.Token));
        }
        catch (OperationCanceledException) when (budget.IsCancellationRequested)
        {
            throw new TimeoutException($"Analyzing article '{article.Id}' took longer than {_options.ArticleTimeout.TotalSeconds:0.#} s.");
        }
    }

    /// <summary>
    /// The corpus-level stages: resolves entities across the records, links role nouns, names figure
    /// sources and quote speakers, groups articles into stories and reconciles figures. The result
    /// depends only on the records and their order, so records analyzed anywhere (in parallel,
    /// in other processes, read back from a store) combine to the same result as one run.
    /// </summary>
    /// <param name="records">Per-article records, in corpus order; ids must be distinct.</param>
    /// <param name="rejected">Inputs that did not become articles, carried into the result.</param>
    /// <param name="reconcile">
    /// False to leave <see cref="AnalysisResult.Conflicts"/> empty, for callers that reconcile each
    /// story elsewhere (<see cref="Reconciler.Reconcile"/> over one story's figures, conflicts then
    /// numbered k1, k2, ... in story order, gives the same conflicts).
    /// </param>
    /// <exception cref="ArgumentNullException"><paramref name="records"/> is null.</exception>
    /// <exception cref="ArgumentException">Two records share an id.</exception>
    public AnalysisResult Combine(IEnumerable<ArticleRecord> records, IEnumerable<RejectedInput>? rejected = null, bool reconcile = true)
    {
        ArgumentNullException.ThrowIfNull(records);
        var corpus = NewAccumulator();
        foreach (var r in records)
        {
            if (!corpus.TryAdd(r.Analysis)) throw new ArgumentException($"Two records have the id '{r.Id}'.", nameof(records));
        }

        return corpus.Finish(rejected?.ToList() ?? [], reconcile);
    }

    /// <summary>
    /// Ordered, bounded parallel map: the reader starts each article's analysis as a task and queues
    /// the task in a bounded channel; the consumer awaits the tasks in queue order. A full channel
    /// stops the reader, so at most BatchSize articles wait and MaxDegreeOfParallelism run.
    /// </summary>
    private async IAsyncEnumerable<ArticleOutcome> RunOrdered(IAsyncEnumerable<IngestedItem> items, IProgress<AnalysisProgress>? progress,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var queue = System.Threading.Channels.Channel.CreateBounded<(IngestedItem Item, Task<ArticleOutcome>? Work)>(
            new System.Threading.Channels.BoundedChannelOptions(_options.BatchSize) { SingleReader = true, SingleWriter = true });
        using var gate = new SemaphoreSlim(_options.MaxDegreeOfParallelism);
        var producer = Task.Run(async () =>
        {
            try
            {
                await foreach (var item in items.WithCancellation(stop.Token).ConfigureAwait(false))
                {
                    Task<ArticleOutcome>? work = null;
                    if (item.Article is { } article)
                    {
                        await gate.WaitAsync(stop.Token).ConfigureAwait(false);
                        work = Task.Run(() =>
                        {
                            try
                            {
                                return Outcome(article);
                            }
                            finally
                            {
                                gate.Release();
                            }
                        }, CancellationToken.None);
                    }

                    await queue.Writer.WriteAsync((item, work), stop.Token).ConfigureAwait(false);
                }

                queue.Writer.TryComplete();
            }
            catch (Exception e)
            {
                queue.Writer.TryComplete(e);
            }
        }, CancellationToken.None);

        var started = System.Diagnostics.Stopwatch.StartNew();
        int articles = 0, rejections = 0;
        long characters = 0;
        try
        {
            await foreach (var (item, work) in queue.Reader.ReadAllAsync(stop.Token).ConfigureAwait(false))
            {
                var outcome = work is null ? new ArticleOutcome(null, item.Rejected) { Skipped = item.Skipped } : await work.ConfigureAwait(false);
                if (outcome.Record is { } r)
                {
                    articles++;
                    characters += r.Info.Characters;
                    CorpusTelemetry.Articles.Add(1);
                }
                else if (outcome.Skipped is null)
                {
                    rejections++;
                    CorpusTelemetry.Rejected.Add(1);
                }
                else
                {
                    CorpusTelemetry.Skipped.Add(1);
                }

                progress?.Report(new AnalysisProgress(articles, rejections, characters, started.Elapsed));
                yield return outcome;
            }

            await producer.ConfigureAwait(false);
        }
        finally
        {
            // The consumer stopped early or failed: stop the reader and let running analyses finish.
            await stop.CancelAsync().ConfigureAwait(false);
            await producer.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            while (queue.Reader.TryRead(out var left))
            {
                if (left.Work is not null) await ((Task)left.Work).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    /// <summary>One article's analysis, or a rejection naming why: a failure here must not lose the article or stop the run.</summary>
    private ArticleOutcome Outcome(Article article)
    {
        try
        {
            long started = System.Diagnostics.Stopwatch.GetTimestamp();
            var record = AnalyzeArticle(article);
            if (CorpusTelemetry.ArticleDuration.Enabled) CorpusTelemetry.ArticleDuration.Record(System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            return new ArticleOutcome(record, null);
        }
        catch (TimeoutException e)
        {
            return new ArticleOutcome(null, new RejectedInput(article.Source ?? article.Id, $"{e.Message} Raise AnalyzerOptions.ArticleTimeout or split the article."));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return new ArticleOutcome(null, new RejectedInput(article.Source ?? article.Id,
                $"Analysis of article '{article.Id}' failed ({e.GetType().Name}: {e.Message}). Please report it with the article attached."));
        }
    }

    private CorpusAccumulator NewAccumulator() => new(_aliases, Roles, _options.MaxDegreeOfParallelism);
}
