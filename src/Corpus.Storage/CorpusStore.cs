using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Corpus.Ingestion;
using Corpus.Text;
using Microsoft.Data.Sqlite;

namespace Corpus.Storage;

/// <summary>What one <see cref="CorpusStore.AddAsync"/> did.</summary>
/// <param name="Added">Articles analyzed and stored by this run.</param>
/// <param name="Unchanged">Inputs the store already held under the same id with the same text (content hash): not analyzed again.</param>
/// <param name="Rejected">Inputs of this run that did not become articles, with the reason.</param>
/// <param name="Result">The whole store's analysis after the run, with this run's rejections.</param>
/// <param name="SharedText">Of the added articles, those whose text the store also holds under another id (a wire copy): kept as separate articles.</param>
public sealed record StoreRun(int Added, int Unchanged, IReadOnlyList<RejectedInput> Rejected, AnalysisResult Result, int SharedText = 0);

/// <summary>
/// An embedded SQLite store of a corpus: articles (text and per-article analysis), and the entities,
/// quotes, figures and conflicts derived from all of them. Adding articles analyzes only texts the
/// store does not hold; writes are committed a batch at a time, so an interrupted run leaves the store
/// consistent and running it again completes it. The corpus-level tables are rewritten from the
/// stored per-article records at the end of each run.
/// </summary>
/// <remarks>
/// Not thread-safe: one instance per thread, and one writing process per file (SQLite locks the file).
/// Every failure to open, read or write the file is a <see cref="CorpusStoreException"/> naming it.
/// </remarks>
public sealed class CorpusStore : IDisposable
{
    private const int CommitEvery = 64;
    private readonly SqliteConnection _db;
    private readonly HashSet<string> _hashes = new(StringComparer.Ordinal); // to note shared texts
    private readonly Dictionary<string, string> _idHash = new(StringComparer.Ordinal);

    /// <summary>Hashes of the articles in the batch being committed; they count as stored only once it commits.</summary>
    private readonly Dictionary<string, string> _committing = new(StringComparer.Ordinal);

    private CorpusStore(string path, SqliteConnection db)
    {
        Path = path;
        _db = db;
    }

    /// <summary>The store's file.</summary>
    public string Path { get; }

    /// <summary>The schema version this library writes; older stores are migrated on open.</summary>
    public static int SchemaVersion => Schema.Current;

    /// <summary>Articles in the store.</summary>
    public int ArticleCount => _idHash.Count;

    /// <summary>True when articles were added after the corpus-level tables were last rewritten (an interrupted run).</summary>
    public bool IsStale => Meta("stale") == "1";

    /// <summary>Opens (creating it when absent and <paramref name="readOnly"/> is false) and migrates a store.</summary>
    /// <exception cref="CorpusStoreException">The file cannot be opened, is not a store, or is of a newer schema.</exception>
    public static CorpusStore Open(string path, bool readOnly = false) => Open(path, readOnly, null);

    /// <summary>Opens a store whose file may not grow beyond <paramref name="maxPages"/> pages: how tests run out of disk.</summary>
    internal static CorpusStore Open(string path, bool readOnly, long? maxPages)
    {
        ArgumentNullException.ThrowIfNull(path);
        string full = System.IO.Path.GetFullPath(path);
        if (readOnly && !File.Exists(full)) throw new CorpusStoreException($"{full}: no such store. Create it with 'corpus analyze PATH... --db {path}'.");

        // A cleanly closed store (no write-ahead log beside it) is opened immutable for reading: SQLite then
        // writes nothing, not even its shared-memory file, so a store on read-only media can be reported.
        bool immutable = readOnly && !HasLog(full);
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = immutable ? new Uri(full).AbsoluteUri + "?immutable=1" : full,
            Mode = readOnly ? SqliteOpenMode.ReadOnly : SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
        };
        var db = new SqliteConnection(builder.ToString());
        try
        {
            db.Open();
            if (Schema.WhyNotAStore(db) is { } notAStore)
            {
                throw new CorpusStoreException($"{full}: {notAStore}. It was not modified; use another store file.");
            }

            if (!readOnly)
            {
                // WAL keeps the last committed batch intact if the process dies mid-write.
                Execute(db, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 5000;");
                Schema.Migrate(db, full);
                if (maxPages is { } pages) Execute(db, $"PRAGMA max_page_count = {pages};");
            }
            else if (Schema.VersionOf(db) != Schema.Current)
            {
                throw new CorpusStoreException($"{full}: the store has schema version {Schema.VersionOf(db)}, this corpus reads version {Schema.Current}. Open it once for writing (corpus analyze --db) to migrate it.");
            }

            var store = new CorpusStore(full, db);
            store.LoadIndex();
            return store;
        }
        catch (SqliteException e)
        {
            db.Dispose();
            throw Explain(e, full, "open");
        }
        catch
        {
            db.Dispose();
            throw;
        }
    }

    private static bool HasLog(string path)
    {
        var wal = new FileInfo(path + "-wal");
        return wal.Exists && wal.Length > 0;
    }

    /// <summary>
    /// Analyzes the inputs the store does not hold yet and stores them, then rewrites the
    /// corpus-level tables. An input stored already (same id, same text) is a no-op; one that reuses a
    /// stored id for a different text is rejected; the same text under a new id is a new article.
    /// </summary>
    /// <exception cref="CorpusStoreException">The store cannot be written (full disk, read-only file, locked).</exception>
    /// <exception cref="OperationCanceledException">Cancelled; batches committed before stay, and a rerun completes the store.</exception>
    public async Task<StoreRun> AddAsync(IAsyncEnumerable<IngestedItem> items, CorpusAnalyzer analyzer, IProgress<AnalysisProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(analyzer);
        long run = Guard("start a run", () =>
        {
            using var cmd = _db.CreateCommand();
            cmd.CommandText = "INSERT INTO runs (started) VALUES ($t); SELECT last_insert_rowid();";
            cmd.Parameters.AddWithValue("$t", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture));
            return (long)cmd.ExecuteScalar()!;
        });
        var pending = new Dictionary<string, (string Hash, string Text)>(StringComparer.Ordinal);
        int unchanged = 0, added = 0, shared = 0;
        var rejected = new List<RejectedInput>();
        var skipped = new List<SkippedInput>();

        async IAsyncEnumerable<IngestedItem> New([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct = default)
        {
            var seenThisRun = new HashSet<string>(StringComparer.Ordinal);
            await foreach (var item in items.WithCancellation(ct).ConfigureAwait(false))
            {
                if (item.Article is not { } a)
                {
                    yield return item;
                    continue;
                }

                string hash = Hash(a.Text);
                if (_idHash.TryGetValue(a.Id, out var stored))
                {
                    if (stored == hash)
                    {
                        unchanged++;
                        continue;
                    }

                    yield return IngestedItem.Reject(a.Source ?? a.Id, $"article id '{a.Id}' is already in the store {Path} with a different text; give the new version its own id (file name or \"id\" field)");
                    continue;
                }

                // The same text under another id is another publication (a wire copy): kept, and counted.
                if (_hashes.Contains(hash) || !seenThisRun.Add(hash)) shared++;
                lock (pending) pending[a.Id] = (hash, a.Text);
                yield return item;
            }
        }

        var batch = new List<ArticleOutcome>(CommitEvery);
        await foreach (var outcome in analyzer.AnalyzeEachAsync(New(), progress, cancellationToken).ConfigureAwait(false))
        {
            // Skipped files (not article files) are this run's news, not the store's.
            if (outcome.Skipped is { } s)
            {
                skipped.Add(s);
                continue;
            }

            batch.Add(outcome);
            if (batch.Count >= CommitEvery)
            {
                cancellationToken.ThrowIfCancellationRequested();
                added += Commit(batch, pending, run, rejected, ref unchanged);
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        added += Commit(batch, pending, run, rejected, ref unchanged);
        var result = Refresh(analyzer, rejected, cancellationToken);
        Guard("finish the run", () =>
        {
            using var cmd = _db.CreateCommand();
            cmd.CommandText = "UPDATE runs SET finished = $t, added = $a, unchanged = $u, rejected = $r WHERE id = $id";
            cmd.Parameters.AddWithValue("$t", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture));
            cmd.Parameters.AddWithValue("$a", added);
            cmd.Parameters.AddWithValue("$u", unchanged);
            cmd.Parameters.AddWithValue("$r", rejected.Count);
            cmd.Parameters.AddWithValue("$id", run);
            return cmd.ExecuteNonQuery();
        });
        return new StoreRun(added, unchanged, rejected, result with { Skipped = skipped }, shared);
    }

    /// <summary>
    /// The store's analysis: every stored article's record combined by the corpus-level stages,
    /// with the rejections of the last finished run. When the store is stale and writable, the
    /// corpus-level tables are rewritten first.
    /// </summary>
    /// <exception cref="CorpusStoreException">The store cannot be read.</exception>
    public AnalysisResult Load(CorpusAnalyzer? analyzer = null, CancellationToken cancellationToken = default)
    {
        analyzer ??= new CorpusAnalyzer();
        var rejected = Guard("read rejections", () =>
        {
            var list = new List<RejectedInput>();
            using var cmd = _db.CreateCommand();
            cmd.CommandText = "SELECT source, reason FROM rejected WHERE run = (SELECT MAX(id) FROM runs WHERE finished IS NOT NULL) ORDER BY rowid";
            using var r = cmd.ExecuteReader();
            while (r.Read()) list.Add(new RejectedInput(r.GetString(0), r.GetString(1)));
            return list;
        });
        if (IsStale && !ReadOnly) return Refresh(analyzer, rejected, cancellationToken);
        return analyzer.Combine(Records(analyzer, cancellationToken), rejected);
    }

    /// <inheritdoc/>
    public void Dispose() => _db.Dispose();

    private bool ReadOnly => new SqliteConnectionStringBuilder(_db.ConnectionString).Mode == SqliteOpenMode.ReadOnly;

    /// <summary>Stores one batch of outcomes in one transaction, and marks the derived tables stale.</summary>
    private int Commit(List<ArticleOutcome> batch, Dictionary<string, (string Hash, string Text)> pending, long run, List<RejectedInput> rejected, ref int unchanged)
    {
        if (batch.Count == 0) return 0;
        var raced = new List<RejectedInput>();
        int sameByOthers = 0;
        int added = Guard("write a batch of articles", () =>
        {
            int n = 0;
            using var tx = _db.BeginTransaction();
            using var article = _db.CreateCommand();
            article.Transaction = tx;
            article.CommandText = """
                INSERT INTO articles (id, content_hash, title, published, outlet, url, source, characters, tokens, sentences, text, record, run)
                VALUES ($id, $hash, $title, $published, $outlet, $url, $source, $characters, $tokens, $sentences, $text, $record, $run)
                """;
            using var reject = _db.CreateCommand();
            reject.Transaction = tx;
            reject.CommandText = "INSERT INTO rejected (run, source, reason) VALUES ($run, $source, $reason)";
            using var existing = _db.CreateCommand();
            existing.Transaction = tx;
            existing.CommandText = "SELECT content_hash FROM articles WHERE id = $id";
            foreach (var o in batch)
            {
                if (o.Record is { } rec)
                {
                    (string hash, string text) = Take(pending, rec.Id);

                    // Another process may have stored this id since the store was opened: the same text is
                    // already there; a different one is rejected, as if it had been stored before the run.
                    existing.Parameters.Clear();
                    existing.Parameters.AddWithValue("$id", rec.Id);
                    if (existing.ExecuteScalar() is string theirs)
                    {
                        _committing.Remove(rec.Id);
                        if (theirs != hash)
                        {
                            raced.Add(new RejectedInput(rec.Info.Source ?? rec.Id, $"article id '{rec.Id}' was stored in {Path} by another run meanwhile, with a different text; give the new version its own id"));
                        }
                        else
                        {
                            sameByOthers++;
                        }

                        continue;
                    }

                    var i = rec.Info;
                    article.Parameters.Clear();
                    article.Parameters.AddWithValue("$id", i.Id);
                    article.Parameters.AddWithValue("$hash", hash);
                    article.Parameters.AddWithValue("$title", (object?)i.Title ?? DBNull.Value);
                    article.Parameters.AddWithValue("$published", (object?)i.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? DBNull.Value);
                    article.Parameters.AddWithValue("$outlet", (object?)i.Outlet ?? DBNull.Value);
                    article.Parameters.AddWithValue("$url", (object?)i.Url ?? DBNull.Value);
                    article.Parameters.AddWithValue("$source", (object?)i.Source ?? DBNull.Value);
                    article.Parameters.AddWithValue("$characters", i.Characters);
                    article.Parameters.AddWithValue("$tokens", i.Tokens);
                    article.Parameters.AddWithValue("$sentences", i.Sentences);
                    article.Parameters.AddWithValue("$text", text);
                    article.Parameters.AddWithValue("$record", rec.ToBytes());
                    article.Parameters.AddWithValue("$run", run);
                    article.ExecuteNonQuery();
                    n++;
                }
                else
                {
                    var r = o.Rejected!;
                    reject.Parameters.Clear();
                    reject.Parameters.AddWithValue("$run", run);
                    reject.Parameters.AddWithValue("$source", r.Source);
                    reject.Parameters.AddWithValue("$reason", r.Reason);
                    reject.ExecuteNonQuery();
                }
            }

            SetMeta(tx, "stale", "1");
            tx.Commit();
            return n;
        });

        // Only once committed do the texts count as stored.
        foreach (var o in batch)
        {
            if (o.Record is { } rec && _committing.Remove(rec.Id, out var hash))
            {
                _hashes.Add(hash);
                _idHash[rec.Id] = hash;
            }
            else if (o.Rejected is { } r)
            {
                rejected.Add(r);
            }
        }

        rejected.AddRange(raced);
        unchanged += sameByOthers;
        batch.Clear();
        return added;
    }

    private (string Hash, string Text) Take(Dictionary<string, (string Hash, string Text)> pending, string id)
    {
        lock (pending)
        {
            if (!pending.Remove(id, out var entry)) throw new InvalidOperationException($"No pending text for article '{id}'.");
            _committing[id] = entry.Hash;
            return entry;
        }
    }

    /// <summary>
    /// Recomputes the corpus-level stages from every stored record and rewrites their tables in one
    /// transaction, begun before the records are read: it holds the write lock, so a batch another
    /// process commits meanwhile waits, and is never left out of tables marked fresh.
    /// </summary>
    private AnalysisResult Refresh(CorpusAnalyzer analyzer, IReadOnlyList<RejectedInput> rejected, CancellationToken ct)
    {
        using var tx = Guard("lock the store to rewrite the corpus-level tables", () => _db.BeginTransaction(deferred: false));
        var result = analyzer.Combine(Records(analyzer, ct, tx), rejected);
        ct.ThrowIfCancellationRequested();
        Guard("write the corpus-level tables", () =>
        {
            Execute(_db, "DELETE FROM entities; DELETE FROM entity_mentions; DELETE FROM quotes; DELETE FROM figures; DELETE FROM conflicts; DELETE FROM conflict_figures;", tx);
            using (var cmd = Prepare(tx, "UPDATE articles SET story = $story WHERE id = $id", "$story", "$id"))
            {
                foreach (var a in result.Articles) Run(cmd, a.Story, a.Id);
            }

            using (var cmd = Prepare(tx, "INSERT INTO entities VALUES ($id, $type, $name, $aliases, $roles)", "$id", "$type", "$name", "$aliases", "$roles"))
            using (var mention = Prepare(tx, "INSERT INTO entity_mentions VALUES ($e, $a, $s, $x, $t, $r)", "$e", "$a", "$s", "$x", "$t", "$r"))
            {
                foreach (var e in result.Entities)
                {
                    Run(cmd, e.Id, Reports.JsonReport.TypeName(e.Type), e.Name, JsonSerializer.Serialize(e.Aliases, StorageJsonContext.Default.IReadOnlyListString), JsonSerializer.Serialize(e.Roles, StorageJsonContext.Default.IReadOnlyListString));
                    foreach (var m in e.Mentions) Run(mention, e.Id, m.Article, m.Span.Start, m.Span.End, m.Text, 0);
                    foreach (var m in e.RoleMentions) Run(mention, e.Id, m.Article, m.Span.Start, m.Span.End, m.Text, 1);
                }
            }

            using (var cmd = Prepare(tx, "INSERT INTO quotes VALUES ($id, $a, $sp, $st, $t, $d, $s, $e)", "$id", "$a", "$sp", "$st", "$t", "$d", "$s", "$e"))
            {
                foreach (var q in result.Quotes) Run(cmd, q.Id, q.Article, q.Speaker, q.SpeakerText, q.Text, q.Direct ? 1 : 0, q.Span.Start, q.Span.End);
            }

            using (var cmd = Prepare(tx, "INSERT INTO figures VALUES ($id, $a, $m, $v, $lo, $hi, $q, $loc, $src, $st, $t, $s, $e)", "$id", "$a", "$m", "$v", "$lo", "$hi", "$q", "$loc", "$src", "$st", "$t", "$s", "$e"))
            {
                foreach (var f in result.Figures)
                {
                    Run(cmd, f.Id, f.Article, f.Metric, Finite(f.Value), Finite(f.Low), Finite(f.High), Reports.JsonReport.QualifierName(f.Qualifier), f.Location, f.Source,
                        f.Status == Claims.FigureStatus.Retracted ? "retracted" : "asserted", f.Text, f.Span.Start, f.Span.End);
                }
            }

            using (var cmd = Prepare(tx, "INSERT INTO conflicts VALUES ($id, $m, $s, $w)", "$id", "$m", "$s", "$w"))
            using (var link = Prepare(tx, "INSERT INTO conflict_figures VALUES ($c, $f)", "$c", "$f"))
            {
                foreach (var c in result.Conflicts)
                {
                    Run(cmd, c.Id, c.Metric, c.Severity == Reconciliation.ConflictSeverity.Hard ? "hard" : "soft", c.Why);
                    foreach (var f in c.Figures) Run(link, c.Id, f);
                }
            }

            SetMeta(tx, "stale", "0");
            tx.Commit();
            return 0;
        });
        return result;
    }

    /// <summary>Stored records in corpus order; a record of an older format is analyzed again from the stored text.</summary>
    private IEnumerable<ArticleRecord> Records(CorpusAnalyzer analyzer, CancellationToken ct, SqliteTransaction? tx = null)
    {
        // One row at a time: the analyzer folds each record as it comes, so the store's records are never all in memory.
        const string What = "read the stored articles";
        using var cmd = _db.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = "SELECT record, id, text, title, published, outlet, url, source FROM articles ORDER BY seq";
        using var r = Guard(What, () => cmd.ExecuteReader());
        while (Guard(What, r.Read))
        {
            ct.ThrowIfCancellationRequested();
            yield return Guard(What, () => Decode(r, analyzer));
        }
    }

    /// <summary>The row's record; one of a format this library does not read is re-analyzed from the stored text.</summary>
    private static ArticleRecord Decode(SqliteDataReader r, CorpusAnalyzer analyzer)
    {
        try
        {
            return ArticleRecord.FromBytes((byte[])r.GetValue(0));
        }
        catch (FormatException)
        {
            var article = new Article(r.GetString(1), r.GetString(2))
            {
                Title = Nullable(r, 3),
                // A date column edited by hand into something else is no date, not a failed report.
                Published = Nullable(r, 4) is { } d && DateOnly.TryParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null,
                Outlet = Nullable(r, 5),
                Url = Nullable(r, 6),
                Source = Nullable(r, 7),
            };
            return analyzer.AnalyzeArticle(article);
        }
    }

    private static string? Nullable(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    private static object? Finite(double? v) => v is { } d && double.IsFinite(d) ? d : null;

    private void LoadIndex() => Guard("read the article index", () =>
    {
        using var cmd = _db.CreateCommand();
        cmd.CommandText = "SELECT id, content_hash FROM articles";
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            _idHash[r.GetString(0)] = r.GetString(1);
            _hashes.Add(r.GetString(1));
        }

        return 0;
    });

    private string? Meta(string key) => Guard("read metadata", () =>
    {
        using var cmd = _db.CreateCommand();
        cmd.CommandText = "SELECT value FROM meta WHERE key = $k";
        cmd.Parameters.AddWithValue("$k", key);
        return cmd.ExecuteScalar() as string;
    });

    private void SetMeta(SqliteTransaction tx, string key, string value)
    {
        using var cmd = _db.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = "INSERT INTO meta (key, value) VALUES ($k, $v) ON CONFLICT (key) DO UPDATE SET value = excluded.value";
        cmd.Parameters.AddWithValue("$k", key);
        cmd.Parameters.AddWithValue("$v", value);
        cmd.ExecuteNonQuery();
    }

    private SqliteCommand Prepare(SqliteTransaction tx, string sql, params string[] names)
    {
        var cmd = _db.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        foreach (var n in names) cmd.Parameters.Add(new SqliteParameter { ParameterName = n });
        cmd.Prepare();
        return cmd;
    }

    private static void Run(SqliteCommand cmd, params object?[] values)
    {
        for (int i = 0; i < values.Length; i++) cmd.Parameters[i].Value = values[i] ?? DBNull.Value;
        cmd.ExecuteNonQuery();
    }

    private static void Execute(SqliteConnection db, string sql, SqliteTransaction? tx = null)
    {
        using var cmd = db.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    /// <summary>Content identity: SHA-256 of the text's UTF-8 bytes.</summary>
    internal static string Hash(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private T Guard<T>(string what, Func<T> action)
    {
        try
        {
            return action();
        }
        catch (SqliteException e)
        {
            throw Explain(e, Path, what);
        }
        catch (IOException e)
        {
            throw new CorpusStoreException($"{Path}: cannot {what}: {e.Message}", e);
        }
    }

    /// <summary>SQLite's error codes, turned into what the user can do about them.</summary>
    private static CorpusStoreException Explain(SqliteException e, string path, string what)
    {
        string advice = e.SqliteErrorCode switch
        {
            13 => "the disk is full. Free some space and run the same command again: articles committed so far are kept.",
            8 => "the store is read-only. Check the file's and its folder's permissions (SQLite also writes a -wal file beside it), or use another store file.",
            14 => "the file cannot be opened. Check that its folder exists and is writable.",
            26 => "the file is not a corpus store (not an SQLite database). Use another store file.",
            11 => "the store is corrupt. Restore it from a copy, or start a new store.",
            5 or 6 => "another process is writing to the store. Wait for it to finish.",
            _ => "see the SQLite message.",
        };
        return new CorpusStoreException($"{path}: cannot {what}: {advice} (SQLite error {e.SqliteErrorCode}: {e.Message})", e);
    }
}

/// <summary>The store's JSON columns (aliases, roles), by source generation: no reflection, trimming- and AOT-safe.</summary>
[System.Text.Json.Serialization.JsonSerializable(typeof(IReadOnlyList<string>))]
internal sealed partial class StorageJsonContext : System.Text.Json.Serialization.JsonSerializerContext;
