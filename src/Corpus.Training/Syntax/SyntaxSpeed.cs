using System.Diagnostics;
using Corpus.Syntax;
using Corpus.Text;

namespace Corpus.Training.Syntax;

/// <summary>
/// <c>syntax-speed [FILE]</c>: words per second of the shipped model on raw text (a .txt file, or the
/// sentences of a .conllu file), in process, over five rounds (the first includes JIT warm-up), with
/// the tagger, the parser and the rest timed apart.
/// </summary>
internal static class SyntaxSpeed
{
    public static int Run(string[] args)
    {
        string path = args.Length > 0 ? args[0] : Path.Combine("..", "shared", "data", "ud-ewt", "en_ewt-ud-dev.conllu");
        var text = path.EndsWith(".conllu", StringComparison.Ordinal)
            ? string.Join("\n\n", Conllu.Read(new StreamReader(path), path).Select(s => s.Text ?? string.Join(' ', s.Words.Select(w => w.Form))))
            : File.ReadAllText(path);
        var annotator = SyntaxAnnotator.Default;
        var article = new Article("speed", text);
        for (int round = 0; round < 5; round++)
        {
            var clock = Stopwatch.StartNew();
            var doc = Document.Parse(article);
            double tokenize = clock.Elapsed.TotalSeconds;
            long words = 0;
            clock.Restart();
            for (int i = 0; i < doc.Sentences.Count; i++) words += doc.GetSyntax(i).Count;
            double parse = clock.Elapsed.TotalSeconds;
            var engine = new SyntaxEngine(annotator.Model);
            var pieces = new List<WordPiece>();
            var spans = new List<TextSpan[]>();
            foreach (var sentence in doc.Sentences)
            {
                pieces.Clear();
                WordSplitter.Split(text, doc.Tokens.Skip(sentence.FirstToken).Take(sentence.TokenCount).ToArray(), pieces);
                spans.Add(pieces.Select(p => p.Span).ToArray());
            }

            var tagsOf = spans.Select(x => new byte[x.Length]).ToArray();
            clock.Restart();
            for (int i = 0; i < spans.Count; i++) engine.Tag(text, spans[i], tagsOf[i]);
            double tagging = clock.Elapsed.TotalSeconds;
            clock.Restart();
            for (int i = 0; i < spans.Count; i++) engine.Parse(text, spans[i], tagsOf[i], new int[spans[i].Length], new int[spans[i].Length]);
            double parsing = clock.Elapsed.TotalSeconds;
            var empty = new SyntaxEngine(new SyntaxModel(annotator.Model.TagClasses, annotator.Model.Labels, annotator.Model.Tagger, annotator.Model.SecondTagger, annotator.Model.TagDictionary, annotator.Model.Lemmatizer, new SparseWeights(annotator.Model.Parser.ClassCount, [], 1f)));
            clock.Restart();
            for (int i = 0; i < spans.Count; i++) empty.Parse(text, spans[i], tagsOf[i], new int[spans[i].Length], new int[spans[i].Length]);
            Console.WriteLine($"  parser without weights (features and moves only) {words / clock.Elapsed.TotalSeconds:N0} words/s");
            var pieceArrays = new List<WordPiece[]>();
            clock.Restart();
            foreach (var sentence in doc.Sentences)
            {
                pieces.Clear();
                WordSplitter.Split(text, doc.Tokens.Skip(sentence.FirstToken).Take(sentence.TokenCount).ToArray(), pieces);
                pieceArrays.Add(pieces.ToArray());
            }

            double splitting = clock.Elapsed.TotalSeconds;
            clock.Restart();
            for (int i = 0; i < pieceArrays.Count; i++) annotator.Annotate(text, pieceArrays[i].AsSpan(), i);
            double annotating = clock.Elapsed.TotalSeconds;
            Console.WriteLine($"  word splitting {words / splitting:N0} words/s; annotate (tags, parse, lemmas, output) {words / annotating:N0} words/s");
            Console.WriteLine($"  tagger alone {words / tagging:N0} words/s; parser alone {words / parsing:N0} words/s");
            Console.WriteLine($"round {round + 1}: {doc.Tokens.Count:N0} tokens in {tokenize:F3}s ({doc.Tokens.Count / tokenize:N0}/s); {words:N0} words tagged, lemmatized and parsed in {parse:F3}s ({words / parse:N0} words/s)");
        }

        return 0;
    }
}
