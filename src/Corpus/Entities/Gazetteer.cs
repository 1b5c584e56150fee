using System.IO.Compression;
using Corpus.Text;

namespace Corpus.Entities;

[Flags]
internal enum GazCategory : ushort
{
    None = 0,
    Country = 1,
    Demonym = 2,
    Capital = 4,
    City = 8,
    Town = 16,
    Region = 32,
    First = 64,
    Last = 128,
    Name = 256,
    Org = 512,
    OrgKey = 1024,
    Title = 2048,
    IntOrg = 4096,
    Person = 8192,
}

/// <summary>
/// Name lists (countries, demonyms, capitals and cities, regions, first names and surnames,
/// organisations, organisation keywords, titles) matched over token sequences. Built from the
/// embedded table that src/Corpus.Training/gazetteer derives from open data. Immutable and thread-safe.
/// </summary>
internal sealed class Gazetteer
{
    public const int MaxTokens = 8;
    private static readonly Lazy<Gazetteer> Shared = new(LoadEmbedded);
    private readonly Dictionary<ulong, GazCategory> _sequences = new();
    private readonly HashSet<ulong> _prefixes = new();
    private readonly Dictionary<ulong, string> _codes = new();
    private readonly Dictionary<string, List<(GazCategory Category, string Name, string Code)>> _byCode = new(StringComparer.Ordinal);
    private readonly Dictionary<ulong, string[]> _subdivisionNamed = new();
    private readonly Dictionary<ulong, string[]> _townIn = new();

    public static Gazetteer Default => Shared.Value;

    public int Count => _sequences.Count;

    public static Gazetteer Load(TextReader reader)
    {
        var g = new Gazetteer();
        var codeLists = new Dictionary<string, string[]>(StringComparer.Ordinal);
        string? line;
        Span<ulong> hashes = stackalloc ulong[MaxTokens];
        while ((line = reader.ReadLine()) is not null)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            int t1 = line.IndexOf('\t');
            if (t1 < 0) continue;
            int t2 = line.IndexOf('\t', t1 + 1);
            int t3 = t2 < 0 ? -1 : line.IndexOf('\t', t2 + 1);
            bool admin1 = line.AsSpan(0, t1) is "ADMIN1";
            var category = ParseCategory(line.AsSpan(0, t1));
            if (category == GazCategory.None && !admin1) continue;
            string name = t2 < 0 ? line[(t1 + 1)..] : line[(t1 + 1)..t2];
            string code = t2 < 0 ? string.Empty : t3 < 0 ? line[(t2 + 1)..] : line[(t2 + 1)..t3];
            var tokens = Tokenizer.Tokenize(name);
            if (tokens.Length == 0 || tokens.Length > MaxTokens) continue;
            ulong h = 0;
            for (int i = 0; i < tokens.Length; i++)
            {
                h = TextHash.Combine(h, TextHash.Of(name.AsSpan(tokens[i].Start, tokens[i].End - tokens[i].Start), foldDigits: false));
                if (!admin1 && i < tokens.Length - 1) g._prefixes.Add(h);
            }

            // A subdivision's codes, and the subdivisions of a town: places inside places, no recognizer feature. Towns share
            // few distinct code lists, so each list is made once.
            if (admin1)
            {
                g._subdivisionNamed[h] = code.Split(' ');
                continue;
            }

            if (category == GazCategory.Town && t3 > 0 && !g._townIn.ContainsKey(h))
            {
                string codes = line[(t3 + 1)..];
                if (!codeLists.TryGetValue(codes, out var list)) codeLists[codes] = list = codes.Split(' ');
                g._townIn[h] = list;
            }

            g._sequences[h] = g._sequences.GetValueOrDefault(h) | category;
            if (code.Length > 0 && category is GazCategory.Country or GazCategory.Demonym or GazCategory.Capital or GazCategory.City or GazCategory.IntOrg or GazCategory.Town)
            {
                if (category != GazCategory.Town || !g._codes.ContainsKey(h)) g._codes[h] = code;
                if (category != GazCategory.Town)
                {
                    if (!g._byCode.TryGetValue(code, out var list)) g._byCode[code] = list = new();
                    list.Add((category, name, code));
                }
            }
        }

        return g;
    }

    private static Gazetteer LoadEmbedded()
    {
        using var stream = typeof(Gazetteer).Assembly.GetManifestResourceStream("Corpus.Entities.Resources.gazetteer.tsv.gz")
            ?? throw new InvalidOperationException("The embedded gazetteer is missing from the Corpus assembly.");
        using var gz = new GZipStream(stream, CompressionMode.Decompress);
        using var reader = new StreamReader(gz);
        return Load(reader);
    }

    private static GazCategory ParseCategory(ReadOnlySpan<char> s) => s switch
    {
        "COUNTRY" or "COUNTRYABBR" => GazCategory.Country,
        "DEMONYM" => GazCategory.Demonym,
        "CAPITAL" => GazCategory.Capital,
        "CITY" => GazCategory.City,
        "TOWN" => GazCategory.Town,
        "REGION" => GazCategory.Region,
        "FIRST" => GazCategory.First,
        "LAST" => GazCategory.Last,
        "NAME" => GazCategory.Name,
        "ORG" => GazCategory.Org,
        "ORGKEY" => GazCategory.OrgKey,
        "TITLE" => GazCategory.Title,
        "INTORG" => GazCategory.IntOrg,
        "PERSON" => GazCategory.Person,
        _ => GazCategory.None,
    };

    /// <summary>Hash of one token as the gazetteer keys it (case-folded, digits kept).</summary>
    public static ulong TokenKey(ReadOnlySpan<char> token) => TextHash.Of(token, foldDigits: false);

    /// <summary>Categories of the exact token sequence, or None.</summary>
    public GazCategory Lookup(ReadOnlySpan<ulong> tokenKeys)
    {
        ulong h = 0;
        foreach (var k in tokenKeys) h = TextHash.Combine(h, k);
        return _sequences.GetValueOrDefault(h);
    }

    /// <summary>Categories of one token on its own ("Secretary" is a title, "Ministry" an organisation keyword).</summary>
    public GazCategory LookupWord(ReadOnlySpan<char> word) => Lookup([TokenKey(word)]);

    /// <summary>Categories of a name as written (tokenized as the table is); None for names longer than <see cref="MaxTokens"/>.</summary>
    public GazCategory Lookup(string name) => KeysOf(name) is { } keys ? Lookup(keys) : GazCategory.None;

    /// <summary>Code of a name as written, when the table has one.</summary>
    public string? CodeOf(string name) => KeysOf(name) is { } keys ? CodeOf(keys) : null;

    private static ulong[]? KeysOf(string name)
    {
        var tokens = Tokenizer.Tokenize(name);
        if (tokens.Length == 0 || tokens.Length > MaxTokens) return null;
        var keys = new ulong[tokens.Length];
        for (int k = 0; k < tokens.Length; k++) keys[k] = TokenKey(name.AsSpan(tokens[k].Start, tokens[k].End - tokens[k].Start));
        return keys;
    }

    /// <summary>Country code (or organisation code) of a name, when the table has one.</summary>
    public string? CodeOf(ReadOnlySpan<ulong> tokenKeys)
    {
        ulong h = 0;
        foreach (var k in tokenKeys) h = TextHash.Combine(h, k);
        return _codes.GetValueOrDefault(h);
    }

    /// <summary>
    /// The first-level subdivisions (state, province, region: GeoNames admin1 codes such as "PK.03") a name is
    /// the name of ("Khyber Pakhtunkhwa": PK.03; "Punjab": IN.23 and PK.04); empty when it names none.
    /// </summary>
    public IReadOnlyList<string> SubdivisionsNamed(string name) => KeysOf(name) is { } keys && _subdivisionNamed.TryGetValue(Hash(keys), out var codes) ? codes : [];

    /// <summary>The first-level subdivisions towns of this name lie in ("Nowshera": PK.03); empty when unknown.</summary>
    public IReadOnlyList<string> SubdivisionsOfTown(string name) => KeysOf(name) is { } keys && _townIn.TryGetValue(Hash(keys), out var codes) ? codes : [];

    private static ulong Hash(ReadOnlySpan<ulong> tokenKeys)
    {
        ulong h = 0;
        foreach (var k in tokenKeys) h = TextHash.Combine(h, k);
        return h;
    }

    /// <summary>Names sharing a code (a country's names, demonyms and capitals; an organisation's names and acronym).</summary>
    public IReadOnlyList<(GazCategory Category, string Name, string Code)> NamesWithCode(string code) =>
        _byCode.TryGetValue(code, out var list) ? list : [];

    /// <summary>
    /// Marks every gazetteer match over <paramref name="keys"/>: <paramref name="begin"/>[i] gets the
    /// categories of matches starting at i, <paramref name="inside"/>[i] those covering i after their start,
    /// <paramref name="multi"/>[i] those of matches two or more tokens long.
    /// </summary>
    public void Match(ReadOnlySpan<ulong> keys, Span<GazCategory> begin, Span<GazCategory> inside, Span<GazCategory> multi)
    {
        begin.Clear();
        inside.Clear();
        multi.Clear();
        for (int i = 0; i < keys.Length; i++)
        {
            ulong h = 0;
            for (int j = i; j < keys.Length && j - i < MaxTokens; j++)
            {
                h = TextHash.Combine(h, keys[j]);
                if (_sequences.TryGetValue(h, out var cat))
                {
                    begin[i] |= cat;
                    for (int k = i + 1; k <= j; k++) inside[k] |= cat;
                    if (j > i)
                    {
                        for (int k = i; k <= j; k++) multi[k] |= cat;
                    }
                }

                if (!_prefixes.Contains(h)) break;
            }
        }
    }
}
