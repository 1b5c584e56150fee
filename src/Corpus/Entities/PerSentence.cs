using Corpus.Text;

namespace Corpus.Entities;

/// <summary>
/// Runs a mention rule sentence by sentence on that sentence's mentions only. A rule that looks at "the mentions
/// around this run" then costs the sentence's mentions, not the article's: on a long article with many sentences a
/// whole-list scan per candidate would be quadratic.
/// </summary>
internal static class PerSentence
{
    /// <summary>
    /// Calls <paramref name="rule"/> for each sentence with a list of its mentions, which the rule may change; the
    /// article's list is then rebuilt from those lists in sentence order.
    /// </summary>
    public static void Apply(Document doc, List<Mention> mentions, Action<Sentence, List<Mention>> rule)
    {
        var bySentence = new SortedDictionary<int, List<Mention>>();
        foreach (var m in mentions)
        {
            if (!bySentence.TryGetValue(m.Sentence, out var list)) bySentence[m.Sentence] = list = [];
            list.Add(m);
        }

        foreach (var s in doc.SentenceArray)
        {
            if (!bySentence.TryGetValue(s.Index, out var local)) local = [];
            rule(s, local);
            if (local.Count > 0) bySentence[s.Index] = local;
        }

        mentions.Clear();
        foreach (var list in bySentence.Values) mentions.AddRange(list);
    }
}
