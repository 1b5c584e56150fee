using PublicApiGenerator;

namespace Corpus.Tests;

/// <summary>
/// Guards the package's public surface: a change to it must be deliberate. When this fails, review
/// PublicApi.received.txt and, if the change is intended, copy it over PublicApi.approved.txt.
/// </summary>
public class PublicApiTests
{
    [Theory]
    [InlineData("Corpus", "PublicApi")]
    [InlineData("Corpus.Storage", "PublicApi.Storage")]
    [InlineData("Corpus.Hosting", "PublicApi.Hosting")]
    public void Public_api_matches_the_approved_snapshot(string assembly, string snapshot)
    {
        var asm = assembly switch
        {
            "Corpus" => typeof(CorpusAnalyzer).Assembly,
            "Corpus.Storage" => typeof(Corpus.Storage.CorpusStore).Assembly,
            _ => typeof(Corpus.Hosting.ICorpusService).Assembly,
        };
        string api = asm.GeneratePublicApi(new ApiGeneratorOptions { ExcludeAttributes = ["System.Runtime.Versioning.TargetFrameworkAttribute", "System.Reflection.AssemblyMetadataAttribute", "System.Runtime.CompilerServices.InternalsVisibleToAttribute"] });
        string dir = Path.Combine(TestPaths.RepoRoot, "tests", "Corpus.Tests");
        string approvedPath = Path.Combine(dir, snapshot + ".approved.txt");
        string receivedPath = Path.Combine(dir, snapshot + ".received.txt");
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
