using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using Corpus.Entities;

namespace Corpus.Claims.Attribution;

/// <summary>Resolving "the ministry", "the agency" to the organisation the article named with that word.</summary>
internal static class Antecedents
{
    /// <summary>The last organisation mention ending before <paramref name="before"/> whose name holds <paramref name="noun"/>, if any.</summary>
    /// <remarks>An acronym counts as its name: "the BWA's bulletin … the authority said" is the Bergen Water Authority's.</remarks>
    public static Mention? LastOrganisationNamed(string text, IReadOnlyList<Mention> mentions, string noun, int before)
    {
        Mention? found = null;
        HashSet<string>? acronyms = null;
        foreach (var m in mentions)
        {
            if (m.Type != EntityType.Org || m.Span.End > before) continue;
            string name = m.Span.Of(text);
            if (!name.Contains(noun, StringComparison.OrdinalIgnoreCase) && !DescribedAs(text, m, noun))
            {
                if (NameForms.Acronym(name) is not { } acronym) continue;
                acronyms ??= AcronymsOfNamesHolding(text, mentions, noun);
                if (!acronyms.Contains(acronym)) continue;
            }

            if (found is null || m.Span.Start >= found.Value.Span.Start) found = m;
        }

        return found;
    }

    /// <summary>
    /// True when the organisation's name is followed by a description ending in <paramref name="noun"/> between commas:
    /// "Harbour Rescue 40, the city's boat service, said …" is "the service" later on.
    /// </summary>
    private static bool DescribedAs(string text, Mention m, string noun)
    {
        int at = m.Span.End;
        if (at + 2 >= text.Length || text[at] != ',' || text[at + 1] != ' ') return false;
        int end = text.IndexOfAny([',', '.', ';', '\n'], at + 2);
        if (end < 0 || end - at > 80) return false;
        var description = text.AsSpan(at + 2, end - at - 2).Trim();
        if (!description.StartsWith("the ", StringComparison.OrdinalIgnoreCase) && !description.StartsWith("a ", StringComparison.OrdinalIgnoreCase)) return false;
        int space = description.LastIndexOf(' ');
        return space > 0 && description[(space + 1)..].Equals(noun, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The initials of the article's organisation names that hold <paramref name="noun"/> ("BWA" for the Bergen Water Authority).</summary>
    private static HashSet<string> AcronymsOfNamesHolding(string text, IReadOnlyList<Mention> mentions, string noun)
    {
        var result = new HashSet<string>(StringComparer.Ordinal);
        foreach (var m in mentions)
        {
            string name = m.Span.Of(text);
            if (m.Type == EntityType.Org && name.Contains(' ', StringComparison.Ordinal) && name.Contains(noun, StringComparison.OrdinalIgnoreCase)) result.Add(NameForms.Initials(name));
        }

        return result;
    }

    /// <summary>
    /// What "the <paramref name="noun"/>" before <paramref name="before"/> stands for: the article's lead body of the noun's kind
    /// when it has one ("the sheriff"), else the last organisation named with that word ("the ministry").
    /// </summary>
    public static Mention? OrganisationFor(string text, IReadOnlyList<Mention> mentions, string noun, int before, AttributionLexicon lexicon) =>
        BodyFor(text, mentions, noun, lexicon) ?? LastOrganisationNamed(text, mentions, noun, before);

    /// <summary>The article's lead body of the kind source noun <paramref name="noun"/> (as written: "Police", "officers") stands for, if it names one.</summary>
    public static Mention? BodyFor(string text, IReadOnlyList<Mention> mentions, string noun, AttributionLexicon lexicon)
    {
        var words = lexicon.BodyWords(noun) ?? lexicon.BodyWords(AttributionLexicon.Singular(noun.ToLowerInvariant()));
        return words is null ? null : LeadBody(text, mentions, words);
    }

    /// <summary>The first organisation mention in the article whose name holds <paramref name="noun"/>, if any.</summary>
    public static Mention? FirstOrganisationNamed(string text, IReadOnlyList<Mention> mentions, string noun)
    {
        foreach (var m in mentions)
        {
            if (m.Type == EntityType.Org && m.Span.Of(text).Contains(noun, StringComparison.OrdinalIgnoreCase)) return m;
        }

        return null;
    }

    /// <summary>
    /// The article's lead body of a kind: among the organisations whose name holds one of <paramref name="nameWords"/>
    /// ("Ridgeford Sheriff's Office" for police), the name mentioned most often, the first named on a tie; its first mention.
    /// A report names the force that investigates more often than the ones that assisted.
    /// </summary>
    public static Mention? LeadBody(string text, IReadOnlyList<Mention> mentions, FrozenSet<string> nameWords)
    {
        // Asked once per police noun: counted once per article (its final mention list) and kind of body.
        var known = Leads.GetValue(mentions, _ => []);
        lock (known)
        {
            if (known.TryGetValue(nameWords, out var cached)) return cached;
        }

        var lead = FindLeadBody(text, mentions, nameWords);
        lock (known) known[nameWords] = lead;
        return lead;
    }

    private static readonly ConditionalWeakTable<IReadOnlyList<Mention>, Dictionary<FrozenSet<string>, Mention?>> Leads = new();

    private static Mention? FindLeadBody(string text, IReadOnlyList<Mention> mentions, FrozenSet<string> nameWords)
    {
        var counts = new Dictionary<string, (int Count, Mention First)>(StringComparer.OrdinalIgnoreCase);
        foreach (var m in mentions)
        {
            if (m.Type != EntityType.Org) continue;
            string name = m.Span.Of(text);
            if (!HoldsWord(name, nameWords)) continue;
            counts[name] = counts.TryGetValue(name, out var e) ? (e.Count + 1, e.First) : (1, m);
        }

        Mention? lead = null;
        int best = 0;
        foreach (var (count, first) in counts.Values)
        {
            if (count > best || (count == best && first.Span.Start < lead!.Value.Span.Start)) (best, lead) = (count, first);
        }

        return lead;
    }

    /// <summary>The name word of source-bodies.tsv that stands for any broadcaster's call sign.</summary>
    private const string CallLetters = "{call-letters}";

    /// <summary>"KOLB", "WRTX" (after "-TV" or "-FM" is split off): K or W and two or three more capitals.</summary>
    private static bool IsCallSign(string w) => w.Length is 3 or 4 && w[0] is 'K' or 'W' && w.All(c => c is >= 'A' and <= 'Z');

    private static bool HoldsWord(string name, FrozenSet<string> words)
    {
        foreach (var part in name.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries))
        {
            string w = part.EndsWith("'s", StringComparison.Ordinal) || part.EndsWith("\u2019s", StringComparison.Ordinal) ? part[..^2] : part;
            if (words.Contains(w) || (IsCallSign(w) && words.Contains(CallLetters))) return true;
        }

        return false;
    }
}
