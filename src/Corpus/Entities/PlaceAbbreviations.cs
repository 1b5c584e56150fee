using Corpus.Text;

namespace Corpus.Entities;

/// <summary>
/// Short forms of place names and of the words in them (<c>Entities/Resources/place-abbreviations.tsv</c>: AP state
/// abbreviations, postal codes, "NYC", "Co.", "Ft."), read by alias resolution and by the recognizer's "<c>Town, State</c>"
/// rule. Immutable and thread-safe.
/// </summary>
internal static class PlaceAbbreviations
{
    private static readonly List<string[]> Rows = DataTable.Rows("Corpus.Entities.Resources.place-abbreviations.tsv", 3);

    /// <summary>
    /// Whole place names by their short form without periods or spaces, case kept ("Fla" → Florida, "NY" → New York);
    /// <c>Entities/Resources/place-abbreviations.tsv</c>. Case matters: "La" is Louisiana, "LA" is not in the list.
    /// </summary>
    private static readonly Dictionary<string, string> Names = Rows.Where(r => r[2] == "name")
        .GroupBy(r => Compact(r[0]), StringComparer.Ordinal) // "N.Y." and "NY"
        .ToDictionary(g => g.Key, g => g.First()[1], StringComparer.Ordinal);

    private static string Compact(string name) => name.Replace(".", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal);

    /// <summary>Words of place names by their short form, lowercase without the period ("co" → County).</summary>
    private static readonly Dictionary<string, string> Words = Rows.Where(r => r[2] == "word")
        .ToDictionary(r => r[0].TrimEnd('.').ToLowerInvariant(), r => r[1], StringComparer.Ordinal);

    /// <summary>"Fla." → Florida, "Lake Co." → Lake County: the full form; the same string instance when nothing is abbreviated.</summary>
    public static string Expand(string name)
    {
        if (Names.TryGetValue(Compact(name), out var full)) return full;
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        bool changed = false;
        for (int i = 0; i < words.Length; i++)
        {
            // "Co." only after a name ("Lake Co."); "Ft.", "Mt." also first ("Ft. Lauderdale").
            if (Words.TryGetValue(words[i].TrimEnd('.').ToLowerInvariant(), out var word) && (i > 0 || word != "County")) (words[i], changed) = (word, true);
        }

        return changed ? string.Join(' ', words) : name;
    }
}
