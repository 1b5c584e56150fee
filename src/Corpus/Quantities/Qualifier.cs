namespace Corpus.Quantities;

/// <summary>How a stated number relates to the true count, or the change it reports.</summary>
public enum Qualifier
{
    /// <summary>Stated as is.</summary>
    Exact,
    /// <summary>"at least".</summary>
    AtLeast,
    /// <summary>"more than", "over".</summary>
    MoreThan,
    /// <summary>"up to", "at most".</summary>
    AtMost,
    /// <summary>"fewer than", "less than", "under".</summary>
    LessThan,
    /// <summary>"about", "around", "some", "an estimated".</summary>
    About,
    /// <summary>"almost", "nearly", "just under".</summary>
    Almost,
    /// <summary>A range or a vague count: see the low and high bounds.</summary>
    Range,
    /// <summary>A rise by the number ("rose 5%", "up by 40"); a figure counts it as stated.</summary>
    Rise,
    /// <summary>A fall by the number ("fell 3%", "down by 12"); a figure counts it as stated.</summary>
    Fall,
}

/// <summary>The qualifiers' names as the JSON contract and the data tables write them ("at-least").</summary>
public static class QualifierNames
{
    /// <summary>"exact", "at-least", "more-than", "at-most", "less-than", "about", "almost", "range", "rise" or "fall".</summary>
    public static string Name(Qualifier q) => q switch
    {
        Qualifier.Exact => "exact",
        Qualifier.AtLeast => "at-least",
        Qualifier.MoreThan => "more-than",
        Qualifier.AtMost => "at-most",
        Qualifier.LessThan => "less-than",
        Qualifier.About => "about",
        Qualifier.Almost => "almost",
        Qualifier.Range => "range",
        Qualifier.Rise => "rise",
        Qualifier.Fall => "fall",
        _ => q.ToString().ToLowerInvariant(),
    };

    /// <summary>The qualifier named <paramref name="name"/>.</summary>
    /// <exception cref="ArgumentException">No qualifier has that name.</exception>
    public static Qualifier Parse(string name) => name switch
    {
        "exact" => Qualifier.Exact,
        "at-least" => Qualifier.AtLeast,
        "more-than" => Qualifier.MoreThan,
        "at-most" => Qualifier.AtMost,
        "less-than" => Qualifier.LessThan,
        "about" => Qualifier.About,
        "almost" => Qualifier.Almost,
        "range" => Qualifier.Range,
        "rise" => Qualifier.Rise,
        "fall" => Qualifier.Fall,
        _ => throw new ArgumentException($"No qualifier is named '{name}'.", nameof(name)),
    };
}
