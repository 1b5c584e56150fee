using System.Numerics;
using System.Runtime.InteropServices;
using Corpus.Syntax;

namespace Corpus.Training.Syntax;

/// <summary>
/// A multiclass averaged perceptron for training: one dense row of class weights per hashed feature,
/// created on the feature's first update, averaged with the w − u/c trick (Daumé 2006).
/// Single-threaded; <see cref="Export"/> turns it into the runtime's <see cref="SparseWeights"/>.
/// </summary>
internal sealed class DensePerceptron
{
    private readonly int _classes;
    private readonly Dictionary<uint, int> _rows = new();
    private float[] _w;
    private float[] _u;

    public DensePerceptron(int classes)
    {
        _classes = classes;
        _w = new float[classes * 65536];
        _u = new float[classes * 65536];
    }

    /// <summary>Examples seen; advanced by the caller once per decision.</summary>
    public int Time { get; set; } = 1;

    public int Rows => _rows.Count;

    /// <summary>When set, only these features get weights: a frequency cut-off that keeps the model small and fast.</summary>
    public HashSet<uint>? Allowed { get; init; }

    public void Score(ReadOnlySpan<uint> features, Span<float> scores)
    {
        scores[.._classes].Clear();
        int width = Vector<float>.Count;
        foreach (uint f in features)
        {
            if (!_rows.TryGetValue(f, out int row)) continue;
            var w = _w.AsSpan(row * _classes, _classes);
            int k = 0;
            for (; k <= _classes - width; k += width)
            {
                (new Vector<float>(scores[k..]) + new Vector<float>(w[k..])).CopyTo(scores[k..]);
            }

            for (; k < _classes; k++) scores[k] += w[k];
        }
    }

    public void Update(ReadOnlySpan<uint> features, int good, int bad, float delta = 1f)
    {
        if (good == bad) return;
        float t = Time;
        foreach (uint f in features)
        {
            if (Allowed is { } allowed && !allowed.Contains(f)) continue;
            ref int row = ref CollectionsMarshal.GetValueRefOrAddDefault(_rows, f, out bool exists);
            if (!exists)
            {
                row = _rows.Count - 1;
                if ((row + 1) * _classes > _w.Length)
                {
                    Array.Resize(ref _w, _w.Length * 2);
                    Array.Resize(ref _u, _u.Length * 2);
                }
            }

            int b = row * _classes;
            _w[b + good] += delta;
            _u[b + good] += t * delta;
            _w[b + bad] -= delta;
            _u[b + bad] -= t * delta;
        }
    }

    /// <summary>Averaged weights; entries below <paramref name="prune"/> in magnitude are dropped.</summary>
    public SparseWeights Export(float prune)
    {
        float max = 0;
        float t = Time;
        foreach (var (_, row) in _rows)
        {
            for (int c = 0; c < _classes; c++) max = MathF.Max(max, MathF.Abs(_w[row * _classes + c] - _u[row * _classes + c] / t));
        }

        float scale = max > 0 ? max / 32000f : 1f;
        var rows = new List<(uint, (byte, short)[])>(_rows.Count);
        var entries = new List<(byte, short)>();
        foreach (var (key, row) in _rows.OrderBy(kv => kv.Key))
        {
            entries.Clear();
            for (int c = 0; c < _classes; c++)
            {
                float a = _w[row * _classes + c] - _u[row * _classes + c] / t;
                if (MathF.Abs(a) < prune) continue;
                short q = (short)Math.Clamp(MathF.Round(a / scale), short.MinValue, short.MaxValue);
                if (q != 0) entries.Add(((byte)c, q));
            }

            if (entries.Count > 0) rows.Add((key, entries.ToArray()));
        }

        return new SparseWeights(_classes, rows, scale);
    }
}
