using Corpus;
using Corpus.Reports;
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

// The packed package must carry the embedded model and gazetteer: a figure comes out of this sentence.
return parsed && result.Articles.Count == 1 && result.Articles[0].Tokens > 5 && result.Figures.Count == 1 && result.Figures[0].Metric == "killed" ? 0 : 1;
