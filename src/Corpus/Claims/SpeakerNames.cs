using Corpus.Entities;
using Corpus.Text;

namespace Corpus.Claims;

/// <summary>
/// Names the recognizer missed where an attribution found them: a speaker or source written as an organisation's name
/// ("BFRS said", "Station 12, the county's boat crew, said", "according to The Harbour Gazette") becomes an
/// organisation mention (a person's when it opens with a known given name), so the quote or figure names an entity and
/// the corpus stage merges it with the same name elsewhere.
/// Only name shapes that are rarely anything else count: an acronym, a capitalized name holding a number, or two or more
/// capitalized words (after an optional "The"); a place the gazetteer knows, a word in capitals in a line of capitals, and
/// a single capitalized word ("Police", "Witnesses") do not. Pure.
/// </summary>
internal static class SpeakerNames
{
    /// <summary>The mentions with the missed names added, in text order; the same list when none was missed.</summary>
    public static IReadOnlyList<Mention> Add(Document doc, IReadOnlyList<Mention> mentions, IEnumerable<TextSpan> speakers)
    {
        List<Mention>? added = null;
        foreach (var span in speakers)
        {
            if (Covered(mentions, span) || (added is not null && Covered(added, span))) continue;
            var (first, end) = NameTokens(doc, span);
            if (first < 0) continue;
            (added ??= []).Add(new Mention(first, end, new TextSpan(doc.Tokens[first].Start, doc.Tokens[end - 1].End), TypeOf(doc, first, end), doc.SentenceOfToken(first).Index));
        }

        if (added is null) return mentions;
        var all = new List<Mention>(mentions.Count + added.Count);
        all.AddRange(mentions);
        all.AddRange(added);
        all.Sort((a, b) => a.FirstToken.CompareTo(b.FirstToken));
        return all;
    }

    /// <summary>A person when the name is two or three words opening with a known given name ("Mary Lund"); else an organisation.</summary>
    private static EntityType TypeOf(Document doc, int first, int end)
    {
        if (end - first is < 2 or > 3) return EntityType.Org;
        for (int k = first; k < end; k++)
        {
            if (doc.Tokens[k].Kind != TokenKind.Word) return EntityType.Org;
        }

        return (Gazetteer.Default.LookupWord(doc.Tokens[first].Span.Of(doc.Text)) & GazCategory.First) != 0 ? EntityType.Person : EntityType.Org;
    }

    private static bool Covered(IReadOnlyList<Mention> mentions, TextSpan span)
    {
        foreach (var m in mentions)
        {
            if (m.Span.Start < span.End && span.Start < m.Span.End) return true;
        }

        return false;
    }

    /// <summary>The tokens [first, end) of the name the span holds, without a leading "The"; (-1, -1) when it is no organisation's name.</summary>
    private static (int First, int End) NameTokens(Document doc, TextSpan span)
    {
        string text = doc.Text;
        int first = doc.TokenStartingAt(span.Start);
        int last = doc.TokenEndingAt(span.End);
        if (first < 0 || last < first || last - first > 6) return (-1, -1);
        if (doc.Tokens[first].Span.Of(text) is "The" or "the" && last > first) first++;

        int words = 0;
        bool digit = false, acronym = false;
        for (int k = first; k <= last; k++)
        {
            var t = doc.Tokens[k];
            string w = t.Span.Of(text);
            if (t.Kind == TokenKind.Number) { digit = true; continue; }
            if (t.Kind != TokenKind.Word || !char.IsUpper(w[0])) return (-1, -1);
            // "The President", "Chief Inspector": a role or a title is no organisation's name.
            if (RoleFinder.Heads.Contains(w) || (Gazetteer.Default.LookupWord(w) & GazCategory.Title) != 0) return (-1, -1);
            words++;
            acronym |= w.Length is >= 2 and <= 5 && w.All(char.IsUpper);
        }

        if (words == 0) return (-1, -1);
        string name = new TextSpan(doc.Tokens[first].Start, doc.Tokens[last].End).Of(text);
        if (Gazetteer.Default.Lookup(name) != GazCategory.None && !digit) return (-1, -1); // a place, a nationality or a first name
        bool shouting = acronym && words == 1 && !digit && ShoutedSentence(doc, first);
        if (!(digit || (acronym && !shouting) || words >= 2)) return (-1, -1);
        return (first, last + 1);
    }

    /// <summary>A sentence written in capitals (a transcript or a banner), where a short word in capitals is no acronym.</summary>
    private static bool ShoutedSentence(Document doc, int token)
    {
        var s = doc.SentenceOfToken(token);
        int lower = 0, upper = 0;
        for (int k = s.FirstToken; k < s.EndToken; k++)
        {
            var t = doc.Tokens[k];
            if (t.Kind != TokenKind.Word || k == token) continue;
            string w = t.Span.Of(doc.Text);
            if (w.Any(char.IsLower)) lower++;
            else if (w.Length > 1) upper++;
        }

        return upper > lower;
    }
}
