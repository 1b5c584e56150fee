using System.Runtime.CompilerServices;
using Corpus.Ingestion;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Corpus.Hosting;

/// <summary>Analyzes a corpus with the registered analyzer and options, logging what happens to each input.</summary>
public interface ICorpusService
{
    /// <summary>Reads files, folders or <c>-</c> (standard input) and analyzes them.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="paths"/> is null.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    Task<AnalysisResult> AnalyzeAsync(IEnumerable<string> paths, CancellationToken cancellationToken = default);

    /// <summary>Analyzes a stream of ingested inputs.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> is null.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    Task<AnalysisResult> AnalyzeAsync(IAsyncEnumerable<IngestedItem> items, CancellationToken cancellationToken = default);
}

/// <summary>
/// Logs each rejected input as a warning and each skipped one as information when ingestion
/// reports it, rejections found during analysis (a timeout, a duplicate id) after the run, progress
/// at debug level every 1,000 inputs, and a summary of each run.
/// </summary>
internal sealed partial class CorpusService(CorpusAnalyzer analyzer, IOptions<IngestionOptions> ingestion, ILogger<CorpusService> logger) : ICorpusService
{
    public Task<AnalysisResult> AnalyzeAsync(IEnumerable<string> paths, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        return AnalyzeAsync(ArticleReader.ReadPathsAsync(paths, ingestion.Value, cancellationToken), cancellationToken);
    }

    public async Task<AnalysisResult> AnalyzeAsync(IAsyncEnumerable<IngestedItem> items, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        var logged = new HashSet<RejectedInput>();
        var started = System.Diagnostics.Stopwatch.StartNew();
        var result = await analyzer.AnalyzeAsync(Logged(items, logged, cancellationToken), new ProgressLog(logger), cancellationToken).ConfigureAwait(false);
        foreach (var r in result.Rejected)
        {
            if (!logged.Contains(r)) LogRejected(logger, r.Source, r.Reason);
        }

        LogRun(logger, result.Articles.Count, result.Rejected.Count, result.Skipped.Count, result.Conflicts.Count, started.Elapsed.TotalSeconds);
        return result;
    }

    private async IAsyncEnumerable<IngestedItem> Logged(IAsyncEnumerable<IngestedItem> items, HashSet<RejectedInput> logged, [EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var item in items.WithCancellation(ct).ConfigureAwait(false))
        {
            if (item.Rejected is { } r && logged.Add(r)) LogRejected(logger, r.Source, r.Reason);
            if (item.Skipped is { } s) LogSkipped(logger, s.Source, s.Reason);
            yield return item;
        }
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Warning, Message = "Rejected {Source}: {Reason}")]
    private static partial void LogRejected(ILogger logger, string source, string reason);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "Skipped {Source}: {Reason}")]
    private static partial void LogSkipped(ILogger logger, string source, string reason);

    [LoggerMessage(EventId = 3, Level = LogLevel.Debug, Message = "{Articles} articles analyzed, {Rejected} rejected, {Seconds:0.0} s")]
    private static partial void LogProgress(ILogger logger, int articles, int rejected, double seconds);

    [LoggerMessage(EventId = 4, Level = LogLevel.Information, Message = "Analyzed {Articles} articles ({Rejected} rejected, {Skipped} skipped); {Conflicts} conflicts; {Seconds:0.0} s")]
    private static partial void LogRun(ILogger logger, int articles, int rejected, int skipped, int conflicts, double seconds);

    private sealed class ProgressLog(ILogger logger) : IProgress<AnalysisProgress>
    {
        public void Report(AnalysisProgress value)
        {
            if ((value.Articles + value.Rejected) % 1000 == 0 && logger.IsEnabled(LogLevel.Debug)) LogProgress(logger, value.Articles, value.Rejected, value.Elapsed.TotalSeconds);
        }
    }
}
