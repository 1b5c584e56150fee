using Corpus.Text;

namespace Corpus.Entities;

/// <summary>
/// International organisations' names in the languages news is translated from ("PAM", "ONU", "Naciones Unidas"), with
/// the code that makes them one entity; <c>Entities/Resources/organisation-names.tsv</c>. Acronyms match with their case
/// ("PAM", not the given name "Pam"), longer names by their plain key. Immutable and thread-safe.
/// </summary>
internal static class OrganisationNames
{
    private static readonly List<string[]> Rows = DataTable.Rows("Corpus.Entities.Resources.organisation-names.tsv", 2);

    private static readonly Dictionary<string, string> Acronyms = Rows.Where(r => NameForms.Acronym(r[1]) == r[1])
        .ToDictionary(r => r[1], r => r[0], StringComparer.Ordinal);

    private static readonly Dictionary<string, string> Names = Rows.Where(r => NameForms.Acronym(r[1]) != r[1])
        .ToDictionary(r => NameForms.PlainKey(r[1]), r => r[0], StringComparer.Ordinal);

    /// <summary>The organisation's code for <paramref name="text"/> ("PAM" → WFP), or null when the list does not have it.</summary>
    public static string? Code(string text) =>
        Acronyms.TryGetValue(text, out var code) ? code : Names.GetValueOrDefault(NameForms.PlainKey(text));
}
