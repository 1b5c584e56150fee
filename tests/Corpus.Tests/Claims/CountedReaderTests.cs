using Corpus.Claims;
using Corpus.Quantities;
using Corpus.Syntax;
using Corpus.Text;

namespace Corpus.Tests.Claims;

/// <summary>The parse-based reading of what a number counts, on hand-written CoNLL-U trees (independent of the trained parser).</summary>
public class CountedReaderTests
{
    // Rows: form lemma UPOS head relation (1-based heads, 0 = root); the number to read is the word marked with '*'.
    public static TheoryData<string, string, string?, string?> Trees => new()
    {
        // A nummod noun with a passive casualty verb.
        { "Five five NUM 2 nummod*|hikers hiker NOUN 4 nsubj:pass|were be AUX 4 aux:pass|injured injure VERB 0 root", "count", "injured", "hiker" },
        // A noun with no telling predicate is counted as itself.
        { "Crews crew NOUN 2 nsubj|used use VERB 0 root|forty forty NUM 4 nummod*|ladders ladder NOUN 2 obj", "count", "other", "ladder" },
        // "N of the X".
        { "Three three NUM 5 nsubj*|of of ADP 4 case|the the DET 4 det|tenants tenant NOUN 1 nmod|died die VERB 0 root", "count", "killed", "tenant" },
        // The number standing alone, with the verb's predicative complement.
        { "Nine nine NUM 2 nsubj*|remain remain VERB 0 root|missing missing ADJ 2 xcomp", "count", "missing", null },
        // A tally reaching its value through a change verb: the compound says what is counted.
        { "The the DET 3 det|death death NOUN 3 compound|toll toll NOUN 4 nsubj|climbed climb VERB 0 root|to to ADP 6 case|70 70 NUM 4 obl*", "count", "killed", null },
        // Troops by their noun; officers only when deployed.
        { "They they PRON 2 nsubj|sent send VERB 0 root|300 300 NUM 4 nummod*|soldiers soldier NOUN 2 obj", "count", "troops", "soldier" },
        { "They they PRON 2 nsubj|deployed deploy VERB 0 root|80 80 NUM 4 nummod*|firefighters firefighter NOUN 2 obj", "count", "troops", "firefighter" },
        { "They they PRON 2 nsubj|thanked thank VERB 0 root|80 80 NUM 4 nummod*|firefighters firefighter NOUN 2 obj", "count", "other", "firefighter" },
        // Where people are says what happened to them; so does what they are with.
        { "Two two NUM 2 nummod*|riders rider NOUN 3 nsubj|remain remain VERB 0 root|in in ADP 6 case|serious serious ADJ 6 amod|condition condition NOUN 3 obl", "count", "injured", "rider" },
        { "Six six NUM 2 nummod*|riders rider NOUN 0 root|with with ADP 5 case|minor minor ADJ 5 amod|injuries injury NOUN 2 nmod", "count", "injured", "rider" },
        // "fatally shot": an adverb whose adjective is a predicate says what happened to the one shot, not to the shooter.
        { "Gunmen gunman NOUN 3 nsubj|fatally fatally ADV 3 advmod|shot shoot VERB 0 root|three three NUM 5 nummod*|guards guard NOUN 3 obj", "count", "killed", "guard" },
        { "Three three NUM 2 nummod*|gunmen gunman NOUN 4 nsubj|fatally fatally ADV 4 advmod|shot shoot VERB 0 root|a a DET 6 det|guard guard NOUN 4 obj", "count", "combatants", "gunman" },
        // Family and friends are counted only when something happened to them.
        { "He he PRON 2 nsubj|has have VERB 0 root|two two NUM 4 nummod*|kids kid NOUN 2 obj", "count", null, "kid" },
        { "She she PRON 2 nsubj|lost lose VERB 0 root|two two NUM 4 nummod*|sons son NOUN 2 obj", "count", "killed", "son" },
        { "Three three NUM 2 nummod*|brothers brother NOUN 4 nsubj:pass|were be AUX 4 aux:pass|hurt hurt VERB 0 root", "count", "injured", "brother" },
        // Not figures: durations, numbers naming a proper noun.
        { "It it PRON 2 nsubj|lasted last VERB 0 root|six six NUM 4 nummod*|hours hour NOUN 2 obl", "count", null, null },
        { "They they PRON 2 nsubj|took take VERB 0 root|Route Route PROPN 2 obj|9 9 NUM 3 nummod*", "count", null, null },
        // A unit right after the number, modifying what follows ("a 40 caliber pistol"), and a number that names ("told 911 crews").
        { "He he PRON 2 nsubj|had have VERB 0 root|a a DET 6 det|40 40 NUM 6 nummod*|caliber caliber NOUN 6 compound|pistol pistol NOUN 2 obj", "count", null, null },
        { "He he PRON 2 nsubj|told tell VERB 0 root|911 911 NUM 4 nummod*|crews crew NOUN 2 obj", "count", null, null },
        // A number with no noun and no predicate: the parse does not say.
        { "It it PRON 2 nsubj|was be AUX 0 root|12 12 NUM 2 obj*", "count", null, null },
    };

    [Theory]
    [MemberData(nameof(Trees))]
    public void Reads_metric_and_counted_noun_off_the_tree(string rows, string kind, string? metric, string? counted)
    {
        var (syntax, number) = Build(rows);
        var reading = CountedReader.ReadCount(syntax, number, FigureLexicon.Default, value: 40);
        kind.Should().Be("count");
        reading.Metric.Should().Be(metric);
        reading.Counted.Should().Be(counted);
    }

    [Fact]
    public void Money_for_bail_or_a_reward_is_no_figure_and_other_money_counts_its_currency()
    {
        var (bail, n1) = Build("He he PRON 2 nsubj|posted post VERB 0 root|$ $ SYM 5 compound|900 900 NUM 3 nummod*|bail bail NOUN 2 obj");
        var (aid, n2) = Build("They they PRON 2 nsubj|pledged pledge VERB 0 root|$ $ SYM 2 obj|900 900 NUM 3 nummod*");
        CountedReader.Read(bail, Money(bail, n1, "$"), FigureLexicon.Default).Excluded.Should().BeTrue();
        var reading = CountedReader.Read(aid, Money(aid, n2, "$"), FigureLexicon.Default);
        reading.Should().Be(new CountedReading("other", "USD", false));
    }

    [Theory]
    [InlineData("the the DET 3 det|two two NUM 3 nummod*|boys boy NOUN 4 nsubj|left leave VERB 0 root", 2, null)]
    [InlineData("her her PRON 3 det|two two NUM 3 nummod*|boys boy NOUN 4 nsubj|left leave VERB 0 root", 2, null)]
    [InlineData("the the DET 3 det|312 312 NUM 3 nummod*|boys boy NOUN 4 nsubj|left leave VERB 0 root", 312, "other")]
    [InlineData("two two NUM 2 nummod*|boys boy NOUN 3 nsubj|left leave VERB 0 root", 2, "other")]
    public void A_few_of_a_set_already_named_or_owned_is_no_count(string rows, double value, string? metric)
    {
        var (syntax, number) = Build(rows);
        CountedReader.ReadCount(syntax, number, FigureLexicon.Default, value).Metric.Should().Be(metric);
    }

    [Fact]
    public void No_determining_a_custody_noun_reads_as_arrested()
    {
        var (syntax, no) = Build("No no DET 2 det*|arrests arrest NOUN 3 nsubj:pass|followed follow VERB 0 root");
        CountedReader.ReadCount(syntax, no, FigureLexicon.Default).Metric.Should().Be("arrested");
    }

    // "a dozen hikers were hurt": the quantity's words begin at "a", which the parse hangs on the number or, as often, on the
    // noun ("a dozen hikers were shot": a → hikers); either way the count is the number word's, not a determiner's ("no hikers").
    [Theory]
    [InlineData("A a DET 2 det*|dozen dozen NUM 3 nummod|hikers hiker NOUN 5 nsubj:pass|were be AUX 5 aux:pass|hurt hurt VERB 0 root", "injured")]
    [InlineData("A a DET 3 det*|dozen dozen NUM 3 nummod|hikers hiker NOUN 5 nsubj:pass|were be AUX 5 aux:pass|shot shoot VERB 0 root", "other")]
    public void A_count_opening_with_an_article_is_read_from_its_number_word(string rows, string metric)
    {
        var (syntax, a) = Build(rows);
        var q = new Quantity(new TextSpan(syntax[a].Span.Start, syntax[a + 1].Span.End), "A dozen", 12, null, null, Qualifier.Exact, null, QuantityKind.Count)
        {
            NumberSpan = new TextSpan(syntax[a].Span.Start, syntax[a + 1].Span.End),
        };
        var reading = CountedReader.Read(syntax, q, FigureLexicon.Default);
        (reading.Metric, reading.Counted).Should().Be((metric, "hiker"));
    }

    private static Quantity Money(SentenceSyntax s, int n, string unit) =>
        new(s[n].Span, s[n].Form, 900, null, null, Qualifier.Exact, unit, QuantityKind.Money) { NumberSpan = s[n].Span };

    private static (SentenceSyntax Syntax, int Marked) Build(string rows)
    {
        var (syntax, marked, _) = HandTree.Build(rows);
        return (syntax, marked);
    }
}
