using Corpus.Quantities;
using Corpus.Claims;

namespace Corpus.Reconciliation;

/// <summary>
/// What a figure allows the true count to be: at least 164 is [164, ∞); almost 8,000 is just under
/// 8,000; about 1,300 is a band around it; dozens is 24–99. Immutable.
/// </summary>
public readonly record struct FigureInterval(double Low, double High)
{
    /// <summary>Share of the value "about" allows either side.</summary>
    public const double AboutBand = 0.15;

    /// <summary>How far under its value "almost" may go.</summary>
    public const double AlmostBand = 0.1;

    /// <summary>The interval a figure states.</summary>
    public static FigureInterval Of(Figure figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        double v = figure.Value ?? figure.Low ?? 0;
        return figure.Qualifier switch
        {
            Qualifier.Exact => new(v, v),
            Qualifier.AtLeast => new(v, double.PositiveInfinity),
            Qualifier.MoreThan => new(v + Math.Max(1e-9, Math.Abs(v) * 1e-9), double.PositiveInfinity),
            Qualifier.AtMost => new(0, v),
            Qualifier.LessThan => new(0, v - Math.Max(1e-9, Math.Abs(v) * 1e-9)),
            Qualifier.About => new(v * (1 - AboutBand), v * (1 + AboutBand)),
            Qualifier.Almost => new(v * (1 - AlmostBand), v),
            Qualifier.Range => new(figure.Low ?? v, figure.High ?? figure.Low ?? v),
            _ => new(v, v),
        };
    }

    /// <summary>True when some count satisfies both.</summary>
    public bool Overlaps(FigureInterval other) => Low <= other.High && other.Low <= High;

    /// <summary>A representative number: the value itself, or the middle of a bounded range.</summary>
    public double Point => double.IsPositiveInfinity(High) ? Low : (Low + High) / 2;
}
