namespace Corpus.Ingestion;

/// <summary>Limits and choices for reading inputs. Immutable.</summary>
public sealed record IngestionOptions
{
    /// <summary>
    /// The largest value <see cref="MaxArticleBytes"/> accepts: the longest string .NET can hold
    /// (1,073,741,791 characters), since an article's text is one string.
    /// </summary>
    public const long LargestArticleBytes = 0x3FFF_FFDF;

    private readonly long _maxArticleBytes = 8L * 1024 * 1024;

    /// <summary>Largest article accepted, in bytes as stored (a .txt file, or one JSONL line). Default 8 MiB; 1 to <see cref="LargestArticleBytes"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is below 1 or above <see cref="LargestArticleBytes"/>.</exception>
    public long MaxArticleBytes
    {
        get => _maxArticleBytes;
        init => _maxArticleBytes = value is >= 1 and <= LargestArticleBytes
            ? value
            : throw new ArgumentOutOfRangeException(nameof(MaxArticleBytes), value, $"IngestionOptions.MaxArticleBytes must be from 1 to {LargestArticleBytes:N0} (the longest text .NET can hold).");
    }

    /// <summary>
    /// File-name patterns (<c>*</c> and <c>?</c>, as in <c>*.txt</c> or <c>2024-*</c>) a file inside a
    /// folder must match to be read; the others are skipped (<see cref="SkippedInput"/>). Files
    /// given by path are always read. Empty (the default): every file.
    /// </summary>
    public IReadOnlyList<string> Include { get; init; } = [];

    /// <summary>Descend into sub-folders of a folder input (following symbolic links to folders once). Default true.</summary>
    public bool Recursive { get; init; } = true;

    /// <summary>The default options.</summary>
    public static IngestionOptions Default { get; } = new();
}
