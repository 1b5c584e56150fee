using Corpus.Entities;
using Corpus.Text;

namespace Corpus.Tests.Entities;

/// <summary>A hand-annotated article: its parsed document and the mentions given for it.</summary>
internal sealed record Annotated(string ArticleId, Document Document, IReadOnlyList<Mention> Mentions)
{
    public ArticleMentions ForResolver() => ArticleMentions.Of(ArticleId, Document, Mentions);
}

/// <summary>Builds hand-annotated articles: mentions are given by their text, in order of appearance.</summary>
internal static class EntityTestKit
{
    /// <summary>What the shipped recognizer finds in a text: each mention's text and type.</summary>
    public static List<(string Text, EntityType Type)> Recognize(string text)
    {
        var doc = Document.Parse(new Article("t", text));
        return EntityRecognizer.Default.Recognize(doc).Select(m => (m.Span.Of(text), m.Type)).ToList();
    }

    public static Annotated Article(string id, string text, params (string Name, EntityType Type)[] mentions)
    {
        var doc = Document.Parse(new Article(id, text));
        var list = new List<Mention>();
        int from = 0;
        foreach (var (name, type) in mentions)
        {
            int start = text.IndexOf(name, from, StringComparison.Ordinal);
            if (start < 0) throw new ArgumentException($"'{name}' not found after {from} in {id}");
            int end = start + name.Length;
            int first = doc.Tokens.First(t => t.Start >= start).Index;
            int last = doc.Tokens.Last(t => t.End <= end).Index;
            int sentence = doc.Sentences.First(s => s.Span.Contains(start)).Index;
            list.Add(new Mention(first, last + 1, new TextSpan(start, end), type, sentence));
            from = end;
        }

        return new Annotated(id, doc, list);
    }

    public static List<Entity> Resolve(params Annotated[] articles) => new AliasResolver(Gazetteer.Default).Resolve(articles.Select(a => a.ForResolver()).ToList());

    public static Entity Named(this IEnumerable<Entity> entities, string alias) => entities.Single(e => e.Aliases.Contains(alias));
}
