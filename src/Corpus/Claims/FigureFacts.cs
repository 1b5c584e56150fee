namespace Corpus.Claims;

/// <summary>How a figure's sentence says its count moved.</summary>
public enum FigureTrend
{
    /// <summary>No change stated.</summary>
    None,
    /// <summary>"has risen to", "climbed to", "up from".</summary>
    Rise,
    /// <summary>"fell to", "lowered to", "down from".</summary>
    Fall,
    /// <summary>"revised", "corrected" without a direction.</summary>
    Revised,
}

/// <summary>
/// What a figure's sentence says about it beyond the number, read once at extraction so later stages never
/// re-read the text: its time expression, a trend, whether it is an estimate, a snapshot of an earlier moment,
/// denied, a part ("in X alone"), and which population it counts.
/// </summary>
/// <param name="Time">The time expression as written ("on Monday", "Wednesday evening", "so far"), or null.</param>
/// <param name="Trend">A stated rise, fall or revision.</param>
/// <param name="Estimate">"could be", "feared", "estimated": an estimate rather than a confirmed count.</param>
/// <param name="Snapshot">The count as it stood earlier ("when", "at first", "by then").</param>
/// <param name="Denied">The sentence denies the figure ("the ministry denied giving that figure").</param>
/// <param name="Alone">"in X alone": a part of a larger whole.</param>
/// <param name="Population">all, security (police, troops), foreign, children, or part (a part of a count named before: "19 of them"; one that names its own place, "27 of which in Punjab", is that place's whole).</param>
public sealed record FigureFacts(string? Time, FigureTrend Trend, bool Estimate, bool Snapshot, bool Denied, bool Alone, string Population)
{
    /// <summary>Which day (and part of it) <see cref="Time"/> names, as a rule over the publication date; null when it names none.</summary>
    public FigureWhen? When { get; init; }

    /// <summary>
    /// A year the figure's clause names ("floods in 2022 killed 1,700", "the 2015 quake's toll"): when it is not the
    /// article's year, the figure counts another event. Null when the clause names none.
    /// </summary>
    public int? Year { get; init; }

    /// <summary>Nothing said beyond the number.</summary>
    public static FigureFacts None { get; } = new(null, FigureTrend.None, false, false, false, false, "all");
}

/// <summary>How a figure's time expression finds its day from the article's publication date.</summary>
public enum FigureDayRule
{
    /// <summary>The publication day moved by <see cref="FigureWhen.Value"/> days ("today", "so far": 0; "yesterday", "last night": -1).</summary>
    Publication,
    /// <summary>The latest day on or before publication with weekday <see cref="FigureWhen.Value"/> (a <see cref="DayOfWeek"/>) moved by <see cref="FigureWhen.Shift"/> days.</summary>
    Weekday,
    /// <summary>The calendar day <see cref="FigureWhen.Value"/> = month × 100 + day, in the year that puts it on or before publication, moved by <see cref="FigureWhen.Shift"/> days.</summary>
    Calendar,
}

/// <summary>A part of the day a time expression names, in order.</summary>
public enum DayPart
{
    /// <summary>Not said.</summary>
    None,
    /// <summary>"morning", "9 a.m.".</summary>
    Morning,
    /// <summary>"afternoon", "2 p.m.".</summary>
    Afternoon,
    /// <summary>"evening", "6:40 pm".</summary>
    Evening,
    /// <summary>"night", "overnight".</summary>
    Night,
}

/// <summary>
/// The day a figure's time expression names, kept as a rule over the publication date so an undated article's
/// figures can be placed once its date is inferred: "on Tuesday" is the latest Tuesday on or before publication.
/// </summary>
/// <param name="Rule">How the day is found.</param>
/// <param name="Value">Days from publication, a <see cref="DayOfWeek"/>, or month × 100 + day, by <paramref name="Rule"/>.</param>
/// <param name="Part">The part of the day, when said.</param>
/// <param name="Shift">Days added after the rule ("a day earlier" than Tuesday: -1).</param>
public sealed record FigureWhen(FigureDayRule Rule, int Value, DayPart Part, int Shift = 0)
{
    /// <summary>The day this names for an article published on <paramref name="published"/>; null when that is unknown.</summary>
    public DateOnly? DayOf(DateOnly? published)
    {
        if (published is not { } p) return null;
        switch (Rule)
        {
            case FigureDayRule.Publication:
                return p.AddDays(Value + Shift);
            case FigureDayRule.Weekday:
                int back = ((int)p.DayOfWeek - Value + 7) % 7;
                return p.AddDays(-back + Shift);
            default:
                int month = Value / 100, day = Value % 100;
                if (month is < 1 or > 12 || day < 1) return null;
                int year = p.Year;
                if (day > DateTime.DaysInMonth(year, month)) return null;
                var d = new DateOnly(year, month, day);
                // "on Dec 30" in an article of 2 January is last year's; a day or two ahead is a forecast of this year's.
                if (d > p.AddDays(2) && day <= DateTime.DaysInMonth(year - 1, month)) d = new DateOnly(year - 1, month, day);
                return d.AddDays(Shift);
        }
    }
}
