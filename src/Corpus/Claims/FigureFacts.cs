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
/// <param name="Population">all, security (police, troops), foreign, or children.</param>
public sealed record FigureFacts(string? Time, FigureTrend Trend, bool Estimate, bool Snapshot, bool Denied, bool Alone, string Population)
{
    /// <summary>Nothing said beyond the number.</summary>
    public static FigureFacts None { get; } = new(null, FigureTrend.None, false, false, false, false, "all");
}
