namespace Corpus;

/// <summary>
/// The per-article part of an analysis: what one article says, before corpus-level resolution.
/// Opaque; pass records to <see cref="CorpusAnalyzer.Combine"/> to resolve entities across
/// articles and reconcile figures, or keep them as bytes (<see cref="ToBytes"/>) to combine later
/// or elsewhere (a store, another process, a cluster node).
/// </summary>
/// <remarks>Immutable and thread-safe. A record depends only on its article's text and metadata.</remarks>
public sealed class ArticleRecord
{
    internal ArticleRecord(ArticleAnalysis analysis) => Analysis = analysis;

    internal ArticleAnalysis Analysis { get; }

    /// <summary>The article's id.</summary>
    public string Id => Analysis.Info.Id;

    /// <summary>What is known about the article (its <see cref="ArticleInfo.Story"/> is assigned only by <see cref="CorpusAnalyzer.Combine"/>).</summary>
    public ArticleInfo Info => Analysis.Info;

    /// <summary>Serializes the record in a compact, versioned binary form.</summary>
    public byte[] ToBytes() => ArticleRecordCodec.Write(Analysis);

    /// <summary>Reads a record written by <see cref="ToBytes"/>.</summary>
    /// <exception cref="FormatException">The bytes are not a record of a version this library reads.</exception>
    public static ArticleRecord FromBytes(ReadOnlySpan<byte> bytes) => new(ArticleRecordCodec.Read(bytes));
}
