using Corpus.Entities;

namespace Corpus.Claims.Attribution;

/// <summary>Resolving "the ministry", "the agency" to the organisation the article named with that word.</summary>
internal static class Antecedents
{
    /// <summary>The last organisation mention ending before <paramref name="before"/> whose name holds <paramref name="noun"/>, if any.</summary>
    public static Mention? LastOrganisationNamed(string text, IReadOnlyList<Mention> mentions, string noun, int before)
    {
        Mention? found = null;
        foreach (var m in mentions)
        {
            if (m.Type != EntityType.Org || m.Span.End > before || !m.Span.Of(text).Contains(noun, StringComparison.OrdinalIgnoreCase)) continue;
            if (found is null || m.Span.Start >= found.Value.Span.Start) found = m;
        }

        return found;
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
}
