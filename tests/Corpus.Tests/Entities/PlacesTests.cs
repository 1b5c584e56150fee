using Corpus.Entities;

namespace Corpus.Tests.Entities;

/// <summary>Places inside places, from the gazetteer's subdivisions and towns.</summary>
public class PlacesTests
{
    // name, context ⇒ level and key
    [Theory]
    [InlineData("Pakistan", "", "Country PK")]
    [InlineData("Khyber Pakhtunkhwa", "", "Subdivision PK.03")]
    [InlineData("Nowshera", "", "Town PK.03/nowshera")]
    [InlineData("Nowshera district", "", "District PK.03/nowshera district")]
    [InlineData("the Swat valley", "Pakistan", "District /swat district")]
    [InlineData("Illinois", "", "Subdivision US.IL")]
    [InlineData("Chicago", "", "Town US.IL/chicago")]
    [InlineData("Punjab", "Lahore|Pakistan", "Subdivision PK.04")]
    [InlineData("Punjab", "Amritsar|India", "Subdivision IN.23")]
    public void A_name_resolves_to_its_place_among_the_storys_places(string name, string context, string expected)
    {
        var places = new Places(context.Split('|', StringSplitOptions.RemoveEmptyEntries));
        var node = places.Resolve(name);
        node.Should().NotBeNull();
        $"{node!.Level} {node.Key}".Should().Be(expected);
    }

    [Fact]
    public void A_respelling_of_a_known_place_in_the_story_is_that_place()
    {
        var places = new Places(["Khyber Pakhtunkhwa", "Nowshera"]);
        places.Resolve("Khyber Pakhtounkhwa")!.Key.Should().Be("PK.03");
        places.Resolve("Kyrgyzstan-Tajikistan border").Should().BeNull();
    }

    [Fact]
    public void A_bare_name_is_the_area_the_story_names_with_it()
    {
        var places = new Places(["Swat district", "Nowshera"]);
        places.Resolve("Swat").Should().Be(places.Resolve("Swat district"));
    }

    [Fact]
    public void Containment_runs_from_country_to_province_to_district_to_town()
    {
        var places = new Places([]);
        var country = places.Resolve("Pakistan")!;
        var province = places.Resolve("Khyber Pakhtunkhwa")!;
        var district = places.Resolve("Nowshera district")!;
        var town = places.Resolve("Nowshera")!;
        country.Contains(province).Should().BeTrue();
        province.Contains(district).Should().BeTrue();
        province.Contains(town).Should().BeTrue();
        district.Contains(town).Should().BeTrue();
        town.Contains(district).Should().BeFalse();
        province.Contains(places.Resolve("Chicago")!).Should().BeFalse();
        province.Contains(province).Should().BeFalse("a place is not a part of itself");
    }

    [Fact]
    public void A_state_name_is_a_place_even_where_the_tagger_reads_an_organisation()
    {
        var analyzer = new CorpusAnalyzer();
        var result = analyzer.Analyze([new Corpus.Text.Article("t", "Rain in the north\n\nHeavy rain fell across Khyber Pakhtunkhwa on Sunday, officials in Khyber Pakhtunkhwa said.")]);
        result.Entities.Should().Contain(e => e.Name == "Khyber Pakhtunkhwa" && e.Type == EntityType.Gpe);
    }
}
