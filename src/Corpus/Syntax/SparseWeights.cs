using System.Runtime.CompilerServices;

namespace Corpus.Syntax;

/// <summary>
/// Averaged-perceptron weights stored sparsely: for each live hashed feature, the classes it has a
/// weight for and that weight as a 16-bit integer. Most features speak for a few classes only, so a
/// look-up adds a handful of numbers. Immutable after construction and thread-safe.
/// </summary>
internal sealed class SparseWeights
{
    private readonly uint[] _keys;     // open addressing; 0 = empty
    private readonly int[] _start;     // first entry of the slot's row
    private readonly byte[] _classes;  // entry → class
    private readonly short[] _weights; // entry → weight / Scale
    private readonly int _mask;

    /// <param name="classCount">Number of classes (at most 256).</param>
    /// <param name="rows">Per feature key (nonzero): its (class, weight) entries.</param>
    /// <param name="scale">Weight unit: a stored weight times this is the trained weight.</param>
    public SparseWeights(int classCount, IReadOnlyList<(uint Key, (byte Class, short Weight)[] Entries)> rows, float scale)
    {
        if (classCount is < 1 or > 256) throw new ArgumentOutOfRangeException(nameof(classCount));
        ClassCount = classCount;
        Scale = scale;
        int size = 16;
        while (size < rows.Count * 2) size <<= 1;
        _mask = size - 1;
        _keys = new uint[size];
        _start = new int[size + 1];
        int total = 0;
        foreach (var r in rows) total += r.Entries.Length;
        _classes = new byte[total];
        _weights = new short[total];
        var lengths = new int[size];
        int p = 0;
        var slotOfRow = new int[rows.Count];
        for (int r = 0; r < rows.Count; r++)
        {
            uint key = rows[r].Key;
            if (key == 0) throw new ArgumentException("feature key 0 is reserved", nameof(rows));
            int slot = (int)(Mix(key) & (uint)_mask);
            while (_keys[slot] != 0)
            {
                if (_keys[slot] == key) throw new ArgumentException("duplicate feature key", nameof(rows));
                slot = (slot + 1) & _mask;
            }

            _keys[slot] = key;
            slotOfRow[r] = slot;
            lengths[slot] = rows[r].Entries.Length;
        }

        // Rows are laid out in slot order so a probe touches one contiguous block.
        for (int s = 0; s < size; s++)
        {
            _start[s] = p;
            p += lengths[s];
        }

        _start[size] = p;
        for (int r = 0; r < rows.Count; r++)
        {
            int at = _start[slotOfRow[r]];
            foreach (var (c, w) in rows[r].Entries)
            {
                if (c >= classCount) throw new ArgumentException("class out of range", nameof(rows));
                _classes[at] = c;
                _weights[at++] = w;
            }
        }

        LiveFeatures = rows.Count;
    }

    public int ClassCount { get; }

    public float Scale { get; }

    public int LiveFeatures { get; }

    public int Entries => _weights.Length;

    /// <summary>Adds the weights of feature <paramref name="key"/> into <paramref name="scores"/> (unscaled).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(uint key, Span<int> scores)
    {
        if (key == 0) key = 1;
        int slot = (int)(Mix(key) & (uint)_mask);
        while (true)
        {
            uint k = _keys[slot];
            if (k == key)
            {
                int end = _start[slot + 1];
                for (int e = _start[slot]; e < end; e++) scores[_classes[e]] += _weights[e];
                return;
            }

            if (k == 0) return;
            slot = (slot + 1) & _mask;
        }
    }

    /// <summary>Every row, in key order (for saving).</summary>
    public IEnumerable<(uint Key, (byte Class, short Weight)[] Entries)> Rows()
    {
        var slots = new List<int>();
        for (int s = 0; s < _keys.Length; s++)
        {
            if (_keys[s] != 0) slots.Add(s);
        }

        slots.Sort((a, b) => _keys[a].CompareTo(_keys[b]));
        foreach (int s in slots)
        {
            var entries = new (byte, short)[_start[s + 1] - _start[s]];
            for (int e = 0; e < entries.Length; e++) entries[e] = (_classes[_start[s] + e], _weights[_start[s] + e]);
            yield return (_keys[s], entries);
        }
    }

    public void Save(BinaryWriter w)
    {
        w.Write(ClassCount);
        w.Write(Scale);
        var rows = Rows().ToList();
        w.Write(rows.Count);
        uint prev = 0;
        foreach (var (key, entries) in rows)
        {
            w.Write7BitEncodedInt((int)(key - prev));
            prev = key;
            w.Write((byte)(entries.Length - 1));
        }

        foreach (var (_, entries) in rows)
        {
            foreach (var (c, _) in entries) w.Write(c);
        }

        foreach (var (_, entries) in rows)
        {
            foreach (var (_, v) in entries) w.Write(v);
        }
    }

    public static SparseWeights Load(BinaryReader r)
    {
        int classCount = r.ReadInt32();
        float scale = r.ReadSingle();
        int count = r.ReadInt32();
        var keys = new uint[count];
        var lengths = new int[count];
        uint prev = 0;
        for (int i = 0; i < count; i++)
        {
            prev += (uint)r.Read7BitEncodedInt();
            keys[i] = prev;
            lengths[i] = r.ReadByte() + 1;
        }

        var rows = new (uint, (byte, short)[])[count];
        for (int i = 0; i < count; i++)
        {
            var e = new (byte, short)[lengths[i]];
            for (int k = 0; k < e.Length; k++) e[k].Item1 = r.ReadByte();
            rows[i] = (keys[i], e);
        }

        for (int i = 0; i < count; i++)
        {
            var e = rows[i].Item2;
            for (int k = 0; k < e.Length; k++) e[k].Item2 = r.ReadInt16();
        }

        return new SparseWeights(classCount, rows, scale);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Mix(uint x)
    {
        x ^= x >> 16;
        x *= 0x7FEB352D;
        x ^= x >> 15;
        x *= 0x846CA68B;
        x ^= x >> 16;
        return x;
    }
}
