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
    ];

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
