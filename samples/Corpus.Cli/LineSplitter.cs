using System.Buffers;

namespace Corpus.Cli;

/// <summary>
/// '\n'-terminated lines of a stream as bytes, in bounded memory: a line longer than the limit is
/// read to its end without being kept and comes back marked <see cref="Line.TooLong"/>.
/// </summary>
internal sealed class LineSplitter(Stream stream, int maxLine)
{
    private readonly byte[] _chunk = new byte[1 << 16];
    private readonly ArrayBufferWriter<byte> _line = new();
    private int _pos;
    private int _len;
    private bool _eof;

    public readonly record struct Line(ReadOnlyMemory<byte> Bytes, bool TooLong);

    /// <summary>The next line without its '\n', or null at the end.</summary>
    public Line? Next()
    {
        _line.ResetWrittenCount();
        bool tooLong = false, any = false;
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

            // A NUL is kept even past the limit, so binary input is told at once instead of read to its end.
            if (!tooLong && _line.WrittenCount + part.Length > maxLine)
            {
                tooLong = true;
                _line.ResetWrittenCount();
            }

            if (!tooLong) _line.Write(part);
            else if (part.IndexOf((byte)0) >= 0) return new Line(new byte[] { 0 }, false);
            _pos += part.Length + (nl >= 0 ? 1 : 0);
            if (nl >= 0) break;
        }

        if (!any) return null;
        return new Line(_line.WrittenMemory, tooLong);
    }
}
