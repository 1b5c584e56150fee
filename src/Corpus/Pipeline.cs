using Corpus.Entities;
using Corpus.Text;

namespace Corpus;

/// <summary>Everything the per-article stages found in one article. Built without reference to any other article.</summary>
internal sealed record ArticleAnalysis(Document Document, IReadOnlyList<Mention> Mentions);

/// <summary>The per-article stages, in order. Pure: the same article always gives the same analysis.</summary>
internal sealed class ArticlePipeline(EntityRecognizer recognizer)
{
    public ArticleAnalysis Run(Article article)
    {
        var document = Document.Parse(article);
        var mentions = recognizer.Recognize(document);
        return new ArticleAnalysis(document, mentions);
    }
}
