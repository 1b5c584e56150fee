using Corpus.Claims.Attribution;
using Corpus.Entities;
using Corpus.Tests.Entities;

namespace Corpus.Tests.Claims;

/// <summary>The one pronoun rule set quotes and figures share, on hand-marked people (no trained tagger).</summary>
public class PronounAntecedentTests
{
    // text, the pronoun with the word after it, the people named, the expected antecedent.
    [Theory]
    // The subject of the sentence before, not a possessive named first.
    [InlineData("Kari Holm's aide met Ada Varga. She said the pier held.", "She said", "Kari Holm,Ada Varga", "Ada Varga")]
    // A person named inside quoted words is no antecedent.
    [InlineData("“Ask Ola Vik,” Ada Varga told us. She said the pier held.", "She said", "Ola Vik,Ada Varga", "Ada Varga")]
    // The subject of its own sentence, before the pronoun, outranks the sentence before.
    [InlineData("Ada Varga left. After Ola Vik arrived, he said the pier held.", "he said", "Ada Varga,Ola Vik", "Ola Vik")]
    // Two sentences back: the person reported speaking, not the last one named.
    [InlineData("Ada Varga told Ola Vik the pier held. Nothing moved. She was right.", "She was", "Ada Varga,Ola Vik", "Ada Varga")]
    // Sentences that name no one carry the pronoun back to the person last named, within six sentences; no further.
    [InlineData("Ada Varga runs the pier. He is hoping for funds. Talks go on. Nothing is signed. He said the pier held.", "He said", "Ada Varga", "Ada Varga")]
    [InlineData("Ada Varga ran the pier. It rained. It rained. It rained. It rained. It rained. It rained. He said the pier held.", "He said", "Ada Varga", null)]
    // No person at all: nothing.
    [InlineData("The storm passed. He said the pier held.", "He said", "", null)]
    public void A_he_or_she_names_the_subject_before_it(string text, string marker, string people, string? expected)
    {
        var annotated = EntityTestKit.Article("t", text, people.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(n => (n, EntityType.Person)).ToArray());
        var (doc, mentions) = (annotated.Document, annotated.Mentions);
        int pronoun = text.LastIndexOf(marker, StringComparison.Ordinal);
        var found = PronounAntecedent.Person(doc, mentions, pronoun, null, AttributionLexicon.Default);
        found?.Text.Should().Be(expected);
        if (expected is null) found.Should().BeNull();
        else found.Should().NotBeNull();
    }
}
