using Corpus.Claims.Attribution;
using Corpus.Entities;
using Corpus.Text;

namespace Corpus.Claims;

/// <summary>
/// The headline convention "Speaker: statement" ("Mayor Holm: the ferries will run again"; "Poll: the race is tied"): a
/// title or subheading whose words before its colon are one named person or organisation, or a noun naming a statement, and whose words
/// after it are the statement. A place before the colon is a dateline or a topic ("Bergen: ferries cancelled"), a role or a
/// common noun a label ("Update:", "Police:"), and neither is read. Pure and thread-safe.
/// </summary>
internal static class HeadlineStatement
{
    /// <summary>The attribution name recorded on a statement found this way.</summary>
    public const string Attribution = "headline";

    /// <summary>The statement of heading <paramref name="sentence"/>, or null when it has none.</summary>
    public static QuoteDraft? Find(Document doc, Sentence sentence, IReadOnlyList<Mention> mentions, bool[] covered, AttributionLexicon lexicon)
    {
        // The title (the first line, with or without its full stop) or a subheading: a line of its own.
        if ((sentence.Kind & (SentenceKind.Headline | SentenceKind.Heading)) == 0 && sentence.Index != 0) return null;
        var tokens = doc.Tokens;
        string text = doc.Text;
        if (!SentenceSplitter.IsAtLineStart(text, sentence.Span.Start) || !SentenceSplitter.IsAtLineEnd(text, sentence.Span.End)) return null;
        int first = sentence.FirstToken, end = sentence.EndToken;
        while (end > first && tokens[end - 1].Kind == TokenKind.Punctuation) end--;

        int colon = first + 1;
        while (colon < end && tokens[colon].Span.Of(text) != ":") colon++;
        if (colon >= end - 3 || colon - first > 6) return null; // three or more words after it; a short name before it

        SpeakerRef? speaker;
        var named = mentions.FirstOrDefault(m => m.FirstToken >= first && m.FirstToken - first <= 2 && m.EndToken == colon); // after a title or two: "Sen. Kari Holm:"
        // One word the tagger took for a surname may be a town ("Fremont: …"): a dateline then, not a speaker.
        var category = named != default && named.EndToken - named.FirstToken == 1 ? Gazetteer.Default.LookupWord(named.Span.Of(text)) : GazCategory.None;
        bool place = (category & (GazCategory.Country | GazCategory.Capital | GazCategory.City | GazCategory.Town | GazCategory.Region)) != 0 && (category & GazCategory.Last) == 0;
        if (named != default && named.Type is EntityType.Person or EntityType.Org && !place)
        {
            speaker = new SpeakerRef(named.Span, named.Span.Of(text));
        }
        else if (colon == first + 1 && tokens[first].Kind == TokenKind.Word && lexicon.IsStatementNoun(AttributionLexicon.Singular(tokens[first].Span.Of(text).ToLowerInvariant())))
        {
            speaker = null; // "Poll: …": a statement without a named issuer
        }
        else
        {
            return null;
        }

        int start = colon + 1;
        if (QuoteMarks.IsDouble(text, tokens[start]) || covered[start]) return null; // a quoted headline is a direct quote, found with the others
        var span = new TextSpan(tokens[start].Start, tokens[end - 1].End);
        for (int k = start; k < end; k++) covered[k] = true;
        return new QuoteDraft(span, span.Of(text), false, speaker, sentence.Span, Attribution);
    }
}
