using Corpus.Syntax;

namespace Corpus.Tests.Syntax;

public class LemmatizerTests
{
    private static readonly Lemmatizer Learned = Lemmatizer.Learn(
    [
        ("walked", "VBD", UniversalTag.Verb, "walk"),
        ("talked", "VBD", UniversalTag.Verb, "talk"),
        ("jumped", "VBD", UniversalTag.Verb, "jump"),
        ("carried", "VBD", UniversalTag.Verb, "carry"),
        ("worried", "VBD", UniversalTag.Verb, "worry"),
        ("went", "VBD", UniversalTag.Verb, "go"),
        ("went", "VBD", UniversalTag.Verb, "go"),
        ("boxes", "NNS", UniversalTag.Noun, "box"),
        ("taxes", "NNS", UniversalTag.Noun, "tax"),
        ("cats", "NNS", UniversalTag.Noun, "cat"),
        ("dogs", "NNS", UniversalTag.Noun, "dog"),
        ("children", "NNS", UniversalTag.Noun, "child"),
        ("Walkers", "NNPS", UniversalTag.Propn, "Walkers"),
        ("Smiths", "NNPS", UniversalTag.Propn, "Smiths"),
    ]);

    [Theory]
    [InlineData("hunted", "VBD", UniversalTag.Verb, "hunt")]         // rule "-ed" learned from three verbs
    [InlineData("buried", "VBD", UniversalTag.Verb, "bury")]         // longer suffix "-ied" wins over "-ed"
    [InlineData("went", "VBD", UniversalTag.Verb, "go")]             // seen twice: a whole-word rule
    [InlineData("underwent", "VBD", UniversalTag.Verb, "undergo")]   // ... which also covers compounds
    [InlineData("children", "NNS", UniversalTag.Noun, "child")]      // seen once: an exception
    [InlineData("Hunted", "VBD", UniversalTag.Verb, "hunt")]         // lower case for words that are not names
    [InlineData("rats", "NNS", UniversalTag.Noun, "rat")]
    [InlineData("Joneses", "NNPS", UniversalTag.Propn, "Joneses")]   // proper nouns keep their form and case
    [InlineData("quickly", "RB", UniversalTag.Adv, "quickly")]       // an unseen tag: the form, lower case
    public void Applies_the_longest_learned_suffix_rule_or_an_exception(string form, string xpos, UniversalTag tag, string lemma)
    {
        Learned.Lemmatize(form, xpos, tag).Should().Be(lemma);
    }

    [Fact]
    public void An_irregular_past_tense_takes_the_lemma_its_participle_was_seen_with()
    {
        var learned = Lemmatizer.Learn(
        [
            ("walked", "VBD", UniversalTag.Verb, "walk"),
            ("talked", "VBD", UniversalTag.Verb, "talk"),
            ("snuck", "VBN", UniversalTag.Verb, "sneak"),
            ("snuck", "VBN", UniversalTag.Verb, "sneak"),
        ]);
        learned.Lemmatize("snuck", "VBD", UniversalTag.Verb).Should().Be("sneak"); // not in irregular-verbs.tsv
        learned.Lemmatize("hunted", "VBD", UniversalTag.Verb).Should().Be("hunt");
    }

    // The treebank never showed these; the suffix rules would read "fled" as "flead" ("led" → "lead").
    [Theory]
    [InlineData("fled", "VBD", "flee")]
    [InlineData("fled", "VBN", "flee")]
    [InlineData("strove", "VBD", "strive")]
    [InlineData("withdrawn", "VBN", "withdraw")]
    public void An_irregular_past_the_treebank_never_showed_comes_from_the_irregular_verb_table(string form, string xpos, string lemma)
    {
        var learned = Lemmatizer.Learn([("misled", "VBD", UniversalTag.Verb, "mislead"), ("led", "VBD", UniversalTag.Verb, "lead"), ("led", "VBD", UniversalTag.Verb, "lead")]);
        learned.Lemmatize(form, xpos, UniversalTag.Verb).Should().Be(lemma);
        learned.Lemmatize("fled", "NN", UniversalTag.Noun).Should().NotBe("flee"); // the table is for past forms only
    }

    [Fact]
    public void Keeps_an_exception_only_where_the_rules_are_wrong()
    {
        Learned.ExceptionCount.Should().Be(1, "children, seen once; every other form follows a rule");
    }

    [Fact]
    public void Survives_saving_and_loading()
    {
        using var buffer = new MemoryStream();
        using (var w = new BinaryWriter(buffer, System.Text.Encoding.UTF8, leaveOpen: true)) Learned.Save(w);
        buffer.Position = 0;
        var loaded = Lemmatizer.Load(new BinaryReader(buffer));
        loaded.Lemmatize("went", "VBD", UniversalTag.Verb).Should().Be("go");
        loaded.Lemmatize("buried", "VBD", UniversalTag.Verb).Should().Be("bury");
    }

    [Theory]
    [InlineData("were", "VBD", UniversalTag.Aux, "be")]
    [InlineData("killed", "VBN", UniversalTag.Verb, "kill")]
    [InlineData("injuries", "NNS", UniversalTag.Noun, "injury")]
    [InlineData("n't", "RB", UniversalTag.Part, "not")]
    [InlineData("said", "VBD", UniversalTag.Verb, "say")]
    [InlineData("shot", "VBD", UniversalTag.Verb, "shoot")]
    [InlineData("women", "NNS", UniversalTag.Noun, "woman")]
    [InlineData("has", "VBZ", UniversalTag.Aux, "have")]
    [InlineData("Ministers", "NNS", UniversalTag.Noun, "minister")]
    public void The_shipped_lemmatizer_knows_common_news_words(string form, string xpos, UniversalTag tag, string lemma)
    {
        SyntaxAnnotator.Default.Model.Lemmatizer.Lemmatize(form, xpos, tag).Should().Be(lemma);
    }
}
