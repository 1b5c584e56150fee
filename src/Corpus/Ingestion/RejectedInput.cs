namespace Corpus.Ingestion;

/// <summary>An input that did not become an article, with where it is and why.</summary>
/// <param name="Source">The file, <c>file:line</c> for a JSONL record, or <c>stdin</c>.</param>
/// <param name="Reason">What is wrong and, where it helps, what to do about it.</param>
public sealed record RejectedInput(string Source, string Reason);

/// <summary>One ingested input: exactly one of <see cref="Article"/> and <see cref="Rejected"/> is set.</summary>
public sealed record IngestedItem
{
    private IngestedItem(Text.Article? article, RejectedInput? rejected)
    {
        Article = article;
        Rejected = rejected;
    }

    /// <summary>The article read, or null when the input was rejected.</summary>
    public Text.Article? Article { get; }

    /// <summary>Why the input was rejected, or null when it became an article.</summary>
    public RejectedInput? Rejected { get; }

    /// <summary>Wraps an article.</summary>
    public static IngestedItem Of(Text.Article article) => new(article ?? throw new ArgumentNullException(nameof(article)), null);

    /// <summary>Wraps a rejection.</summary>
    public static IngestedItem Reject(string source, string reason) => new(null, new RejectedInput(source, reason));
}
