using Corpus.Entities;

namespace Corpus.Training;

/// <summary>Exact-match span precision, recall and F1 per type.</summary>
internal sealed class Evaluation
{
    private readonly Dictionary<string, int[]> _counts = new(StringComparer.Ordinal); // tp, fp, fn

    public void Add(IEnumerable<(int S, int E, string T)> gold, IEnumerable<(int S, int E, string T)> predicted, IEnumerable<(int S, int E)>? ignore = null)
    {
        var g = gold.ToHashSet();
        var p = predicted.ToHashSet();
        var ign = ignore?.ToList() ?? [];
        foreach (var x in p)
        {
            if (g.Contains(x)) Count(x.T)[0]++;
            else if (!ign.Any(i => x.S < i.E && i.S < x.E)) Count(x.T)[1]++;
        }

        foreach (var x in g)
        {
            if (!p.Contains(x)) Count(x.T)[2]++;
        }
    }

    private int[] Count(string t) => _counts.TryGetValue(t, out var c) ? c : _counts[t] = new int[3];

    public (double P, double R, double F) Score(params string[] types)
    {
        int tp = 0, fp = 0, fn = 0;
        foreach (var (t, c) in _counts)
        {
            if (types.Length > 0 && !types.Contains(t)) continue;
            tp += c[0];
            fp += c[1];
            fn += c[2];
        }

        double p = tp + fp == 0 ? 0 : (double)tp / (tp + fp);
        double r = tp + fn == 0 ? 0 : (double)tp / (tp + fn);
        return (p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
    }

    public string Report(params string[] types)
    {
        var lines = new List<string>();
        foreach (var t in _counts.Keys.Order(StringComparer.Ordinal))
        {
            var (p, r, f) = Score(t);
            var c = _counts[t];
            lines.Add($"    {t,-5} p={p:F3} r={r:F3} f1={f:F3} gold={c[0] + c[2]}");
        }

        var (ap, ar, af) = Score(types);
        lines.Add($"    all({string.Join('/', types)}) p={ap:F3} r={ar:F3} f1={af:F3}");
        return string.Join('\n', lines);
    }

    public static IEnumerable<(int S, int E, string T)> Spans(ReadOnlySpan<NerLabel> labels, Func<NerType, string?> name)
    {
        var list = new List<(int, int, string)>();
        int i = 0;
        while (i < labels.Length)
        {
            if (labels[i] == NerLabel.O)
            {
                i++;
                continue;
            }

            var type = NerLabels.TypeOf(labels[i]);
            int j = i + 1;
            while (j < labels.Length && labels[j] == NerLabels.Inside(type)) j++;
            if (name(type) is { } n) list.Add((i, j, n));
            i = j;
        }

        return list;
    }
}
