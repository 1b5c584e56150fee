using Corpus.Text;

namespace Corpus.Syntax;

/// <summary>
/// One syntactic word of a parsed sentence, Universal Dependencies style: a token, or a part of one
/// ("do" and "n't" of "don't"; "can" and "not" of "cannot"; the parts and hyphens of "long-term").
/// </summary>
/// <param name="Index">Position in the sentence, from 0.</param>
/// <param name="Span">The word's characters in the original text (half-open); words never overlap and are in text order.</param>
/// <param name="Form">The word as written: the text of <paramref name="Span"/>.</param>
/// <param name="Tag">Universal part-of-speech tag.</param>
/// <param name="XPos">Penn Treebank tag ("NNS", "VBD").</param>
/// <param name="Lemma">Dictionary form ("be" for "were"; a proper noun keeps its case).</param>
/// <param name="Head">Index of the head word in the same sentence, or -1 for the root.</param>
/// <param name="Relation">Universal Dependencies relation to the head, with subtype ("nsubj", "nsubj:pass", "root").</param>
/// <param name="JoinsPrevious">True when this word and the one before it are written as one token (a CoNLL-U multiword token).</param>
public readonly record struct SyntaxWord(int Index, TextSpan Span, string Form, UniversalTag Tag, string XPos, string Lemma, int Head, string Relation, bool JoinsPrevious)
{
    /// <summary>The relation without its subtype ("nsubj" for "nsubj:pass").</summary>
    public string BaseRelation => Relation.IndexOf(':') is int colon and > 0 ? Relation[..colon] : Relation;

    /// <summary>True for the sentence's root word.</summary>
    public bool IsRoot => Head < 0;

    /// <summary>The lemma in lower case (the form when there is no lemma), as the claims' lexicons are keyed.</summary>
    internal string LowerLemma => (Lemma.Length > 0 ? Lemma : Form).ToLowerInvariant();
}
