using Corpus.Entities;
using static Corpus.Tests.Entities.EntityTestKit;

namespace Corpus.Tests.Entities;

public class RoleTests
{
    private static List<Entity> ResolveWithRoles(params Annotated[] articles)
    {
        var finder = new RoleFinder(Gazetteer.Default);
        var entities = Resolve(articles);
        return RoleLinker.Link(entities, articles.Select(a => (a.ArticleId, (IReadOnlyList<RoleUse>)finder.Find(a.Document, a.Mentions))).ToList());
    }

    [Fact]
    public void A_role_noun_links_to_the_person_introduced_with_that_role()
    {
        var entities = ResolveWithRoles(
            Article("a", "Russian President Vladimir Putin spoke on Monday. The Russian leader said more.",
                ("Russian", EntityType.Norp), ("Vladimir Putin", EntityType.Person), ("Russian", EntityType.Norp)),
            Article("b", "The President of Tajikistan, Emomali Rahmon, warned. The Tajik leader added a line.",
                ("Tajikistan", EntityType.Gpe), ("Emomali Rahmon", EntityType.Person), ("Tajik", EntityType.Norp)));
        entities.Named("Vladimir Putin").RoleMentions.Select(m => m.Text).Should().Equal("The Russian leader");
        entities.Named("Vladimir Putin").Roles.Should().Contain("Russian President");
        entities.Named("Emomali Rahmon").RoleMentions.Select(m => m.Text).Should().Equal("The Tajik leader");
    }

    [Fact]
    public void An_appositive_introduces_the_role_of_the_article_country()
    {
        var entities = ResolveWithRoles(
            Article("a", "Unrest hit Kazakhstan. Mr Tokayev, the country’s president, spoke. Kazakhstan is calm. The Kazakh president left.",
                ("Kazakhstan", EntityType.Gpe), ("Tokayev", EntityType.Person), ("Kazakhstan", EntityType.Gpe), ("Kazakh", EntityType.Norp)));
        entities.Named("Tokayev").RoleMentions.Select(m => m.Text).Should().Equal("The Kazakh president");
    }

    // A portfolio (portfolios.tsv) names the minister; a role may open its sentence or list item bare.
    [Fact]
    public void A_portfolio_minister_is_linked_with_or_without_the_article()
    {
        var entities = ResolveWithRoles(
            Article("a", "Fisheries minister Ola Berg spoke on Monday.\n\n- Fisheries minister puts the catch at 300 tonnes\n\nThe fisheries minister left.",
                ("Ola Berg", EntityType.Person)));
        entities.Named("Ola Berg").RoleMentions.Select(m => m.Text).Should().Equal("Fisheries minister", "The fisheries minister");
    }

    [Theory]
    [InlineData("Twelve homes burned, the town's mayor said.", "the town's mayor")]
    [InlineData("The city’s mayor asked for calm.", "The city’s mayor")]
    public void A_role_owned_by_a_kind_of_place_is_a_role(string text, string role)
    {
        var a = Article("a", text);
        new RoleFinder(Gazetteer.Default).Find(a.Document, a.Mentions).Select(r => r.Text).Should().Contain(role);
    }

    [Fact]
    public void A_role_that_fits_two_people_is_not_guessed()
    {
        var entities = ResolveWithRoles(
            Article("a", "Russian President Vladimir Putin met Russian President Boris Yeltsin. The Russian president smiled.",
                ("Russian", EntityType.Norp), ("Vladimir Putin", EntityType.Person), ("Russian", EntityType.Norp), ("Boris Yeltsin", EntityType.Person), ("Russian", EntityType.Norp)));
        entities.SelectMany(e => e.RoleMentions).Should().BeEmpty();
    }

    [Fact]
    public void A_role_of_something_that_is_not_a_place_is_not_linked()
    {
        var entities = ResolveWithRoles(
            Article("a", "Former president Nursultan Nazarbayev stayed silent. The head of European diplomacy spoke.",
                ("Nursultan Nazarbayev", EntityType.Person), ("European", EntityType.Norp)));
        entities.SelectMany(e => e.RoleMentions).Should().BeEmpty();
    }
}
