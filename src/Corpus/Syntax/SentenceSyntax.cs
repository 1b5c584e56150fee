using Corpus.Text;

namespace Corpus.Syntax;

/// <summary>
/// The words of one sentence with their tags, lemmas and a dependency tree.
/// </summary>
/// <remarks>
/// Invariants: exactly one word has <see cref="SyntaxWord.Head"/> = -1 (<see cref="Root"/>); every
/// other head is a word of the sentence and following heads from any word reaches the root without a
/// cycle. Words are in text order with non-overlapping spans. Immutable and thread-safe.
/// </remarks>
public sealed class SentenceSyntax
{
    private readonly SyntaxWord[] _words;
    private readonly int[] _childStart;   // CSR: children of w are _children[_childStart[w] .. _childStart[w + 1])
    private readonly int[] _children;
    private readonly int[] _subtreeFirst;
    private readonly int[] _subtreeLast;

    internal SentenceSyntax(int sentenceIndex, SyntaxWord[] words)
    {
        SentenceIndex = sentenceIndex;
        _words = words;
        int n = words.Length;
        _childStart = new int[n + 1];
        _children = new int[Math.Max(0, n - 1)];
        int root = -1;
        foreach (var w in words)
        {
            if (w.Head < 0)
            {
                if (root >= 0) throw new ArgumentException("a sentence has one root", nameof(words));
                root = w.Index;
            }
            else
            {
                _childStart[w.Head + 1]++;
            }
        }

        if (n > 0 && root < 0) throw new ArgumentException("a sentence needs a root", nameof(words));
        Root = root;
        for (int i = 0; i < n; i++) _childStart[i + 1] += _childStart[i];
        var fill = _childStart.AsSpan(0, n).ToArray();
        foreach (var w in words)
        {
            if (w.Head >= 0) _children[fill[w.Head]++] = w.Index;
        }

        _subtreeFirst = new int[n];
        _subtreeLast = new int[n];
        for (int i = 0; i < n; i++) _subtreeFirst[i] = _subtreeLast[i] = i;

        // Each word widens the ranges of all its ancestors: O(words × depth), and the parser's cut at
        // 200 tokens bounds both. The step limit guards against a cycle in hand-built input.
        for (int i = 0; i < n; i++)
        {
            for (int h = words[i].Head, steps = 0; h >= 0 && steps < n; h = words[h].Head, steps++)
            {
                if (i < _subtreeFirst[h]) _subtreeFirst[h] = i;
                if (i > _subtreeLast[h]) _subtreeLast[h] = i;
            }
        }
    }

    /// <summary>Index of the sentence in its document's <see cref="Document.Sentences"/> (or in the input, for given words).</summary>
    public int SentenceIndex { get; }

    /// <summary>The words, in text order.</summary>
    public IReadOnlyList<SyntaxWord> Words => _words;

    /// <summary>Number of words.</summary>
    public int Count => _words.Length;

    /// <summary>Index of the root word (-1 only for an empty sentence).</summary>
    public int Root { get; }

    /// <summary>Word <paramref name="index"/>.</summary>
    public SyntaxWord this[int index] => _words[index];

    /// <summary>The dependents of word <paramref name="index"/>, in text order.</summary>
    public ReadOnlySpan<int> Children(int index) => _children.AsSpan(_childStart[index], _childStart[index + 1] - _childStart[index]);

    /// <summary>The first dependent of <paramref name="index"/> whose relation is <paramref name="relation"/> (exactly, or as its base when it has no colon), or -1.</summary>
    public int Child(int index, string relation)
    {
        foreach (int c in Children(index))
        {
            string r = _words[c].Relation;
            if (r == relation || (relation.IndexOf(':') < 0 && _words[c].BaseRelation == relation)) return c;
        }

        return -1;
    }

    /// <summary>Whether word <paramref name="index"/> has a negation among its dependents ("not", "n't", "never" as its adverb).</summary>
    internal bool IsNegated(int index)
    {
        foreach (int c in Children(index))
        {
            if (_words[c].BaseRelation == "advmod" && _words[c].Form.ToLowerInvariant() is "not" or "n't" or "never") return true;
        }

        return false;
    }

    /// <summary>First and last word index of the subtree headed by <paramref name="index"/> (inclusive; the subtree may have gaps when the tree is not projective).</summary>
    public (int First, int Last) SubtreeRange(int index) => (_subtreeFirst[index], _subtreeLast[index]);

    /// <summary>Character span from the first to the last word of the subtree headed by <paramref name="index"/>.</summary>
    public TextSpan SubtreeSpan(int index) => new(_words[_subtreeFirst[index]].Span.Start, _words[_subtreeLast[index]].Span.End);

    /// <summary>True when <paramref name="ancestor"/> is <paramref name="index"/> or dominates it.</summary>
    public bool Dominates(int ancestor, int index)
    {
        for (int h = index, steps = 0; h >= 0 && steps <= _words.Length; h = _words[h].Head, steps++)
        {
            if (h == ancestor) return true;
        }

        return false;
    }
}
