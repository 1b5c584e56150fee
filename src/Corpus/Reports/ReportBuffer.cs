using System.Text;

namespace Corpus.Reports;

/// <summary>Reports build each part in a buffer and pass it on once it is large, so a report of any size streams.</summary>
internal static class ReportBuffer
{
    private const int FlushAt = 1 << 15;

    public static void FlushIfLarge(StringBuilder buffer, TextWriter writer)
    {
        if (buffer.Length < FlushAt) return;
        writer.Write(buffer);
        buffer.Clear();
    }
}
