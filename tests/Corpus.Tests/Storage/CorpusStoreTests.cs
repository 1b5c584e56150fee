using Corpus.Storage;
using Corpus.Text;
using Microsoft.Data.Sqlite;

namespace Corpus.Tests.Storage;

public class CorpusStoreTests
{
    private static async Task<StoreRun> Add(string path, IEnumerable<Article> articles)
    {
        using var store = CorpusStore.Open(path);
        return await store.AddAsync(TestArticles.Stream(articles), new CorpusAnalyzer());
    }

    [Fact]
    public async Task A_second_run_over_the_same_texts_analyzes_nothing_and_gives_the_same_result()
    {
        using var dir = new TempFolder();
        string db = Path.Combine(dir.Path, "c.db");
        var articles = TestArticles.Samples();
        string expected = TestArticles.Json(new CorpusAnalyzer().Analyze(articles), withRejected: false);

        var first = await Add(db, articles);
        first.Added.Should().Be(articles.Count);
        TestArticles.Json(first.Result, withRejected: false).Should().Be(expected);

        var second = await Add(db, articles);
        (second.Added, second.Unchanged).Should().Be((0, articles.Count));
        TestArticles.Json(second.Result, withRejected: false).Should().Be(expected);

        using var store = CorpusStore.Open(db, readOnly: true);
        TestArticles.Json(store.Load(), withRejected: false).Should().Be(expected);
    }

    [Fact]
    public async Task Articles_added_in_later_runs_give_the_result_of_one_run_over_all()
    {
        using var dir = new TempFolder();
        string db = Path.Combine(dir.Path, "c.db");
        var articles = TestArticles.Samples();
        await Add(db, articles.Take(2));
        await Add(db, articles.Skip(2).Take(1));
        var last = await Add(db, articles);
        last.Added.Should().Be(articles.Count - 3);
        last.Unchanged.Should().Be(3);
        TestArticles.Json(last.Result, withRejected: false).Should().Be(TestArticles.Json(new CorpusAnalyzer().Analyze(articles), withRejected: false));
    }

    [Fact]
    public async Task The_same_text_under_another_id_is_another_article_and_another_text_under_a_stored_id_is_rejected()
    {
        using var dir = new TempFolder();
        string db = Path.Combine(dir.Path, "c.db");
        const string Text = "Twelve people were hurt in Lusk, officials said.";
        await Add(db, [new Article("a", Text)]);
        var run = await Add(db, [new Article("copy-of-a", Text), new Article("a", "A different text entirely.")]);
        run.Added.Should().Be(1);
        run.SharedText.Should().Be(1);
        run.Unchanged.Should().Be(0);
        run.Rejected.Should().ContainSingle().Which.Reason.Should().Contain("already in the store").And.Contain("own id");

        // Same input, same articles, with or without the store.
        var plain = new CorpusAnalyzer().Analyze([new Article("a", Text), new Article("copy-of-a", Text)]);
        run.Result.Articles.Select(a => a.Id).Should().Equal(plain.Articles.Select(a => a.Id));
    }

    [Fact]
    public async Task Wire_copies_in_one_run_are_all_kept()
    {
        using var dir = new TempFolder();
        string db = Path.Combine(dir.Path, "c.db");
        const string Text = "Four boats were lost off Brill, the coastguard said.";
        var run = await Add(db, [new Article("x1", Text), new Article("x2", Text), new Article("x3", Text)]);
        (run.Added, run.SharedText, run.Unchanged).Should().Be((3, 2, 0));
        var again = await Add(db, [new Article("x1", Text), new Article("x2", Text), new Article("x3", Text)]);
        (again.Added, again.Unchanged).Should().Be((0, 3));
    }

    [Fact]
    public async Task An_article_stored_by_another_writer_meanwhile_is_unchanged_or_rejected_not_a_constraint_failure()
    {
        using var dir = new TempFolder();
        string db = Path.Combine(dir.Path, "c.db");
        CorpusStore.Open(db).Dispose();
        using var first = CorpusStore.Open(db);
        using var second = CorpusStore.Open(db); // its index was read before the first writer stored anything
        await first.AddAsync(TestArticles.Stream([new Article("a", "Two people were hurt in Lusk."), new Article("b", "Nine homes burned in Brill.")]), new CorpusAnalyzer());
        var run = await second.AddAsync(TestArticles.Stream([new Article("a", "Two people were hurt in Lusk."), new Article("b", "Another text under b.")]), new CorpusAnalyzer());
        run.Added.Should().Be(0);
        run.Unchanged.Should().Be(1);
        run.Rejected.Should().ContainSingle().Which.Reason.Should().Contain("by another run meanwhile");
        run.Result.Articles.Select(a => a.Id).Should().Equal("a", "b");
    }

    [Fact]
    public void Another_applications_database_is_refused_and_left_unmodified()
    {
        using var dir = new TempFolder();
        string db = Path.Combine(dir.Path, "app.db");
        using (var c = new SqliteConnection($"Data Source={db};Pooling=False"))
        {
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = "CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('x');";
            cmd.ExecuteNonQuery();
        }

        byte[] before = File.ReadAllBytes(db);
        var act = () => CorpusStore.Open(db);
        act.Should().Throw<CorpusStoreException>().WithMessage("*app.db*other tables (contacts)*not a Corpus store*not modified*");
        File.ReadAllBytes(db).Should().Equal(before);
        Directory.GetFiles(dir.Path).Should().ContainSingle("no -wal or -shm file is left beside it");
    }

    [Fact]
    public void A_database_of_another_application_id_is_refused()
    {
        using var dir = new TempFolder();
        string db = Path.Combine(dir.Path, "other.db");
        using (var c = new SqliteConnection($"Data Source={db};Pooling=False"))
        {
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = "PRAGMA application_id = 42; PRAGMA user_version = 2;";
            cmd.ExecuteNonQuery();
        }

        var act = () => CorpusStore.Open(db);
        act.Should().Throw<CorpusStoreException>().WithMessage("*other.db*another application (application_id 42)*");
    }

    [Fact]
    public async Task A_cleanly_closed_store_is_read_without_writing_anything_beside_it()
    {
        using var dir = new TempFolder();
        string db = Path.Combine(dir.Path, "c.db");
        await Add(db, TestArticles.Samples().Take(1));
        var files = Directory.GetFiles(dir.Path).Order().ToList();
        var stamp = File.GetLastWriteTimeUtc(db);
        using (var store = CorpusStore.Open(db, readOnly: true))
        {
            store.Load().Articles.Should().ContainSingle();
        }

        Directory.GetFiles(dir.Path).Order().Should().Equal(files, "read-only media allow no -shm file");
        File.GetLastWriteTimeUtc(db).Should().Be(stamp);
    }

    [Fact]
    public async Task A_published_column_that_is_not_a_date_is_read_as_no_date()
    {
        using var dir = new TempFolder();
        string db = Path.Combine(dir.Path, "c.db");
        await Add(db, TestArticles.Samples().Take(1));
        using (var c = new SqliteConnection($"Data Source={db};Pooling=False"))
        {
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = "UPDATE articles SET published = 'last Tuesday', record = x'FF00'";
            cmd.ExecuteNonQuery();
        }

        using var store = CorpusStore.Open(db, readOnly: true);
        store.Load().Articles.Should().ContainSingle().Which.Published.Should().BeNull();
    }

    [Fact]
    public async Task The_corpus_tables_hold_the_result_for_sql_users()
    {
        using var dir = new TempFolder();
        string db = Path.Combine(dir.Path, "c.db");
        var run = await Add(db, TestArticles.Samples());
        using var c = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
        c.Open();
        long Count(string table)
        {
            using var cmd = c.CreateCommand();
            cmd.CommandText = $"SELECT COUNT(*) FROM {table}";
            return (long)cmd.ExecuteScalar()!;
        }

        Count("articles").Should().Be(run.Result.Articles.Count);
        Count("entities").Should().Be(run.Result.Entities.Count);
        Count("figures").Should().Be(run.Result.Figures.Count);
        Count("quotes").Should().Be(run.Result.Quotes.Count);
        Count("conflicts").Should().Be(run.Result.Conflicts.Count);
        Count("conflict_figures").Should().Be(run.Result.Conflicts.Sum(k => k.Figures.Count));
    }

    [Fact]
    public void A_new_store_is_at_the_current_schema_version_and_reopening_it_changes_nothing()
    {
        using var dir = new TempFolder();
        string db = Path.Combine(dir.Path, "c.db");
        CorpusStore.Open(db).Dispose();
        CorpusStore.Open(db).Dispose();
        UserVersion(db).Should().Be(CorpusStore.SchemaVersion);
    }

    [Fact]
    public void A_store_at_an_older_version_is_migrated_on_open()
    {
        using var dir = new TempFolder();
        string db = Path.Combine(dir.Path, "c.db");
        using (var c = new SqliteConnection($"Data Source={db};Pooling=False"))
        {
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = Schema.Migrations[0] + "\nPRAGMA user_version = 1;" +
                "INSERT INTO articles (id, content_hash, characters, tokens, sentences, text, record, run) VALUES ('old', 'H', 3, 1, 1, 'Old', x'FF', 1);";
            cmd.ExecuteNonQuery();
        }

        using var store = CorpusStore.Open(db);
        UserVersion(db).Should().Be(Schema.Current);
        store.ArticleCount.Should().Be(1, "migrating keeps the stored articles");
    }

    [Fact]
    public void A_store_from_a_newer_version_is_refused_with_what_to_do()
    {
        using var dir = new TempFolder();
        string db = Path.Combine(dir.Path, "c.db");
        CorpusStore.Open(db).Dispose();
        SetUserVersion(db, 99);
        var act = () => CorpusStore.Open(db);
        act.Should().Throw<CorpusStoreException>().WithMessage("*c.db*version 99*newer*");
    }

    [Fact]
    public void A_file_that_is_not_a_store_is_refused_naming_it()
    {
        using var dir = new TempFolder();
        string db = dir.Write("notes.db", "these are my notes, not a database\n" + new string('x', 5000));
        var act = () => CorpusStore.Open(db);
        act.Should().Throw<CorpusStoreException>().WithMessage("*notes.db*not a corpus store*");
    }

    [Fact]
    public void Reporting_from_a_missing_store_says_how_to_create_one()
    {
        var act = () => CorpusStore.Open("/nonexistent/dir/c.db", readOnly: true);
        act.Should().Throw<CorpusStoreException>().WithMessage("*no such store*corpus analyze*");
    }

    [Fact]
    public async Task Writing_to_a_read_only_store_is_a_clear_error()
    {
        using var dir = new TempFolder();
        string db = Path.Combine(dir.Path, "c.db");
        CorpusStore.Open(db).Dispose();
        using var store = CorpusStore.Open(db, readOnly: true);
        var act = async () => await store.AddAsync(TestArticles.Stream(TestArticles.Samples().Take(1)), new CorpusAnalyzer());
        (await act.Should().ThrowAsync<CorpusStoreException>()).WithMessage("*c.db*read-only*permissions*");
    }

    [Fact]
    public async Task A_full_disk_is_a_clear_error_and_what_was_committed_stays_usable()
    {
        using var dir = new TempFolder();
        string db = Path.Combine(dir.Path, "c.db");
        CorpusStore.Open(db).Dispose();
        var articles = Enumerable.Range(0, 300).Select(i => new Article($"a{i:D3}", string.Concat(Enumerable.Repeat($"Report {i}: {i + 3} people were injured in Lusk, the ministry said. ", 40)))).ToList();
        using (var store = CorpusStore.Open(db, readOnly: false, maxPages: 120))
        {
            var act = async () => await store.AddAsync(TestArticles.Stream(articles), new CorpusAnalyzer());
            (await act.Should().ThrowAsync<CorpusStoreException>()).WithMessage("*c.db*disk is full*run the same command again*");
        }

        var rerun = await Add(db, articles);
        (rerun.Added + rerun.Unchanged).Should().Be(300);
        rerun.Result.Articles.Should().HaveCount(300);
    }

    [Fact]
    public async Task A_cancelled_run_leaves_committed_batches_and_a_rerun_completes_the_store()
    {
        using var dir = new TempFolder();
        string db = Path.Combine(dir.Path, "c.db");
        var articles = Enumerable.Range(0, 200).Select(i => new Article($"a{i:D3}", $"Report {i}: {i + 3} people were injured in Lusk on Monday, the ministry said.")).ToList();
        using (var cts = new CancellationTokenSource())
        using (var store = CorpusStore.Open(db))
        {
            int seen = 0;
            var progress = new Progress(() =>
            {
                if (Interlocked.Increment(ref seen) == 150) cts.Cancel();
            });
            var act = async () => await store.AddAsync(TestArticles.Stream(articles), new CorpusAnalyzer(), progress, cts.Token);
            await act.Should().ThrowAsync<OperationCanceledException>();
            store.ArticleCount.Should().BeInRange(1, 199, "batches of 64 are committed as they fill");
            store.IsStale.Should().BeTrue();
        }

        var rerun = await Add(db, articles);
        (rerun.Added + rerun.Unchanged).Should().Be(200);
        TestArticles.Json(rerun.Result, withRejected: false).Should().Be(TestArticles.Json(new CorpusAnalyzer().Analyze(articles), withRejected: false));
        using var done = CorpusStore.Open(db);
        done.IsStale.Should().BeFalse();
    }

    [Fact]
    public async Task A_stored_record_of_an_unreadable_format_is_analyzed_again_from_the_stored_text()
    {
        using var dir = new TempFolder();
        string db = Path.Combine(dir.Path, "c.db");
        var articles = TestArticles.Samples().Take(2).ToList();
        await Add(db, articles);
        using (var c = new SqliteConnection($"Data Source={db};Pooling=False"))
        {
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = "UPDATE articles SET record = x'FF00'";
            cmd.ExecuteNonQuery();
        }

        using var store = CorpusStore.Open(db, readOnly: true);
        TestArticles.Json(store.Load(), withRejected: false).Should().Be(TestArticles.Json(new CorpusAnalyzer().Analyze(articles), withRejected: false));
    }

    private sealed class Progress(Action onReport) : IProgress<AnalysisProgress>
    {
        public void Report(AnalysisProgress value) => onReport();
    }

    private static long UserVersion(string db)
    {
        using var c = new SqliteConnection($"Data Source={db};Pooling=False");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "PRAGMA user_version";
        return (long)cmd.ExecuteScalar()!;
    }

    private static void SetUserVersion(string db, int v)
    {
        using var c = new SqliteConnection($"Data Source={db};Pooling=False");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = $"PRAGMA user_version = {v}";
        cmd.ExecuteNonQuery();
    }
}
