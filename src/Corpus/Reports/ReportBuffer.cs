using System.Text;

namespace Corpus.Reports;

/// <summary>Reports build each part in a buffer and pass it on once it is large, so a report of any size streams.</summary>
internal static class ReportBuffer
{
    private const int FlushAt = 1 << 15;

    /// <summary>What <paramref name="write"/> writes, as one string.</summary>
    public static string Render(Action<TextWriter> write)
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        write(writer);
        return writer.ToString();
    }

    public static void FlushIfLarge(StringBuilder buffer, TextWriter writer)
    {
        if (buffer.Length < FlushAt) return;
        writer.Write(buffer);
        buffer.Clear();
    }
}
