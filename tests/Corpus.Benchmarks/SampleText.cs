using System.Reflection;
using Corpus.Text;

namespace Corpus.Benchmarks;

/// <summary>The sample corpus (embedded), repeated so one operation is long enough to time well.</summary>
internal static class SampleText
{
    public const int Repeats = 20;

    public static IReadOnlyList<Article> Articles { get; } = Load();

    public static int Tokens { get; } = Articles.Sum(a => Tokenizer.Tokenize(a.Text).Length);

    private static List<Article> Load()
    {
        var asm = Assembly.GetExecutingAssembly();
        var texts = asm.GetManifestResourceNames().Where(n => n.StartsWith("samples/data/", StringComparison.Ordinal)).Order(StringComparer.Ordinal)
            .Select(n =>
            {
                using var r = new StreamReader(asm.GetManifestResourceStream(n)!);
                return r.ReadToEnd();
            }).ToList();
        return Enumerable.Range(0, Repeats).SelectMany(i => texts.Select((t, j) => new Article($"{i}-{j}", t))).ToList();
    }
}
