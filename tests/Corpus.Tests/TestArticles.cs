using System.Runtime.CompilerServices;
using Corpus.Ingestion;
using Corpus.Reports;
using Corpus.Text;

namespace Corpus.Tests;

/// <summary>Articles for tests: the sample corpus, streams of them, and a result's contract JSON.</summary>
internal static class TestArticles
{
    public static List<Article> Samples() => TestPaths.SampleArticles().Select(p => ArticleReader.ReadPaths([p]).Single().Article!).ToList();

    /// <summary>An asynchronous stream that yields between articles, as a reader would; <paramref name="onYield"/> counts pulls.</summary>
    public static async IAsyncEnumerable<IngestedItem> Stream(IEnumerable<Article> articles, Action? onYield = null, [EnumeratorCancellation] CancellationToken ct = default)
    {
        foreach (var a in articles)
        {
            ct.ThrowIfCancellationRequested();
            onYield?.Invoke();
            await Task.Yield();
            yield return IngestedItem.Of(a);
        }
    }

    /// <summary>The contract JSON of a result, optionally without its rejections.</summary>
    public static string Json(AnalysisResult r, bool withRejected = true)
    {
        using var ms = new MemoryStream();
        JsonReport.Write(withRejected ? r : r with { Rejected = [] }, ms);
        return System.Text.Encoding.UTF8.GetString(ms.ToArray());
    }
}
