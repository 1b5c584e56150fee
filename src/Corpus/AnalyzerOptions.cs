namespace Corpus;

/// <summary>Settings for a <see cref="CorpusAnalyzer"/>. Immutable.</summary>
public sealed record AnalyzerOptions
{
    /// <summary>How many articles are analyzed at once. Default: one per core. Results do not depend on it.</summary>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>At most this many articles wait for or undergo analysis at once; bounds memory. Default 64.</summary>
    public int BatchSize { get; init; } = 64;

    /// <summary>
    /// How long the per-article stages may spend on one article before it is rejected with a reason
    /// instead of holding up the run. Default 60 seconds; <see cref="Timeout.InfiniteTimeSpan"/> disables it.
    /// </summary>
    public TimeSpan ArticleTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>The default options.</summary>
    public static AnalyzerOptions Default { get; } = new();
}
