using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;

namespace Corpus.Syntax;

/// <summary>
/// Averaged-perceptron weights stored sparsely: for each live hashed feature, the classes it has a
/// weight for and that weight as a 16-bit integer. Most features speak for a few classes only, so a
/// look-up adds a handful of numbers. Immutable after construction and thread-safe.
/// </summary>
internal sealed class SparseWeights
{
    private readonly Slot[] _slots;    // open addressing; key 0 = empty; one extra slot marks the end
    private readonly int[] _entries;   // class << 16 | (ushort)weight, rows laid out in slot order
    private readonly int _mask;

    /// <summary>A key and where its row starts; the row ends where the next slot's starts.</summary>
    private struct Slot
    {
        public uint Key;
        public int Start;
    }

    /// <param name="classCount">Number of classes (at most 256).</param>
    /// <param name="rows">Per feature key (nonzero): its (class, weight) entries.</param>
    /// <param name="scale">Weight unit: a stored weight times this is the trained weight.</param>
    public SparseWeights(int classCount, IReadOnlyList<(uint Key, (byte Class, short Weight)[] Entries)> rows, float scale)
        : this(classCount, Flatten(rows), scale)
    {
    }

    /// <summary>From rows laid end to end: row r has <c>lengths[r]</c> entries, after those of the rows before it.</summary>
    private SparseWeights(int classCount, (uint[] Keys, int[] Lengths, byte[] Classes, short[] Weights) flat, float scale)
    {
        if (classCount is < 1 or > 256) throw new ArgumentOutOfRangeException(nameof(classCount));
        ClassCount = classCount;
        Scale = scale;
        var (keys, lengths, classes, weights) = flat;
        int count = keys.Length;

        // A load of at most 0.7: a smaller table stays in cache longer, and linear probes mostly stay in one line.
        int size = 16;
        while (size * 7L < count * 10L) size <<= 1;
        _mask = size - 1;
        _slots = new Slot[size + 1];
        _entries = new int[weights.Length];
        var slotLength = new int[size];
        var slotOfRow = new int[count];
        for (int r = 0; r < count; r++)
        {
            uint key = keys[r];
            if (key == 0) throw new ArgumentException("feature key 0 is reserved", nameof(flat));
            int slot = (int)(Entities.TextHash.Mix32(key) & (uint)_mask);
            while (_slots[slot].Key != 0)
            {
                if (_slots[slot].Key == key) throw new ArgumentException("duplicate feature key", nameof(flat));
                slot = (slot + 1) & _mask;
            }

            _slots[slot].Key = key;
            slotOfRow[r] = slot;
            slotLength[slot] = lengths[r];
        }

        // Rows are laid out in slot order: a row ends where the next slot's begins.
        int p = 0;
        for (int s = 0; s < size; s++)
        {
            _slots[s].Start = p;
            p += slotLength[s];
        }

        _slots[size].Start = p;
        int from = 0;
        for (int r = 0; r < count; r++)
        {
            int at = _slots[slotOfRow[r]].Start;
            for (int e = 0; e < lengths[r]; e++)
            {
                byte c = classes[from + e];
                if (c >= classCount) throw new ArgumentException("class out of range", nameof(flat));
                _entries[at + e] = c << 16 | (ushort)weights[from + e];
            }

            from += lengths[r];
        }

        LiveFeatures = count;
    }

    private static (uint[], int[], byte[], short[]) Flatten(IReadOnlyList<(uint Key, (byte Class, short Weight)[] Entries)> rows)
    {
        int total = 0;
        foreach (var r in rows) total += r.Entries.Length;
        var keys = new uint[rows.Count];
        var lengths = new int[rows.Count];
        var classes = new byte[total];
        var weights = new short[total];
        int at = 0;
        for (int i = 0; i < rows.Count; i++)
        {
            keys[i] = rows[i].Key;
            lengths[i] = rows[i].Entries.Length;
            foreach (var (c, w) in rows[i].Entries)
            {
                classes[at] = c;
                weights[at++] = w;
            }
        }

        return (keys, lengths, classes, weights);
    }

    public int ClassCount { get; }

    public float Scale { get; }

    public int LiveFeatures { get; }

    public int Entries => _entries.Length;

    /// <summary>Adds the weights of feature <paramref name="key"/> into <paramref name="scores"/> (unscaled).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(uint key, Span<int> scores)
    {
        if (key == 0) key = 1;
        int slot = (int)(Entities.TextHash.Mix32(key) & (uint)_mask);
        var slots = _slots;
        while (true)
        {
            uint k = slots[slot].Key;
            if (k == key)
            {
                AddRow(slots[slot].Start, slots[slot + 1].Start, scores);
                return;
            }

            if (k == 0) return;
            slot = (slot + 1) & _mask;
        }
    }

    /// <summary>
    /// Adds the weights of every feature in <paramref name="keys"/> into <paramref name="scores"/>
    /// (unscaled). The table is far larger than the caches, so the home slots of all features are
    /// loaded first, independently, letting the processor overlap the misses; the probes that follow hit.
    /// </summary>
    public void AddAll(ReadOnlySpan<uint> keys, Span<int> scores)
    {
        int n = keys.Length;
        Span<int> home = n <= 128 ? stackalloc int[n] : new int[n];
        var slots = _slots;
        uint touch = 0;
        for (int k = 0; k < n; k++)
        {
            int slot = (int)(Entities.TextHash.Mix32(keys[k]) & (uint)_mask);
            home[k] = slot;
            if (Sse.IsSupported) Prefetch(ref slots[slot]);
            else touch ^= slots[slot].Key;
        }

        Span<int> starts = n <= 128 ? stackalloc int[n] : new int[n];
        Span<int> ends = n <= 128 ? stackalloc int[n] : new int[n];
        int found = 0;
        var entries = _entries;
        for (int k = 0; k < n; k++)
        {
            uint key = keys[k];
            int slot = home[k];
            while (true)
            {
                uint s = slots[slot].Key;
                if (s == key)
                {
                    int start = slots[slot].Start, end = slots[slot + 1].Start;
                    if (end > start)
                    {
                        starts[found] = start;
                        ends[found++] = end;
                        if (Sse.IsSupported) Prefetch(ref entries[start]);
                        else touch ^= (uint)entries[start];
                    }

                    break;
                }

                if (s == 0) break;
                slot = (slot + 1) & _mask;
            }
        }

        for (int k = 0; k < found; k++) AddRow(starts[k], ends[k], scores);
        _sink = touch;
    }

    [ThreadStatic]
    private static uint _sink;

    /// <summary>Asks for the cache line of <paramref name="target"/> without waiting for it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static unsafe void Prefetch<T>(ref T target) => Sse.Prefetch0(Unsafe.AsPointer(ref target));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void AddRow(int start, int end, Span<int> scores)
    {
        var entries = _entries;
        for (int e = start; e < end; e++)
        {
            int v = entries[e];
            scores[v >>> 16] += (short)v;
        }
    }

    /// <summary>Every row, in key order (for saving).</summary>
    public IEnumerable<(uint Key, (byte Class, short Weight)[] Entries)> Rows()
    {
        var slots = new List<int>();
        for (int s = 0; s < _slots.Length - 1; s++)
        {
            if (_slots[s].Key != 0) slots.Add(s);
        }

        slots.Sort((a, b) => _slots[a].Key.CompareTo(_slots[b].Key));
        foreach (int s in slots)
        {
            int start = _slots[s].Start;
            var entries = new (byte, short)[_slots[s + 1].Start - start];
            for (int e = 0; e < entries.Length; e++) entries[e] = ((byte)(_entries[start + e] >>> 16), (short)_entries[start + e]);
            yield return (_slots[s].Key, entries);
        }
    }

    /// <summary>
    /// The same weights on a coarser grid: each weight rounded to a multiple of <paramref name="step"/>,
    /// and dropped when its magnitude is below <paramref name="prune"/> or it rounds to zero.
    /// </summary>
    public SparseWeights Requantize(float step, float prune)
    {
        var rows = new List<(uint, (byte, short)[])>(LiveFeatures);
        foreach (var (key, entries) in Rows())
        {
            var kept = new List<(byte, short)>(entries.Length);
            foreach (var (c, q) in entries)
            {
                float w = q * Scale;
                if (MathF.Abs(w) < prune) continue;
                short n = (short)Math.Clamp(MathF.Round(w / step), short.MinValue, short.MaxValue);
                if (n != 0) kept.Add((c, n));
            }

            if (kept.Count > 0) rows.Add((key, kept.ToArray()));
        }

        return new SparseWeights(ClassCount, rows, step);
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

        // Weights as zigzag varints: with a coarse scale most take one byte.
        foreach (var (_, entries) in rows)
        {
            foreach (var (_, v) in entries) w.Write7BitEncodedInt((v << 1) ^ (v >> 31));
        }
    }

    /// <param name="r">The reader.</param>
    /// <param name="varint">False for the earlier format with fixed 16-bit weights.</param>
    public static SparseWeights Load(BinaryReader r, bool varint = true)
    {
        // From memory (the model is inflated first), decoded straight off the buffer: a few million
        // variable-length numbers, which one reader call each made a third of start-up.
        if (r.BaseStream is MemoryStream memory && memory.TryGetBuffer(out var buffer))
        {
            int at = (int)memory.Position;
            var weights = Decode(buffer.AsSpan(0, (int)memory.Length), ref at, varint);
            memory.Position = at;
            return weights;
        }

        return LoadFromReader(r, varint);
    }

    private static SparseWeights Decode(ReadOnlySpan<byte> data, ref int at, bool varint)
    {
        int classCount = System.Buffers.Binary.BinaryPrimitives.ReadInt32LittleEndian(data[at..]);
        float scale = System.Buffers.Binary.BinaryPrimitives.ReadSingleLittleEndian(data[(at + 4)..]);
        int count = System.Buffers.Binary.BinaryPrimitives.ReadInt32LittleEndian(data[(at + 8)..]);
        at += 12;
        if (count < 0) throw new InvalidDataException("the weight table is corrupt");
        var keys = new uint[count];
        var lengths = new int[count];
        uint prev = 0;
        int total = 0;
        for (int i = 0; i < count; i++)
        {
            prev += (uint)ReadVarint(data, ref at);
            keys[i] = prev;
            lengths[i] = data[at++] + 1;
            total += lengths[i];
        }

        if (at + total > data.Length) throw new EndOfStreamException("the weight table is cut short");
        var classes = data.Slice(at, total).ToArray();
        at += total;
        var weights = new short[total];
        for (int k = 0; k < total; k++)
        {
            if (!varint)
            {
                weights[k] = System.Buffers.Binary.BinaryPrimitives.ReadInt16LittleEndian(data[at..]);
                at += 2;
                continue;
            }

            int z = ReadVarint(data, ref at);
            weights[k] = (short)((z >>> 1) ^ -(z & 1));
        }

        return new SparseWeights(classCount, (keys, lengths, classes, weights), scale);
    }

    /// <summary>A 7-bit-encoded int as <see cref="BinaryWriter.Write7BitEncodedInt"/> writes it.</summary>
    private static int ReadVarint(ReadOnlySpan<byte> data, ref int at)
    {
        int value = 0, shift = 0;
        while (true)
        {
            if (at >= data.Length) throw new EndOfStreamException("the weight table is cut short");
            byte b = data[at++];
            value |= (b & 0x7F) << shift;
            if (b < 0x80) return value;
            shift += 7;
            if (shift > 28) throw new InvalidDataException("the weight table is corrupt");
        }
    }

    private static SparseWeights LoadFromReader(BinaryReader r, bool varint)
    {
        int classCount = r.ReadInt32();
        float scale = r.ReadSingle();
        int count = r.ReadInt32();
        var keys = new uint[count];
        var lengths = new int[count];
        uint prev = 0;
        int total = 0;
        for (int i = 0; i < count; i++)
        {
            prev += (uint)r.Read7BitEncodedInt();
            keys[i] = prev;
            lengths[i] = r.ReadByte() + 1;
            total += lengths[i];
        }

        var classes = r.ReadBytes(total);
        if (classes.Length != total) throw new EndOfStreamException("the weight table is cut short");
        var weights = new short[total];
        for (int k = 0; k < total; k++)
        {
            if (!varint)
            {
                weights[k] = r.ReadInt16();
                continue;
            }

            int z = r.Read7BitEncodedInt();
            weights[k] = (short)((z >>> 1) ^ -(z & 1));
        }

        return new SparseWeights(classCount, (keys, lengths, classes, weights), scale);
    }
}
