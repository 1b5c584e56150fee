using Corpus.Text;

namespace Corpus.Tests.Robustness;

/// <summary>
/// Every input that ever broke a stage (found by fuzzing or by hand) is kept in
/// Robustness/regressions/ and run through the tokenizer and the whole pipeline here: no exception,
/// tokens inside the text and advancing, within the time budget. File names say what broke.
/// </summary>
public class RegressionCorpusTests
{
    public static TheoryData<string> Inputs()
    {
        var data = new TheoryData<string>();
        foreach (var f in Directory.EnumerateFiles(Path.Combine(TestPaths.RepoRoot, "tests", "Corpus.Tests", "Robustness", "regressions")).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(f));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void A_past_breaking_input_goes_through_every_stage(string file)
    {
        string text = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "tests", "Corpus.Tests", "Robustness", "regressions", file));
        var tokens = Tokenizer.Tokenize(text);
        tokens.Should().OnlyContain(t => t.Span.End > t.Span.Start && t.Span.End <= text.Length);
        tokens.Length.Should().BeLessThanOrEqualTo(text.Length);
        var analyzer = new CorpusAnalyzer(new AnalyzerOptions { ArticleTimeout = TimeSpan.FromSeconds(30) });
        var result = analyzer.Combine([analyzer.AnalyzeArticle(new Article(Path.GetFileNameWithoutExtension(file), text))]);
        result.Articles.Should().ContainSingle();
    }
}
