namespace Corpus.Text;

/// <summary>
/// One news article as read: its text is kept exactly as given, and every offset the library
/// reports points into <see cref="Text"/>.
/// </summary>
/// <param name="Id">Identifier, unique within a corpus (a file name without extension, or a JSONL <c>id</c>).</param>
/// <param name="Text">The full original text. Never rewritten.</param>
public sealed record Article(string Id, string Text)
{
    /// <summary>Headline, when known.</summary>
    public string? Title { get; init; }

    /// <summary>Publishing outlet, when known.</summary>
    public string? Outlet { get; init; }

    /// <summary>Publication date, when known.</summary>
    public DateOnly? Published { get; init; }

    /// <summary>Address the article came from, when known.</summary>
    public string? Url { get; init; }

    /// <summary>Where the article was read from (file, file:line, or "stdin"), when known.</summary>
    public string? Source { get; init; }
}
