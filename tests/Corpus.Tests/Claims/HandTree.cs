using Corpus.Syntax;
using Corpus.Text;

namespace Corpus.Tests.Claims;

/// <summary>
/// Parses written by hand, so claim rules are tested independently of the trained parser. Rows are
/// "form lemma UPOS head relation [XPOS]" separated by '|' (heads 1-based, 0 = root; the Penn tag is optional); a '*'
/// after the relation marks the word under test. The text is the forms joined by single spaces.
/// </summary>
internal static class HandTree
{
    public static (SentenceSyntax Syntax, int Marked, string Text) Build(string rows)
    {
        var lines = rows.Split('|');
        var words = new SyntaxWord[lines.Length];
        int marked = -1, offset = 0;
        for (int i = 0; i < lines.Length; i++)
        {
            var c = lines[i].Split(' ');
            string rel = c[4];
            if (rel.EndsWith('*'))
            {
                marked = i;
                rel = rel[..^1];
            }

            UniversalTags.TryParse(c[2], out var tag).Should().BeTrue(c[2]);
            words[i] = new SyntaxWord(i, new TextSpan(offset, offset + c[0].Length), c[0], tag, c.Length > 5 ? c[5] : "_", c[1], int.Parse(c[3], System.Globalization.CultureInfo.InvariantCulture) - 1, rel, false);
            offset += c[0].Length + 1;
        }

        return (new SentenceSyntax(0, words), marked, string.Join(' ', lines.Select(l => l.Split(' ')[0])));
    }
}
