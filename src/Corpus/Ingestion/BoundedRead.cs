namespace Corpus.Ingestion;

/// <summary>
/// Reads a stream to its end or to one byte past a limit, whichever comes first: the caller tells
/// "over the limit" from the length without reading the rest, so a device, a FIFO's endless writer
/// or a file that grows while it is read cannot exhaust memory.
/// </summary>
internal static class BoundedRead
{
    /// <summary>At most <paramref name="limit"/> + 1 bytes of <paramref name="stream"/>; more than <paramref name="limit"/> means over.</summary>
    /// <param name="stream">The input.</param>
    /// <param name="limit">The most bytes the caller accepts.</param>
    /// <param name="sizeHint">The expected size, when known (a file's length), to size the buffer once.</param>
    public static byte[] UpToOnePast(Stream stream, long limit, long sizeHint = 0)
    {
        long cap = limit + 1;
        using var buffer = new MemoryStream((int)Math.Min(Math.Max(sizeHint, 0) + 1, Math.Min(cap, 1 << 20)));
        var chunk = new byte[1 << 16];
        int n;
        while (buffer.Length < cap && (n = stream.Read(chunk, 0, (int)Math.Min(chunk.Length, cap - buffer.Length))) > 0) buffer.Write(chunk, 0, n);
        return buffer.ToArray();
    }
}
