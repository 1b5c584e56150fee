using Corpus.Text;

namespace Corpus.Entities;

/// <summary>
/// "the Harbourton Gulls", "Lakeview Comets fans": a place's name followed by one title-cased plural noun names a
/// team or a club, an organisation. The tagger sees the place and either leaves the plural alone or makes the pair
/// a place or a person. Plurals that end the name of land or an event ("Heights", "Olympics": <c>name-heads.tsv</c>
/// kinds <c>land</c> and <c>event</c>), nationality and party words ("Democrats") and known names are left alone.
/// </summary>
internal static class TeamNames
{
    private const GazCategory PlaceCategories = GazCategory.Country | GazCategory.Capital | GazCategory.City | GazCategory.Town | GazCategory.Region;

    /// <summary>Categories that make a plural word something other than a team's nickname ("Texas", "Williams", "Democrats").</summary>
    private const GazCategory NotANickname = PlaceCategories | GazCategory.Demonym | GazCategory.First | GazCategory.Last | GazCategory.Title
        | GazCategory.OrgKey | GazCategory.IntOrg | GazCategory.Person;

    /// <summary>The rule over one sentence's mentions.</summary>
    public static void AddInSentence(Document doc, Sentence s, List<Mention> mentions, Gazetteer gazetteer)
    {
        string text = doc.Text;
        var tokens = doc.TokenSpan;
        if (s.IsBoilerplate || s.TokenCount < 2 || KeywordOrganisations.IsTitleCasedLine(text, tokens[s.FirstToken..s.EndToken])) return;
        for (int k = s.FirstToken + 1; k < s.EndToken; k++)
        {
            if (!IsNickname(text, tokens[k], gazetteer) || tokens[k].Start != tokens[k - 1].End + 1 || text[tokens[k - 1].End] != ' ') continue;
            if (PlaceBefore(doc, mentions, gazetteer, k) is not { } first) continue;
            // A name the gazetteer knows whole is what it says ("United States"); a nationality word is no place ("Roman Catholics").
            if (gazetteer.Lookup(text[tokens[first].Start..tokens[k].End]) != GazCategory.None) continue;
            if ((gazetteer.Lookup(text[tokens[first].Start..tokens[k - 1].End]) & GazCategory.Demonym) != 0) continue;

            // Only a mention that lies within the pair, or is the place itself, may be replaced.
            bool crosses = false;
            foreach (var m in mentions)
            {
                if (m.EndToken > first && m.FirstToken <= k && (m.FirstToken < first || m.EndToken > k + 1)) crosses = true;
            }

            if (crosses) continue;
            mentions.RemoveAll(m => m.FirstToken >= first && m.EndToken <= k + 1);
            mentions.Add(new Mention(first, k + 1, new TextSpan(tokens[first].Start, tokens[k].End), EntityType.Org, s.Index));
        }
    }

    /// <summary>
    /// The first token of the place named right before <paramref name="k"/>: a place mention ending there, or a
    /// mention or one to three capitalized words the gazetteer knows as a place ("Bowling Green", tagged a person;
    /// a one-word town must be a known city, as the town list holds many common words).
    /// </summary>
    private static int? PlaceBefore(Document doc, List<Mention> mentions, Gazetteer gazetteer, int k)
    {
        string text = doc.Text;
        var tokens = doc.TokenSpan;
        foreach (var m in mentions)
        {
            if (m.FirstToken >= k || m.EndToken < k) continue;
            // A mention that already holds the plural is left as it is ("Netherlands Antilles", a person "Roy Hallums").
            if (m.EndToken > k || m.Type == EntityType.Org) return null;
            if (m.Type is EntityType.Gpe or EntityType.Loc || IsPlace(gazetteer, text, tokens, m.FirstToken, k)) return m.FirstToken;
        }

        for (int first = k - 1; first >= Math.Max(0, k - 3); first--)
        {
            if (!char.IsUpper(text[tokens[first].Start])) break;
            if (IsPlace(gazetteer, text, tokens, first, k)) return first;
        }

        return null;
    }

    private static bool IsPlace(Gazetteer gazetteer, string text, ReadOnlySpan<Token> tokens, int first, int end)
    {
        var category = gazetteer.Lookup(text[tokens[first].Start..tokens[end - 1].End]);
        return (category & (PlaceCategories & ~GazCategory.Town)) != 0 || ((category & GazCategory.Town) != 0 && end - first > 1);
    }

    /// <summary>A title-cased plural ("Gulls", "Comets") that is no place, name, title or name head (land, events).</summary>
    private static bool IsNickname(string text, Token t, Gazetteer gazetteer)
    {
        if (t.Kind != TokenKind.Word || t.End - t.Start < 4 || !char.IsUpper(text[t.Start]) || text[t.End - 1] != 's') return false;
        var word = text.AsSpan(t.Start, t.End - t.Start);
        if (word[^2] is 's' or 'u' or 'i' || word[^2] == '\'') return false; // "Congress", "Atlas", "Memphis"
        for (int i = 1; i < word.Length; i++)
        {
            if (!char.IsLower(word[i])) return false;
        }

        string w = word.ToString();
        return !KeywordOrganisations.IsNameHead(w) && (gazetteer.LookupWord(w) & NotANickname) == 0;
    }
}
