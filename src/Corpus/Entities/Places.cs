using Corpus.Text;

namespace Corpus.Entities;

/// <summary>How large a place is, from a country down to a town.</summary>
internal enum PlaceLevel
{
    /// <summary>A country ("Pakistan").</summary>
    Country,
    /// <summary>A first-level subdivision: state, province, region ("Khyber Pakhtunkhwa").</summary>
    Subdivision,
    /// <summary>An area named after its main town ("Nowshera district", "Swat valley").</summary>
    District,
    /// <summary>A town or city ("Nowshera").</summary>
    Town,
}

/// <summary>
/// A place resolved to where it lies: its country code, its first-level subdivision (a GeoNames admin1 code such
/// as "PK.03") and, below that, the town or district's key. Two nodes compare by what contains what:
/// a country contains its subdivisions, a subdivision its districts and towns, and "X district" the town X.
/// </summary>
/// <param name="Level">How large the place is.</param>
/// <param name="Country">ISO country code; empty when the place is known only by its name.</param>
/// <param name="Subdivision">First-level subdivision code, or null when not known (or a country).</param>
/// <param name="Local">The town's or district's key (a plain, lowercase name), or null above that level.</param>
internal sealed record PlaceNode(PlaceLevel Level, string Country, string? Subdivision, string? Local)
{
    /// <summary>One string per place, for grouping: "PK", "PK.03", "PK.03/nowshera district", "PK.03/nowshera".</summary>
    public string Key => Local is null ? Subdivision ?? Country : $"{Subdivision ?? Country}/{Local}{(Level == PlaceLevel.District ? " district" : string.Empty)}";

    /// <summary>True when this place contains <paramref name="other"/> (and is not the same place).</summary>
    public bool Contains(PlaceNode other)
    {
        if (Country.Length == 0 || other.Country != Country || Level >= other.Level) return false;
        return Level switch
        {
            PlaceLevel.Country => true,
            PlaceLevel.Subdivision => other.Subdivision == Subdivision,
            // "Nowshera district" contains the town Nowshera; other towns of the district are not known.
            PlaceLevel.District => other.Level == PlaceLevel.Town && other.Local == Local && (other.Subdivision == Subdivision || other.Subdivision is null || Subdivision is null),
            _ => false,
        };
    }
}

/// <summary>
/// Resolves place names to <see cref="PlaceNode"/>s with the gazetteer's countries, first-level subdivisions and
/// towns. A name several places share ("Punjab" in India and in Pakistan, an "Agra" in three countries) is
/// resolved in favour of the countries and subdivisions the unambiguous names of the same story point to.
/// Immutable after construction and thread-safe.
/// </summary>
internal sealed class Places
{
    private static readonly Dictionary<string, string> AreaWordKinds = DataTable.Lookup("area-words.tsv", DataTable.Rows("Corpus.Entities.Resources.area-words.tsv", 2), 0, 1, StringComparer.Ordinal);

    /// <summary>Words naming an area after its main place ("X district", "the X valley"), from <c>Entities/Resources/area-words.tsv</c>.</summary>
    private static readonly string[] AreaWords = AreaWordKinds.Where(k => k.Value == "area").Select(k => k.Key).ToArray();

    /// <summary>True for a lowercase word naming an area after a place: "district", "valley", "province".</summary>
    public static bool IsAreaWord(string word) => AreaWordKinds.GetValueOrDefault(word) == "area";

    /// <summary>True for an area word or a kind of place ("city", "state") that, as a subject, stands for the place named with it.</summary>
    public static bool IsPlaceHead(string word) => AreaWordKinds.GetValueOrDefault(word) is "area" or "unit";

    /// <summary>
    /// "the provincial capital, X": where the comma at token <paramref name="comma"/> follows "the", at most two lowercase
    /// words and a word for a kind of place, the index of that "the"; else -1. The name after the comma is that place.
    /// </summary>
    internal static int KindOfPlaceBefore(string text, ReadOnlySpan<Token> tokens, int comma, int floor)
    {
        if (comma - 2 < floor || tokens[comma].Span.Of(text) != "," || !IsPlaceHead(tokens[comma - 1].Span.Of(text))) return -1;
        int det = comma - 2;
        while (det > floor && comma - det < 4 && tokens[det].Kind == TokenKind.Word && char.IsLower(text[tokens[det].Start]) && tokens[det].Span.Of(text) != "the") det--;
        return tokens[det].Span.Of(text).Equals("the", StringComparison.OrdinalIgnoreCase) ? det : -1;
    }

    /// <summary>
    /// True for a word that makes the name it ends or follows a building or ground ("hospital", "nightclub", "Station"):
    /// where something happened or where the hurt were taken, not the town or area a count belongs to. Any case.
    /// </summary>
    public static bool IsSiteWord(string word) => AreaWordKinds.GetValueOrDefault(word.ToLowerInvariant()) == "site";

    private readonly Gazetteer _gazetteer;
    private readonly Dictionary<string, int> _support = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PlaceNode?> _resolved = new(StringComparer.Ordinal);
    private readonly object _lock = new();

    /// <summary>Context names the gazetteer knows, by their plain key, for spellings it does not ("Khyber Pakhtounkhwa").</summary>
    private readonly Dictionary<(char First, int Length), List<(string Key, string Name)>> _known = [];

    /// <summary>Areas the context names by a word ("Swat district"), by their name's key: the bare name ("Swat") is the area.</summary>
    private readonly Dictionary<string, PlaceNode> _areas = new(StringComparer.Ordinal);

    /// <summary>A resolver whose context is the places named in <paramref name="context"/> (a story's place names).</summary>
    public Places(IEnumerable<string> context, Gazetteer? gazetteer = null)
    {
        _gazetteer = gazetteer ?? Gazetteer.Default;
        foreach (var name in context)
        {
            var candidates = Candidates(name);
            if (candidates.Count > 0 && NameForms.PlainKey(name) is { Length: >= 8 } plain)
            {
                var bucket = (plain[0], plain.Length);
                if (!_known.TryGetValue(bucket, out var list)) _known[bucket] = list = [];
                list.Add((plain, name));
            }

            if (candidates.Count > 0 && candidates[0].Level == PlaceLevel.District && candidates[0].Local is { } local) _areas.TryAdd(local, candidates[0]);
            if (candidates.Count != 1) continue;
            var c = candidates[0];
            _support[c.Country] = _support.GetValueOrDefault(c.Country) + 1;
            if (c.Subdivision is { } sub) _support[sub] = _support.GetValueOrDefault(sub) + 1;
        }
    }

    /// <summary>The place <paramref name="name"/> names, or null when the gazetteer does not know it.</summary>
    public PlaceNode? Resolve(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return null;
        lock (_lock)
        {
            if (_resolved.TryGetValue(name, out var known)) return known;
        }

        var candidates = Candidates(name);
        if (candidates.Count == 0 && Respelling(name) is { } respelt) candidates = Candidates(respelt);
        if (candidates.Count == 0 && _areas.TryGetValue(NameForms.PlainKey(StripArticle(name.Trim())), out var area)) candidates = [area];
        PlaceNode? best = null;
        int bestScore = -1;
        foreach (var c in candidates)
        {
            int score = 2 * (c.Subdivision is { } s ? _support.GetValueOrDefault(s) : 0) + _support.GetValueOrDefault(c.Country);
            if (score > bestScore) (best, bestScore) = (c, score);
        }

        lock (_lock) _resolved[name] = best;
        return best;
    }

    /// <summary>Every place the name may be, most likely first (the gazetteer's own country for a town first).</summary>
    internal List<PlaceNode> Candidates(string name)
    {
        var result = new List<PlaceNode>();
        string trimmed = StripArticle(name.Trim());
        if (trimmed.Length == 0) return result;

        var category = _gazetteer.Lookup(trimmed);
        if ((category & GazCategory.Country) != 0 && _gazetteer.CodeOf(trimmed) is { Length: 2 } country)
        {
            result.Add(new PlaceNode(PlaceLevel.Country, country, null, null));
            return result;
        }

        foreach (var sub in _gazetteer.SubdivisionsNamed(trimmed)) result.Add(new PlaceNode(PlaceLevel.Subdivision, CountryOf(sub), sub, null));
        if (result.Count > 0) return result;

        // "Swat district", "the Kalam valley": an area named after a town, or a subdivision's other name ("Punjab province").
        string? area = AreaWords.FirstOrDefault(w => trimmed.EndsWith(" " + w, StringComparison.OrdinalIgnoreCase));
        if (area is not null)
        {
            string head = trimmed[..^(area.Length + 1)].TrimEnd();
            var inner = Candidates(head);
            foreach (var c in inner)
            {
                result.Add(c.Level == PlaceLevel.Town ? c with { Level = PlaceLevel.District } : c);
            }

            if (result.Count == 0 && head.Length > 0) result.Add(new PlaceNode(PlaceLevel.District, string.Empty, null, NameForms.PlainKey(head)));
            return result;
        }

        string local = NameForms.PlainKey(trimmed);
        var subs = _gazetteer.SubdivisionsOfTown(trimmed);
        string? own = _gazetteer.CodeOf(trimmed);
        foreach (var sub in subs)
        {
            var node = new PlaceNode(PlaceLevel.Town, CountryOf(sub), sub, local);
            if (own is not null && node.Country == own) result.Insert(0, node);
            else result.Add(node);
        }

        if (result.Count == 0 && own is { Length: 2 } && (category & (GazCategory.Town | GazCategory.City | GazCategory.Capital)) != 0)
        {
            result.Add(new PlaceNode(PlaceLevel.Town, own, null, local));
        }

        return result;
    }

    /// <summary>
    /// A known place of the context this name respells (a transliteration or translation off by a letter or two in a
    /// long name: "Khyber Pakhtounkhwa" for "Khyber Pakhtunkhwa"), when exactly one is that close.
    /// </summary>
    private string? Respelling(string name)
    {
        string key = NameForms.PlainKey(name);
        if (key.Length < 8) return null;
        // Known names are kept by first letter and length, so a story of many places compares each with a few.
        string? found = null;
        for (int length = key.Length - 2; length <= key.Length + 2; length++)
        {
            if (!_known.TryGetValue((key[0], length), out var list)) continue;
            foreach (var (k, known) in list)
            {
                if (NameForms.Distance(k, key, 2) > 2) continue;
                if (found is not null && found != known) return null;
                found = known;
            }
        }

        return found;
    }

    private static string CountryOf(string subdivision) => subdivision.Length > 2 && subdivision[2] == '.' ? subdivision[..2] : subdivision;

    private static string StripArticle(string name) =>
        name.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? name[4..] : name;
}
