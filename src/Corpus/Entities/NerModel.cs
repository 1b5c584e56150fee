using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;

namespace Corpus.Entities;

/// <summary>
/// The trained tagger's weights: for every live hashed feature, one 16-bit weight per label, plus
/// label transition weights. Scoring is a few table look-ups per feature with no allocation.
/// Immutable after loading and thread-safe.
/// </summary>
internal sealed class NerModel
{
    public const int Buckets = 1 << 22;
    private const uint Magic = 0x4E45_5233; // "NER3": NER2 plus a feature-set flags word
    private const uint MagicWithoutFlags = 0x4E45_5232; // "NER2"
    private const int ClusterFlag = 1;
    private static readonly Lazy<NerModel?> Shared = new(LoadEmbedded);
    private readonly ulong[] _slots;     // open addressing; low half 0 = empty, else bucket + 1; high half the row (one cache line per probe)
    private readonly short[] _weights;   // row * Count + label
    private readonly int _mask;

    public NerModel(IReadOnlyList<(int Bucket, float[] Weights)> rows, float[] transitions, float scale, float outsideBias = 0, bool usesWordClusters = false)
    {
        OutsideBias = outsideBias;
        UsesWordClusters = usesWordClusters;
        if (transitions.Length != (NerLabels.Count + 1) * NerLabels.Count) throw new ArgumentException("transition table has the wrong size", nameof(transitions));
        Scale = scale;
        Transitions = transitions;
        int size = 1;
        while (size < rows.Count * 2) size <<= 1;
        _mask = size - 1;
        _slots = new ulong[size];
        _weights = new short[rows.Count * NerLabels.Count];
        for (int r = 0; r < rows.Count; r++)
        {
            var (bucket, w) = rows[r];
            for (int l = 0; l < NerLabels.Count; l++) _weights[r * NerLabels.Count + l] = (short)Math.Clamp(MathF.Round(w[l] / scale), short.MinValue, short.MaxValue);
            int slot = (int)(TextHash.Mix32((uint)bucket) & (uint)_mask);
            while (_slots[slot] != 0) slot = (slot + 1) & _mask;
            _slots[slot] = ((ulong)(uint)r << 32) | ((uint)bucket + 1);
        }

        LiveFeatures = rows.Count;
    }

    public static NerModel? Default => Shared.Value;

    /// <summary>Multiply a summed 16-bit weight by this to get the trained score.</summary>
    public float Scale { get; }

    /// <summary>(prev + 1) * Count + cur; row 0 is the sentence start.</summary>
    public float[] Transitions { get; }

    public int LiveFeatures { get; }

    /// <summary>The model was trained with the word-class features (<see cref="Corpus.Text.WordClusters"/>), so it must be run with them.</summary>
    public bool UsesWordClusters { get; }

    /// <summary>Subtracted from the O label's score at decoding: trades precision for recall, tuned out of domain.</summary>
    public float OutsideBias { get; }

    public NerModel WithOutsideBias(float bias)
    {
        var rows = new List<(int, float[])>(LiveFeatures);
        for (int s = 0; s < _slots.Length; s++)
        {
            if (_slots[s] == 0) continue;
            var w = new float[NerLabels.Count];
            int row = (int)(_slots[s] >> 32);
            for (int l = 0; l < NerLabels.Count; l++) w[l] = _weights[row * NerLabels.Count + l] * Scale;
            rows.Add(((int)((uint)_slots[s] - 1), w));
        }

        return new NerModel(rows, Transitions, Scale, bias, UsesWordClusters);
    }

    /// <summary>Adds the weights of <paramref name="features"/> into <paramref name="scores"/> (one per label, unscaled).</summary>
    /// <remarks>
    /// Bound by memory: every feature is a random look-up in a table of megabytes. The look-ups of one token are
    /// therefore issued together: all home slots are hashed and their cache lines requested first, then probed,
    /// and the weight rows found are requested before any is read, so the misses overlap instead of queueing.
    /// </remarks>
    public void Score(ReadOnlySpan<uint> features, Span<int> scores)
    {
        scores[..NerLabels.Count].Clear();
        int n = features.Length;
        Span<int> home = n <= NerFeatures.MaxPerToken ? stackalloc int[n] : new int[n];
        var slots = _slots;
        ulong touch = 0;
        for (int k = 0; k < n; k++)
        {
            uint key = (features[k] & (Buckets - 1)) + 1;
            int slot = (int)(TextHash.Mix32(key - 1) & (uint)_mask);
            home[k] = slot;
            if (Sse.IsSupported) Prefetch(ref slots[slot]);
            else touch ^= slots[slot];
        }

        Span<int> rows = n <= NerFeatures.MaxPerToken ? stackalloc int[n] : new int[n];
        int found = 0;
        for (int k = 0; k < n; k++)
        {
            uint key = (features[k] & (Buckets - 1)) + 1;
            int slot = home[k];
            while (true)
            {
                ulong entry = slots[slot];
                uint s = (uint)entry;
                if (s == key)
                {
                    int row = (int)(entry >> 32) * NerLabels.Count;
                    rows[found++] = row;
                    if (Sse.IsSupported) Prefetch(ref _weights[row]);
                    break;
                }

                if (s == 0) break;
                slot = (slot + 1) & _mask;
            }
        }

        for (int k = 0; k < found; k++)
        {
            var w = _weights.AsSpan(rows[k], NerLabels.Count);
            for (int l = 0; l < NerLabels.Count; l++) scores[l] += w[l];
        }

        _sink = touch;
    }

    [ThreadStatic]
    private static ulong _sink;

    /// <summary>Asks for the cache line of <paramref name="target"/> without waiting for it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static unsafe void Prefetch<T>(ref T target) => Sse.Prefetch0(Unsafe.AsPointer(ref target));

    public void Save(Stream stream)
    {
        using var gz = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var w = new BinaryWriter(gz);
        w.Write(Magic);
        w.Write(UsesWordClusters ? ClusterFlag : 0);
        w.Write(NerLabels.Count);
        w.Write(Scale);
        w.Write(OutsideBias);
        foreach (var t in Transitions) w.Write(t);
        var live = new List<(uint Bucket, int Row)>();
        for (int s = 0; s < _slots.Length; s++)
        {
            if (_slots[s] != 0) live.Add(((uint)_slots[s] - 1, (int)(_slots[s] >> 32)));
        }

        live.Sort((a, b) => a.Bucket.CompareTo(b.Bucket));
        w.Write(live.Count);
        uint prev = 0;
        foreach (var (bucket, _) in live)
        {
            w.Write7BitEncodedInt((int)(bucket - prev));
            prev = bucket;
        }

        foreach (var (_, row) in live)
        {
            for (int l = 0; l < NerLabels.Count; l++) w.Write(_weights[row * NerLabels.Count + l]);
        }
    }

    public static NerModel Load(Stream stream)
    {
        // Inflate in one go: the many small reads below then come from memory, not from the inflater.
        using var raw = new MemoryStream();
        using (var gz = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true)) gz.CopyTo(raw);
        raw.Position = 0;
        using var r = new BinaryReader(raw);
        uint magic = r.ReadUInt32();
        if (magic != Magic && magic != MagicWithoutFlags) throw new InvalidDataException("not a Corpus NER model");
        int flags = magic == Magic ? r.ReadInt32() : 0;
        if (r.ReadInt32() != NerLabels.Count) throw new InvalidDataException("the model was trained for another label set");
        float scale = r.ReadSingle();
        float bias = r.ReadSingle();
        var transitions = new float[(NerLabels.Count + 1) * NerLabels.Count];
        for (int i = 0; i < transitions.Length; i++) transitions[i] = r.ReadSingle();
        int count = r.ReadInt32();
        var buckets = new int[count];
        uint prev = 0;
        for (int i = 0; i < count; i++)
        {
            prev += (uint)r.Read7BitEncodedInt();
            buckets[i] = (int)prev;
        }

        var rows = new (int, float[])[count];
        for (int i = 0; i < count; i++)
        {
            var w = new float[NerLabels.Count];
            for (int l = 0; l < NerLabels.Count; l++) w[l] = r.ReadInt16() * scale;
            rows[i] = (buckets[i], w);
        }

        return new NerModel(rows, transitions, scale, bias, (flags & ClusterFlag) != 0);
    }

    private static NerModel? LoadEmbedded()
    {
        using var stream = typeof(NerModel).Assembly.GetManifestResourceStream("Corpus.Entities.Resources.ner.model");
        return stream is null ? null : Load(stream);
    }
}

/// <summary>Best BIO-consistent label sequence under emission and transition scores.</summary>
internal static class Viterbi
{
    /// <param name="emissions">n × Count scores.</param>
    /// <param name="transitions">(prev + 1) × Count, row 0 = start.</param>
    /// <param name="output">n labels.</param>
    /// <param name="scratch">Optional reusable buffer of 2 × Count.</param>
    /// <param name="back">Optional reusable buffer of n × Count.</param>
    public static void Decode(ReadOnlySpan<float> emissions, ReadOnlySpan<float> transitions, Span<NerLabel> output, float[]? scratch = null, byte[]? back = null)
    {
        const int L = NerLabels.Count;
        int n = output.Length;
        if (n == 0) return;
        scratch ??= new float[2 * L];
        back ??= new byte[n * L];
        Span<float> prev = scratch.AsSpan(0, L);
        Span<float> cur = scratch.AsSpan(L, L);
        for (int t = 0; t < L; t++)
        {
            prev[t] = NerLabels.IsInside((NerLabel)t) ? float.NegativeInfinity : emissions[t] + transitions[t];
        }

        for (int i = 1; i < n; i++)
        {
            for (int t = 0; t < L; t++)
            {
                float best = float.NegativeInfinity;
                int arg = 0;
                for (int p = 0; p < L; p++)
                {
                    if (!NerLabels.Allowed((NerLabel)p, (NerLabel)t)) continue;
                    float v = prev[p] + transitions[(p + 1) * L + t];
                    if (v > best)
                    {
                        best = v;
                        arg = p;
                    }
                }

                cur[t] = best + emissions[i * L + t];
                back[i * L + t] = (byte)arg;
            }

            cur.CopyTo(prev);
        }

        int last = 0;
        for (int t = 1; t < L; t++)
        {
            if (prev[t] > prev[last]) last = t;
        }

        for (int i = n - 1; i >= 0; i--)
        {
            output[i] = (NerLabel)last;
            last = back[i * L + last];
        }
    }
}
