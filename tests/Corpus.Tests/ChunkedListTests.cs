namespace Corpus.Tests;

public class ChunkedListTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(8192)]
    [InlineData(8193)]
    [InlineData(20_000)]
    public void Reads_back_what_was_added_across_chunk_boundaries(int count)
    {
        var list = new ChunkedList<string>();
        for (int i = 0; i < count; i++) list.Add(i.ToString(System.Globalization.CultureInfo.InvariantCulture));
        list.Count.Should().Be(count);
        list.Should().Equal(Enumerable.Range(0, count).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        if (count > 0) list[count - 1].Should().Be((count - 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void An_index_outside_the_list_throws_even_inside_an_allocated_chunk()
    {
        var list = new ChunkedList<int>();
        list.Add(1);
        var read = () => list[1];
        read.Should().Throw<ArgumentOutOfRangeException>();
        var write = () => list[-1] = 2;
        write.Should().Throw<ArgumentOutOfRangeException>();
        list[0] = 5;
        list[0].Should().Be(5);
    }
}
