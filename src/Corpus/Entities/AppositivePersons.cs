using Corpus.Text;

namespace Corpus.Entities;

/// <summary>
/// "Edvard Lindqvist, the harbour master, warned …", "Josep Borrell, a spokesman for …": at the start of a
/// sentence capitals say little, so the tagger misses unfamiliar names there or keeps only the surname. Two or
/// three capitalized words that open a sentence and are followed by a comma and a description headed by a role
/// or an occupation ("the harbour master", "a local shopkeeper") name a person.
/// </summary>
internal static class AppositivePersons
{
    /// <summary>Occupations and descriptions news puts after a name, beyond the roles <see cref="RoleFinder"/> knows.</summary>
    private static readonly HashSet<string> Occupations = new(StringComparer.OrdinalIgnoreCase)
    {
        "master", "officer", "official", "analyst", "professor", "resident", "shopkeeper", "farmer", "teacher", "doctor", "nurse", "lawyer", "activist",
        "journalist", "economist", "researcher", "member", "founder", "owner", "manager", "worker", "student", "witness", "survivor", "expert", "author",
        "editor", "correspondent", "reporter", "executive", "engineer", "scientist", "pilot", "captain", "priest", "bishop", "judge", "prosecutor",
        "lawmaker", "politician", "diplomat", "adviser", "advisor", "aide", "candidate", "veteran", "mother", "father", "widow", "son", "daughter",
        "fisherman", "driver", "volunteer", "organiser", "organizer", "historian", "scholar", "specialist", "consultant", "partner", "colleague",
    };

    /// <summary>True for a lowercase word naming a person's role or occupation ("correspondent", "spokesman").</summary>
    internal static bool IsPersonNoun(string word) => word.Length > 0 && char.IsLower(word[0]) && (RoleFinder.Heads.Contains(word) || Occupations.Contains(word));

    /// <summary>Time words that open a sentence before a comma ("Last Tuesday, the mayor said").</summary>
    private static readonly HashSet<string> TimeWords = new(StringComparer.Ordinal)
    {
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December", "Last", "Next", "Early", "Late", "Earlier", "Later", "Yesterday", "Today", "Tomorrow",
        "Tonight", "Overnight", "Meanwhile", "However", "Morning", "Afternoon", "Evening", "Night", "Week", "Weekend", "Year", "Month", "Spring", "Summer",
        "Autumn", "Winter",
    };

    /// <summary>The rule on its own over a whole article (the recognizer runs it per sentence with the others).</summary>
    public static void Add(Document doc, List<Mention> mentions, Gazetteer gazetteer) => PerSentence.Apply(doc, mentions, (s, local) => AddInSentence(doc, s, local, gazetteer));

    /// <summary>The rule over one sentence's mentions.</summary>
    public static void AddInSentence(Document doc, Sentence s, List<Mention> mentions, Gazetteer gazetteer)
    {
        string text = doc.Text;
        var tokens = doc.TokenSpan;
        if (s.IsBoilerplate) return;
        int first = s.FirstToken;
        if (first < s.EndToken && tokens[first].Kind == TokenKind.Quote) first++; // "“Anna Varga, the mayor, …"
        int end = first;
        while (end < s.EndToken && end - first < 4 && IsNameWord(text, tokens[end], gazetteer) && (end == first || tokens[end].Start == tokens[end - 1].End + 1)) end++;
        if (end - first is < 2 or > 3 || end + 2 >= s.EndToken || tokens[end].Span.Of(text) != ",") return;
        if (tokens[end + 1].Span.Of(text) is not ("the" or "a" or "an" or "its" or "his" or "her" or "their")) return;
        if (!DescribedByRole(text, tokens, end + 2, s.EndToken)) return;

        var span = new TextSpan(tokens[first].Start, tokens[end - 1].End);
        // A place, nation or organisation the gazetteer knows is not a person ("North Korea, the secretive state, …").
        if ((gazetteer.Lookup(span.Of(text)) & ~(GazCategory.First | GazCategory.Last | GazCategory.Name | GazCategory.Person)) != 0) return;
        foreach (var m in mentions)
        {
            if (m.FirstToken < end && m.EndToken > first && (m.Type != EntityType.Person || m.FirstToken < first || m.EndToken > end)) return;
        }

        mentions.RemoveAll(m => m.FirstToken >= first && m.EndToken <= end);
        mentions.Add(new Mention(first, end, span, EntityType.Person, s.Index));
    }

    /// <summary>A title-cased word that is no function word, title, organisation keyword or nationality.</summary>
    private static bool IsNameWord(string text, Token t, Gazetteer gazetteer)
    {
        if (t.Kind != TokenKind.Word || t.End - t.Start < 2 || !char.IsUpper(text[t.Start]) || !char.IsLower(text[t.End - 1])) return false;
        string word = t.Span.Of(text);
        if (KeywordOrganisations.Openers.Contains(word) || TimeWords.Contains(word)) return false;
        return (gazetteer.LookupWord(word) & (GazCategory.Title | GazCategory.OrgKey | GazCategory.Demonym | GazCategory.Country)) == 0;
    }

    /// <summary>The description up to its closing comma has a role or occupation noun ("the alliance's secretary general").</summary>
    private static bool DescribedByRole(string text, ReadOnlySpan<Token> tokens, int from, int end)
    {
        for (int k = from; k < end && k - from < 8; k++)
        {
            string w = tokens[k].Span.Of(text);
            if (w is "," or ";" or ":" or ".") return false;
            if (RoleFinder.Heads.Contains(w) || Occupations.Contains(w)) return true;
        }

        return false;
    }
}
