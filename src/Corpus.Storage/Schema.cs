using Microsoft.Data.Sqlite;

namespace Corpus.Storage;

/// <summary>
/// The store's schema, as an ordered list of migrations. A store records the version it is at;
/// opening it applies the missing migrations in order, each in its own transaction. Never edit a
/// released migration: add the next one.
/// </summary>
internal static class Schema
{
    /// <summary>Migration i (0-based) takes a store from version i to version i + 1.</summary>
    public static readonly string[] Migrations =
    [
        // 1: articles with their per-article records; the corpus-level tables derived from them.
        """
        CREATE TABLE articles (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            id TEXT NOT NULL UNIQUE,
            content_hash TEXT NOT NULL UNIQUE,
            title TEXT, published TEXT, outlet TEXT, url TEXT, source TEXT,
            characters INTEGER NOT NULL, tokens INTEGER NOT NULL, sentences INTEGER NOT NULL,
            story TEXT,
            text TEXT NOT NULL,
            record BLOB NOT NULL,
            run INTEGER NOT NULL);
        CREATE TABLE runs (id INTEGER PRIMARY KEY AUTOINCREMENT, started TEXT NOT NULL, finished TEXT, added INTEGER, unchanged INTEGER, rejected INTEGER);
        CREATE TABLE rejected (run INTEGER NOT NULL, source TEXT NOT NULL, reason TEXT NOT NULL);
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE entities (id TEXT PRIMARY KEY, type TEXT NOT NULL, name TEXT NOT NULL, aliases TEXT NOT NULL, roles TEXT NOT NULL);
        CREATE TABLE entity_mentions (entity TEXT NOT NULL, article TEXT NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL, text TEXT NOT NULL, is_role INTEGER NOT NULL);
        CREATE TABLE quotes (id TEXT PRIMARY KEY, article TEXT NOT NULL, speaker TEXT, speaker_text TEXT, text TEXT NOT NULL, direct INTEGER NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL);
        CREATE TABLE figures (id TEXT PRIMARY KEY, article TEXT NOT NULL, metric TEXT NOT NULL, value REAL, low REAL, high REAL, qualifier TEXT NOT NULL,
            location TEXT, source TEXT, status TEXT NOT NULL, sentence TEXT NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL);
        CREATE TABLE conflicts (id TEXT PRIMARY KEY, metric TEXT NOT NULL, severity TEXT NOT NULL, why TEXT NOT NULL);
        CREATE TABLE conflict_figures (conflict TEXT NOT NULL, figure TEXT NOT NULL);
        """,
        // 2: indexes for the questions analysts ask of a store (by article, by metric, by speaker).
        """
        CREATE INDEX entity_mentions_article ON entity_mentions (article);
        CREATE INDEX quotes_speaker ON quotes (speaker);
        CREATE INDEX figures_article ON figures (article);
        CREATE INDEX figures_metric ON figures (metric, location);
        CREATE INDEX conflict_figures_figure ON conflict_figures (figure);
        """,
        // 3: the same text under two ids is two articles (wire copies are separate publications), so the
        // content hash is no longer unique; and the file says it is a Corpus store (application_id).
        """
        CREATE TABLE articles_v3 (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            id TEXT NOT NULL UNIQUE,
            content_hash TEXT NOT NULL,
            title TEXT, published TEXT, outlet TEXT, url TEXT, source TEXT,
            characters INTEGER NOT NULL, tokens INTEGER NOT NULL, sentences INTEGER NOT NULL,
            story TEXT,
            text TEXT NOT NULL,
            record BLOB NOT NULL,
            run INTEGER NOT NULL);
        INSERT INTO articles_v3 SELECT seq, id, content_hash, title, published, outlet, url, source, characters, tokens, sentences, story, text, record, run FROM articles;
        DROP TABLE articles;
        ALTER TABLE articles_v3 RENAME TO articles;
        CREATE INDEX articles_content_hash ON articles (content_hash);
        PRAGMA application_id = 1129271888;
        """,
    ];

    /// <summary>Marks a file as a Corpus store ("CORP" as a big-endian integer), set by migration 3.</summary>
    public const int ApplicationId = 1129271888;

    /// <summary>The tables every Corpus store has had since version 1.</summary>
    private static readonly string[] CoreTables = ["articles", "runs", "rejected", "meta"];

    /// <summary>
    /// Null when the open file may be used as a store: empty (new), or a Corpus store (its
    /// application id, or for stores older than version 3 its version and tables). Otherwise why
    /// not. Reads only: another application's database is never modified.
    /// </summary>
    public static string? WhyNotAStore(SqliteConnection c)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = "PRAGMA application_id";
        int app = Convert.ToInt32(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        if (app == ApplicationId) return null;
        if (app != 0) return $"an SQLite database of another application (application_id {app})";
        cmd.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table'";
        var tables = new HashSet<string>(StringComparer.Ordinal);
        using (var r = cmd.ExecuteReader())
        {
            while (r.Read()) tables.Add(r.GetString(0));
        }

        if (tables.Count == 0 && VersionOf(c) == 0) return null;
        if (VersionOf(c) > 0 && CoreTables.All(tables.Contains)) return null;
        return tables.Count == 0
            ? $"an SQLite database with user_version {VersionOf(c)} and no tables, not a Corpus store"
            : $"an SQLite database with other tables ({string.Join(", ", tables.Order(StringComparer.Ordinal).Take(5))}{(tables.Count > 5 ? ", ..." : string.Empty)}), not a Corpus store";
    }

    public static int Current => Migrations.Length;

    public static int VersionOf(SqliteConnection c)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = "PRAGMA user_version";
        return Convert.ToInt32(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Brings the store to <see cref="Current"/>; the version and the migration change together or not at all.</summary>
    public static void Migrate(SqliteConnection c, string path)
    {
        int version = VersionOf(c);
        if (version > Current)
        {
            throw new CorpusStoreException($"{path}: the store has schema version {version}, newer than this version of corpus reads ({Current}). Use a newer corpus, or a new store file.");
        }

        for (int v = version; v < Current; v++)
        {
            using var tx = c.BeginTransaction();
            using (var cmd = c.CreateCommand())
            {
                cmd.Transaction = tx;
                cmd.CommandText = Migrations[v] + $"\nPRAGMA user_version = {v + 1};";
                cmd.ExecuteNonQuery();
            }

            tx.Commit();
        }
    }
}
