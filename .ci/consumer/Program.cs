using Corpus;
using Corpus.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Corpus.Reports;
using Corpus.Storage;
using Corpus.Syntax;
using Corpus.Text;

var article = new Article("a1", "Quake hits north\n\nAt least 58 people were killed, the ministry said.");
var result = new CorpusAnalyzer().Analyze([article]);
using var stdout = Console.OpenStandardOutput();
JsonReport.Write(result, stdout, indented: false);
Console.WriteLine();
// The packed package must carry the embedded syntax model and word classes: a tree with one root.
var syntax = Document.Parse(article).GetSyntax(1);
Console.WriteLine(string.Join(' ', syntax.Words.Select(w => $"{w.Form}/{w.Tag.ToConllu()}/{w.Relation}")));
bool parsed = syntax.Words.Count(w => w.IsRoot) == 1 && syntax.Words.Any(w => w.Relation == "nsubj:pass");

// The storage package works from its package: a store in a temporary folder holds the article.
string folder = Path.Combine(Path.GetTempPath(), "corpus-consumer-" + Guid.NewGuid().ToString("N"));
Directory.CreateDirectory(folder);
int stored;
using (var store = CorpusStore.Open(Path.Combine(folder, "c.db")))
{
    stored = (await store.AddAsync(One(article), new CorpusAnalyzer())).Added;
}

Directory.Delete(folder, recursive: true);
Console.WriteLine($"stored {stored}");

// The hosting package: AddCorpus registers the service, which analyzes through the registered analyzer.
var services = new ServiceCollection();
services.AddLogging();
services.AddCorpus(o => o with { MaxDegreeOfParallelism = 1 });
using var provider = services.BuildServiceProvider();
var hosted = await provider.GetRequiredService<ICorpusService>().AnalyzeAsync(One(article));
Console.WriteLine($"hosted {hosted.Figures.Count} figure(s)");

// The packed package must carry the embedded model and gazetteer: a figure comes out of this sentence.
return stored == 1 && hosted.Figures.Count == 1 && parsed && result.Articles.Count == 1 && result.Articles[0].Tokens > 5 && result.Figures.Count == 1 && result.Figures[0].Metric == "killed" ? 0 : 1;

static async IAsyncEnumerable<Corpus.Ingestion.IngestedItem> One(Article article)
{
    await Task.Yield();
    yield return Corpus.Ingestion.IngestedItem.Of(article);
}
