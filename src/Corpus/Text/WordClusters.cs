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

    public WordClusters(Dictionary<ulong, uint> classes) => _classes = classes;

    /// <summary>The table shipped in the package (empty when the build has none).</summary>
    public static WordClusters Default => Shared.Value;

    public int Count => _classes.Count;

    /// <summary>Coarse and fine class of the word with hash <paramref name="word"/>, or <see cref="Unknown"/> for both.</summary>
    public (ushort Coarse, ushort Fine) Of(ulong word) => _classes.TryGetValue(word, out uint c) ? ((ushort)(c >> 16), (ushort)c) : (Unknown, Unknown);

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
