using Corpus.Text;

namespace Corpus.Claims;

/// <summary>A statement attributed to someone, direct (quoted words) or indirect (reported content).</summary>
/// <param name="Id">Stable within one analysis result (q1, q2, ...).</param>
/// <param name="Article">The article id.</param>
/// <param name="Speaker">Entity id of the speaker, or null when it could not be resolved.</param>
/// <param name="SpeakerText">How the speaker is referred to where the quote is attributed ("the president", "he").</param>
/// <param name="Text">The quoted words or the reported content, as written.</param>
/// <param name="Direct">True for quoted words.</param>
/// <param name="Span">Offsets of <paramref name="Text"/> in the article.</param>
/// <param name="Sentence">Offsets of the sentence (or sentences) it came from.</param>
public sealed record Quote(string Id, string Article, string? Speaker, string? SpeakerText, string Text, bool Direct, TextSpan Span, TextSpan Sentence)
{
    /// <summary>Which rule decided the speaker ("reporting-clause", "according-to", "word-rules"...), to trace a wrong speaker to its cause.</summary>
    public string? Attribution { get; init; }
}
