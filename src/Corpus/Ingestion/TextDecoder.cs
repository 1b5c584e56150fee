using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Corpus.Ingestion;

/// <summary>
/// Turns stored bytes into text: UTF-8 with or without BOM, UTF-16 with BOM (or without one when
/// the byte pattern leaves no doubt). Invalid UTF-8 and binary data are reported with the byte
/// offset and line, never replaced silently.
/// </summary>
internal static class TextDecoder
{
    public static bool TryDecode(ReadOnlySpan<byte> bytes, out string text, out string? error)
    {
        text = string.Empty;
        error = null;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return TryUtf8(bytes[3..], 3, out text, out error);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]) || bytes.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]))
        {
            error = "UTF-32 text is not supported; save the file as UTF-8";
            return false;
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return TryUtf16(bytes[2..], bigEndian: false, out text, out error);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return TryUtf16(bytes[2..], bigEndian: true, out text, out error);

        int nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            if (LooksLikeUtf16(bytes, out bool bigEndian)) return TryUtf16(bytes, bigEndian, out text, out error);
            error = $"binary file: NUL byte at byte offset {nul} (line {LineAt(bytes, nul)}); expected UTF-8 text";
            return false;
        }

        if (!TryUtf8(bytes, 0, out text, out error)) return false;
        if (LooksBinary(text, out int at))
        {
            error = $"binary file: control characters from character {at}; expected UTF-8 text";
            text = string.Empty;
            return false;
        }

        return true;
    }

    private static bool TryUtf8(ReadOnlySpan<byte> bytes, int offsetBase, out string text, out string? error)
    {
        text = string.Empty;
        error = null;
        char[] buffer = ArrayPool<char>.Shared.Rent(Math.Max(1, bytes.Length));
        try
        {
            var status = Utf8.ToUtf16(bytes, buffer, out int read, out int written, replaceInvalidSequences: false, isFinalBlock: true);
            if (status != OperationStatus.Done)
            {
                int at = offsetBase + read;
                error = $"invalid UTF-8 at byte offset {at} (line {LineAt(bytes, read)}); save the file as UTF-8";
                return false;
            }

            text = new string(buffer, 0, written);
            return true;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    private static bool TryUtf16(ReadOnlySpan<byte> bytes, bool bigEndian, out string text, out string? error)
    {
        text = string.Empty;
        error = null;
        if (bytes.Length % 2 != 0)
        {
            error = $"truncated UTF-16 text: odd byte count {bytes.Length}";
            return false;
        }

        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: false, throwOnInvalidBytes: true);
        try
        {
            text = encoding.GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            error = $"invalid UTF-16 at byte offset {ex.Index}; save the file as UTF-8";
            return false;
        }

        if (text.Contains('\0'))
        {
            error = $"binary file: NUL character at character {text.IndexOf('\0')} of the UTF-16 text";
            text = string.Empty;
            return false;
        }

        return true;
    }

    /// <summary>ASCII text stored as UTF-16 has a zero in every other byte.</summary>
    private static bool LooksLikeUtf16(ReadOnlySpan<byte> bytes, out bool bigEndian)
    {
        bigEndian = false;
        int sample = Math.Min(bytes.Length & ~1, 4096);
        if (sample < 4) return false;
        int evenZero = 0, oddZero = 0;
        for (int i = 0; i < sample; i += 2)
        {
            if (bytes[i] == 0) evenZero++;
            if (bytes[i + 1] == 0) oddZero++;
        }

        int pairs = sample / 2;
        if (oddZero > pairs * 0.4 && evenZero < pairs * 0.05) return true; // little-endian
        if (evenZero > pairs * 0.4 && oddZero < pairs * 0.05)
        {
            bigEndian = true;
            return true;
        }

        return false;
    }

    private static bool LooksBinary(string text, out int at)
    {
        at = -1;
        int sample = Math.Min(text.Length, 8192);
        int control = 0;
        for (int i = 0; i < sample; i++)
        {
            char c = text[i];
            if (c < 0x20 && c is not ('\t' or '\n' or '\r' or '\f' or '\v'))
            {
                if (at < 0) at = i;
                control++;
            }
        }

        return sample > 0 && control > Math.Max(2, sample / 20);
    }

    internal static int LineAt(ReadOnlySpan<byte> bytes, int offset)
    {
        offset = Math.Min(offset, bytes.Length);
        return bytes[..offset].Count((byte)'\n') + 1;
    }
}
