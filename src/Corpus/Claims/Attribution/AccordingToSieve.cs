using Corpus.Syntax;

namespace Corpus.Claims.Attribution;

/// <summary>"According to X, C" and "C, according to X": X gives everything in its sentence.</summary>
internal sealed class AccordingToSieve : IAttributionSieve
{
    public string Name => "according-to";

    public AttributionResult? Decide(AttributionContext c, int target)
    {
        var s = c.Syntax;
        foreach (var (i, marked) in Phrases(s))
        {
            // X is the nominal that "according" marks; when the parse attached it elsewhere, the first nominal after "to".
            int x = marked;
            for (int k = i + 2; x < 0 && k < s.Count && k < i + 8; k++)
            {
                if (s[k].Tag is UniversalTag.Noun or UniversalTag.Propn or UniversalTag.Pron && (s[k].Head < i + 2 || s[k].Head > k)) x = k;
            }

            if (x < 0) continue;

            // X gives the clause it is attached to: all of the sentence when that is the main clause, else only what that clause holds
            // ("police detained 64; according to X, 19 were held": X gives the 19, not the 64).
            int clause = s[x].Head;
            if (clause >= 0 && !s[clause].IsRoot && !s.Dominates(clause, target) && clause != target) continue;
            if (SourcePhrase.Resolve(c, x) is { } source) return new AttributionResult(source, Name, Cited(c, x));
        }

        return null;
    }

    /// <summary>
    /// Each "according to" of a sentence: the index of "according", and the nominal the parse has it mark (-1 when the parse
    /// attached it to no nominal after "to").
    /// </summary>
    internal static IEnumerable<(int According, int Marked)> Phrases(SentenceSyntax s)
    {
        for (int i = 0; i + 1 < s.Count; i++)
        {
            if (!s[i].Form.Equals("according", StringComparison.OrdinalIgnoreCase) || !s[i + 1].Form.Equals("to", StringComparison.OrdinalIgnoreCase)) continue;
            int head = s[i].Head;
            yield return (i, head > i + 1 && s[head].Tag is UniversalTag.Noun or UniversalTag.Propn or UniversalTag.Pron ? head : -1);
        }
    }

    /// <summary>"according to the agency, citing the health ministry": the cited source.</summary>
    internal static SpeakerRef? Cited(AttributionContext c, int source)
    {
        var s = c.Syntax;
        if (source < 0) return null;
        foreach (int child in s.Children(source))
        {
            if (!s[child].Form.Equals("citing", StringComparison.OrdinalIgnoreCase)) continue;
            int obj = s.Child(child, "obj");
            if (obj >= 0) return SourcePhrase.Resolve(c, obj);
        }

        return null;
    }
}
