using Corpus.Ingestion;

namespace Corpus;

/// <summary>What became of one input: exactly one of <see cref="Record"/>, <see cref="Rejected"/> and <see cref="Skipped"/> is set.</summary>
/// <param name="Record">The per-article analysis, when the input became an article and its analysis succeeded.</param>
/// <param name="Rejected">Why the input is not an article: an ingestion problem, or an analysis that failed or ran out of time.</param>
public sealed record ArticleOutcome(ArticleRecord? Record, RejectedInput? Rejected)
{
    /// <summary>Why the input was left out on purpose (not an article file, for one), or null.</summary>
    public SkippedInput? Skipped { get; init; }
}

/// <summary>How far a run has got, as reported to an <see cref="IProgress{T}"/>.</summary>
/// <param name="Articles">Articles analyzed so far.</param>
/// <param name="Rejected">Inputs rejected so far.</param>
/// <param name="Characters">Characters of article text analyzed so far.</param>
/// <param name="Elapsed">Time since the run started.</param>
public sealed record AnalysisProgress(int Articles, int Rejected, long Characters, TimeSpan Elapsed);
