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

    /// <summary>
    /// Read claims off a dependency parse (default true): what each number counts, who gives it, and indirect speech the
    /// word rules miss. Sentences are parsed only when a claim needs them, but on number-dense news that is over half of
    /// them, and the parser dominates the run time (see docs/performance.md). False keeps to the word-window rules: several
    /// times faster, with lower recall and no <c>other</c> figures.
    /// </summary>
    public bool ClaimsFromSyntax { get; init; } = true;

    /// <summary>The default options.</summary>
    public static AnalyzerOptions Default { get; } = new();
}
