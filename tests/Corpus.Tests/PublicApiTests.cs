using PublicApiGenerator;

namespace Corpus.Tests;

/// <summary>
/// Guards the package's public surface: a change to it must be deliberate. When this fails, review
/// PublicApi.received.txt and, if the change is intended, copy it over PublicApi.approved.txt.
/// </summary>
public class PublicApiTests
{
    [Fact]
    public void Public_api_matches_the_approved_snapshot()
    {
        string api = typeof(CorpusAnalyzer).Assembly.GeneratePublicApi(new ApiGeneratorOptions { ExcludeAttributes = ["System.Runtime.Versioning.TargetFrameworkAttribute", "System.Reflection.AssemblyMetadataAttribute", "System.Runtime.CompilerServices.InternalsVisibleToAttribute"] });
        string dir = Path.Combine(TestPaths.RepoRoot, "tests", "Corpus.Tests");
        string approvedPath = Path.Combine(dir, "PublicApi.approved.txt");
        string receivedPath = Path.Combine(dir, "PublicApi.received.txt");
        string approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath) : string.Empty;
        if (Normalize(approved) != Normalize(api))
        {
            File.WriteAllText(receivedPath, api);
            Normalize(api).Should().Be(Normalize(approved), $"the public API changed; compare {receivedPath} with {approvedPath}");
        }
        else if (File.Exists(receivedPath))
        {
            File.Delete(receivedPath);
        }
    }

    private static string Normalize(string s) => s.ReplaceLineEndings("\n").Trim();
}
