using System.Buffers;

namespace Corpus.Ingestion;

/// <summary>One line as <see cref="ByteLineReader"/> read it.</summary>
/// <param name="Bytes">The line without its '\n' (and a '\r' before it); empty when it overflowed.</param>
/// <param name="Length">The line's length in bytes, also when it overflowed.</param>
/// <param name="Overflow">Longer than the limit: read to its end, not kept.</param>
/// <param name="EndOfStream">No line: the stream ended.</param>
/// <param name="HasNul">Only with stopAtNul: a NUL byte past the limit ended the read (binary input, which may never end).</param>
internal readonly record struct ByteLine(ReadOnlyMemory<byte> Bytes, long Length, bool Overflow, bool EndOfStream, bool HasNul = false);

/// <summary>
/// Reads '\n'-terminated lines as bytes in bounded memory: a line over the limit is skipped to its
/// end and reported, not buffered. With <c>stopAtNul</c>, a NUL byte in an over-long line ends
/// the read at once (<c>/dev/zero</c> has no line ends). JSONL ingestion and the runner's
/// <c>quantities</c> read lines through it.
/// </summary>
internal sealed class ByteLineReader(Stream stream, long maxLine, bool stopAtNul = false)
{
    private readonly byte[] _chunk = new byte[1 << 16];
    private readonly ArrayBufferWriter<byte> _line = new();
    private int _pos;
    private int _len;
    private bool _eof;

    /// <summary>True while every line read so far was blank.</summary>
    public bool BlankOnly { get; private set; } = true;

    public ByteLine Next()
    {
        _line.ResetWrittenCount();
        long length = 0;
        bool overflow = false;
        bool any = false;
        while (true)
        {
            if (_pos >= _len)
            {
                if (_eof) break;
                _len = stream.Read(_chunk, 0, _chunk.Length);
                _pos = 0;
                if (_len <= 0)
                {
                    _eof = true;
                    break;
                }
            }

            any = true;
            var span = _chunk.AsSpan(_pos, _len - _pos);
            int nl = span.IndexOf((byte)'\n');
            var part = nl >= 0 ? span[..nl] : span;
            length += part.Length;
            if (!overflow && length > maxLine)
            {
                overflow = true;
                _line.ResetWrittenCount();
            }

            if (!overflow) _line.Write(part);
            else if (stopAtNul && part.IndexOf((byte)0) >= 0)
            {
                _eof = true;
                BlankOnly = false;
                return new ByteLine(default, length, true, false, HasNul: true);
            }

            _pos += part.Length + (nl >= 0 ? 1 : 0);
            if (nl >= 0) break;
        }

        if (!any) return new ByteLine(default, 0, false, true);
        if (overflow || !IsBlank(_line.WrittenSpan)) BlankOnly = false;
        var bytes = _line.WrittenMemory;
        if (!bytes.IsEmpty && bytes.Span[^1] == '\r') bytes = bytes[..^1];
        return new ByteLine(bytes, length, overflow, false);
    }

    /// <summary>Only spaces, tabs and line ends.</summary>
    public static bool IsBlank(ReadOnlySpan<byte> bytes)
    {
        foreach (byte x in bytes)
        {
            if (x is not (0x20 or 0x09 or 0x0D or 0x0A)) return false;
        }

        return true;
    }
}
