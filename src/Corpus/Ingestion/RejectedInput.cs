namespace Corpus.Ingestion;

/// <summary>An input that did not become an article, with where it is and why.</summary>
/// <param name="Source">The file, <c>file:line</c> for a JSONL record, or <c>stdin</c>.</param>
/// <param name="Reason">What is wrong and, where it helps, what to do about it.</param>
public sealed record RejectedInput(string Source, string Reason);

/// <summary>
/// A file in a folder that is not an article and was left out on purpose (not an article type, a
/// second path to a folder read already, not matched by <see cref="IngestionOptions.Include"/>):
/// accounted for, and no reason to fail a run.
/// </summary>
/// <param name="Source">The file or folder.</param>
/// <param name="Reason">Why it was left out.</param>
public sealed record SkippedInput(string Source, string Reason);

/// <summary>One ingested input: exactly one of <see cref="Article"/>, <see cref="Rejected"/> and <see cref="Skipped"/> is set.</summary>
public sealed record IngestedItem
{
    private IngestedItem(Text.Article? article, RejectedInput? rejected, SkippedInput? skipped = null)
    {
        Article = article;
        Rejected = rejected;
        Skipped = skipped;
    }

    /// <summary>The article read, or null when the input was rejected.</summary>
    public Text.Article? Article { get; }

    /// <summary>Why the input was rejected, or null when it became an article or was skipped.</summary>
    public RejectedInput? Rejected { get; }

    /// <summary>Why the input was left out on purpose, or null.</summary>
    public SkippedInput? Skipped { get; }

    /// <summary>Wraps an article.</summary>
    public static IngestedItem Of(Text.Article article) => new(article ?? throw new ArgumentNullException(nameof(article)), null);

    /// <summary>Wraps a rejection.</summary>
    public static IngestedItem Reject(string source, string reason) => new(null, new RejectedInput(source, reason));

    /// <summary>Wraps a skip.</summary>
    public static IngestedItem Skip(string source, string reason) => new(null, null, new SkippedInput(source, reason));
}
