using Corpus.Text;

namespace Corpus.Entities;

/// <summary>A role such as "Kazakh president": whose (a country code or place stem; null when unsaid) and the head noun.</summary>
internal readonly record struct Role(string? Of, string Head)
{
    private static readonly HashSet<string> Leaders = new(StringComparer.Ordinal) { "president", "prime minister", "premier", "leader", "chancellor", "king", "queen", "emir", "head", "ruler" };

    /// <summary>True when a role mention of this kind can refer to someone introduced with <paramref name="introduced"/>.</summary>
    public bool Fits(Role introduced)
    {
        if (Of is not null && introduced.Of is not null && Of != introduced.Of) return false;
        if (Of is not null && introduced.Of is null) return false;
        if (Head == introduced.Head) return true;
        if (Of is null) return false; // "the head" alone says too little
        return Head is "leader" or "head" && Leaders.Contains(introduced.Head);
    }
}

/// <summary>A person introduced with a role in an article, or a role noun standing for someone.</summary>
internal readonly record struct RoleUse(Role Role, TextSpan Span, string Text, int Sentence, Mention? Person);

/// <summary>
/// Finds role introductions ("Kazakh President X", "X, the country's president", "the President of
/// Tajikistan, X", "President X of Kazakhstan") and role mentions ("the Russian leader", "the
/// president of Kazakhstan") in one article.
/// </summary>
internal sealed class RoleFinder(Gazetteer gazetteer)
{
    private static readonly HashSet<string> RoleWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "president", "vice-president", "leader", "premier", "prime", "minister", "secretary", "secretary-general", "chancellor", "king", "queen", "emir",
        "spokesman", "spokeswoman", "spokesperson", "mayor", "deputy", "governor", "ambassador", "envoy", "chief", "head", "commander", "general",
        "director", "chairman", "chairwoman", "representative", "coordinator", "foreign", "interior", "defence", "defense", "finance", "health", "justice",
        "high", "ruler", "premier", "speaker", "attorney", "senator", "congressman", "congresswoman", "commissioner",
    }.Concat(DescriptiveOrganisations.Fields.Keys.Where(k => !k.Contains(' '))).ToHashSet(StringComparer.OrdinalIgnoreCase); // "relief minister", "the fisheries minister"

    internal static readonly HashSet<string> Heads = new(StringComparer.OrdinalIgnoreCase)
    {
        "president", "leader", "premier", "minister", "secretary", "secretary-general", "chancellor", "king", "queen", "emir", "spokesman", "spokeswoman",
        "spokesperson", "mayor", "governor", "ambassador", "envoy", "chief", "head", "commander", "general", "director", "chairman", "chairwoman",
        "representative", "coordinator", "ruler", "speaker", "senator", "commissioner",
    };

    public List<RoleUse> Find(Document doc, IReadOnlyList<Mention> mentions)
    {
        var uses = new List<RoleUse>();
        string text = doc.Text;
        var tokens = doc.TokenSpan;
        var mentionAt = new MentionIndex(mentions);
        string? mainCountry = MainCountry(doc, mentions);
        var used = new bool[tokens.Length];

        foreach (var m in mentions.Where(m => m.Type == EntityType.Person))
        {
            var s = doc.SentenceArray[m.Sentence];

            // "Kazakh President X", "US Secretary of State X", "President X of Kazakhstan".
            if (ReadBackward(doc, mentionAt, s.FirstToken, m.FirstToken, mainCountry) is { } before)
            {
                var role = before.Role;
                if (role.Of is null && m.EndToken + 1 < s.EndToken && Word(text, tokens[m.EndToken]) == "of" && mentionAt.TryGetValue(m.EndToken + 1, out var place) && place.Type is EntityType.Gpe)
                {
                    role = role with { Of = PlaceKey(place.Span.Of(text)) };
                }

                uses.Add(new RoleUse(role, before.Span, before.Span.Of(text), m.Sentence, m));
                Mark(used, before.First, m.FirstToken);
            }

            // "X, the country's president," / "X, the president of Kazakhstan,".
            int k = m.EndToken;
            if (k + 1 < s.EndToken && text[tokens[k].Start] == ',' && ReadForward(doc, mentionAt, k + 1, s.EndToken, mainCountry) is { } after)
            {
                uses.Add(new RoleUse(after.Role, after.Span, after.Span.Of(text), m.Sentence, m));
                Mark(used, after.First, after.End);
            }

            // "the Kazakh President, X" / "The President of Tajikistan, X".
            k = m.FirstToken - 1;
            if (k > s.FirstToken && text[tokens[k].Start] == ',')
            {
                int start = k - 1;
                while (start > s.FirstToken && Word(text, tokens[start - 1]) is not ("the" or "The") && k - start < 8) start--;
                if (ReadForward(doc, mentionAt, start, k, mainCountry) is { } lead && lead.End == k)
                {
                    uses.Add(new RoleUse(lead.Role, lead.Span, lead.Span.Of(text), m.Sentence, m));
                    Mark(used, lead.First, lead.End);
                }
            }
        }

        // Role nouns standing alone: "the Russian leader", "the president of Kazakhstan".
        foreach (var s in doc.SentenceArray)
        {
            if (s.IsBoilerplate) continue;
            for (int i = s.FirstToken; i < s.EndToken; i++)
            {
                // "the Russian leader"; and a role opening its sentence or list item bare ("Relief minister puts the toll at 40").
                bool opening = (i == s.FirstToken || (i == s.FirstToken + 1 && SentenceSplitter.IsBullet(text, tokens[s.FirstToken]))) && char.IsUpper(text[tokens[i].Start]);
                if (used[i] || (Word(text, tokens[i]) is not ("the" or "The") && !(opening && RoleWords.Contains(Word(text, tokens[i]))))) continue;
                if (ReadForward(doc, mentionAt, i, s.EndToken, mainCountry) is not { } phrase) continue;
                bool overlaps = false;
                for (int t = phrase.First; t < phrase.End; t++) overlaps |= used[t];
                if (overlaps || (phrase.End < s.EndToken && mentionAt.TryGetValue(phrase.End, out var next) && next.Type == EntityType.Person)) continue;
                uses.Add(new RoleUse(phrase.Role, phrase.Span, phrase.Span.Of(text), s.Index, null));
                Mark(used, phrase.First, phrase.End);
                i = phrase.End - 1;
            }
        }

        return uses;
    }

    private static void Mark(bool[] used, int first, int end)
    {
        for (int i = first; i < end; i++) used[i] = true;
    }

    private static string Word(string text, Token t) => t.Span.Of(text);

    private readonly record struct Phrase(Role Role, TextSpan Span, int First, int End);

    /// <summary>Role words ending right before <paramref name="end"/>, with an optional nationality or place in front.</summary>
    private Phrase? ReadBackward(Document doc, MentionIndex mentionAt, int sentenceStart, int end, string? mainCountry)
    {
        string text = doc.Text;
        var tokens = doc.TokenSpan;
        int k = end - 1;
        string? head = null;
        var words = new List<string>();
        while (k >= sentenceStart)
        {
            string w = Word(text, tokens[k]);
            if (RoleWords.Contains(w) || (w is "of" or "State" && words.Count > 0))
            {
                if (head is null && Heads.Contains(w)) head = w.ToLowerInvariant();
                words.Insert(0, w.ToLowerInvariant());
                k--;
                continue;
            }

            break;
        }

        if (head is null) return null;
        int first = k + 1;
        string? of = null;
        if (k >= sentenceStart)
        {
            of = OwnerAt(doc, mentionAt, k, mainCountry, out int ownerStart);
            if (of is not null) first = ownerStart;
        }

        return new Phrase(new Role(of, NormalizeHead(words, head)), new TextSpan(tokens[first].Start, tokens[end - 1].End), first, end);
    }

    /// <summary>"the [owner] role words [of Place]" starting at <paramref name="start"/>; null when the tokens are not a role phrase.</summary>
    private Phrase? ReadForward(Document doc, MentionIndex mentionAt, int start, int limit, string? mainCountry)
    {
        string text = doc.Text;
        var tokens = doc.TokenSpan;
        int i = start;
        if (i < limit && Word(text, tokens[i]) is "the" or "The" or "a" or "its" or "his" or "her") i++;
        string? of = null;
        if (i < limit)
        {
            // An owner in front: "Kazakh", "the country's", "Russia's".
            for (int j = Math.Min(limit - 1, i + 3); j >= i; j--)
            {
                if (OwnerEndingAt(doc, mentionAt, i, j, mainCountry) is { } owner)
                {
                    of = owner;
                    i = j + 1;
                    break;
                }
            }
        }

        // "the town's mayor", "the city's police chief": an owner that says only what kind of place it is.
        if (of is null && i + 2 < limit && Places.IsPlaceHead(Word(text, tokens[i])) && char.IsLower(text[tokens[i].Start]) && Word(text, tokens[i + 1]) is "'s" or "’s") i += 2;

        var words = new List<string>();
        string? head = null;
        while (i < limit && RoleWords.Contains(Word(text, tokens[i])))
        {
            string w = Word(text, tokens[i]).ToLowerInvariant();
            words.Add(w);
            if (Heads.Contains(w)) head = w;
            i++;
        }

        if (head is null) return null;
        if (of is null && i + 1 < limit && Word(text, tokens[i]) == "of")
        {
            // "the president of Kazakhstan"; "the head of European diplomacy" is no role of a place.
            if (!mentionAt.TryGetValue(i + 1, out var place) || place.Type is not EntityType.Gpe) return null;
            of = PlaceKey(place.Span.Of(text));
            i = place.EndToken;
        }

        return new Phrase(new Role(of, NormalizeHead(words, head)), new TextSpan(tokens[start].Start, tokens[i - 1].End), start, i);
    }

    private string? OwnerEndingAt(Document doc, MentionIndex mentionAt, int first, int last, string? mainCountry)
    {
        string text = doc.Text;
        var tokens = doc.TokenSpan;
        string w = Word(text, tokens[last]);
        if (w is "'s" or "’s" && last > first)
        {
            string owner = Word(text, tokens[last - 1]);
            if (owner is "country" && last - 1 == first) return mainCountry;
            if (mentionAt.TryGetValue(first, out var m) && m.EndToken == last && m.Type is EntityType.Gpe) return PlaceKey(m.Span.Of(text));
            return null;
        }

        if (last == first && mentionAt.TryGetValue(first, out var n) && n.EndToken == first + 1 && n.Type is EntityType.Norp or EntityType.Gpe) return PlaceKey(n.Span.Of(text));
        return null;
    }

    private string? OwnerAt(Document doc, MentionIndex mentionAt, int k, string? mainCountry, out int ownerStart)
    {
        ownerStart = k;
        if (mentionAt.EndingAt(k + 1, EntityType.Norp, EntityType.Gpe) is { } m)
        {
            ownerStart = m.FirstToken;
            return PlaceKey(m.Span.Of(doc.Text));
        }

        if (k >= 1 && Word(doc.Text, doc.TokenSpan[k]) is "'s" or "’s" && Word(doc.Text, doc.TokenSpan[k - 1]) == "country")
        {
            ownerStart = k - 1;
            return mainCountry;
        }

        return null;
    }

    private static string NormalizeHead(List<string> words, string head)
    {
        if (words.Contains("prime") && head == "minister") return "prime minister";
        int at = words.IndexOf(head);
        if (head == "minister" && at > 0) return words[at - 1] + " minister";
        if (head == "secretary" && words.Count > at + 2 && words[at + 1] == "of") return "secretary of " + words[at + 2];
        return head;
    }

    /// <summary>A country code when the gazetteer knows the place or nationality; otherwise a stem shared by "Veskaria" and "Veskarian".</summary>
    public string PlaceKey(string name)
    {
        if ((gazetteer.Lookup(name) & (GazCategory.Country | GazCategory.Demonym)) != 0 && gazetteer.CodeOf(name) is { Length: > 0 } code) return code;

        var f = NameForms.Fold(name).Replace(" ", string.Empty, StringComparison.Ordinal);
        foreach (var suffix in new[] { "ians", "ian", "ans", "an", "ese", "ish", "ia", "i", "a" })
        {
            if (f.Length > suffix.Length + 3 && f.EndsWith(suffix, StringComparison.Ordinal)) return "~" + f[..^suffix.Length];
        }

        return "~" + f;
    }

    /// <summary>The country the article is about: its most mentioned country.</summary>
    private string? MainCountry(Document doc, IReadOnlyList<Mention> mentions) =>
        mentions.Where(m => m.Type == EntityType.Gpe).Select(m => PlaceKey(m.Span.Of(doc.Text)))
            .GroupBy(k => k).OrderBy(g => g.Key.StartsWith('~') ? 1 : 0).ThenByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).FirstOrDefault()?.Key;
}

/// <summary>An article's mentions by first token (the last one starting there wins) and by end token.</summary>
internal sealed class MentionIndex
{
    private readonly Dictionary<int, Mention> _byStart = new();
    private readonly Dictionary<int, List<Mention>> _byEnd = new();

    public MentionIndex(IReadOnlyList<Mention> mentions)
    {
        foreach (var m in mentions) _byStart[m.FirstToken] = m;

        // Built from the start index, in its order, so an end look-up sees the same mentions a scan of it would.
        foreach (var m in _byStart.Values)
        {
            if (!_byEnd.TryGetValue(m.EndToken, out var list)) _byEnd[m.EndToken] = list = new();
            list.Add(m);
        }
    }

    public bool TryGetValue(int firstToken, out Mention mention) => _byStart.TryGetValue(firstToken, out mention);

    /// <summary>The first mention ending at <paramref name="endToken"/> with one of the given types.</summary>
    public Mention? EndingAt(int endToken, EntityType a, EntityType b)
    {
        if (!_byEnd.TryGetValue(endToken, out var list)) return null;
        foreach (var m in list)
        {
            if (m.Type == a || m.Type == b) return m;
        }

        return null;
    }
}
