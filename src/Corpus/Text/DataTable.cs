namespace Corpus.Text;

/// <summary>Reads the tab-separated data tables embedded in the package: '#' starts a comment line, blank lines are skipped.</summary>
internal static class DataTable
{
    /// <summary>The rows of embedded resource <paramref name="logicalName"/>, each split on tabs.</summary>
    /// <exception cref="InvalidDataException">The resource is missing, or a row has fewer than <paramref name="columns"/> columns (named with its line).</exception>
    public static List<string[]> Rows(string logicalName, int columns)
    {
        using var stream = typeof(DataTable).Assembly.GetManifestResourceStream(logicalName)
            ?? throw new InvalidDataException($"The data table {logicalName} is missing from the assembly.");
        using var reader = new StreamReader(stream);
        var rows = new List<string[]>();
        int line = 0;
        while (reader.ReadLine() is { } text)
        {
            line++;
            if (text.Length == 0 || text[0] == '#') continue;
            var cols = text.Split('\t');
            if (cols.Length < columns) throw new InvalidDataException($"{logicalName} line {line}: {columns} tab-separated columns expected, found {cols.Length}.");
            rows.Add(cols);
        }

        return rows;
    }

    /// <summary>A lookup from column <paramref name="key"/> to column <paramref name="value"/> of rows read by <see cref="Rows"/>.</summary>
    /// <exception cref="InvalidDataException">A key appears twice (named with the table).</exception>
    public static Dictionary<string, string> Lookup(string logicalName, IEnumerable<string[]> rows, int key, int value, StringComparer comparer)
    {
        var lookup = new Dictionary<string, string>(comparer);
        foreach (var r in rows)
        {
            if (!lookup.TryAdd(r[key], r[value])) throw new InvalidDataException($"{logicalName}: '{r[key]}' is listed twice.");
        }

        return lookup;
    }
}
