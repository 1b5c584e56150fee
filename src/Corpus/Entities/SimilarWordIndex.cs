namespace Corpus.Entities;

/// <summary>
/// Finds the items whose word may be <see cref="NameForms.SimilarWords"/> to a query without comparing
/// against every item: each word is filed under every string its skeleton gives with up to k letters
/// deleted (k the edit distance its length allows against any partner). Two words within edit
/// distance k share such a string, so the candidates are a superset of the similar words; callers
/// confirm with <see cref="NameForms.SimilarWords"/>. Candidates come back in insertion order.
/// </summary>
internal sealed class SimilarWordIndex<T>
{
    private readonly Dictionary<string, List<int>> _byVariant = new(StringComparer.Ordinal);
    private readonly List<(string Word, T Item)> _entries = [];
    private readonly List<int> _oneLetter = [];

    public void Add(string word, T item)
    {
        int at = _entries.Count;
        _entries.Add((word, item));
        if (word.Length == 1)
        {
            _oneLetter.Add(at);
            return;
        }

        foreach (var v in Variants(word))
        {
            if (!_byVariant.TryGetValue(v, out var list)) _byVariant[v] = list = [];
            if (list.Count == 0 || list[^1] != at) list.Add(at);
        }
    }

    /// <summary>Items whose word is similar to <paramref name="word"/>, confirmed, in insertion order.</summary>
    public IEnumerable<T> Similar(string word)
    {
        if (word.Length == 0) yield break;
        var hits = new SortedSet<int>();
        if (word.Length == 1)
        {
            // A single letter matches any word with that first letter: rare, so scanned.
            for (int i = 0; i < _entries.Count; i++) hits.Add(i);
        }
        else
        {
            foreach (int i in _oneLetter) hits.Add(i);
            foreach (var v in Variants(word))
            {
                if (_byVariant.TryGetValue(v, out var list)) hits.UnionWith(list);
            }
        }

        foreach (int i in hits)
        {
            if (NameForms.SimilarWords(_entries[i].Word, word)) yield return _entries[i].Item;
        }
    }

    private static HashSet<string> Variants(string word)
    {
        string s = NameForms.Skeleton(word);
        // A partner may be up to two letters longer, so allow what the longer length allows.
        int k = s.Length + 2 >= 8 ? 2 : s.Length + 2 >= 5 ? 1 : 0;
        var result = new HashSet<string>(StringComparer.Ordinal) { s };
        var frontier = new List<string> { s };
        for (int d = 0; d < k; d++)
        {
            var next = new List<string>();
            foreach (var f in frontier)
            {
                for (int i = 0; i < f.Length; i++)
                {
                    string v = f.Remove(i, 1);
                    if (result.Add(v)) next.Add(v);
                }
            }

            frontier = next;
        }

        return result;
    }
}
