using System.Globalization;
using System.Text;
using Corpus.Text;

namespace Corpus.Syntax;

/// <summary>One line of a CoNLL-U sentence: a word (ID 1, 2, ...), a multiword token (ID "1-2") or an empty node (ID "1.1"). Columns are kept as written.</summary>
/// <param name="Id">ID column.</param>
/// <param name="Form">FORM column.</param>
/// <param name="Lemma">LEMMA column.</param>
/// <param name="UPos">UPOS column.</param>
/// <param name="XPos">XPOS column.</param>
/// <param name="Feats">FEATS column.</param>
/// <param name="Head">HEAD column.</param>
/// <param name="DepRel">DEPREL column.</param>
/// <param name="Deps">DEPS column.</param>
/// <param name="Misc">MISC column.</param>
public sealed record ConlluLine(string Id, string Form, string Lemma, string UPos, string XPos, string Feats, string Head, string DepRel, string Deps, string Misc)
{
    /// <summary>True for a syntactic word (an integer ID), false for a multiword token or an empty node.</summary>
    public bool IsWord => Id.AsSpan().IndexOfAny('-', '.') < 0;

    /// <summary>True for a multiword token line ("3-4").</summary>
    public bool IsMultiwordToken => Id.Contains('-', StringComparison.Ordinal);

    /// <summary>True when MISC has <c>SpaceAfter=No</c>.</summary>
    public bool NoSpaceAfter => Misc.Split('|').Contains("SpaceAfter=No");
}

/// <summary>A CoNLL-U sentence: its comment lines (without the leading "# " removed) and its lines in order.</summary>
/// <param name="Comments">Comment lines as written, each starting with '#'.</param>
/// <param name="Lines">Word, multiword-token and empty-node lines.</param>
public sealed record ConlluSentence(IReadOnlyList<string> Comments, IReadOnlyList<ConlluLine> Lines)
{
    /// <summary>The syntactic words (integer IDs), in order.</summary>
    public IEnumerable<ConlluLine> Words => Lines.Where(l => l.IsWord);

    /// <summary>The value of the <c># text = </c> comment, or null.</summary>
    public string? Text => Comments.FirstOrDefault(c => c.StartsWith("# text = ", StringComparison.Ordinal)) is { } t ? t["# text = ".Length..] : null;
}

/// <summary>Malformed CoNLL-U: the message names the source and the line.</summary>
public sealed class ConlluFormatException : FormatException
{
    /// <summary>Creates the exception.</summary>
    public ConlluFormatException(string source, int line, string problem)
        : base($"{source}:{line}: {problem}")
    {
        SourceName = source;
        Line = line;
        Problem = problem;
    }

    /// <summary>The file (or "stdin") being read.</summary>
    public string SourceName { get; }

    /// <summary>1-based line number.</summary>
    public int Line { get; }

    /// <summary>What is wrong, without the place.</summary>
    public string Problem { get; }
}

/// <summary>
/// Reads and writes CoNLL-U (Universal Dependencies' ten-column format). Reading checks what a
/// parser relies on: ten tab-separated columns, word IDs 1..n in order, multiword-token ranges over
/// the following words, heads that are "_" or a word of the sentence. Writing reproduces what was
/// read byte for byte (with "\n" line ends). Stateless and thread-safe.
/// </summary>
public static class Conllu
{
    /// <summary>Reads every sentence of <paramref name="reader"/>, lazily.</summary>
    /// <param name="reader">The input.</param>
    /// <param name="source">A name for the input, used in error messages.</param>
    /// <exception cref="ConlluFormatException">The input is not valid CoNLL-U; the message names the source and line.</exception>
    public static IEnumerable<ConlluSentence> Read(TextReader reader, string source)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(source);
        var comments = new List<string>();
        var lines = new List<ConlluLine>();
        int lineNo = 0, sentenceStart = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNo++;
            if (line.Contains('\0', StringComparison.Ordinal)) throw new ConlluFormatException(source, lineNo, "binary data (a NUL character); expected CoNLL-U text");
            if (line.Length == 0)
            {
                if (lines.Count > 0)
                {
                    yield return Finish(comments, lines, source, sentenceStart);
                    comments = [];
                    lines = [];
                }
                else if (comments.Count > 0)
                {
                    throw new ConlluFormatException(source, lineNo, "a sentence has comments but no words");
                }

                continue;
            }

            if (line[0] == '#')
            {
                if (lines.Count > 0) throw new ConlluFormatException(source, lineNo, "a comment inside a sentence (comments come before its first word)");
                if (comments.Count == 0) sentenceStart = lineNo;
                comments.Add(line);
                continue;
            }

            if (lines.Count == 0 && comments.Count == 0) sentenceStart = lineNo;
            var cols = line.Split('\t');
            if (cols.Length != 10) throw new ConlluFormatException(source, lineNo, $"{cols.Length} tab-separated columns where CoNLL-U has 10");
            for (int c = 0; c < 10; c++)
            {
                if (cols[c].Length == 0) throw new ConlluFormatException(source, lineNo, $"column {c + 1} is empty (use _ for no value)");
            }

            var l = new ConlluLine(cols[0], cols[1], cols[2], cols[3], cols[4], cols[5], cols[6], cols[7], cols[8], cols[9]);
            Check(l, lines, source, lineNo);
            lines.Add(l);
        }

        if (lines.Count > 0) yield return Finish(comments, lines, source, sentenceStart);
        else if (comments.Count > 0) throw new ConlluFormatException(source, lineNo, "the input ends with comments and no words");
    }

    private static void Check(ConlluLine l, List<ConlluLine> before, string source, int lineNo)
    {
        int words = 0;
        foreach (var b in before)
        {
            if (b.IsWord) words++;
        }

        if (l.IsMultiwordToken)
        {
            var parts = l.Id.Split('-');
            if (parts.Length != 2 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out int a) || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out int b) || a != words + 1 || b <= a)
            {
                throw new ConlluFormatException(source, lineNo, $"multiword token ID '{l.Id}' must be a range starting at the next word ({words + 1})");
            }
        }
        else if (l.Id.Contains('.', StringComparison.Ordinal))
        {
            var parts = l.Id.Split('.');
            if (parts.Length != 2 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out int a) || a != words || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out _))
            {
                throw new ConlluFormatException(source, lineNo, $"empty node ID '{l.Id}' must follow word {words}");
            }
        }
        else
        {
            if (!int.TryParse(l.Id, NumberStyles.None, CultureInfo.InvariantCulture, out int id) || id != words + 1)
            {
                throw new ConlluFormatException(source, lineNo, $"word ID '{l.Id}' where {words + 1} was expected");
            }

            if (l.Head != "_" && (!int.TryParse(l.Head, NumberStyles.None, CultureInfo.InvariantCulture, out int head) || head == id))
            {
                throw new ConlluFormatException(source, lineNo, $"head '{l.Head}' is not a number, or is the word itself");
            }
        }
    }

    private static ConlluSentence Finish(List<string> comments, List<ConlluLine> lines, string source, int startLine)
    {
        int words = 0;
        foreach (var l in lines)
        {
            if (l.IsWord) words++;
        }

        if (words == 0) throw new ConlluFormatException(source, startLine, "a sentence without words");
        int lineNo = startLine + comments.Count;
        foreach (var l in lines)
        {
            if (l.IsWord && l.Head != "_" && int.Parse(l.Head, CultureInfo.InvariantCulture) > words)
            {
                throw new ConlluFormatException(source, lineNo, $"head {l.Head} is past the sentence's last word ({words})");
            }

            if (l.IsMultiwordToken && int.Parse(l.Id.Split('-')[1], CultureInfo.InvariantCulture) > words)
            {
                throw new ConlluFormatException(source, lineNo, $"multiword token {l.Id} reaches past the sentence's last word ({words})");
            }

            lineNo++;
        }

        return new ConlluSentence(comments, lines);
    }

    /// <summary>Writes <paramref name="sentence"/> followed by a blank line.</summary>
    public static void Write(TextWriter writer, ConlluSentence sentence)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(sentence);
        var sb = new StringBuilder();
        foreach (var c in sentence.Comments) sb.Append(c).Append('\n');
        foreach (var l in sentence.Lines)
        {
            sb.Append(l.Id).Append('\t').Append(l.Form).Append('\t').Append(l.Lemma).Append('\t').Append(l.UPos).Append('\t').Append(l.XPos).Append('\t')
              .Append(l.Feats).Append('\t').Append(l.Head).Append('\t').Append(l.DepRel).Append('\t').Append(l.Deps).Append('\t').Append(l.Misc).Append('\n');
        }

        sb.Append('\n');
        writer.Write(sb.ToString());
    }

    /// <summary>
    /// A CoNLL-U sentence for <paramref name="syntax"/>: <c># text</c>, multiword-token lines where
    /// words share a token, <c>SpaceAfter=No</c>, and each word's offsets into
    /// <paramref name="text"/> as <c>TokenRange=start:end</c> (half-open) in MISC.
    /// </summary>
    /// <param name="syntax">The analysed sentence.</param>
    /// <param name="text">The text its spans point into.</param>
    /// <param name="comments">Comment lines to write before <c># text</c> (each starting with '#').</param>
    public static ConlluSentence FromSyntax(SentenceSyntax syntax, string text, IEnumerable<string>? comments = null)
    {
        ArgumentNullException.ThrowIfNull(syntax);
        ArgumentNullException.ThrowIfNull(text);
        var words = syntax.Words;
        var c = new List<string>(comments ?? []);
        if (words.Count > 0)
        {
            var span = new TextSpan(words[0].Span.Start, words[^1].Span.End);
            c.Add("# text = " + Flatten(text.AsSpan(span.Start, span.Length)));
        }

        var lines = new List<ConlluLine>(words.Count + 2);
        for (int i = 0; i < words.Count; i++)
        {
            int last = i;
            while (last + 1 < words.Count && words[last + 1].JoinsPrevious) last++;
            bool spaceAfter(int k) => k + 1 >= words.Count || words[k].Span.End < words[k + 1].Span.Start;
            if (last > i)
            {
                var tokenSpan = new TextSpan(words[i].Span.Start, words[last].Span.End);
                lines.Add(new ConlluLine($"{i + 1}-{last + 1}", Column(text.Substring(tokenSpan.Start, tokenSpan.Length)), "_", "_", "_", "_", "_", "_", "_", Misc(spaceAfter(last), tokenSpan)));
                for (int k = i; k <= last; k++) lines.Add(WordLine(words[k], "_"));
                i = last;
                continue;
            }

            lines.Add(WordLine(words[i], Misc(spaceAfter(i), words[i].Span)));
        }

        return new ConlluSentence(c, lines);

        ConlluLine WordLine(SyntaxWord w, string misc) => new(
            (w.Index + 1).ToString(CultureInfo.InvariantCulture), Column(w.Form), Column(w.Lemma), w.Tag.ToConllu(), Column(w.XPos), "_",
            (w.Head + 1).ToString(CultureInfo.InvariantCulture), w.Relation, "_", misc == "_" ? $"TokenRange={w.Span.Start}:{w.Span.End}" : misc);
    }

    /// <summary>
    /// Fills in LEMMA, UPOS, XPOS, HEAD and DEPREL of every word of <paramref name="sentence"/> with
    /// <paramref name="annotator"/>, keeping the words, comments, multiword tokens, empty nodes, FEATS,
    /// DEPS and MISC as given: how a parser is scored on gold words.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static ConlluSentence Annotate(ConlluSentence sentence, SyntaxAnnotator annotator)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(annotator);
        var forms = sentence.Words.Select(w => w.Form == "_" && w.Lemma != "_" ? w.Lemma : w.Form).ToList();
        var syntax = annotator.Annotate(forms);
        var lines = new List<ConlluLine>(sentence.Lines.Count);
        int k = 0;
        foreach (var l in sentence.Lines)
        {
            if (!l.IsWord)
            {
                lines.Add(l);
                continue;
            }

            var w = syntax[k++];
            lines.Add(l with
            {
                Lemma = Column(w.Lemma),
                UPos = w.Tag.ToConllu(),
                XPos = Column(w.XPos),
                Head = (w.Head + 1).ToString(CultureInfo.InvariantCulture),
                DepRel = w.Relation,
            });
        }

        return sentence with { Lines = lines };
    }

    private static string Misc(bool spaceAfter, TextSpan span) =>
        (spaceAfter ? "" : "SpaceAfter=No|") + $"TokenRange={span.Start}:{span.End}";

    /// <summary>A column value: no tabs or line breaks, never empty.</summary>
    private static string Column(string value)
    {
        if (value.Length == 0) return "_";
        if (value.AsSpan().IndexOfAny('\t', '\n', '\r') < 0) return value;
        return value.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');
    }

    private static string Flatten(ReadOnlySpan<char> s)
    {
        var sb = new StringBuilder(s.Length);
        bool space = false;
        foreach (char ch in s)
        {
            if (char.IsWhiteSpace(ch))
            {
                space = true;
                continue;
            }

            if (space && sb.Length > 0) sb.Append(' ');
            space = false;
            sb.Append(ch);
        }

        return sb.ToString();
    }
}
