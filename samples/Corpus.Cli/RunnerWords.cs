using Corpus.Ingestion;

namespace Corpus.Cli;

/// <summary>
/// The library's messages name its options (<c>IngestionOptions.MaxArticleBytes</c>); the runner's
/// users set them with flags. The runner says the flag instead, in its output and its messages.
/// </summary>
internal static class RunnerWords
{
    private static readonly (string Library, string Flag)[] Options =
    [
        ("IngestionOptions.MaxArticleBytes", "--max-bytes"),
        ("AnalyzerOptions.ArticleTimeout", "--article-timeout"),
        ("IngestionOptions.Include", "--include"),
    ];

    public static string Translate(string message)
    {
        foreach (var (library, flag) in Options) message = message.Replace(library, flag, StringComparison.Ordinal);
        return message;
    }

    public static RejectedInput Translate(RejectedInput r) => r with { Reason = Translate(r.Reason) };

    public static AnalysisResult Translate(AnalysisResult result) => result with
    {
        Rejected = result.Rejected.Select(Translate).ToList(),
        Skipped = result.Skipped.Select(s => s with { Reason = Translate(s.Reason) }).ToList(),
    };
}
