using Corpus.Ingestion;
using Corpus.Text;

namespace Corpus.Tests;

public class StreamingTests
{
    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 3)]
    [InlineData(4, 64)]
    public async Task Output_is_the_same_whatever_the_parallelism_and_the_same_as_the_blocking_call(int parallel, int window)
    {
        var articles = TestArticles.Samples();
        string expected = TestArticles.Json(new CorpusAnalyzer(new AnalyzerOptions { MaxDegreeOfParallelism = 1 }).Analyze(articles));
        var analyzer = new CorpusAnalyzer(new AnalyzerOptions { MaxDegreeOfParallelism = parallel, BatchSize = window });
        TestArticles.Json(await analyzer.AnalyzeAsync(TestArticles.Stream(articles))).Should().Be(expected);
    }

    [Fact]
    public async Task AnalyzeAsync_takes_plain_articles_as_a_list_or_a_stream()
    {
        var articles = TestArticles.Samples();
        var analyzer = new CorpusAnalyzer();
        string expected = TestArticles.Json(analyzer.Analyze(articles));
        TestArticles.Json(await analyzer.AnalyzeAsync(articles)).Should().Be(expected);
        TestArticles.Json(await analyzer.AnalyzeAsync(articles.ToAsyncEnumerable())).Should().Be(expected);
    }

    [Fact]
    public void A_null_article_id_or_text_names_the_argument()
    {
        var noId = () => new Article(null!, "text");
        noId.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("Id");
        var noText = () => new Article("a", null!);
        noText.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("Text");
        var viaWith = () => new Article("a", "text") with { Text = null! };
        viaWith.Should().Throw<ArgumentNullException>().WithMessage("*Article.Text*");
    }

    [Fact]
    public void Records_combined_later_or_read_back_from_bytes_give_the_same_result_as_one_run()
    {
        var articles = TestArticles.Samples();
        var analyzer = new CorpusAnalyzer();
        string expected = TestArticles.Json(analyzer.Analyze(articles));
        var records = articles.Select(analyzer.AnalyzeArticle).ToList();
        TestArticles.Json(analyzer.Combine(records)).Should().Be(expected);
        TestArticles.Json(analyzer.Combine(records.Select(r => ArticleRecord.FromBytes(r.ToBytes())))).Should().Be(expected);
    }

    [Theory]
    [InlineData(new byte[0])]
    [InlineData(new byte[] { 99, 1, 2 })]
    [InlineData(new byte[] { 1, 5, 0 })]
    public void Bytes_that_are_not_a_record_are_a_format_error(byte[] bytes)
    {
        var act = () => ArticleRecord.FromBytes(bytes);
        act.Should().Throw<FormatException>();
    }

    [Fact]
    public void A_truncated_record_is_a_format_error()
    {
        var bytes = new CorpusAnalyzer().AnalyzeArticle(TestArticles.Samples()[0]).ToBytes();
        for (int cut = 1; cut < bytes.Length; cut += Math.Max(1, bytes.Length / 50))
        {
            var act = () => ArticleRecord.FromBytes(bytes.AsSpan(0, cut));
            act.Should().Throw<FormatException>($"cut at {cut} of {bytes.Length}");
        }
    }

    [Fact]
    public void Combine_refuses_two_records_with_one_id()
    {
        var analyzer = new CorpusAnalyzer();
        var r = analyzer.AnalyzeArticle(new Article("a", "Nothing happened in Oslo."));
        var act = () => analyzer.Combine([r, r]);
        act.Should().Throw<ArgumentException>().WithMessage("*'a'*");
    }

    [Fact]
    public async Task A_streamed_article_whose_id_was_already_used_is_rejected_not_lost()
    {
        var result = await new CorpusAnalyzer().AnalyzeAsync(TestArticles.Stream([new Article("a", "Five people were hurt in Lusk."), new Article("a", "Nine people were hurt in Doshk.") { Source = "feed.jsonl:2" }]));
        result.Articles.Should().ContainSingle();
        result.Rejected.Should().ContainSingle().Which.Should().Be(new RejectedInput("feed.jsonl:2", "duplicate article id 'a' (an earlier article in the stream has it); give each article a unique id"));
    }

    [Fact]
    public async Task The_reader_runs_at_most_a_bounded_window_ahead_of_the_consumer()
    {
        int pulled = 0;
        var many = Enumerable.Range(0, 500).Select(i => new Article($"a{i}", $"Article {i}: twelve people were hurt in Lusk, officials said."));
        var analyzer = new CorpusAnalyzer(new AnalyzerOptions { MaxDegreeOfParallelism = 2, BatchSize = 8 });
        int consumed = 0;
        await foreach (var outcome in analyzer.AnalyzeEachAsync(TestArticles.Stream(many, () => Interlocked.Increment(ref pulled))))
        {
            consumed++;
            if (consumed == 5)
            {
                await Task.Delay(300);
                // Queue (8) + one the reader holds while it waits + the consumed ones.
                Volatile.Read(ref pulled).Should().BeLessThanOrEqualTo(consumed + 8 + 2);
                break;
            }
        }
    }

    [Fact]
    public async Task Cancelling_stops_the_run_promptly()
    {
        using var cts = new CancellationTokenSource();
        var endless = Enumerable.Range(0, int.MaxValue).Select(i => new Article($"a{i}", "Seven people were killed in Lusk, the ministry said."));
        var analyzer = new CorpusAnalyzer(new AnalyzerOptions { MaxDegreeOfParallelism = 2 });
        var run = analyzer.AnalyzeAsync(TestArticles.Stream(endless), null, cts.Token);
        await Task.Delay(300);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        await cts.CancelAsync();
        var act = async () => await run;
        await act.Should().ThrowAsync<OperationCanceledException>();
        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task An_article_over_its_time_budget_is_rejected_with_the_reason_and_the_run_goes_on()
    {
        // 570 KB takes far longer than the 150 ms budget, which is checked between and inside stages.
        string big = string.Concat(Enumerable.Repeat("Officials in Lusk said 40 people were hurt when the old bridge gave way. ", 8000));
        var analyzer = new CorpusAnalyzer(new AnalyzerOptions { ArticleTimeout = TimeSpan.FromMilliseconds(150) });
        var result = await analyzer.AnalyzeAsync(TestArticles.Stream([new Article("big", big), new Article("small", "Nothing.")]));
        result.Rejected.Should().ContainSingle().Which.Reason.Should().Contain("'big' took longer than").And.Contain("AnalyzerOptions.ArticleTimeout");
        result.Articles.Select(a => a.Id).Should().Equal("small");
    }

    [Fact]
    public async Task Progress_counts_every_input()
    {
        var seen = new List<AnalysisProgress>();
        var progress = new SyncProgress(seen);
        var items = TestArticles.Stream(TestArticles.Samples().Take(3)).Concat(AsyncOne(IngestedItem.Reject("x.bin", "binary")));
        await new CorpusAnalyzer().AnalyzeAsync(items, progress);
        seen.Should().HaveCount(4);
        seen[^1].Articles.Should().Be(3);
        seen[^1].Rejected.Should().Be(1);
        seen[^1].Characters.Should().BeGreaterThan(1000);
    }

    private static async IAsyncEnumerable<IngestedItem> AsyncOne(IngestedItem item)
    {
        await Task.Yield();
        yield return item;
    }

    private sealed class SyncProgress(List<AnalysisProgress> into) : IProgress<AnalysisProgress>
    {
        public void Report(AnalysisProgress value) => into.Add(value);
    }
}

internal static class AsyncConcat
{
    public static async IAsyncEnumerable<T> Concat<T>(this IAsyncEnumerable<T> first, IAsyncEnumerable<T> second)
    {
        await foreach (var x in first) yield return x;
        await foreach (var x in second) yield return x;
    }
}
