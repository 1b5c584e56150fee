using Corpus.Text;

namespace Corpus.Tests.Text;

public class TextSpanTests
{
    [Theory]
    [InlineData(0, 0, 0, true)]
    [InlineData(2, 5, 3, false)]
    public void Length_and_emptiness(int start, int end, int length, bool empty)
    {
        var s = new TextSpan(start, end);
        s.Length.Should().Be(length);
        s.IsEmpty.Should().Be(empty);
    }

    [Theory]
    [InlineData(-1, 2)]
    [InlineData(5, 4)]
    public void Invalid_bounds_throw(int start, int end)
    {
        var act = () => new TextSpan(start, end);
        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Theory]
    [InlineData(0, 5, 4, 8, true)]
    [InlineData(0, 5, 5, 8, false)]
    [InlineData(3, 4, 0, 10, true)]
    public void Half_open_overlap(int a, int b, int c, int d, bool overlaps)
    {
        new TextSpan(a, b).Overlaps(new TextSpan(c, d)).Should().Be(overlaps);
    }

    [Fact]
    public void End_is_exclusive()
    {
        var s = new TextSpan(2, 4);
        s.Contains(2).Should().BeTrue();
        s.Contains(4).Should().BeFalse();
        s.Of("abcdef").Should().Be("cd");
    }
}
