using System.IO.Compression;

namespace Corpus.Syntax;

/// <summary>
/// Everything the syntactic layer learned from the treebanks: the tag classes (UPOS and Penn tag
/// pairs), the relation labels, the tagger's and the parser's weights, the tag dictionary and the
/// lemmatizer. One gzip file embedded in the package. Immutable after loading and thread-safe.
/// </summary>
internal sealed class SyntaxModel
{
    private const uint Magic = 0x5359_4E33; // "SYN3": varint weights ("SYN2" had 16-bit ones and still loads)
    private const uint MagicFixedWeights = 0x5359_4E32;
    private static readonly Lazy<SyntaxModel?> Shared = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    public SyntaxModel(string[] tagClasses, string[] labels, SparseWeights tagger, SparseWeights? secondTagger, Dictionary<ulong, byte> tagDictionary, Lemmatizer lemmatizer, SparseWeights parser)
    {
        SecondTagger = secondTagger;
        if (tagClasses.Length is 0 or > 250) throw new ArgumentException("between 1 and 250 tag classes", nameof(tagClasses));
        if (labels.Length is 0 or > 127) throw new ArgumentException("between 1 and 127 labels", nameof(labels));
        TagClasses = tagClasses;
        Labels = labels;
        Tagger = tagger;
        TagDictionary = tagDictionary;
        Lemmatizer = lemmatizer;
        Parser = parser;
        Upos = new UniversalTag[tagClasses.Length];
        XPos = new string[tagClasses.Length];
        for (int i = 0; i < tagClasses.Length; i++)
        {
            var parts = tagClasses[i].Split('\t');
            if (!UniversalTags.TryParse(parts[0], out Upos[i])) throw new InvalidDataException($"unknown UPOS '{parts[0]}'");
            XPos[i] = parts.Length > 1 ? parts[1] : "_";
        }

        Root = Array.IndexOf(labels, "root");
        XPosKeys = XPos.Select(x => Entities.TextHash.Of(x)).ToArray();
    }

    /// <summary>The model shipped in the package, or null when the assembly was built without one.</summary>
    public static SyntaxModel? Default => Shared.Value;

    /// <summary>"UPOS\tXPOS" per tag class.</summary>
    public string[] TagClasses { get; }

    public UniversalTag[] Upos { get; }

    public string[] XPos { get; }

    /// <summary>Hash of each class's Penn tag, as the lemmatizer keys it.</summary>
    public ulong[] XPosKeys { get; }

    /// <summary>Relation labels; parser move 1 + l is a left arc labelled l, 1 + L + l a right arc.</summary>
    public string[] Labels { get; }

    /// <summary>Index of "root" in <see cref="Labels"/>.</summary>
    public int Root { get; }

    public SparseWeights Tagger { get; }

    /// <summary>The second, bidirectional pass: it also sees the first pass's tags of the next two words. Null for one pass.</summary>
    public SparseWeights? SecondTagger { get; }

    /// <summary>Frequent words seen with one tag class only: tagged without scoring.</summary>
    public Dictionary<ulong, byte> TagDictionary { get; }

    public Lemmatizer Lemmatizer { get; }

    public SparseWeights Parser { get; }

    public void Save(Stream stream)
    {
        using var gz = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var w = new BinaryWriter(gz);
        w.Write(Magic);
        w.Write(TagClasses.Length);
        foreach (var t in TagClasses) w.Write(t);
        w.Write(Labels.Length);
        foreach (var l in Labels) w.Write(l);
        Tagger.Save(w);
        w.Write(SecondTagger is not null);
        SecondTagger?.Save(w);
        w.Write(TagDictionary.Count);
        foreach (var (k, v) in TagDictionary.OrderBy(kv => kv.Key))
        {
            w.Write(k);
            w.Write(v);
        }

        Lemmatizer.Save(w);
        Parser.Save(w);
    }

    public static SyntaxModel Load(Stream stream)
    {
        // Inflate in one go: the reader then takes its many small reads from memory, not from the inflater.
        using var raw = new MemoryStream();
        using (var gz = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true)) gz.CopyTo(raw);
        raw.Position = 0;
        using var r = new BinaryReader(raw);
        uint magic = r.ReadUInt32();
        if (magic != Magic && magic != MagicFixedWeights) throw new InvalidDataException("not a Corpus syntax model");
        bool varint = magic == Magic;
        var tags = new string[r.ReadInt32()];
        for (int i = 0; i < tags.Length; i++) tags[i] = r.ReadString();
        var labels = new string[r.ReadInt32()];
        for (int i = 0; i < labels.Length; i++) labels[i] = r.ReadString();
        var tagger = SparseWeights.Load(r, varint);
        var second = r.ReadBoolean() ? SparseWeights.Load(r, varint) : null;
        int n = r.ReadInt32();
        var dict = new Dictionary<ulong, byte>(n);
        for (int i = 0; i < n; i++) dict[r.ReadUInt64()] = r.ReadByte();
        var lemmatizer = Lemmatizer.Load(r);
        var parser = SparseWeights.Load(r, varint);
        return new SyntaxModel(tags, labels, tagger, second, dict, lemmatizer, parser);
    }

    private static SyntaxModel? LoadEmbedded()
    {
        using var stream = typeof(SyntaxModel).Assembly.GetManifestResourceStream("Corpus.Syntax.Resources.syntax.model");
        return stream is null ? null : Load(stream);
    }
}
