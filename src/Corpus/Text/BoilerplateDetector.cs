using System.Text.RegularExpressions;

namespace Corpus.Text;

/// <summary>
/// Finds web cruft in scraped articles (comment prompts, related-post lists, newsletter and social
/// plugs, share lines, author bios, copyright lines) and reports it as spans. Nothing is deleted:
/// offsets into the article stay true and later stages skip sentences inside these spans.
/// </summary>
internal static partial class BoilerplateDetector
{
    // A line that opens a trailer: everything from it to the end of the article is page furniture.
    [GeneratedRegex(@"^(?:related(?:\s+(?:posts?|articles?|stories|news|content|coverage|reading))?|leave\s+a\s+(?:reply|comment)|no\s+comments?|post\s+a\s+comment|\d*\s*comments?|add\s+(?:a\s+)?comment|you\s+(?:may|might)\s+also\s+(?:like|be\s+interested(?:\s+in)?)|more\s+(?:from|on|in)\s+.{1,40}|recommended(?:\s+for\s+you)?|most\s+(?:read|popular|viewed)|trending(?:\s+now)?|read\s+next|also\s+read|popular\s+(?:posts|stories))\s*:?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TrailerRegex();

    // A single line of furniture.
    [GeneratedRegex(@"your\s+e-?mail\s+address\s+will\s+not\s+be\s+published|required\s+fields\s+are\s+marked|all\s+rights\s+reserved|^\s*(?:©|\(c\)|copyright\b)|^\s*advertisement\s*$|^\s*(?:share|tweet|email|print)(?:\s+(?:this|on|via)\b.*)?\s*$|^\s*(?:click|tap)\s+here\b|^\s*(?:sign\s+up|subscribe)\b.{0,120}$|^\s*(?:follow|join|like)\s+(?:us|all|our|the)?.{0,100}\b(?:facebook|twitter|instagram|telegram|whatsapp|linkedin|youtube|tiktok|newsletter|without\s+limits|notifications)\b.{0,60}$|^\s*(?:join|subscribe\s+to)\s+.{1,40}\s+to\s+(?:follow|read|get|receive)\b.{0,80}$|^\s*(?:read|see|watch)\s+(?:also|more)\s*:|^\s*(?:photo|image|picture|video)\s*(?:credit)?\s*:|^\s*(?:tags?|filed\s+under|categories)\s*:", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Multiline)]
    private static partial Regex LineRegex();

    // "Jane Doe is chief editor at Some Post and has ..." — an author bio.
    [GeneratedRegex(@"^\s*\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}\s+(?:is|was|has\s+been)\s+(?:an?\s+|the\s+|our\s+)?(?:[\p{L}-]+\s+){0,4}(?:editor|writer|journalist|correspondent|reporter|contributor|columnist|author|blogger|freelancer)\b", RegexOptions.CultureInvariant)]
    private static partial Regex BioRegex();

    /// <summary>Boilerplate spans of <paramref name="text"/>, in order and not overlapping.</summary>
    public static List<TextSpan> Detect(string text)
    {
        var spans = new List<TextSpan>();
        int pos = 0;
        bool first = true;
        while (pos < text.Length)
        {
            int nl = text.IndexOfAny(['\n', '\r', '\u2029'], pos);
            int lineEnd = nl < 0 ? text.Length : nl;
            var line = text.AsSpan(pos, lineEnd - pos);
            var trimmed = line.Trim();
            if (!trimmed.IsEmpty && trimmed.Length < 400)
            {
                int start = pos + (line.Length - line.TrimStart().Length);
                int end = start + trimmed.Length;
                string s = trimmed.ToString();

                // The first line is the headline: never furniture.
                if (!first && TrailerRegex().IsMatch(s))
                {
                    spans.Add(new TextSpan(start, TrimEnd(text)));
                    return spans;
                }

                if (!first && (LineRegex().IsMatch(s) || BioRegex().IsMatch(s))) spans.Add(new TextSpan(start, end));
            }

            if (!trimmed.IsEmpty) first = false;
            pos = lineEnd + 1;
        }

        return spans;
    }

    private static int TrimEnd(string text)
    {
        int end = text.Length;
        while (end > 0 && CharClass.IsWhiteSpace(text[end - 1])) end--;
        return end;
    }
}
