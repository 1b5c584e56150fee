using Corpus.Syntax;
using Corpus.Text;

namespace Corpus.Tests.Syntax;

public class WordSplitterTests
{
    private static List<(string Word, bool Joins)> Split(string text)
    {
        var words = new List<WordPiece>();
        WordSplitter.Split(text, Tokenizer.Tokenize(text), words);
        return words.Select(w => (w.Span.Of(text), w.JoinsPrevious)).ToList();
    }

    [Theory]
    [InlineData("They don't know.", "They|do|n't|know|.")]
    [InlineData("We can't go.", "We|ca|n't|go|.")]
    [InlineData("It cannot last.", "It|can|not|last|.")]
    [InlineData("I'm gonna stay.", "I|'m|gon|na|stay|.")]
    [InlineData("the mayor’s office", "the|mayor|’s|office")]
    [InlineData("a long-term plan", "a|long|-|term|plan")]
    [InlineData("a 30-year-old man", "a|30|-|year|-|old|man")]
    [InlineData("a non-stop flight and a re-elected mayor", "a|non-stop|flight|and|a|re-elected|mayor")]
    [InlineData("call 555-0100 today", "call|555-0100|today")]
    public void Cuts_tokens_into_treebank_words(string text, string expected)
    {
        string.Join('|', Split(text).Select(w => w.Word)).Should().Be(expected);
    }

    [Fact]
    public void Clitics_and_table_splits_join_the_word_before_them_and_hyphen_parts_do_not()
    {
        Split("don't").Select(w => w.Joins).Should().Equal(false, true);
        Split("cannot").Select(w => w.Joins).Should().Equal(false, true);
        Split("long-term").Select(w => w.Joins).Should().Equal(false, false, false);

        // A clitic after a space is no contraction ("the ' s" in broken text stays a token of its own).
        Split("rock 'n roll").Should().NotContain(w => w.Joins);
    }

    [Fact]
    public void Word_offsets_inside_split_tokens_point_at_their_own_text()
    {
        const string text = "Officials said they cannot confirm it.";
        var words = new List<WordPiece>();
        WordSplitter.Split(text, Tokenizer.Tokenize(text), words);
        foreach (var w in words) text.Substring(w.Span.Start, w.Span.Length).Should().NotBeEmpty();
        var can = words.Single(w => w.Span.Of(text) == "can");
        var not = words.Single(w => w.Span.Of(text) == "not");
        can.Span.Start.Should().Be(text.IndexOf("cannot", StringComparison.Ordinal));
        not.Span.Start.Should().Be(can.Span.End);
        not.Span.End.Should().Be(can.Span.Start + "cannot".Length);
    }
}
