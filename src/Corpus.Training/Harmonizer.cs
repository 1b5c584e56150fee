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
            }

            while (start < j - 1 && Determiners.Contains(s.Tokens[start])) start++;
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
