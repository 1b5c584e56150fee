using Corpus.Quantities;

namespace Corpus.Tests.Quantities;

public class NumberWordsTests
{
    [Theory]
    [InlineData("ninth", 9)]
    [InlineData("Twentieth", 20)]
    [InlineData("twenty-third", 23)]
    [InlineData("41st", 41)]
    [InlineData("83rd", 83)]
    [InlineData("112th", 112)]
    [InlineData("12th", 12)]
    public void Ordinals_in_words_and_digits_have_their_value(string word, int value)
    {
        NumberWords.TryOrdinal(word, out int read).Should().BeTrue();
        read.Should().Be(value);
    }

    [Theory]
    [InlineData("12st")] // the suffix does not fit the number
    [InlineData("41th")]
    [InlineData("0th")]
    [InlineData("nine")]
    [InlineData("1990s")]
    public void Other_words_are_no_ordinals(string word)
    {
        NumberWords.TryOrdinal(word, out _).Should().BeFalse();
    }
}
