using System.Collections.Frozen;
using Corpus.Text;

namespace Corpus.Syntax;

/// <summary>Past tenses and participles of irregular verbs and their dictionary forms, from <c>Syntax/Resources/irregular-verbs.tsv</c>.</summary>
internal static class IrregularVerbs
{
    private static readonly FrozenDictionary<string, string> Lemmas =
        DataTable.Lookup("irregular-verbs.tsv", DataTable.Rows("Corpus.Syntax.Resources.irregular-verbs.tsv", 2), 0, 1, StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>The longest form listed: longer words are looked up without allocating a string.</summary>
    private static readonly int MaxLength = Lemmas.Keys.Max(k => k.Length);

#if NET9_0_OR_GREATER
    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> BySpan = Lemmas.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The dictionary form of an irregular past form ("fled" → "flee"), or null.</summary>
    public static string? LemmaOf(ReadOnlySpan<char> form) => form.Length <= MaxLength && BySpan.TryGetValue(form, out var lemma) ? lemma : null;
#else
    /// <summary>The dictionary form of an irregular past form ("fled" → "flee"), or null.</summary>
    public static string? LemmaOf(ReadOnlySpan<char> form) => form.Length <= MaxLength ? Lemmas.GetValueOrDefault(form.ToString()) : null;
#endif
}
