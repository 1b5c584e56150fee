namespace Corpus.Text;

/// <summary>
/// One news article as read: its text is kept exactly as given, and every offset the library
/// reports points into <see cref="Text"/>.
/// </summary>
/// <param name="Id">Identifier, unique within a corpus (a file name without extension, or a JSONL <c>id</c>).</param>
/// <param name="Text">The full original text. Never rewritten.</param>
/// <exception cref="ArgumentNullException"><paramref name="Id"/> or <paramref name="Text"/> is null.</exception>
public sealed record Article(string Id, string Text)
{
    private readonly string _id = Id ?? throw NullId();
    private readonly string _text = Text ?? throw NullText();

    /// <summary>Identifier, unique within a corpus.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public string Id { get => _id; init => _id = value ?? throw NullId(); }

    /// <summary>The full original text. Never rewritten.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public string Text { get => _text; init => _text = value ?? throw NullText(); }

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

    private static ArgumentNullException NullId() => new("Id", "Article.Id must not be null; give each article an identifier.");

    private static ArgumentNullException NullText() => new("Text", "Article.Text must not be null; give the article's text.");
}
