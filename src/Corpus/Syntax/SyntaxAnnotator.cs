using System.Text;
using Corpus.Text;

namespace Corpus.Syntax;

/// <summary>
/// Adds part-of-speech tags, lemmas and a labelled dependency tree to the words of a sentence, with
/// the model trained on Universal Dependencies English (EWT and GUM) that ships in the package.
/// </summary>
/// <remarks>
/// Thread-safe: each thread uses its own scratch buffers. Deterministic: the same words give the same
/// analysis. Parsing is linear in the words of a sentence; a sentence of more than
/// <see cref="MaxParseWords"/> words is parsed in pieces of that size whose roots attach to the first
/// piece's root as <c>parataxis</c>. Most callers reach it through <see cref="Document.GetSyntax(int)"/>.
/// </remarks>
public sealed class SyntaxAnnotator
{
    /// <summary>Words parsed as one piece.</summary>
    public const int MaxParseWords = 200;

    private static readonly Lazy<SyntaxAnnotator?> Shared = new(() => SyntaxModel.Default is { } m ? new SyntaxAnnotator(m) : null);
    private readonly ThreadLocal<SyntaxEngine> _engines;

    internal SyntaxAnnotator(SyntaxModel model)
    {
        Model = model;
        _engines = new ThreadLocal<SyntaxEngine>(() => new SyntaxEngine(model));
    }

    /// <summary>The annotator with the model shipped in the package.</summary>
    /// <exception cref="InvalidOperationException">The package was built without its syntax model.</exception>
    public static SyntaxAnnotator Default => Shared.Value ?? throw new InvalidOperationException("The syntax model is missing from this build of Corpus; rebuild it with 'dotnet run --project src/Corpus.Training -c Release -- syntax'.");

    internal static bool IsAvailable => Shared.Value is not null;

    internal SyntaxModel Model { get; }

    /// <summary>Annotates the words at <paramref name="words"/> in <paramref name="text"/>.</summary>
    /// <param name="text">The text the spans point into.</param>
    /// <param name="words">The sentence's words, in order, not overlapping.</param>
    /// <param name="sentenceIndex">Stored as <see cref="SentenceSyntax.SentenceIndex"/>.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A span lies outside <paramref name="text"/>, is empty, or overlaps the one before it.</exception>
    public SentenceSyntax Annotate(string text, IReadOnlyList<TextSpan> words, int sentenceIndex = 0)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(words);
        var pieces = new WordPiece[words.Count];
        int last = 0;
        for (int i = 0; i < pieces.Length; i++)
        {
            var s = words[i];
            if (s.End > text.Length || s.IsEmpty || s.Start < last) throw new ArgumentException($"word {i} ({s}) is empty, outside the text or overlaps the word before it", nameof(words));
            last = s.End;
            pieces[i] = new WordPiece(s, i > 0 && words[i - 1].End == s.Start && WordSplitter.IsClitic(text, s.Start, s.End));
        }

        return Annotate(text, pieces, sentenceIndex);
    }

    /// <summary>Annotates a sentence given as word forms; the text is the forms joined by single spaces.</summary>
    /// <exception cref="ArgumentException">A form is null or empty.</exception>
    public SentenceSyntax Annotate(IReadOnlyList<string> forms, int sentenceIndex = 0)
    {
        ArgumentNullException.ThrowIfNull(forms);
        var sb = new StringBuilder();
        var spans = new TextSpan[forms.Count];
        for (int i = 0; i < forms.Count; i++)
        {
            if (string.IsNullOrEmpty(forms[i])) throw new ArgumentException($"word {i} is empty", nameof(forms));
            if (i > 0) sb.Append(' ');
            spans[i] = new TextSpan(sb.Length, sb.Length + forms[i].Length);
            sb.Append(forms[i]);
        }

        return Annotate(sb.ToString(), spans, sentenceIndex);
    }

    internal SentenceSyntax Annotate(string text, ReadOnlySpan<WordPiece> pieces, int sentenceIndex)
    {
        int n = pieces.Length;
        var result = new SyntaxWord[n];
        if (n == 0) return new SentenceSyntax(sentenceIndex, result);
        var engine = _engines.Value!;
        var model = Model;
        var spans = new TextSpan[n];
        for (int i = 0; i < n; i++) spans[i] = pieces[i].Span;
        var tags = new byte[n];
        var heads = new int[n];
        var labels = new int[n];
        engine.Tag(text, spans, tags);
        int firstRoot = -1;
        for (int start = 0; start < n; start += MaxParseWords)
        {
            int len = Math.Min(MaxParseWords, n - start);
            engine.Parse(text, spans.AsSpan(start, len), tags.AsSpan(start, len), heads.AsSpan(start, len), labels.AsSpan(start, len));
            for (int i = start; i < start + len; i++)
            {
                if (heads[i] >= 0) heads[i] += start;
                else if (firstRoot < 0) firstRoot = i;
                else
                {
                    heads[i] = firstRoot;
                    labels[i] = Math.Max(0, Array.IndexOf(model.Labels, "parataxis"));
                }
            }
        }

        for (int i = 0; i < n; i++)
        {
            var span = spans[i];
            string form = text.Substring(span.Start, span.Length);
            int t = tags[i];
            string lemma = model.Lemmatizer.Lemmatize(form, model.XPosKeys[t], model.Upos[t]);
            result[i] = new SyntaxWord(i, span, form, model.Upos[t], model.XPos[t], lemma, heads[i], model.Labels[labels[i]], pieces[i].JoinsPrevious);
        }

        return new SentenceSyntax(sentenceIndex, result);
    }
}
