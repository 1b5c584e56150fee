using Corpus.Entities;

namespace Corpus.Training;

/// <summary>
/// Aligns the corpora's conventions: titles are not part of person names; capitalized nationality
/// words are NORP; casing copies teach the tagger headlines.
/// </summary>
internal static class Harmonizer
{
    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase) { "the", "a", "an" };

    public static TrainingSentence Apply(TrainingSentence s, Gazetteer gaz)
    {
        var labels = (NerLabel[])s.Labels.Clone();
        var keys = s.Tokens.Select(t => Gazetteer.TokenKey(t)).ToArray();
        int n = labels.Length;
        var begin = new GazCategory[n];
        var inside = new GazCategory[n];
        var multi = new GazCategory[n];
        gaz.Match(keys, begin, inside, multi);

        for (int i = 0; i < n; i++)
        {
            if (!NerLabels.IsBegin(labels[i])) continue;
            var type = NerLabels.TypeOf(labels[i]);
            int j = i + 1;
            while (j < n && labels[j] == NerLabels.Inside(type)) j++;
            int start = i;
            if (type == NerType.Person)
            {
                while (start < j - 1 && (begin[start] & GazCategory.Title) != 0 && (inside[start] & GazCategory.Title) == 0) start++;

                // "U.S. President <name>": a title inside the span ends what comes before the name.
                for (int k = j - 2; k > start; k--)
                {
                    if ((begin[k] & GazCategory.Title) == 0 || (inside[k] & GazCategory.Title) != 0 || !char.IsUpper(s.Tokens[k][0])) continue;
                    start = k + 1;
                    break;
                }

                // A span that ends in a title ("Minister", "the U.S. President") names nobody.
                if ((begin[j - 1] & GazCategory.Title) != 0 && (inside[j - 1] & GazCategory.Title) == 0)
                {
                    for (int k = i; k < j; k++) labels[k] = NerLabel.O;
                    i = j - 1;
                    continue;
                }
            }

            while (start < j - 1 && Determiners.Contains(s.Tokens[start])) start++;

            // A "place" or "organisation" that is only a nationality word ("American", as Re-DocRED types it) is NORP.
            if (type is NerType.Place or NerType.Org && j - start == 1 && (begin[start] & GazCategory.Demonym) != 0 && (begin[start] & (GazCategory.Country | GazCategory.City)) == 0)
            {
                for (int k = i; k < j; k++) labels[k] = NerLabel.O;
                labels[start] = NerLabel.BNorp;
                i = j - 1;
                continue;
            }

            if (start > i)
            {
                for (int k = i; k < start; k++) labels[k] = NerLabel.O;
                labels[start] = NerLabels.Begin(type);
            }

            i = j - 1;
        }

        // Capitalized nationality words outside any entity become NORP, as GMB tags them.
        for (int i = 0; i < n; i++)
        {
            if (labels[i] != NerLabel.O || (begin[i] & GazCategory.Demonym) == 0 || s.Tokens[i].Length < 3 || !char.IsUpper(s.Tokens[i][0])) continue;
            int j = i + 1;
            while (j < n && (inside[j] & GazCategory.Demonym) != 0 && labels[j] == NerLabel.O) j++;
            if (j < n && NerLabels.IsInside(labels[j])) continue;
            labels[i] = NerLabel.BNorp;
            for (int k = i + 1; k < j; k++) labels[k] = NerLabel.INorp;
            i = j - 1;
        }

        return s with { Labels = labels };
    }

    private static readonly HashSet<string> Small = new(StringComparer.OrdinalIgnoreCase) { "a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "but", "by", "as", "is" };

    /// <summary>Deterministic title-case (8%) and all-caps (5%) copies.</summary>
    public static IEnumerable<TrainingSentence> Augment(IReadOnlyList<TrainingSentence> sentences, int seed)
    {
        var rng = new Random(seed);
        foreach (var s in sentences)
        {
            double r = rng.NextDouble();
            if (r < 0.08)
            {
                var t = s.Tokens.Select((w, i) => w.Length > 0 && char.IsLower(w[0]) && (i == 0 || !Small.Contains(w)) ? char.ToUpperInvariant(w[0]) + w[1..] : w).ToArray();
                yield return s with { Tokens = t, Caseless = true, Source = s.Source + "+title" };
            }
            else if (r < 0.13)
            {
                yield return s with { Tokens = s.Tokens.Select(w => w.ToUpperInvariant()).ToArray(), Caseless = true, Source = s.Source + "+caps" };
            }
        }
    }
}
