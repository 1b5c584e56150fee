using System.Collections.Frozen;
using Corpus.Text;

namespace Corpus.Quantities;

/// <summary>
/// Units of measure from <c>Quantities/Resources/units.tsv</c>: the forms written after a number ("40 km") or glued to it
/// ("10km"), and the few glued only and in one case ("30C").
/// </summary>
internal static class Units
{
    private static readonly FrozenSet<string> AnyCase;
    private static readonly FrozenSet<string> GluedExact;

    static Units()
    {
        var rows = DataTable.Rows("Corpus.Quantities.Resources.units.tsv", 3);
        foreach (var r in rows)
        {
            if (r[2] is not ("both" or "glued-exact")) throw new InvalidDataException($"units.tsv: '{r[0]}' has an unknown placement '{r[2]}'");
        }

        AnyCase = rows.Where(r => r[2] == "both").Select(r => r[0]).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        GluedExact = rows.Where(r => r[2] == "glued-exact").Select(r => r[0]).ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>True for a unit written as a word after the number ("km", "degrees").</summary>
    public static bool IsWord(string form) => AnyCase.Contains(form);

    /// <summary>True for a unit glued to the digits ("km" of "10km", "C" of "30C").</summary>
    public static bool IsGlued(string form) => AnyCase.Contains(form) || GluedExact.Contains(form);
}
