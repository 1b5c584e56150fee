using Corpus.Reconciliation;
using Orleans.Concurrency;

namespace Corpus.Orleans;

/// <summary>Runs the per-article stages: stateless, so Orleans runs as many activations per silo as there are requests.</summary>
public interface IArticleWorkerGrain : IGrainWithIntegerKey
{
    /// <summary>The article's <see cref="ArticleRecord"/>, as bytes.</summary>
    Task<byte[]> Analyze(ArticleMessage article);
}

/// <summary>One story's figures, reconciled incrementally: figures can arrive in any number of calls, from any silo.</summary>
public interface IStoryGrain : IGrainWithStringKey
{
    /// <summary>Adds figures of this story (a figure id already held is ignored, so a retried call is harmless).</summary>
    Task Add(FigureMessage[] figures);

    /// <summary>The story's conflicts among every figure added so far.</summary>
    Task<ConflictMessage[]> Conflicts();
}

[StatelessWorker]
internal sealed class ArticleWorkerGrain : Grain, IArticleWorkerGrain
{
    private static readonly CorpusAnalyzer Analyzer = new(new AnalyzerOptions { MaxDegreeOfParallelism = 1 });

    public Task<byte[]> Analyze(ArticleMessage article) => Task.FromResult(Analyzer.AnalyzeArticle(article.ToArticle()).ToBytes());
}

internal sealed class StoryGrain : Grain, IStoryGrain
{
    private readonly Dictionary<string, FigureMessage> _figures = new(StringComparer.Ordinal);
    private ConflictMessage[]? _conflicts;

    public Task Add(FigureMessage[] figures)
    {
        foreach (var f in figures)
        {
            if (_figures.TryAdd(f.Id, f)) _conflicts = null;
        }

        return Task.CompletedTask;
    }

    public Task<ConflictMessage[]> Conflicts()
    {
        // Recomputed only when figures arrived since the last call; reconciliation is O(n log n) in the story's figures.
        if (_conflicts is null)
        {
            var figures = _figures.Values.Select(f => f.ToFigure()).ToList();
            var dates = _figures.Values.GroupBy(f => f.Article).ToDictionary(g => g.Key, g => g.First().PublishedDay < 0 ? (DateOnly?)null : DateOnly.FromDayNumber(g.First().PublishedDay), StringComparer.Ordinal);
            _conflicts = [.. Reconciler.Reconcile(figures, dates).Select(ConflictMessage.From)];
        }

        return Task.FromResult(_conflicts);
    }
}
