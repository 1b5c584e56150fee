using Corpus.Entities;
using Corpus.Text;

namespace Corpus;

/// <summary>Everything the per-article stages found in one article. Built without reference to any other article.</summary>
internal sealed record ArticleAnalysis(Document Document, IReadOnlyList<Mention> Mentions, IReadOnlyList<RoleUse> Roles, IReadOnlyList<Claims.FigureDraft> Figures, IReadOnlyList<Claims.QuoteDraft> Quotes);

/// <summary>The per-article stages, in order. Pure: the same article always gives the same analysis.</summary>
internal sealed class ArticlePipeline(EntityRecognizer recognizer, RoleFinder roles, Claims.FigureExtractor figures, Claims.QuoteExtractor quotes)
{
    public ArticleAnalysis Run(Article article)
    {
        var document = Document.Parse(article);
        var mentions = recognizer.Recognize(document);
        var roleUses = roles.Find(document, mentions);
        var figureDrafts = figures.Extract(document, mentions, roleUses);
        var quoteDrafts = quotes.Extract(document, mentions, roleUses);
        return new ArticleAnalysis(document, mentions, roleUses, figureDrafts, quoteDrafts);
    }
}
