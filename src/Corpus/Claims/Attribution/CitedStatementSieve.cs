using Corpus.Syntax;

namespace Corpus.Claims.Attribution;

/// <summary>
/// A count inside a named statement is that statement's owner's, whoever cites it: in "the charity says the ministry's
/// figure of 900 is too low", the 900 is the ministry's. Only the word's own noun phrase counts (the number modifies the
/// statement noun, or hangs off it with "of"), and only an owner it names itself (a possessor, "by"/"from" X); it goes
/// before the reporting clause, which names who cites it.
/// </summary>
internal sealed class CitedStatementSieve : IAttributionSieve
{
    public string Name => "cited-statement";

    public AttributionResult? Decide(AttributionContext c, int target)
    {
        var s = c.Syntax;
        int h = s[target].Head;
        if (h < 0 || s[target].BaseRelation is not ("nmod" or "nummod")) return null;

        // "the ministry's figure of 900 displaced": the number may count a noun of its own under the statement noun.
        if (!(s[h].Tag == UniversalTag.Noun && c.Lexicon.IsStatementNoun(AttributionContext.Lemma(s[h]))))
        {
            int up = s[h].Head;
            if (up < 0 || s[h].BaseRelation != "nmod" || !(s[up].Tag == UniversalTag.Noun && c.Lexicon.IsStatementNoun(AttributionContext.Lemma(s[up])))) return null;
            h = up;
        }

        return StatementOwnerSieve.NamedOwner(c, h, out var owner) && owner is { } named ? new AttributionResult(named, Name) : null;
    }
}
