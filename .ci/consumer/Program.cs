using Corpus;
using Corpus.Reports;
using Corpus.Text;

var article = new Article("a1", "Quake hits north\n\nAt least 58 people were killed, the ministry said.");
var result = new CorpusAnalyzer().Analyze([article]);
using var stdout = Console.OpenStandardOutput();
JsonReport.Write(result, stdout, indented: false);
Console.WriteLine();
// The packed package must carry the embedded model and gazetteer: a figure comes out of this sentence.
return result.Articles.Count == 1 && result.Articles[0].Tokens > 5 && result.Figures.Count == 1 && result.Figures[0].Metric == "killed" ? 0 : 1;
