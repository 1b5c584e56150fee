namespace Corpus.Tests;

/// <summary>Locates the repository and the optional ../shared folder from the test binaries.</summary>
internal static class TestPaths
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string SampleData => Path.Combine(RepoRoot, "samples", "data");

    public static string Shared => Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared"));

    public static IEnumerable<string> SampleArticles() => Directory.EnumerateFiles(SampleData, "*.txt").Order(StringComparer.Ordinal);

    private static string FindRepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Corpus.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Corpus.sln not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>A fact that needs ../shared (seed articles, annotated data); it says so and skips when that folder is absent.</summary>
public sealed class SharedFactAttribute : FactAttribute
{
    public SharedFactAttribute(string relativePath)
    {
        if (!Path.Exists(Path.Combine(TestPaths.Shared, relativePath))) Skip = $"skipped: ../shared/{relativePath} is absent (it is only beside the project on developer and CI machines)";
    }
}
