namespace Corpus.Reconciliation;

/// <summary>How strongly two reports disagree.</summary>
public enum ConflictSeverity
{
    /// <summary>They cannot both be true.</summary>
    Hard,
    /// <summary>They differ in a way that can be explained (a later update, another source).</summary>
    Soft,
}

/// <summary>A disagreement between figures, with a sentence a reader can check against the evidence.</summary>
/// <param name="Id">Stable within one analysis result (k1, k2, ...).</param>
/// <param name="Metric">The metric the figures count.</param>
/// <param name="Severity">Hard or soft.</param>
/// <param name="Figures">Ids of the figures involved.</param>
/// <param name="Why">One sentence explaining the disagreement.</param>
public sealed record Conflict(string Id, string Metric, ConflictSeverity Severity, IReadOnlyList<string> Figures, string Why);
