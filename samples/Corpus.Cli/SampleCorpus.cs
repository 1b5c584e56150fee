using System.Reflection;
using Corpus.Ingestion;

namespace Corpus.Cli;

/// <summary>The sample articles embedded in the runner (samples/data).</summary>
internal static class SampleCorpus
{
    private const string Prefix = "samples/data/";

    public static IEnumerable<IngestedItem> Read()
    {
        var assembly = Assembly.GetExecutingAssembly();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            string file = name[Prefix.Length..];
            yield return IngestedItem.Of(ArticleReader.FromText(Path.GetFileNameWithoutExtension(file), reader.ReadToEnd(), "sample:" + file));
        }
    }
}
