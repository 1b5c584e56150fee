using System.Diagnostics;

namespace Corpus.Training.Syntax;

/// <summary>
/// Exchange clustering of words by their neighbours (Kneser and Ney 1993; Martin, Liermann and Ney
/// 1998): each word in turn moves to the class that most raises the likelihood of a class bigram
/// model, F = Σ N(c1,c2) log N(c1,c2) − Σ N(c1) log N(c1) − Σ N(c2) log N(c2), until few words move.
/// Deterministic: words are visited in frequency order, ties keep the current class.
/// </summary>
internal sealed class ExchangeClustering
{
    private readonly int _words;
    private readonly int[] _rightStart, _rightWord, _rightCount;   // CSR: word → (next word, count)
    private readonly int[] _leftStart, _leftWord, _leftCount;      // CSR: word → (previous word, count)
    private readonly long[] _unigramLeft, _unigramRight;           // how often a word is first / second in a bigram

    /// <param name="words">Vocabulary size; ids are frequency ranks (0 = most frequent).</param>
    /// <param name="bigrams">Distinct (first, second, count) triples.</param>
    public ExchangeClustering(int words, IReadOnlyList<(int First, int Second, int Count)> bigrams)
    {
        _words = words;
        (_rightStart, _rightWord, _rightCount) = Csr(words, bigrams, b => b.Item1, b => b.Item2);
        (_leftStart, _leftWord, _leftCount) = Csr(words, bigrams, b => b.Item2, b => b.Item1);
        _unigramLeft = new long[words];
        _unigramRight = new long[words];
        foreach (var (a, b, n) in bigrams)
        {
            _unigramLeft[a] += n;
            _unigramRight[b] += n;
        }
    }

    private static (int[], int[], int[]) Csr(int words, IReadOnlyList<(int First, int Second, int Count)> bigrams, Func<(int, int, int), int> key, Func<(int, int, int), int> value)
    {
        var start = new int[words + 1];
        foreach (var b in bigrams) start[key(b) + 1]++;
        for (int i = 0; i < words; i++) start[i + 1] += start[i];
        var fill = (int[])start.Clone();
        var w = new int[bigrams.Count];
        var c = new int[bigrams.Count];
        foreach (var b in bigrams)
        {
            int at = fill[key(b)]++;
            w[at] = value(b);
            c[at] = b.Item3;
        }

        return (start, w, c);
    }

    private static double L(double x) => x > 0 ? x * Math.Log(x) : 0;

    /// <summary>Classes for every word, after at most <paramref name="iterations"/> passes.</summary>
    public int[] Cluster(int classes, int iterations, Action<string>? log = null)
    {
        int k = classes;
        var cls = new int[_words];
        for (int w = 0; w < _words; w++) cls[w] = w % k;
        var n = new long[k * k];
        var left = new long[k];
        var right = new long[k];
        for (int w = 0; w < _words; w++)
        {
            left[cls[w]] += _unigramLeft[w];
            right[cls[w]] += _unigramRight[w];
            for (int e = _rightStart[w]; e < _rightStart[w + 1]; e++) n[cls[w] * k + cls[_rightWord[e]]] += _rightCount[e];
        }

        var rw = new long[k];
        var lw = new long[k];
        var touchedR = new int[k];
        var touchedL = new int[k];
        var clock = Stopwatch.StartNew();
        for (int it = 1; it <= iterations; it++)
        {
            int moves = 0;
            for (int w = 0; w < _words; w++)
            {
                int a = cls[w];

                // The word's bigram counts by the class of its neighbour (a self-bigram w w apart).
                int nr = 0, nl = 0;
                long self = 0;
                for (int e = _rightStart[w]; e < _rightStart[w + 1]; e++)
                {
                    int v = _rightWord[e];
                    if (v == w)
                    {
                        self += _rightCount[e];
                        continue;
                    }

                    int c = cls[v];
                    if (rw[c] == 0) touchedR[nr++] = c;
                    rw[c] += _rightCount[e];
                }

                for (int e = _leftStart[w]; e < _leftStart[w + 1]; e++)
                {
                    int v = _leftWord[e];
                    if (v == w) continue;
                    int c = cls[v];
                    if (lw[c] == 0) touchedL[nl++] = c;
                    lw[c] += _leftCount[e];
                }

                long ul = _unigramLeft[w], ur = _unigramRight[w];

                // Take the word out of its class.
                Move(n, left, right, k, a, -1, rw, lw, touchedR, nr, touchedL, nl, self, ul, ur);

                int best = a;
                double bestGain = Gain(n, left, right, k, a, rw, lw, touchedR, nr, touchedL, nl, self, ul, ur);
                for (int b = 0; b < k; b++)
                {
                    if (b == a) continue;
                    double g = Gain(n, left, right, k, b, rw, lw, touchedR, nr, touchedL, nl, self, ul, ur);
                    if (g > bestGain + 1e-9)
                    {
                        bestGain = g;
                        best = b;
                    }
                }

                Move(n, left, right, k, best, +1, rw, lw, touchedR, nr, touchedL, nl, self, ul, ur);
                if (best != a)
                {
                    cls[w] = best;
                    moves++;
                }

                for (int i = 0; i < nr; i++) rw[touchedR[i]] = 0;
                for (int i = 0; i < nl; i++) lw[touchedL[i]] = 0;
            }

            log?.Invoke($"  {classes} classes, pass {it}: {moves} words moved; {clock.Elapsed.TotalSeconds:F0}s");
            if (moves < _words / 500) break;
        }

        return cls;
    }

    /// <summary>Adds (sign +1) or removes (−1) the word's counts to or from class <paramref name="b"/>.</summary>
    private static void Move(long[] n, long[] left, long[] right, int k, int b, int sign, long[] rw, long[] lw, int[] tr, int nr, int[] tl, int nl, long self, long ul, long ur)
    {
        for (int i = 0; i < nr; i++) n[b * k + tr[i]] += sign * rw[tr[i]];
        for (int i = 0; i < nl; i++) n[tl[i] * k + b] += sign * lw[tl[i]];
        n[b * k + b] += sign * self;
        left[b] += sign * ul;
        right[b] += sign * ur;
    }

    /// <summary>The change of the objective if the word (already taken out) joins class <paramref name="b"/>.</summary>
    private static double Gain(long[] n, long[] left, long[] right, int k, int b, long[] rw, long[] lw, int[] tr, int nr, int[] tl, int nl, long self, long ul, long ur)
    {
        double g = 0;

        // Row b (the word followed by class c) and column b (class c followed by the word); the
        // cell (b, b) collects both and the self-bigram, so it is handled once at the end.
        for (int i = 0; i < nr; i++)
        {
            int c = tr[i];
            if (c == b) continue;
            long x = n[b * k + c];
            g += L(x + rw[c]) - L(x);
        }

        for (int i = 0; i < nl; i++)
        {
            int c = tl[i];
            if (c == b) continue;
            long x = n[c * k + b];
            g += L(x + lw[c]) - L(x);
        }

        long bb = n[b * k + b];
        g += L(bb + rw[b] + lw[b] + self) - L(bb);
        g -= L(left[b] + ul) - L(left[b]);
        g -= L(right[b] + ur) - L(right[b]);
        return g;
    }
}
