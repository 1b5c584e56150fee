using Corpus.Syntax;
using Corpus.Text;

namespace Corpus.Tests.Syntax;

/// <summary>
/// The relations the claim stages read off the shipped parser, on sentences written for these tests:
/// who said (nsubj), what was said (ccomp, parataxis), what a number counts (nummod), who was acted
/// on (nsubj:pass) and "according to" (obl).
/// </summary>
public class SyntaxRelationsTests
{
    private static SentenceSyntax Parse(string sentence) => Document.Parse(new Article("t", sentence)).GetSyntax(0);

    private static int Word(SentenceSyntax s, string form) => s.Words.Single(w => w.Form == form).Index;

    private static string Describe(SentenceSyntax s) => string.Join(" ", s.Words.Select(w => $"{w.Form}/{w.Tag.ToConllu()}<-{w.Relation}-{(w.Head < 0 ? "ROOT" : s[w.Head].Form)}"));

    [Theory]
    [InlineData("The governor said the bridge would reopen on Friday.", "said", "governor", "reopen")]
    [InlineData("Police officials said that two suspects were arrested.", "said", "officials", "arrested")]
    [InlineData("The company announced that it would close three factories.", "announced", "company", "close")]
    public void The_speaker_is_the_subject_and_the_content_is_the_clausal_complement(string sentence, string verb, string speaker, string content)
    {
        var s = Parse(sentence);
        int v = Word(s, verb);
        s[Word(s, speaker)].Should().Match<SyntaxWord>(w => w.Head == v && w.Relation == "nsubj", Describe(s));
        s[Word(s, content)].Should().Match<SyntaxWord>(w => w.Head == v && w.Relation == "ccomp", Describe(s));
        s.Root.Should().Be(v);
    }

    [Fact]
    public void A_quotation_before_its_attribution_is_parataxis_or_the_complement_of_the_reporting_verb()
    {
        var s = Parse("\"We will rebuild the school,\" the mayor said.");
        int said = Word(s, "said");
        s[Word(s, "mayor")].Should().Match<SyntaxWord>(w => w.Head == said && w.Relation == "nsubj", Describe(s));
        int rebuild = Word(s, "rebuild");
        bool linked = (s[rebuild].Head == said && s[rebuild].Relation is "ccomp" or "parataxis") || (s[said].Head == rebuild && s[said].Relation == "parataxis");
        linked.Should().BeTrue(Describe(s));
    }

    [Theory]
    [InlineData("Twelve people were killed in the attack.", "people", "killed", "Twelve")]
    [InlineData("At least 40 houses were destroyed by the flood.", "houses", "destroyed", "40")]
    public void A_passive_subject_and_the_number_that_counts_it(string sentence, string noun, string verb, string number)
    {
        var s = Parse(sentence);
        s[Word(s, noun)].Should().Match<SyntaxWord>(w => w.Head == Word(s, verb) && w.Relation == "nsubj:pass", Describe(s));
        s[Word(s, number)].Should().Match<SyntaxWord>(w => w.Head == Word(s, noun) && w.Relation == "nummod", Describe(s));
        s[Word(s, "were")].Relation.Should().Be("aux:pass", Describe(s));
    }

    [Fact]
    public void According_to_attaches_its_source_as_an_oblique()
    {
        var s = Parse("Three soldiers died, according to the army.");
        int army = Word(s, "army");
        s[army].Relation.Should().Be("obl", Describe(s));
        s[army].Head.Should().Be(Word(s, "died"), Describe(s));
        s[Word(s, "according")].Should().Match<SyntaxWord>(w => w.Head == army && w.Relation == "case", Describe(s));
    }

    [Fact]
    public void The_tree_is_well_formed_with_tags_and_lemmas()
    {
        var s = Parse("The ministers weren't told why the roads had been closed.");
        s.Words.Count(w => w.IsRoot).Should().Be(1);
        foreach (var w in s.Words)
        {
            s.Dominates(s.Root, w.Index).Should().BeTrue("every word reaches the root");
            s.SubtreeRange(w.Index).First.Should().BeLessThanOrEqualTo(w.Index);
        }

        s[Word(s, "ministers")].Lemma.Should().Be("minister");
        s[Word(s, "were")].Lemma.Should().Be("be");
        s[Word(s, "n't")].Should().Match<SyntaxWord>(w => w.Lemma == "not" && w.JoinsPrevious);
        s[Word(s, "closed")].Tag.Should().Be(UniversalTag.Verb);
        s[Word(s, "The")].Tag.Should().Be(UniversalTag.Det);
        s.SubtreeSpan(s.Root).Should().Be(new TextSpan(0, s.Words[^1].Span.End));
    }

    [Fact]
    public void Syntax_is_computed_once_per_sentence_even_under_concurrent_first_requests()
    {
        var doc = Document.Parse(new Article("t", "Rescuers reached the village. Roads were blocked. Aid arrived later."));
        var seen = new SentenceSyntax[3][];
        Parallel.For(0, 3, k => seen[k] = Enumerable.Range(0, doc.Sentences.Count).Select(doc.GetSyntax).ToArray());
        for (int i = 0; i < doc.Sentences.Count; i++)
        {
            seen[1][i].Should().BeSameAs(seen[0][i]);
            seen[2][i].Should().BeSameAs(seen[0][i]);
            seen[0][i].SentenceIndex.Should().Be(i);
        }

        var act = () => doc.GetSyntax(doc.Sentences.Count);
        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void A_sentence_longer_than_one_parse_piece_still_has_one_root()
    {
        string text = string.Join(" ", Enumerable.Range(0, 260).Select(i => i % 2 == 0 ? "boats" : "and")) + ".";
        var s = SyntaxAnnotator.Default.Annotate(text.Split(' '));
        s.Count.Should().Be(260);
        s.Words.Count(w => w.IsRoot).Should().Be(1);
        s.Words.Should().OnlyContain(w => s.Dominates(s.Root, w.Index));
    }
}
