using System.Collections.Frozen;
using Corpus.Text;

namespace Corpus.Quantities;

/// <summary>
/// Currency forms from <c>Quantities/Resources/currencies.tsv</c>: symbols and prefixes written before a
/// number ("$", "€", "Rs"), words and codes written after it ("euros", "USD"), and the code each stands for.
/// </summary>
internal static class Currencies
{
    private static readonly FrozenDictionary<string, string> Before;
    private static readonly FrozenDictionary<string, string> After;

    static Currencies()
    {
        var rows = DataTable.Rows("Corpus.Quantities.Resources.currencies.tsv", 3);
        Before = rows.Where(r => r[2] == "before").ToFrozenDictionary(r => r[0], r => r[1], StringComparer.Ordinal);
        After = rows.Where(r => r[2] == "after").ToFrozenDictionary(r => r[0], r => r[1], StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>True for a symbol or prefix written before the number ("$", "US$", "Rs").</summary>
    public static bool IsBefore(string form) => Before.ContainsKey(form);

    /// <summary>True for a currency word or code written after the number ("rupees", "USD").</summary>
    public static bool IsAfter(string form) => After.ContainsKey(form);

    /// <summary>The code (or, for a word several countries use, the name) of a form, or null when it is not a currency.</summary>
    public static string? CodeOf(string form) => Before.GetValueOrDefault(form) ?? After.GetValueOrDefault(form);
}
