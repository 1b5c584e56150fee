using Corpus.Text;

namespace Corpus.Entities;

/// <summary>Sentence-level context the tagger's features need; shared by trainer and runtime.</summary>
internal static class NerSentence
{
    /// <summary>
    /// True for a title-cased or all-caps line ("Putin Declares Victory In Kazakhstan", "MOSCOW –"),
    /// where a capital letter says little about names.
    /// </summary>
    public static bool IsCaseless(string text, ReadOnlySpan<TextSpan> spans)
    {
        int words = 0, capital = 0, allCaps = 0;
        foreach (var s in spans)
        {
            if (s.Length < 4 || !char.IsLetter(text[s.Start])) continue;
            words++;
            if (CharClass.IsUpper(text[s.Start])) capital++;
            bool caps = true;
            for (int k = s.Start; k < s.End && caps; k++) caps = !CharClass.IsLower(text[k]);
            if (caps) allCaps++;
        }

        return words >= 3 && (capital * 4 >= words * 3 || allCaps * 2 > words);
    }
}
