using Corpus.Entities;

namespace Corpus.Tests.Entities;

public class NameFormsTests
{
    [Theory]
    [InlineData("Kassym", "Kasim", true)]
    [InlineData("Kassim", "Kassym", true)]
    [InlineData("Jomart", "Yomart", true)]
    [InlineData("Jomart", "Zhomart", true)]
    [InlineData("Jomart", "Khomart", true)]
    [InlineData("Rahmonov", "Rakhmonoff", true)]
    [InlineData("Dmitri", "Dmitry", true)]
    [InlineData("Aleksandr", "Alexander", true)]
    [InlineData("Tokayev", "Tokáyev", true)]
    [InlineData("Harchenko", "Kharchenko", true)]
    [InlineData("Vasylenko", "Wasylenko", true)]
    [InlineData("V", "Vladimir", true)]
    [InlineData("Putin", "Peskov", false)]
    [InlineData("Masimov", "Tokayev", false)]
    [InlineData("Jen", "Joe", false)]
    [InlineData("Ivan", "Iran", false)]
    public void Romanization_variants_of_a_name_word_are_similar(string a, string b, bool similar)
    {
        NameForms.SimilarWords(a, b).Should().Be(similar);
    }

    [Theory]
    [InlineData("the Interior Ministry", "Ministry of the Interior")]
    [InlineData("Collective Security Treaty Organisation", "Organization of the Collective Security Treaty")]
    [InlineData("Centre for Defence Studies", "Center for Defense Studies")]
    public void Organisation_keys_ignore_word_order_and_spelling(string a, string b)
    {
        NameForms.OrgKey(a).Should().Be(NameForms.OrgKey(b));
    }

    [Theory]
    [InlineData("Collective Security Treaty Organization", "CSTO")]
    [InlineData("Organization of the Collective Security Treaty", "OCST")]
    [InlineData("North Atlantic Treaty Organization", "NATO")]
    public void Initials_skip_function_words(string name, string initials)
    {
        NameForms.Initials(name).Should().Be(initials);
    }

    [Theory]
    [InlineData("U.N.", "UN")]
    [InlineData("CSTO", "CSTO")]
    [InlineData("G7", "G7")]
    [InlineData("Putin", null)]
    [InlineData("A", null)]
    public void Acronyms_are_recognized(string text, string? acronym)
    {
        NameForms.Acronym(text).Should().Be(acronym);
    }

    [Theory]
    [InlineData("Mr. Tokayev", new[] { "tokayev" })]
    [InlineData("President Kassym-Jomart Tokayev", new[] { "kassym", "jomart", "tokayev" })]
    [InlineData("Putin’s", new[] { "putin" })]
    public void Name_words_drop_titles_possessives_and_diacritics(string name, string[] words)
    {
        NameForms.Words(name).Should().Equal(words);
    }
}
