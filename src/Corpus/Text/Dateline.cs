using System.Globalization;
using System.Text.RegularExpressions;

namespace Corpus.Text;

/// <summary>Recognizes a line that is only a date ("Monday, January 10, 2022", "10 Jan 2022", "2022-01-10").</summary>
internal static partial class Dateline
{
    private static readonly string[] Months =
    [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    ];

    [GeneratedRegex(@"^(?:(?:published|updated|posted|date)\s*:?\s*)?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?(?:(?<m>[a-z]{3,9})\.?\s+(?<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y>\d{4})|(?<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?<m>[a-z]{3,9})\.?,?\s+(?<y>\d{4})|(?<y>\d{4})-(?<mn>\d{2})-(?<d>\d{2}))(?:[\sT,|-]+\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,5}|UTC[+-]?\d*|GMT[+-]?\d*|Z)?)?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DateLineRegex();

    /// <summary>The month a name or its abbreviation of three letters or more names ("Aug", "sept", "August"): 1 to 12, or 0.</summary>
    public static int MonthOf(string word)
    {
        string name = word.TrimEnd('.').ToLowerInvariant();
        if (name.Length < 3) return 0;
        if (name == "sept") return 9;
        return Array.FindIndex(Months, x => x.StartsWith(name, StringComparison.Ordinal)) + 1;
    }

    /// <summary>True when <paramref name="word"/> is a day's name written as one ("Monday", not "monday" or "Mon").</summary>
    public static bool IsWeekday(string word) => word.Length > 5 && char.IsUpper(word[0]) && word.All(char.IsLetter) && Enum.TryParse<DayOfWeek>(word, ignoreCase: true, out _);

    /// <summary>True when the whole of <paramref name="line"/> (trimmed) is a date.</summary>
    public static bool TryParseDate(ReadOnlySpan<char> line, out DateOnly date)
    {
        date = default;
        line = line.Trim();
        if (line.Length < 8 || line.Length > 60) return false;
        var m = DateLineRegex().Match(line.ToString());
        if (!m.Success) return false;
        int month;
        if (m.Groups["mn"].Success)
        {
            month = int.Parse(m.Groups["mn"].ValueSpan, CultureInfo.InvariantCulture);
        }
        else
        {
            month = MonthOf(m.Groups["m"].Value);
            if (month == 0) return false;
        }

        int day = int.Parse(m.Groups["d"].ValueSpan, CultureInfo.InvariantCulture);
        int year = int.Parse(m.Groups["y"].ValueSpan, CultureInfo.InvariantCulture);
        if (year < 1800 || year > 2200 || month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
        date = new DateOnly(year, month, day);
        return true;
    }
}
