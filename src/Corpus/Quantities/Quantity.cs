using Corpus.Text;

namespace Corpus.Quantities;

/// <summary>What a quantity measures.</summary>
public enum QuantityKind
{
    /// <summary>A count of people or things ("5,800 people", "dozens").</summary>
    Count,
    /// <summary>An amount of money ("$200 billion").</summary>
    Money,
    /// <summary>A percentage or percentage points.</summary>
    Percent,
    /// <summary>A measure with a unit ("40 km", "magnitude 7.1", "30-year").</summary>
    Measure,
    /// <summary>A part of a whole in words ("two-thirds", "a quarter of"): the value is below one.</summary>
    Fraction,
}

/// <summary>
/// A quantity found in text, normalized: scale words applied (3.9 million → 3,900,000), vague
/// counts and ranges as <see cref="Low"/>/<see cref="High"/>, the qualifier and unit kept as written.
/// </summary>
/// <param name="Span">Offsets of the whole quantity phrase (qualifier included) in the text searched.</param>
/// <param name="Text">The phrase as written.</param>
/// <param name="Value">The number, or null for a range or vague count.</param>
/// <param name="Low">Lower bound of a range or vague count.</param>
/// <param name="High">Upper bound of a range or vague count.</param>
/// <param name="Qualifier">How the value relates to the count, or the change it reports.</param>
/// <param name="Unit">The unit or counted noun as written ("%", "km", "dollars", "people"), or null.</param>
/// <param name="Kind">Count, money, percent or measure.</param>
public sealed record Quantity(TextSpan Span, string Text, double? Value, double? Low, double? High, Qualifier Qualifier, string? Unit, QuantityKind Kind)
{
    /// <summary>Offsets of the number itself, without qualifier or unit.</summary>
    public TextSpan NumberSpan { get; init; }

    /// <summary>Index of the token after the quantity (where the counted noun would start), in the document the quantity was found in.</summary>
    internal int EndToken { get; init; }

    /// <summary>Index of the first token of the number (qualifier excluded).</summary>
    internal int NumberToken { get; init; }
}
