using Corpus.Syntax;
using Corpus.Text;

namespace Corpus.Training.Syntax;

/// <summary>
/// Parser training sentences in the shapes news uses to attribute speech, built from the treebank's
/// own material: a sentence of the treebank becomes the quoted clause, a subject phrase and a
/// reporting verb come from other sentences where that verb takes a clausal complement. Annotated the
/// way UD English annotates them: the reporting verb is the root, the quoted clause its ccomp, the
/// quote marks and the comma attach to the quoted clause. EWT and GUM hold few such sentences (about
/// sixty), so without these the parser reads "..., the mayor said." as an adverbial clause.
/// </summary>
internal static class ReportedSpeech
{
    private sealed record Phrase(string[] Forms, string[] Lemmas, UniversalTag[] Upos, string[] XPos, int[] Heads, string[] Relations, int Root);

    /// <summary>One new sentence for about <paramref name="share"/> of the sentences that can carry a quotation.</summary>
    public static List<TreebankSentence> Augment(IReadOnlyList<TreebankSentence> train, double share, int seed)
    {
        var speakers = new List<(Phrase Subject, Phrase Verb)>();
        foreach (var s in train)
        {
            for (int i = 0; i < s.Length; i++)
            {
                if (s.Relations[i] != "ccomp" || s.Heads[i] < 0) continue;
                int v = s.Heads[i];
                if (s.Upos[v] != UniversalTag.Verb || s.XPos[v] is not ("VBD" or "VBZ")) continue;
                int subject = Array.FindIndex(s.Heads, h => h == v);
                while (subject >= 0 && s.Relations[subject] != "nsubj") subject = NextChild(s, v, subject);
                if (subject < 0) continue;
                if (Subtree(s, subject) is var (first, last) && last - first < 6 && Enumerable.Range(first, last - first + 1).All(k => s.Upos[k] != UniversalTag.Punct))
                {
                    // Subject and verb from one sentence, so they agree ("officials said", "she says").
                    speakers.Add((Slice(s, first, last, subject), Slice(s, v, v, v)));
                }
            }
        }

        var rng = new Random(seed);
        var result = new List<TreebankSentence>();
        foreach (var s in train)
        {
            int n = s.Length;
            if (n < 5 || n > 35 || rng.NextDouble() >= share || speakers.Count == 0) continue;
            int root = Array.IndexOf(s.Heads, -1);

            // The quoted clause is a whole clause: a predicate with a subject of its own.
            if (s.Upos[root] is not (UniversalTag.Verb or UniversalTag.Adj or UniversalTag.Aux) || !s.Relations.Where((r, k) => s.Heads[k] == root).Any(r => r.StartsWith("nsubj", StringComparison.Ordinal) || r == "expl")) continue;
            if (s.Upos[n - 1] != UniversalTag.Punct || s.Heads[n - 1] != root || s.Forms[n - 1] is not ("." or "!" or "?")) continue;
            if (s.Forms.Any(f => f.Length > 0 && CharClass.IsQuote(f[0]))) continue;
            var clause = Slice(s, 0, n - 2, root);
            var (subject, verb) = speakers[rng.Next(speakers.Count)];
            var final = Slice(s, n - 1, n - 1, n - 1);
            int shape = rng.Next(5);
            bool quoted = shape < 3;
            var parts = new List<(Phrase Phrase, int Head, string Relation)>();
            var open = Mark("\"", "``");
            var close = Mark("\"", "''");
            var comma = Mark(",", ",");

            // Relations are resolved after placing the pieces: Head -1 = the verb, -2 = the clause root.
            if (quoted) parts.Add((open, -2, "punct"));
            parts.Add((clause, -1, "ccomp"));
            parts.Add((comma, -2, "punct"));
            if (quoted) parts.Add((close, -2, "punct"));
            if (shape == 1)
            {
                parts.Add((verb, 0, "root"));
                parts.Add((subject, -1, "nsubj"));
            }
            else
            {
                parts.Add((subject, -1, "nsubj"));
                parts.Add((verb, 0, "root"));
            }

            parts.Add((final, -1, "punct"));
            result.Add(Build(parts, clause, verb));
        }

        return result;
    }

    private static int NextChild(TreebankSentence s, int head, int after)
    {
        for (int k = after + 1; k < s.Length; k++)
        {
            if (s.Heads[k] == head) return k;
        }

        return -1;
    }

    private static (int First, int Last)? Subtree(TreebankSentence s, int word)
    {
        int first = word, last = word;
        for (int k = 0; k < s.Length; k++)
        {
            int h = k, steps = 0;
            while (h >= 0 && h != word && steps++ <= s.Length) h = s.Heads[h];
            if (h != word) continue;
            first = Math.Min(first, k);
            last = Math.Max(last, k);
        }

        // Contiguous only: every word in the range belongs to the subtree.
        for (int k = first; k <= last; k++)
        {
            int h = k, steps = 0;
            while (h >= 0 && h != word && steps++ <= s.Length) h = s.Heads[h];
            if (h != word) return null;
        }

        return (first, last);
    }

    /// <summary>Words first..last with heads relative to the slice; the phrase's root keeps no head.</summary>
    private static Phrase Slice(TreebankSentence s, int first, int last, int root)
    {
        int len = last - first + 1;
        var heads = new int[len];
        for (int k = 0; k < len; k++) heads[k] = first + k == root ? -1 : s.Heads[first + k] - first;
        return new Phrase(s.Forms[first..(last + 1)], s.Lemmas[first..(last + 1)], s.Upos[first..(last + 1)], s.XPos[first..(last + 1)], heads, s.Relations[first..(last + 1)], root - first);
    }

    private static Phrase Mark(string form, string xpos) => new([form], [form], [UniversalTag.Punct], [xpos], [-1], ["punct"], 0);

    private static TreebankSentence Build(List<(Phrase Phrase, int Head, string Relation)> parts, Phrase clause, Phrase verb)
    {
        var offsets = new int[parts.Count];
        int total = 0;
        for (int p = 0; p < parts.Count; p++)
        {
            offsets[p] = total;
            total += parts[p].Phrase.Forms.Length;
        }

        int clauseRoot = offsets[parts.FindIndex(x => ReferenceEquals(x.Phrase, clause))] + clause.Root;
        int verbRoot = offsets[parts.FindIndex(x => ReferenceEquals(x.Phrase, verb))] + verb.Root;
        var forms = new string[total];
        var lemmas = new string[total];
        var upos = new UniversalTag[total];
        var xpos = new string[total];
        var heads = new int[total];
        var rels = new string[total];
        for (int p = 0; p < parts.Count; p++)
        {
            var (phrase, head, relation) = parts[p];
            for (int k = 0; k < phrase.Forms.Length; k++)
            {
                int at = offsets[p] + k;
                forms[at] = phrase.Forms[k];
                lemmas[at] = phrase.Lemmas[k];
                upos[at] = phrase.Upos[k];
                xpos[at] = phrase.XPos[k];
                if (k == phrase.Root)
                {
                    heads[at] = head switch { -1 => verbRoot, -2 => clauseRoot, _ => -1 };
                    rels[at] = relation;
                }
                else
                {
                    heads[at] = phrase.Heads[k] + offsets[p];
                    rels[at] = phrase.Relations[k];
                }
            }
        }

        var sb = new System.Text.StringBuilder();
        var spans = new TextSpan[total];
        for (int i = 0; i < total; i++)
        {
            if (i > 0) sb.Append(' ');
            spans[i] = new TextSpan(sb.Length, sb.Length + forms[i].Length);
            sb.Append(forms[i]);
        }

        return new TreebankSentence(sb.ToString(), spans, forms, lemmas, upos, xpos, heads, rels);
    }
}
