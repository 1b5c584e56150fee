using Corpus.Text;

namespace Corpus.Tests.Text;

public class WordClustersTests
{
    [Fact]
    public void Look_ups_return_every_stored_class_and_unknown_for_other_words()
    {
        // Keys chosen to collide in the low bits (same home slot), plus the key 0 that marks empty slots.
        var classes = new Dictionary<ulong, uint> { [0] = (3u << 16) | 40, [16] = (1u << 16) | 7, [32] = (2u << 16) | 9, [48 + (1UL << 40)] = 5 };
        var rng = new Random(11);
        for (int i = 0; i < 500; i++) classes[(ulong)rng.NextInt64(1, long.MaxValue)] = ((uint)rng.Next(64) << 16) | (uint)rng.Next(512);
        var table = new WordClusters(classes);
        foreach (var (key, value) in classes) table.Of(key).Should().Be(((ushort)(value >> 16), (ushort)value));
        table.Of(64).Should().Be((WordClusters.Unknown, WordClusters.Unknown));
        new WordClusters([]).Of(0).Should().Be((WordClusters.Unknown, WordClusters.Unknown));
        table.MaxClass.Should().Be(classes.Values.Max(v => Math.Max((int)(v >> 16), (int)(v & 0xFFFF))));
    }

    [Fact]
    public void A_saved_table_loads_with_the_same_classes()
    {
        var table = new WordClusters(new Dictionary<ulong, uint> { [12345] = (4u << 16) | 300, [987654321] = 17 });
        using var stream = new MemoryStream();
        table.Save(stream);
        stream.Position = 0;
        var loaded = WordClusters.Load(stream);
        loaded.Of(12345).Should().Be(((ushort)4, (ushort)300));
        loaded.Of(987654321).Should().Be(((ushort)0, (ushort)17));
        loaded.Count.Should().Be(2);
    }
}
