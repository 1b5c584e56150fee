using Corpus.Entities;
using Corpus.Text;

namespace Corpus.Tests.Entities;

public class AppositivePersonsTests
{
    [Theory]
    [InlineData("Edvard Lindqvist, the harbour master, warned that ships should stay away.", "Edvard Lindqvist")]
    [InlineData("Josep Borrell, the bloc's foreign policy chief, spoke on Monday.", "Josep Borrell")]
    [InlineData("Marit Oyen Halvorsen, a local shopkeeper, said the water rose fast.", "Marit Oyen Halvorsen")]
    [InlineData("“Edvard Lindqvist, the harbour master, has closed the port,” the mayor said.", "Edvard Lindqvist")]
    public void A_sentence_opening_name_described_by_a_role_is_a_person(string text, string name)
    {
        EntityTestKit.Recognize(text).Should().Contain((name, EntityType.Person));
    }

    /// <summary>The rule alone, on a document with no other mentions.</summary>
    private static List<string> RuleAlone(string text)
    {
        var doc = Document.Parse(new Article("t", text));
        var mentions = new List<Mention>();
        AppositivePersons.Add(doc, mentions, Gazetteer.Default);
        return mentions.Select(m => m.Span.Of(text)).ToList();
    }

    [Theory]
    [InlineData("North Korea, the secretive state, fired a missile.")] // a country
    [InlineData("Harbour Police, the local force, closed the road.")] // an organisation keyword
    [InlineData("Last Tuesday, the mayor said the port was shut.")] // no role-headed description after the comma... of a name
    [InlineData("However, the harbour master said the port was shut.")] // one word
    [InlineData("Edvard Lindqvist, the harbour, was closed.")] // a description that is no role
    [InlineData("The Lindqvist Family, the owners, said nothing.")] // an opener
    public void Not_a_person(string text)
    {
        RuleAlone(text).Should().BeEmpty();
    }
}
