using System.Globalization;
using Corpus.Ingestion;

namespace Corpus.Orleans;

/// <summary>
/// Analyzes a corpus on an Orleans cluster: each article goes to a stateless worker grain (any
/// silo), the records come back in input order, the corpus-level entity stages combine them, and
/// each story's figures go to that story's grain, which reconciles them. The result is the one a
/// single-process <see cref="CorpusAnalyzer"/> gives.
/// </summary>
public sealed class ClusterAnalyzer(IGrainFactory grains, int maxInFlight = 64)
{
    private readonly CorpusAnalyzer _local = new();

    public async Task<AnalysisResult> AnalyzeAsync(IAsyncEnumerable<IngestedItem> items, CancellationToken cancellationToken = default)
    {
        // A window of in-flight calls, awaited in input order: bounded memory, deterministic order.
        var window = new Queue<(IngestedItem Item, Task<byte[]>? Work)>();
        var records = new List<ArticleRecord>();
        var rejected = new List<RejectedInput>();
        var skipped = new List<SkippedInput>();
        int next = 0;

        async Task Drain(int keep)
        {
            while (window.Count > keep)
            {
                var (item, work) = window.Dequeue();
                if (work is null)
                {
                    if (item.Skipped is { } s) skipped.Add(s);
                    else rejected.Add(item.Rejected!);
                    continue;
                }

                try
                {
                    records.Add(ArticleRecord.FromBytes(await work));
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    rejected.Add(new RejectedInput(item.Article!.Source ?? item.Article.Id, $"analysis on the cluster failed ({e.GetType().Name}: {e.Message})"));
                }
            }
        }

        await foreach (var item in items.WithCancellation(cancellationToken))
        {
            var work = item.Article is { } a ? grains.GetGrain<IArticleWorkerGrain>(next++ % 16).Analyze(ArticleMessage.From(a)) : null;
            window.Enqueue((item, work));
            await Drain(maxInFlight);
        }

        await Drain(0);
        var combined = _local.Combine(records, rejected, reconcile: false);

        // One grain per story (keyed by a run id, so runs do not mix), fed its figures, asked for its conflicts.
        string run = Guid.NewGuid().ToString("N");
        var published = combined.Articles.ToDictionary(a => a.Id, a => a.Published, StringComparer.Ordinal);
        var storyOf = combined.Articles.ToDictionary(a => a.Id, a => a.Story, StringComparer.Ordinal);
        var stories = combined.Figures.GroupBy(f => storyOf[f.Article])
            .OrderBy(g => int.Parse(g.Key.AsSpan(1), CultureInfo.InvariantCulture))
            .Select(g => (Grain: grains.GetGrain<IStoryGrain>($"{run}/{g.Key}"), Figures: g.Select(f => FigureMessage.From(f, published[f.Article])).ToArray()))
            .ToList();
        await Task.WhenAll(stories.Select(s => s.Grain.Add(s.Figures)));
        var perStory = await Task.WhenAll(stories.Select(s => s.Grain.Conflicts()));
        var conflicts = perStory.SelectMany(c => c).Select((c, i) => c.ToConflict("k" + (i + 1).ToString(CultureInfo.InvariantCulture))).ToList();
        return combined with { Conflicts = conflicts, Skipped = skipped };
    }
}
