using Corpus.Syntax;

namespace Corpus.Training.Syntax;

/// <summary>
/// <c>syntax-shrink FULL [--data DIR]</c>: how package size and dev accuracy trade off when the
/// weights of a full (unpruned) model are pruned and put on a coarser grid.
/// </summary>
internal static class SyntaxShrink
{
    public static int Run(string[] args)
    {
        using var fs = File.OpenRead(args[0]);
        var full = SyntaxModel.Load(fs);
        if (args.Length >= 4)
        {
            // syntax-shrink FULL OUT STEP PRUNE [PARSER_PRUNE]: write one shrunk model.
            float st = float.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture), pr = float.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture);
            float pp = args.Length > 4 ? float.Parse(args[4], System.Globalization.CultureInfo.InvariantCulture) : pr;
            var shrunk = new SyntaxModel(full.TagClasses, full.Labels, full.Tagger.Requantize(st, pr), full.SecondTagger?.Requantize(st, pr), full.TagDictionary, full.Lemmatizer, full.Parser.Requantize(st, pp));
            using var o = File.Create(args[1]);
            shrunk.Save(o);
            return 0;
        }

        string data = Path.GetFullPath(Path.Combine("..", "shared", "data"));
        var dev = SyntaxTrainer.ReadFile(Path.Combine(data, "ud-ewt", "en_ewt-ud-dev.conllu")).ToList();
        foreach (var (step, prune, parserPrune) in new[] { (1f / 8, 0.75f, 0.75f), (1f / 8, 1f, 0.5f), (1f / 4, 1f, 0.5f), (1f / 4, 1.25f, 0.5f), (1f / 8, 0.75f, 0.6f) })
        {
            var m = new SyntaxModel(full.TagClasses, full.Labels, full.Tagger.Requantize(step, prune), full.SecondTagger?.Requantize(step, prune), full.TagDictionary, full.Lemmatizer, full.Parser.Requantize(step, parserPrune));
            using var buffer = new MemoryStream();
            m.Save(buffer);
            var (uas, las) = SyntaxTrainer.ParseAccuracy(m, dev);
            Console.WriteLine($"step {step} tagger prune {prune} parser prune {parserPrune}: dev UPOS {SyntaxTrainer.TagAccuracy(m, dev):F4} UAS {uas:F4} LAS {las:F4}; {buffer.Length:N0} bytes; parser {m.Parser.Entries:N0} weights");
        }

        return 0;
    }
}
