using Corpus.Quantities;
using Corpus.Text;

namespace Corpus.Claims;

/// <summary>Whether the text presents a figure as standing or as withdrawn.</summary>
public enum FigureStatus
{
    /// <summary>Stated, or attributed, as standing.</summary>
    Asserted,
    /// <summary>The text says the figure was withdrawn, retracted or corrected away.</summary>
    Retracted,
}

/// <summary>Where a figure's <see cref="Figure.Location"/> came from.</summary>
public enum FigurePlaceFrom
{
    /// <summary>Named in the figure's clause or sentence ("in Swat", "across the province of X").</summary>
    Text,
    /// <summary>A scope word: "the provincial toll", "nationwide": the article's state or province, or its country.</summary>
    Scope,
    /// <summary>Where its source governs: "Nowshera police" count in Nowshera, a provincial authority in the article's province.</summary>
    Source,
    /// <summary>Nothing said: the article's main place.</summary>
    Article,
}

/// <summary>A count of an event's people or things, with its qualifier, place, source and status.</summary>
/// <param name="Id">Stable within one analysis result (f1, f2, ...).</param>
/// <param name="Article">The article id.</param>
/// <param name="Metric">killed, injured, arrested, troops, aircraft, combatants, missing, displaced or other.</param>
/// <param name="Value">The stated number, or null for a range only.</param>
/// <param name="Low">Lower bound for a range.</param>
/// <param name="High">Upper bound for a range.</param>
/// <param name="Qualifier">How the value relates to the count.</param>
/// <param name="Location">Where, as written or as an entity name; null when not given.</param>
/// <param name="Source">Who gives the figure; null when the outlet states it itself.</param>
/// <param name="Status">Asserted or retracted.</param>
/// <param name="Text">The sentence it came from.</param>
/// <param name="Span">Offsets of the quantity in the article.</param>
/// <param name="Sentence">Offsets of the sentence.</param>
public sealed record Figure(
    string Id, string Article, string Metric, double? Value, double? Low, double? High, Qualifier Qualifier,
    string? Location, string? Source, FigureStatus Status, string Text, TextSpan Span, TextSpan Sentence)
{
    /// <summary>
    /// What the figure counts: the counted noun's lemma ("people", "boat", "house"), a currency code ("USD") or a
    /// currency's name ("rupee"), or an area unit ("hectare"); null when the number stands alone ("2 died").
    /// Figures of metric <c>other</c> are compared only with figures counting the same thing.
    /// </summary>
    public string? Counted { get; init; }

    /// <summary>What the sentence says about the figure beyond the number: time, trend, estimate, snapshot, denial, part, population.</summary>
    public FigureFacts Facts { get; init; } = FigureFacts.None;

    /// <summary>The source the source cites ("the agency, citing the health ministry": the ministry), as written; null when none.</summary>
    public string? CitedSource { get; init; }

    /// <summary>Entity id of the source (as <see cref="Quote.Speaker"/> is of a speaker), or null when it is no resolved entity ("police").</summary>
    public string? SourceEntity { get; init; }

    /// <summary>
    /// For a figure of metric <c>other</c>, what happened to what it counts: the lemma of its verb or participle ("destroy",
    /// "damage", "rescue"), so houses destroyed and houses damaged are compared apart; null when no verb says.
    /// </summary>
    public string? Predicate { get; init; }

    /// <summary>Where <see cref="Location"/> came from: the figure's words, a scope word, its source, or the article's main place.</summary>
    public FigurePlaceFrom PlaceFrom { get; init; }

    /// <summary>Which rule decided <see cref="Source"/> ("according-to", "reporting-clause", "statement-owner", "acting-institution", "word-window", "list-lead-in": a bulleted item takes the owner of the report its list's lead-in names); null without a source.</summary>
    public string? Attribution { get; init; }
}

/// <summary>How figures read in reports and explanations.</summary>
internal static class FigureText
{
    /// <summary>The value with what it counts, for report tables: "about 45 (boat)", "1,000,000 (USD)", "at least 164".</summary>
    public static string ValueAndCounted(Figure f) => f.Counted is { } c ? $"{Value(f)} ({c})" : Value(f);

    /// <summary>"at least 164", "24–99", "almost 8,000".</summary>
    public static string Value(Figure f)
    {
        var ci = System.Globalization.CultureInfo.InvariantCulture;
        string n(double? v) => v?.ToString("N0", ci) ?? "?";
        return f.Qualifier switch
        {
            Qualifier.Range when f.Value is null => $"{n(f.Low)}–{n(f.High)}",
            Qualifier.AtLeast => $"at least {n(f.Value)}",
            Qualifier.MoreThan => $"more than {n(f.Value)}",
            Qualifier.AtMost => $"up to {n(f.Value)}",
            Qualifier.LessThan => $"fewer than {n(f.Value)}",
            Qualifier.About => $"about {n(f.Value)}",
            Qualifier.Almost => $"almost {n(f.Value)}",
            _ => n(f.Value ?? f.Low),
        };
    }
}
