using Corpus.Text;

namespace Corpus.Entities;

/// <summary>
/// "Kestrel Aid, the medical charity, said …", "Harbour Watch 24, a volunteer group, …": a run of capitalized words
/// (a number may close it) set off by a comma and a description headed by a noun for a kind of organisation
/// (<c>organisation-nouns.tsv</c>) names that organisation, though the tagger, not knowing the name, left it out or
/// took a piece of it for a person or a place.
/// </summary>
internal static class AppositiveOrganisations
{
    /// <summary>Lowercase nouns for a kind of organisation ("agency", "charity"), loaded once.</summary>
    internal static readonly HashSet<string> Nouns = new(DataTable.Rows("Corpus.Entities.Resources.organisation-nouns.tsv", 1).Select(r => r[0]), StringComparer.Ordinal);

    /// <summary>The rule on its own over a whole article (the recognizer runs it per sentence with the others).</summary>
    public static void Add(Document doc, List<Mention> mentions, Gazetteer gazetteer) => PerSentence.Apply(doc, mentions, (s, local) => AddInSentence(doc, s, local, gazetteer));

    /// <summary>The rule over one sentence's mentions.</summary>
    public static void AddInSentence(Document doc, Sentence s, List<Mention> mentions, Gazetteer gazetteer)
    {
        if (s.IsBoilerplate) return;
        string text = doc.Text;
        var tokens = doc.TokenSpan;
        for (int comma = s.FirstToken + 1; comma + 2 < s.EndToken; comma++)
        {
            if (tokens[comma].Span.Of(text) != "," || tokens[comma + 1].Span.Of(text) is not ("the" or "a" or "an")) continue;
            if (DescriptionEnd(text, tokens, comma + 2, s.EndToken) < 0) continue;

            // The name: capitalized words back from the comma, a number allowed last ("Rescue 1122").
            int first = comma;
            if (tokens[first - 1].Kind == TokenKind.Number) first--;
            while (first > s.FirstToken && first > comma - 5 && IsNameWord(text, tokens[first - 1], gazetteer)) first--;
            while (first < comma && KeywordOrganisations.Openers.Contains(tokens[first].Span.Of(text))) first++;
            if (first >= comma || tokens[first].Kind != TokenKind.Word) continue;

            var span = new TextSpan(tokens[first].Start, tokens[comma - 1].End);
            // A place or nation the gazetteer knows stays one ("Lusk, the port town"; a description of a place is no organisation's anyway).
            if ((gazetteer.Lookup(span.Of(text)) & (GazCategory.Country | GazCategory.Capital | GazCategory.City | GazCategory.Town | GazCategory.Region | GazCategory.Demonym)) != 0) continue;
            bool blocked = false;
            foreach (var m in mentions)
            {
                // Another name across the run's edges, or one the run would retype that is an organisation already or a known place.
                if (m.EndToken > first && m.FirstToken < comma && (m.FirstToken < first || m.EndToken > comma || m.Type is EntityType.Org or EntityType.Gpe or EntityType.Norp)) blocked = true;
            }

            if (blocked) continue;
            mentions.RemoveAll(m => m.FirstToken >= first && m.EndToken <= comma);
            mentions.Add(new Mention(first, comma, span, EntityType.Org, s.Index));
        }
    }

    /// <summary>The closing comma or full stop of a description of up to six words whose last word is an organisation noun ("the state broadcaster,"), or -1.</summary>
    private static int DescriptionEnd(string text, ReadOnlySpan<Token> tokens, int from, int end)
    {
        for (int k = from; k < end && k - from <= 6; k++)
        {
            string w = tokens[k].Span.Of(text);
            if (w is ";" or ":" or "(" or ")") return -1;
            if (w is "," or ".") return k > from && Nouns.Contains(tokens[k - 1].Span.Of(text)) ? k : -1;
        }

        return -1;
    }

    /// <summary>A capitalized word that is no title or nationality: a word of an organisation's name.</summary>
    private static bool IsNameWord(string text, Token t, Gazetteer gazetteer)
    {
        if (t.Kind != TokenKind.Word || !char.IsUpper(text[t.Start])) return false;
        return (gazetteer.LookupWord(t.Span.Of(text)) & (GazCategory.Title | GazCategory.Demonym)) == 0;
    }
}
