using Corpus.Claims;
using Corpus.Entities;
using Corpus.Ingestion;
using Corpus.Reconciliation;

namespace Corpus;

/// <summary>What is known about one analyzed article.</summary>
/// <param name="Id">The article id.</param>
/// <param name="Title">Headline, when known.</param>
/// <param name="Published">Publication date, when known.</param>
/// <param name="Outlet">Outlet, when known.</param>
/// <param name="Url">Address, when known.</param>
/// <param name="Source">Where it was read from.</param>
/// <param name="Characters">Length of the text in UTF-16 code units.</param>
/// <param name="Tokens">Number of tokens.</param>
/// <param name="Sentences">Number of sentences.</param>
/// <param name="BoilerplateSpans">Number of boilerplate spans flagged.</param>
public sealed record ArticleInfo(
    string Id, string? Title, DateOnly? Published, string? Outlet, string? Url, string? Source,
    int Characters, int Tokens, int Sentences, int BoilerplateSpans)
{
    /// <summary>The story the article belongs to (s1, s2, ...): articles sharing their main people, organisations or places.</summary>
    public string Story { get; init; } = "s1";
}

/// <summary>
/// The analysis of a corpus: every input is in <see cref="Articles"/> or <see cref="Rejected"/>,
/// and every claim carries its article id and offsets into that article's original text.
/// </summary>
/// <remarks>Immutable. Lists are in a deterministic order that does not depend on parallelism.</remarks>
public sealed record AnalysisResult(
    IReadOnlyList<ArticleInfo> Articles,
    IReadOnlyList<Entity> Entities,
    IReadOnlyList<Quote> Quotes,
    IReadOnlyList<Figure> Figures,
    IReadOnlyList<Conflict> Conflicts,
    IReadOnlyList<RejectedInput> Rejected)
{
    /// <summary>Files left out on purpose (not article files, second paths to a folder, not included): accounted for, not errors.</summary>
    public IReadOnlyList<SkippedInput> Skipped { get; init; } = [];
}
