namespace Corpus.Text;

/// <summary>
/// An analyzed article: the original text, unchanged, with its token table, sentences and
/// boilerplate spans. <see cref="Token"/> and <see cref="Sentence"/> values are index views onto it.
/// </summary>
/// <remarks>Immutable after construction and safe to read from several threads.</remarks>
public sealed class Document
{
    private readonly Token[] _tokens;
    private readonly Sentence[] _sentences;
    private readonly TextSpan[] _boilerplate;
    private Syntax.SentenceSyntax?[]? _syntax;

    private Document(Article article, Token[] tokens, Sentence[] sentences, TextSpan[] boilerplate)
    {
        Article = article;
        _tokens = tokens;
        _sentences = sentences;
        _boilerplate = boilerplate;
    }

    /// <summary>The article this document was built from.</summary>
    public Article Article { get; }

    /// <summary>The original text: every span of this document points into it.</summary>
    public string Text => Article.Text;

    /// <summary>All tokens, in text order.</summary>
    public IReadOnlyList<Token> Tokens => _tokens;

    /// <summary>All sentences, in text order; together they hold every token once.</summary>
    public IReadOnlyList<Sentence> Sentences => _sentences;

    /// <summary>Spans flagged as web cruft, in text order.</summary>
    public IReadOnlyList<TextSpan> Boilerplate => _boilerplate;

    internal ReadOnlySpan<Token> TokenSpan => _tokens;

    internal Sentence[] SentenceArray => _sentences;

    /// <summary>Tokenizes, splits and flags <paramref name="article"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="article"/> or its text is null.</exception>
    public static Document Parse(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(article.Text, nameof(article) + ".Text");
        string text = article.Text;
        var tokens = Tokenizer.Tokenize(text);
        var sentences = SentenceSplitter.Split(text, tokens);
        var boilerplate = BoilerplateDetector.Detect(text);
        if (boilerplate.Count > 0)
        {
            for (int i = 0; i < sentences.Length; i++)
            {
                var s = sentences[i];
                foreach (var b in boilerplate)
                {
                    if (b.Contains(s.Span) || (b.Overlaps(s.Span) && b.Length * 2 >= s.Span.Length))
                    {
                        sentences[i] = s with { Kind = s.Kind | SentenceKind.Boilerplate };
                        break;
                    }
                }
            }
        }

        return new Document(article, tokens, sentences, boilerplate.ToArray());
    }

    /// <summary>
    /// The words of sentence <paramref name="sentenceIndex"/> with part-of-speech tags, lemmas and a
    /// dependency tree, computed on first request and kept: stages that never ask pay nothing.
    /// </summary>
    /// <remarks>Thread-safe: concurrent first calls may both parse, and every caller sees the same instance.</remarks>
    /// <exception cref="ArgumentOutOfRangeException">No such sentence.</exception>
    /// <exception cref="InvalidOperationException">The package was built without its syntax model.</exception>
    public Syntax.SentenceSyntax GetSyntax(int sentenceIndex)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(sentenceIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(sentenceIndex, _sentences.Length);
        var cache = Volatile.Read(ref _syntax) ?? Interlocked.CompareExchange(ref _syntax, new Syntax.SentenceSyntax?[_sentences.Length], null) ?? _syntax!;
        if (Volatile.Read(ref cache[sentenceIndex]) is { } done) return done;
        var s = _sentences[sentenceIndex];
        var pieces = new List<Syntax.WordPiece>(s.TokenCount + 4);
        Syntax.WordSplitter.Split(Text, _tokens.AsSpan(s.FirstToken, s.TokenCount), pieces);
        var parsed = Syntax.SyntaxAnnotator.Default.Annotate(Text, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(pieces), sentenceIndex);
        return Interlocked.CompareExchange(ref cache[sentenceIndex], parsed, null) ?? parsed;
    }

    /// <summary>True when sentence <paramref name="sentenceIndex"/> has been parsed already (a later <see cref="GetSyntax"/> costs nothing).</summary>
    internal bool IsParsed(int sentenceIndex) => Volatile.Read(ref _syntax) is { } cache && Volatile.Read(ref cache[sentenceIndex]) is not null;

    /// <summary>The text of token <paramref name="index"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">No such token.</exception>
    public string TokenText(int index) => _tokens[index].Span.Of(Text);

    /// <summary>The text of <paramref name="span"/>.</summary>
    public string TextOf(TextSpan span) => span.Of(Text);

    /// <summary>Index of the token ending exactly at <paramref name="end"/>, or -1. Binary search.</summary>
    internal int TokenEndingAt(int end) => TokenWith(end, ends: true);

    /// <summary>Index of the token starting exactly at <paramref name="start"/>, or -1. Binary search.</summary>
    internal int TokenStartingAt(int start) => TokenWith(start, ends: false);

    private int TokenWith(int offset, bool ends)
    {
        int lo = 0, hi = _tokens.Length - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            int at = ends ? _tokens[mid].End : _tokens[mid].Start;
            if (at == offset) return mid;
            if (at < offset) lo = mid + 1;
            else hi = mid - 1;
        }

        return -1;
    }

    /// <summary>The sentence holding token <paramref name="token"/> (the last one for an index past the end). Binary search.</summary>
    internal Sentence SentenceOfToken(int token)
    {
        int lo = 0, hi = _sentences.Length - 1;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_sentences[mid].EndToken <= token) lo = mid + 1;
            else hi = mid;
        }

        return _sentences[lo];
    }

    /// <summary>The first sentence ending after <paramref name="position"/>. Binary search.</summary>
    internal Sentence SentenceAt(int position)
    {
        int lo = 0, hi = _sentences.Length - 1;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_sentences[mid].Span.End <= position) lo = mid + 1;
            else hi = mid;
        }

        return _sentences[lo];
    }

    /// <summary>True when <paramref name="position"/> lies inside flagged boilerplate.</summary>
    public bool IsBoilerplate(int position)
    {
        foreach (var b in _boilerplate)
        {
            if (b.Contains(position)) return true;
        }

        return false;
    }
}
