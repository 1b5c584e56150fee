namespace Corpus;

/// <summary>Settings for a <see cref="CorpusAnalyzer"/>. Immutable.</summary>
public sealed record AnalyzerOptions
{
    /// <summary>How many articles are analyzed at once. Default: one per core. Results do not depend on it.</summary>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Articles handed to the parallel stage at a time; bounds memory. Default 64.</summary>
    public int BatchSize { get; init; } = 64;

    /// <summary>The default options.</summary>
    public static AnalyzerOptions Default { get; } = new();
}
