using Corpus.Syntax;

namespace Corpus.Tests.Syntax;

public class ConlluTests
{
    // Own sentences, annotated by hand in the treebank's manner.
    private const string Sample =
        "# newdoc id = t1\n" +
        "# sent_id = t1-1\n" +
        "# text = The ferry didn't sail.\n" +
        "1\tThe\tthe\tDET\tDT\tDefinite=Def|PronType=Art\t2\tdet\t2:det\t_\n" +
        "2\tferry\tferry\tNOUN\tNN\tNumber=Sing\t5\tnsubj\t5:nsubj\t_\n" +
        "3-4\tdidn't\t_\t_\t_\t_\t_\t_\t_\t_\n" +
        "3\tdid\tdo\tAUX\tVBD\tMood=Ind\t5\taux\t5:aux\t_\n" +
        "4\tn't\tnot\tPART\tRB\t_\t5\tadvmod\t5:advmod\t_\n" +
        "5\tsail\tsail\tVERB\tVB\tVerbForm=Inf\t0\troot\t0:root\tSpaceAfter=No\n" +
        "6\t.\t.\tPUNCT\t.\t_\t5\tpunct\t5:punct\t_\n" +
        "\n" +
        "# sent_id = t1-2\n" +
        "1\tRescuers\trescuer\tNOUN\tNNS\tNumber=Plur\t2\tnsubj\t2:nsubj\t_\n" +
        "2\tarrived\tarrive\tVERB\tVBD\t_\t0\troot\t0:root\t_\n" +
        "2.1\tthen\t_\t_\t_\t_\t_\t_\t_\t_\n" +
        "\n";

    [Fact]
    public void Reading_and_writing_reproduces_the_input_byte_for_byte()
    {
        var sentences = Conllu.Read(new StringReader(Sample), "sample").ToList();
        sentences.Should().HaveCount(2);
        sentences[0].Text.Should().Be("The ferry didn't sail.");
        sentences[0].Words.Select(w => w.Form).Should().Equal("The", "ferry", "did", "n't", "sail", ".");
        var writer = new StringWriter();
        foreach (var s in sentences) Conllu.Write(writer, s);
        writer.ToString().Should().Be(Sample);
    }

    [SharedFact("data/ud-ewt/en_ewt-ud-dev.conllu")]
    public void A_treebank_file_round_trips_byte_for_byte()
    {
        string path = Path.Combine(TestPaths.Shared, "data", "ud-ewt", "en_ewt-ud-dev.conllu");
        string original = File.ReadAllText(path);
        var writer = new StringWriter();
        foreach (var s in Conllu.Read(new StringReader(original), path)) Conllu.Write(writer, s);
        writer.ToString().Should().Be(original);
    }

    [Theory]
    [InlineData("1\tA\t_\t_\t_\t_\t0\troot\t_\t_\n2\tb\t_\t_\n", 2, "4 tab-separated columns")]
    [InlineData("1\tA\t_\t_\t_\t_\t0\troot\t_\t_\n3\tb\t_\t_\t_\t_\t1\tdep\t_\t_\n", 2, "word ID '3' where 2 was expected")]
    [InlineData("1\tA\t_\t_\t_\t_\t0\troot\t_\t_\n2\tb\t_\t_\t_\t_\t7\tdep\t_\t_\n", 2, "head 7 is past the sentence's last word (2)")]
    [InlineData("1\tA\t_\t_\t_\t_\tx\troot\t_\t_\n", 1, "head 'x' is not a number")]
    [InlineData("# text = A\n1\tA\t_\t_\t_\t_\t0\troot\t_\t_\n# late\n", 3, "a comment inside a sentence")]
    [InlineData("1-3\tAbc\t_\t_\t_\t_\t_\t_\t_\t_\n1\tA\t_\t_\t_\t_\t0\troot\t_\t_\n", 1, "multiword token 1-3 reaches past")]
    [InlineData("1\tA\t\t_\t_\t_\t0\troot\t_\t_\n", 1, "column 3 is empty")]
    [InlineData("1\tA\u0000\t_\t_\t_\t_\t0\troot\t_\t_\n", 1, "binary data")]
    public void Malformed_input_names_the_line_and_the_problem(string input, int line, string problem)
    {
        var act = () => Conllu.Read(new StringReader(input), "bad.conllu").ToList();
        var e = act.Should().Throw<ConlluFormatException>().Which;
        e.Line.Should().Be(line);
        e.Message.Should().StartWith($"bad.conllu:{line}: ").And.Contain(problem);
    }

    [Fact]
    public void Annotating_given_words_keeps_words_comments_and_multiword_tokens()
    {
        var sentence = Conllu.Read(new StringReader(Sample), "sample").First();
        var blank = sentence with { Lines = sentence.Lines.Select(l => l.IsWord ? l with { Lemma = "_", UPos = "_", XPos = "_", Head = "_", DepRel = "_" } : l).ToList() };
        var annotated = Conllu.Annotate(blank, SyntaxAnnotator.Default);
        annotated.Comments.Should().Equal(sentence.Comments);
        annotated.Lines.Select(l => (l.Id, l.Form, l.Misc)).Should().Equal(sentence.Lines.Select(l => (l.Id, l.Form, l.Misc)));
        annotated.Words.Should().OnlyContain(w => w.UPos != "_" && w.Head != "_" && w.DepRel != "_" && w.Lemma != "_");
        annotated.Words.Count(w => w.Head == "0").Should().Be(1);
    }

    [Fact]
    public void Text_becomes_sentences_with_multiword_tokens_and_offsets()
    {
        const string text = "The port didn't open.\n\nCrews waited.";
        var doc = Corpus.Text.Document.Parse(new Corpus.Text.Article("a", text));
        var first = Conllu.FromSyntax(doc.GetSyntax(0), text);
        first.Text.Should().Be("The port didn't open.");
        first.Lines.Select(l => l.Id).Should().Equal("1", "2", "3-4", "3", "4", "5", "6");
        first.Lines.Single(l => l.Id == "3-4").Form.Should().Be("didn't");
        first.Lines.Single(l => l.Id == "4").Misc.Should().Be("TokenRange=12:15");
        first.Lines.Single(l => l.Id == "5").Misc.Should().Be("SpaceAfter=No|TokenRange=16:20");
        var second = Conllu.FromSyntax(doc.GetSyntax(1), text);
        second.Words.First().Misc.Should().Be("TokenRange=23:28");
    }
}
