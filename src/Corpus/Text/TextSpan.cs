namespace Corpus.Text;

/// <summary>
/// A half-open range <c>[Start, End)</c> of UTF-16 code units in an article's original text.
/// </summary>
/// <remarks>Invariant: <c>0 &lt;= Start &lt;= End</c>. Immutable and thread-safe.</remarks>
public readonly record struct TextSpan
{
    /// <summary>Creates a span.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="start"/> is negative or <paramref name="end"/> is before it.</exception>
    public TextSpan(int start, int end)
    {
        if (start < 0) throw new ArgumentOutOfRangeException(nameof(start), start, "Start must not be negative.");
        if (end < start) throw new ArgumentOutOfRangeException(nameof(end), end, "End must not be before start.");
        Start = start;
        End = end;
    }

    /// <summary>First code unit in the span.</summary>
    public int Start { get; }

    /// <summary>One past the last code unit in the span.</summary>
    public int End { get; }

    /// <summary>Number of code units covered.</summary>
    public int Length => End - Start;

    /// <summary>True when the span covers nothing.</summary>
    public bool IsEmpty => End == Start;

    /// <summary>True when <paramref name="position"/> lies inside the span.</summary>
    public bool Contains(int position) => position >= Start && position < End;

    /// <summary>True when <paramref name="other"/> lies entirely inside this span.</summary>
    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    /// <summary>True when the two spans share at least one code unit.</summary>
    public bool Overlaps(TextSpan other) => other.Start < End && Start < other.End;

    /// <summary>The text this span covers in <paramref name="text"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The span reaches past the end of <paramref name="text"/>.</exception>
    public string Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (End > text.Length) throw new ArgumentOutOfRangeException(nameof(text), "The span reaches past the end of the text.");
        return text.Substring(Start, Length);
    }

    /// <inheritdoc/>
    public override string ToString() => $"[{Start}, {End})";
}
