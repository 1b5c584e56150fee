namespace Corpus.Ingestion;

/// <summary>Limits and choices for reading inputs. Immutable.</summary>
public sealed record IngestionOptions
{
    /// <summary>Largest article accepted, in bytes as stored (a .txt file, or one JSONL line). Default 8 MiB.</summary>
    public long MaxArticleBytes { get; init; } = 8L * 1024 * 1024;

    /// <summary>Descend into sub-folders of a folder input. Default true.</summary>
    public bool Recursive { get; init; } = true;

    /// <summary>The default options.</summary>
    public static IngestionOptions Default { get; } = new();
}
