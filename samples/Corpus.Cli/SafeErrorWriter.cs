using System.Globalization;
using System.Text;

namespace Corpus.Cli;

/// <summary>
/// Standard error as the runner writes it: every message is made printable (ids and file names
/// come from the input, and an escape sequence in one could clear the screen or retitle the
/// window), and a closed or broken standard error silences messages instead of crashing the run.
/// </summary>
internal sealed class SafeErrorWriter(TextWriter inner) : TextWriter
{
    private bool _broken;

    public override Encoding Encoding => inner.Encoding;

    /// <summary>The same stream without escaping, for the progress bar's own control sequences; still never throws.</summary>
    public TextWriter Raw { get; } = new Unescaped(inner);

    /// <summary>Installs the writer as <see cref="Console.Error"/>.</summary>
    public static SafeErrorWriter Install()
    {
        var writer = new SafeErrorWriter(Console.Error);
        Console.SetError(writer);
        return writer;
    }

    /// <summary>
    /// Control characters (C0 but tab, DEL, C1) and bidirectional overrides shown as <c>\xNN</c>
    /// or <c>\uNNNN</c>; a line break inside a message is shown too, so one message stays one line.
    /// </summary>
    public static string Printable(string? text)
    {
        if (string.IsNullOrEmpty(text)) return text ?? string.Empty;
        int i = 0;
        while (i < text.Length && !NeedsEscape(text[i])) i++;
        if (i == text.Length) return text;
        var sb = new StringBuilder(text.Length + 16).Append(text, 0, i);
        for (; i < text.Length; i++)
        {
            char c = text[i];
            if (!NeedsEscape(c)) sb.Append(c);
            else if (c <= 0xFF) sb.Append("\\x").Append(((int)c).ToString("x2", CultureInfo.InvariantCulture));
            else sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
        }

        return sb.ToString();
    }

    private static bool NeedsEscape(char c) =>
        (c < 0x20 && c != '\t') || (c >= 0x7F && c <= 0x9F) || c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') or '\u200E' or '\u200F' or '\u061C';

    public override void Write(char value)
    {
        if (value == '\n') Guard(() => inner.Write(value));
        else Guard(() => inner.Write(Printable(value.ToString())));
    }

    public override void Write(string? value) => Guard(() => inner.Write(Printable(value)));

    public override void WriteLine(string? value) => Guard(() =>
    {
        inner.Write(Printable(value));
        inner.Write('\n');
    });

    public override void WriteLine() => Guard(() => inner.Write('\n'));

    public override void Flush() => Guard(inner.Flush);

    private void Guard(Action write) => Guarded(ref _broken, write);

    /// <summary>Runs a write unless the stream broke before; a write that fails marks it broken.</summary>
    private static void Guarded(ref bool broken, Action write)
    {
        if (broken) return;
        try
        {
            write();
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or UnauthorizedAccessException)
        {
            broken = true;
        }
    }

    private sealed class Unescaped(TextWriter inner) : TextWriter
    {
        private bool _broken;

        public override Encoding Encoding => inner.Encoding;

        public override void Write(char value) => Guard(() => inner.Write(value));

        public override void Write(string? value) => Guard(() => inner.Write(value));

        public override void Flush() => Guard(inner.Flush);

        private void Guard(Action write) => Guarded(ref _broken, write);
    }
}
