using System.IO.Compression;
using Corpus.Entities;

namespace Corpus.Text;

/// <summary>
/// Word classes learned from 27 million words of unlabelled text (exchange clustering, by the
/// words' neighbours), at two granularities: a coarse class (of 64) and a fine one (of 512). A word
/// the taggers never saw labelled still gets the features of the labelled words it behaves like.
/// Keyed by the case-folded, digit-folded word hash (<see cref="TextHash.Of"/>). Immutable and thread-safe.
/// </summary>
internal sealed class WordClusters
{
    public const ushort Unknown = 0xFFFF;
    private const uint Magic = 0x434C_5531; // "CLU1"
    private static readonly Lazy<WordClusters> Shared = new(LoadEmbedded);
    private readonly Dictionary<ulong, uint> _classes;

    // The same table open-addressed for look-ups (one per token in the entity tagger): key and class side by side,
    // probed linearly from the key's low bits (the keys are already hashes). Key 0 marks an empty slot.
    private readonly (ulong Key, uint Classes)[] _slots;
    private readonly int _mask;
    private readonly uint? _zeroKeyClasses;

    public WordClusters(Dictionary<ulong, uint> classes)
    {
        _classes = classes;
        int size = 16;
        while (size < classes.Count + classes.Count / 2) size *= 2;
        _slots = new (ulong, uint)[size];
        _mask = size - 1;
        foreach (var (key, value) in classes)
        {
            if (key == 0)
            {
                _zeroKeyClasses = value;
                continue;
            }

            int i = (int)key & _mask;
            while (_slots[i].Key != 0) i = (i + 1) & _mask;
            _slots[i] = (key, value);
        }
    }

    /// <summary>The table shipped in the package (empty when the build has none).</summary>
    public static WordClusters Default => Shared.Value;

    public int Count => _classes.Count;

    /// <summary>The largest coarse or fine class number in the table (-1 when empty).</summary>
    public int MaxClass => _maxClass ??= _classes.Count == 0 ? -1 : _classes.Values.Max(c => Math.Max((int)(c >> 16), (int)(c & 0xFFFF)));

    private int? _maxClass;

    /// <summary>Coarse and fine class of the word with hash <paramref name="word"/>, or <see cref="Unknown"/> for both.</summary>
    public (ushort Coarse, ushort Fine) Of(ulong word)
    {
        if (word == 0) return _zeroKeyClasses is uint z ? ((ushort)(z >> 16), (ushort)z) : (Unknown, Unknown);
        var slots = _slots;
        for (int i = (int)word & _mask; ; i = (i + 1) & _mask)
        {
            var (key, c) = slots[i];
            if (key == word) return ((ushort)(c >> 16), (ushort)c);
            if (key == 0) return (Unknown, Unknown);
        }
    }

    public void Save(Stream stream)
    {
        using var gz = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var w = new BinaryWriter(gz);
        w.Write(Magic);
        var keys = _classes.Keys.Order().ToArray();
        w.Write(keys.Length);
        ulong prev = 0;
        foreach (var k in keys)
        {
            w.Write7BitEncodedInt64((long)(k - prev));
            prev = k;
        }

        foreach (var k in keys) w.Write(_classes[k]);
    }

    public static WordClusters Load(Stream stream)
    {
        using var gz = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true);
        using var r = new BinaryReader(gz);
        if (r.ReadUInt32() != Magic) throw new InvalidDataException("not a Corpus word-cluster table");
        int n = r.ReadInt32();
        var keys = new ulong[n];
        ulong prev = 0;
        for (int i = 0; i < n; i++)
        {
            prev += (ulong)r.Read7BitEncodedInt64();
            keys[i] = prev;
        }

        var classes = new Dictionary<ulong, uint>(n);
        for (int i = 0; i < n; i++) classes[keys[i]] = r.ReadUInt32();
        return new WordClusters(classes);
    }

    private static WordClusters LoadEmbedded()
    {
        using var stream = typeof(WordClusters).Assembly.GetManifestResourceStream("Corpus.Text.Resources.clusters.bin");
        return stream is null ? new WordClusters([]) : Load(stream);
    }
}
