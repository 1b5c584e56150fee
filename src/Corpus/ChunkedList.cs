using System.Collections;

namespace Corpus;

/// <summary>
/// An append-only list stored in fixed chunks of 8,192 items. A corpus's figures and quotes run to
/// millions: a <see cref="List{T}"/> would double one contiguous array (on the large-object heap,
/// copying every element each time), which needs a contiguous block of twice the size and leaves the
/// old one as garbage. Chunks stay below the large-object threshold for references. Not thread-safe.
/// </summary>
internal sealed class ChunkedList<T> : IReadOnlyList<T>
{
    private const int Shift = 13;
    private const int ChunkSize = 1 << Shift;
    private readonly List<T[]> _chunks = [];

    public int Count { get; private set; }

    public T this[int index]
    {
        get
        {
            if ((uint)index >= (uint)Count) throw new ArgumentOutOfRangeException(nameof(index));
            return _chunks[index >> Shift][index & (ChunkSize - 1)];
        }

        set
        {
            if ((uint)index >= (uint)Count) throw new ArgumentOutOfRangeException(nameof(index));
            _chunks[index >> Shift][index & (ChunkSize - 1)] = value;
        }
    }

    public void Add(T item)
    {
        if ((Count & (ChunkSize - 1)) == 0) _chunks.Add(new T[ChunkSize]);
        _chunks[^1][Count & (ChunkSize - 1)] = item;
        Count++;
    }

    public IEnumerator<T> GetEnumerator()
    {
        for (int i = 0; i < Count; i++) yield return _chunks[i >> Shift][i & (ChunkSize - 1)];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
