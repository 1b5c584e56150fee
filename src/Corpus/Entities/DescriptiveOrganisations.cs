using Corpus.Text;

namespace Corpus.Entities;

/// <summary>
/// Government bodies named by description rather than by name, which news cites as sources:
/// "the Kazakh authorities", "Russian officials", "the country's health ministry", "the president's office".
/// </summary>
internal static class DescriptiveOrganisations
{
    /// <summary>Nouns that, after a nationality word, name a state apparatus ("Kazakh authorities").</summary>
    internal static readonly HashSet<string> Collectives = new(StringComparer.OrdinalIgnoreCase)
    {
        "government", "authorities", "officials", "executive", "administration", "regime", "cabinet", "leadership",
    };

    /// <summary>A department's field, by its phrasings ("internal affairs" → interior); <c>Entities/Resources/portfolios.tsv</c>.</summary>
    internal static readonly Dictionary<string, string> Fields = DataTable.Lookup("portfolios.tsv", DataTable.Rows("Corpus.Entities.Resources.portfolios.tsv", 2), 0, 1, StringComparer.OrdinalIgnoreCase);

    /// <summary>One-word fields, which "health ministry" and "ministry of health" put beside the office word.</summary>
    private static readonly HashSet<string> Portfolios = Fields.Keys.Where(k => !k.Contains(' ')).ToHashSet(StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> Offices = new(StringComparer.OrdinalIgnoreCase)
    {
        "ministry", "department", "office", "agency", "service",
    };

    /// <summary>
    /// A force named by its place: "Lusk police", "the Bergen police". Only "police": "U.S. officials" and "Bergen
    /// authorities" stay a place and a word, as news NER corpora annotate them, while "X police" is rarely split there.
    /// </summary>
    private const string LocalForce = "police";

    /// <summary>Levels of local government a place can be followed by ("district", "city").</summary>
    private static readonly HashSet<string> Levels = new(StringComparer.OrdinalIgnoreCase)
    {
        "district", "provincial", "province", "city", "county", "state", "regional", "municipal", "town", "village",
    };

    /// <summary>Bodies a place and a level name: "district administration", "city council".</summary>
    private static readonly HashSet<string> Bodies = new(StringComparer.OrdinalIgnoreCase)
    {
        "administration", "council", "government", "authority", "assembly", "municipality", "corporation",
    };

    private static readonly List<string[]> OfficeRows = DataTable.Rows("Corpus.Entities.Resources.local-offices.tsv", 2);

    /// <summary>Office holders named after a place ("sheriff", "medical examiner"), as word sequences; <c>Entities/Resources/local-offices.tsv</c>.</summary>
    private static readonly string[][] Holders = OfficeRows.Where(r => r[1] == "holder").Select(r => r[0].Split(' ')).OrderByDescending(h => h.Length).ToArray();

    internal static readonly HashSet<string> OfficeWords = OfficeRows.Where(r => r[1] == "office").Select(r => r[0]).ToHashSet(StringComparer.OrdinalIgnoreCase);

    public static void Add(Document doc, List<Mention> mentions, Gazetteer gazetteer)
    {
        string text = doc.Text;
        var tokens = doc.TokenSpan;

        // A place followed by "police" is that place's force, an organisation: the place mention grows into it.
        // So does a place followed by a level of government and a body: "Swat district administration",
        // "Lusk city council" (the tagger may have typed the place an organisation already).
        // Where mentions start, looked up once: growing a mention keeps its start, and scanning the list per mention
        // made an article of many names quadratic.
        HashSet<int>? starts = null;
        bool Starts(int token) => (starts ??= mentions.Select(x => x.FirstToken).ToHashSet()).Contains(token);
        HashSet<int>? absorbed = null; // mentions inside an office name that grew over them ("District" + "Attorney’s Office")
        for (int i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (absorbed?.Contains(i) == true || m.EndToken >= tokens.Length || doc.SentenceArray[m.Sentence].EndToken <= m.EndToken) continue;
            int end = -1;
            int sentenceEnd = doc.SentenceArray[m.Sentence].EndToken;
            string next = tokens[m.EndToken].Span.Of(text);
            if (m.Type is EntityType.Gpe or EntityType.Loc or EntityType.Org && next.Equals(LocalForce, StringComparison.OrdinalIgnoreCase)) end = m.EndToken + 1;
            else if (m.Type != EntityType.Norp && Office(text, tokens, m, sentenceEnd) is > 0 and var office)
            {
                // The office's name may hold what the tagger made of its words ("Attorney" as a person): they go into it.
                for (int k = 0; k < mentions.Count; k++)
                {
                    if (k != i && mentions[k].FirstToken >= m.EndToken && mentions[k].EndToken <= office) (absorbed ??= []).Add(k);
                }

                mentions[i] = new Mention(m.FirstToken, office, new TextSpan(m.Span.Start, tokens[office - 1].End), EntityType.Org, m.Sentence);
                continue;
            }
            else if (m.Type is EntityType.Gpe or EntityType.Loc or EntityType.Org && Levels.Contains(next) && m.EndToken + 1 < sentenceEnd
                && Bodies.Contains(tokens[m.EndToken + 1].Span.Of(text)) && !Starts(m.EndToken + 1))
            {
                end = m.EndToken + 2;
            }

            if (end < 0 || Starts(m.EndToken)) continue;
            mentions[i] = new Mention(m.FirstToken, end, new TextSpan(m.Span.Start, tokens[end - 1].End), EntityType.Org, m.Sentence);
        }

        if (absorbed is not null)
        {
            var kept = mentions.Where((_, k) => !absorbed.Contains(k)).ToList();
            mentions.Clear();
            mentions.AddRange(kept);
        }

        var covered = new bool[tokens.Length];
        foreach (var m in mentions)
        {
            for (int k = m.FirstToken; k < m.EndToken; k++) covered[k] = true;
        }

        foreach (var s in doc.SentenceArray)
        {
            if (s.IsBoilerplate) continue;
            for (int i = s.FirstToken; i < s.EndToken - 1; i++)
            {
                string w = tokens[i].Span.Of(text);
                string next = tokens[i + 1].Span.Of(text);

                // NORP + collective: "Kazakh authorities", "the Russian government".
                if (Collectives.Contains(next) && !covered[i + 1] && char.IsUpper(w[0]))
                {
                    if ((gazetteer.LookupWord(w) & GazCategory.Demonym) != 0)
                    {
                        Add(mentions, covered, i, i + 2, tokens, s.Index);
                        i++;
                        continue;
                    }
                }

                // Portfolio + ministry, lower or upper case: "health ministry", "Interior Ministry"; and
                // a level of government + portfolio + department: "the provincial health department".
                bool ministry = next.Equals("ministry", StringComparison.OrdinalIgnoreCase);
                bool levelled = !ministry && next.Equals("department", StringComparison.OrdinalIgnoreCase) && i > s.FirstToken && Levels.Contains(tokens[i - 1].Span.Of(text)) && !covered[i - 1];
                // "the irrigation department", "the country's health department": a department named by its field alone.
                bool determined = !ministry && !levelled && next.Equals("department", StringComparison.OrdinalIgnoreCase) && i > s.FirstToken
                    && tokens[i - 1].Span.Of(text) is "the" or "The" or "'s" or "’s";
                if (Portfolios.Contains(w) && !covered[i] && !covered[i + 1] && (ministry || levelled || determined))
                {
                    int first = levelled ? i - 1 : i;
                    if (first > s.FirstToken)
                    {
                        if ((gazetteer.LookupWord(tokens[first - 1].Span.Of(text)) & GazCategory.Demonym) != 0 && !covered[first - 1]) first--;
                    }

                    Add(mentions, covered, first, i + 2, tokens, s.Index);
                    i++;
                    continue;
                }

                // "Ministry of the Interior", "ministry of health".
                if (w.Equals("ministry", StringComparison.OrdinalIgnoreCase) && next == "of" && !covered[i])
                {
                    int j = i + 2;
                    if (j < s.EndToken && tokens[j].Span.Of(text).Equals("the", StringComparison.OrdinalIgnoreCase)) j++;
                    if (j < s.EndToken && Portfolios.Contains(tokens[j].Span.Of(text)) && !covered[j])
                    {
                        Add(mentions, covered, i, j + 1, tokens, s.Index);
                        i = j;
                        continue;
                    }
                }

                // "the president's office", "the prime minister's office".
                if ((w.Equals("president", StringComparison.OrdinalIgnoreCase) || w.Equals("minister", StringComparison.OrdinalIgnoreCase)) && i + 2 < s.EndToken
                    && next is "'s" or "’s" && tokens[i + 2].Span.Of(text).Equals("office", StringComparison.OrdinalIgnoreCase) && !covered[i])
                {
                    Add(mentions, covered, i, i + 3, tokens, s.Index);
                    i += 2;
                }
            }
        }
    }

    /// <summary>
    /// End of the local office a mention names or begins: a place followed by "[County] &lt;holder&gt;'s office"
    /// ("Lusk County" + "Sheriff's Office"), or a name ending in its holder followed by "'s office" (the tagger's
    /// "Lusk County Coroner" + "'s office"); -1 when there is none.
    /// </summary>
    private static int Office(string text, ReadOnlySpan<Token> tokens, Mention m, int end)
    {
        if (m.Type is EntityType.Gpe or EntityType.Loc && LocalOffice(text, tokens, m.EndToken, end) is > 0 and var after) return after;
        foreach (var holder in Holders)
        {
            int from = m.EndToken - holder.Length;
            if (from <= m.FirstToken || m.EndToken + 1 >= end) continue;
            bool match = true;
            for (int k = 0; k < holder.Length && match; k++) match = tokens[from + k].Span.Of(text).Equals(holder[k], StringComparison.OrdinalIgnoreCase);
            if (match && tokens[m.EndToken].Span.Of(text) is "'s" or "’s" && OfficeWords.Contains(tokens[m.EndToken + 1].Span.Of(text))) return m.EndToken + 2;
        }

        return -1;
    }

    /// <summary>
    /// End of "[County] &lt;holder&gt;'s office|department" starting at token <paramref name="i"/>
    /// ("County Sheriff's Office", "coroner's office"), or -1.
    /// </summary>
    private static int LocalOffice(string text, ReadOnlySpan<Token> tokens, int i, int end)
    {
        if (i < end && tokens[i].Span.Of(text) is "County" or "county") i++;
        foreach (var holder in Holders)
        {
            if (i + holder.Length > end) continue;
            bool match = true;
            for (int k = 0; k < holder.Length && match; k++) match = tokens[i + k].Span.Of(text).Equals(holder[k], StringComparison.OrdinalIgnoreCase);
            if (!match) continue;
            int j = i + holder.Length;
            // Only the office is an organisation: "the Lusk County Sheriff said" names a person and keeps its place.
            return j + 1 < end && tokens[j].Span.Of(text) is "'s" or "’s" && OfficeWords.Contains(tokens[j + 1].Span.Of(text)) ? j + 2 : -1;
        }

        return -1;
    }

    private static void Add(List<Mention> mentions, bool[] covered, int first, int end, ReadOnlySpan<Token> tokens, int sentence)
    {
        mentions.Add(new Mention(first, end, new TextSpan(tokens[first].Start, tokens[end - 1].End), EntityType.Org, sentence));
        for (int k = first; k < end; k++) covered[k] = true;
    }
}
