using System.Globalization;
using Corpus.Quantities;

namespace Corpus.Tests.Quantities;

public class QuantityRecognizerTests
{
    // sentence ⇒ "text|value|low|high|qualifier|unit" for each quantity expected, in order ("-" = null).
    public static TheoryData<string, string[]> Cases => new()
    {
        // Digits and separators
        { "Officials counted 5,800 detainees.", ["5,800|5800|-|-|exact|-"] },
        { "Some 1,300 were hurt.", ["Some 1,300|1300|-|-|about|-"] },
        { "The total reached 1,300,000 people.", ["1,300,000|1300000|-|-|exact|-"] },
        { "Police held 5.800 detenidos overnight.", ["5.800|5.8|-|-|exact|-"] },
        { "Officials said 1.234.567 votes were cast.", ["1.234.567|1234567|-|-|exact|-"] },
        { "It grew 2.5 times.", ["grew 2.5|2.5|-|-|rise|-"] },
        { "The vote is on May 5.", [] },
        { "A total of 164 people died.", ["164|164|-|-|exact|-"] },
        { "There were 12 of them.", ["12|12|-|-|exact|-"] },
        { "Output was 0.5 units.", ["0.5|0.5|-|-|exact|-"] },
        { "We saw 99999999999999999999999 stars.", ["99999999999999999999999|1E+23|-|-|exact|-"] },
        // Scale words
        { "The city has 1.5 million residents.", ["1.5 million|1500000|-|-|exact|-"] },
        { "About 3.9 million people live there.", ["About 3.9 million|3900000|-|-|about|-"] },
        { "It cost $200 billion.", ["$200 billion|200000000000|-|-|exact|$"] },
        { "A loan of €2bn was agreed.", ["€2bn|2000000000|-|-|exact|€"] },
        { "They raised £5m last year.", ["£5m|5000000|-|-|exact|£"] },
        { "Nearly 2 million fled.", ["Nearly 2 million|2000000|-|-|almost|-"] },
        { "He earned 40 thousand dollars.", ["40 thousand dollars|40000|-|-|exact|dollars"] },
        // Translated and South Asian forms: thousands grouped by a space, a decimal comma, a prefix glued to the number.
        { "Crews moved 6 300 sheep and 120 000 bales.", ["6 300|6300|-|-|exact|-", "120 000|120000|-|-|exact|-"] },
        { "The fund holds 7,25 million euros.", ["7,25 million euros|7250000|-|-|exact|euros"] },
        { "The council set aside Rs8 billion.", ["Rs8 billion|8000000000|-|-|exact|Rs"] },
        { "Each farmer gets Rs 40,000 now.", ["Rs 40,000|40000|-|-|exact|Rs"] },
        { "Rooms 12 and 345 were painted.", ["12|12|-|-|exact|-", "345|345|-|-|exact|-"] },
        { "A 40,000-plus crowd filled the square.", ["40,000-plus|40000|-|-|more-than|-"] },
        { "The board approved Rs 2 crore and 7 lakh rupees.", ["Rs 2 crore|20000000|-|-|exact|Rs", "7 lakh rupees|700000|-|-|exact|rupees"] },
        { "The deal is worth 12 billion euros.", ["12 billion euros|12000000000|-|-|exact|euros"] },
        { "A bill of US$ 3 million passed.", ["US$ 3 million|3000000|-|-|exact|US$"] },
        { "Exports hit 7 trillion yuan.", ["7 trillion yuan|7000000000000|-|-|exact|yuan"] },
        // Number words
        { "Three hundred soldiers arrived.", ["Three hundred|300|-|-|exact|-"] },
        { "Two thousand five hundred troops were sent.", ["Two thousand five hundred|2500|-|-|exact|-"] },
        { "Twenty-five people died.", ["Twenty-five|25|-|-|exact|-"] },
        { "Four armed men appeared.", ["Four|4|-|-|exact|-"] },
        { "A dozen police officers were killed.", ["A dozen|12|-|-|exact|-"] },
        { "More than a dozen police officers were killed.", ["More than a dozen|12|-|-|more-than|-"] },
        { "Two dozen helicopters flew in.", ["Two dozen|24|-|-|exact|-"] },
        { "Half a million people marched.", ["Half a million|500000|-|-|exact|-"] },
        { "A hundred people gathered.", ["A hundred|100|-|-|exact|-"] },
        { "A thousand soldiers waited.", ["A thousand|1000|-|-|exact|-"] },
        { "Two hundred and fifty homes burned.", ["Two hundred and fifty|250|-|-|exact|-"] },
        { "Ninety people were rescued.", ["Ninety|90|-|-|exact|-"] },
        { "Eleven miners are missing.", ["Eleven|11|-|-|exact|-"] },
        { "One person was killed.", ["One|1|-|-|exact|-"] },
        { "Five million people voted.", ["Five million|5000000|-|-|exact|-"] },
        // Vague counts
        { "Dozens of people were killed.", ["Dozens|-|24|99|range|-"] },
        { "Hundreds were injured.", ["Hundreds|-|200|999|range|-"] },
        { "Thousands of troops massed nearby.", ["Thousands|-|2000|9999|range|-"] },
        { "Millions watched.", ["Millions|-|2000000|9999999|range|-"] },
        { "Tens of thousands fled the city.", ["Tens of thousands|-|20000|99999|range|-"] },
        { "Hundreds of thousands were displaced.", ["Hundreds of thousands|-|200000|999999|range|-"] },
        // "several hundred" is as vague as "hundreds".
        { "Several hundred people protested.", ["Several hundred|-|200|999|range|-"] },
        { "A few dozen demonstrators stayed.", ["A few dozen|-|24|60|range|-"] },
        { "Several thousand people attended.", ["Several thousand|-|2000|9999|range|-"] },
        // Two neighbouring counts with a comma: a spoken range; a list of ages is not one.
        { "We saw 4, 5 boats.", ["4, 5|-|4|5|range|-"] },
        { "The boys, ages 4, 5 and 9, were unhurt.", ["4|4|-|-|exact|-", "5|5|-|-|exact|-", "9|9|-|-|exact|-"] },
        // Ranges
        { "Between 30 and 40 inspectors were questioned.", ["Between 30 and 40|-|30|40|range|-"] },
        { "It lasted 30 to 40 minutes.", ["30 to 40 minutes|-|30|40|range|minutes"] },
        { "Some 30-40 people gathered.", ["Some 30-40|-|30|40|about|-"] },
        { "The estimate was 2 to 3 million.", ["2 to 3 million|-|2000000|3000000|range|-"] },
        { "From 100 to 200 homes were lost.", ["From 100 to 200|-|100|200|range|-"] },
        { "It cost $5 to $7 million.", ["$5 to $7 million|-|5000000|7000000|range|$"] },
        { "Between 1,000 and 1,500 soldiers stayed.", ["Between 1,000 and 1,500|-|1000|1500|range|-"] },
        { "It is 10 or 12 miles away.", ["10 or 12 miles|-|10|12|range|miles"] },
        // Qualifiers
        { "At least 164 people died.", ["At least 164|164|-|-|at-least|-"] },
        { "No fewer than 20 were arrested.", ["No fewer than 20|20|-|-|at-least|-"] },
        { "More than 2,000 troops were sent.", ["More than 2,000|2000|-|-|more-than|-"] },
        { "Over 600 rescuers worked.", ["Over 600|600|-|-|more-than|-"] },
        { "Upwards of 50 boats sank.", ["Upwards of 50|50|-|-|more-than|-"] },
        { "In excess of 100 cases were filed.", ["In excess of 100|100|-|-|more-than|-"] },
        { "Almost 8,000 were detained.", ["Almost 8,000|8000|-|-|almost|-"] },
        { "Nearly 400 looters were held.", ["Nearly 400|400|-|-|almost|-"] },
        { "Just under 300 votes separated them.", ["Just under 300|300|-|-|almost|-"] },
        { "About 1,200 troops moved north.", ["About 1,200|1200|-|-|about|-"] },
        { "Around 90,000 people live there.", ["Around 90,000|90000|-|-|about|-"] },
        { "Roughly 70 aircraft took part.", ["Roughly 70|70|-|-|about|-"] },
        { "An estimated 15,000 were displaced.", ["An estimated 15,000|15000|-|-|about|-"] },
        { "Approximately 45 remain missing.", ["Approximately 45|45|-|-|about|-"] },
        { "Up to 40 people are missing.", ["Up to 40|40|-|-|at-most|-"] },
        { "As many as 500 may have died.", ["As many as 500|500|-|-|at-most|-"] },
        { "At most 30 seats are left.", ["At most 30|30|-|-|at-most|-"] },
        { "Fewer than 10 survived.", ["Fewer than 10|10|-|-|less-than|-"] },
        { "Less than 5% voted.", ["Less than 5%|5|-|-|less-than|%"] },
        { "Under 200 remain.", ["Under 200|200|-|-|less-than|-"] },
        { "The toll could be higher than 60.", ["higher than 60|60|-|-|more-than|-"] },
        { "Turnout was lower than 40%.", ["lower than 40%|40|-|-|less-than|%"] },
        // Rises and falls
        { "Shares rose 60% in a day.", ["rose 60%|60|-|-|rise|%"] },
        { "Prices fell by 3 percent.", ["fell by 3 percent|3|-|-|fall|percent"] },
        { "Exports increased by 12% last year.", ["increased by 12%|12|-|-|rise|%"] },
        { "The index dropped 4.5 points.", ["dropped 4.5|4.5|-|-|fall|-"] },
        { "Sales were up 8% on the year.", ["up 8%|8|-|-|rise|%"] },
        { "The toll rose to 231 on Friday.", ["231|231|-|-|exact|-"] },
        // Percentages and measures
        { "Turnout was 61.2%.", ["61.2%|61.2|-|-|exact|%"] },
        { "Support stood at 40 per cent.", ["40 per cent|40|-|-|exact|per cent"] },
        { "Rates rose by 2 percentage points.", ["rose by 2 percentage points|2|-|-|rise|percentage points"] },
        { "The convoy drove 40 km north.", ["40 km|40|-|-|exact|km"] },
        { "It is 10km long.", ["10km|10|-|-|exact|km"] },
        { "A magnitude 7.1 earthquake struck.", ["magnitude 7.1|7.1|-|-|exact|magnitude"] },
        { "A 30-year history ended.", ["30-year|30|-|-|exact|year"] },
        { "They walked 12 miles.", ["12 miles|12|-|-|exact|miles"] },
        { "Output reached 900,000 barrels a day.", ["900,000 barrels|900000|-|-|exact|barrels"] },
        { "Fires burned 5,000 hectares.", ["5,000 hectares|5000|-|-|exact|hectares"] },
        { "He was jailed for 28 years.", ["28 years|28|-|-|exact|years"] },
        { "Temperatures hit 45 degrees.", ["45 degrees|45|-|-|exact|degrees"] },
        // Any lowercase word after a hyphen measures the number; a capital starts a name, and an age is no quantity.
        { "A 4-bedroom cottage sold.", ["4-bedroom|4|-|-|exact|bedroom"] },
        { "A 6.2-magnitude tremor shook the valley.", ["6.2-magnitude|6.2|-|-|exact|magnitude"] },
        { "The 9-Lives cafe opened.", [] },
        { "The 41-year-old driver fled.", [] },
        // Signs: a glued minus with a unit, or the word "minus"; a hyphen between numbers or before a bare count is no sign.
        { "Lows of -7C are forecast.", ["-7C|-7|-|-|exact|C"] },
        { "It was −3 degrees Celsius at noon.", ["−3 degrees Celsius|-3|-|-|exact|degrees Celsius"] },
        { "The gauge read minus 4 at dawn.", ["minus 4|-4|-|-|exact|-"] },
        { "They won 3-1 at home.", [] },
        { "The poll's margin is plus or minus 3 percentage points.", ["3 percentage points|3|-|-|exact|percentage points"] },
        { "-6 boats returned.", ["6|6|-|-|exact|-"] },
        // Fractions in words: one word, or with "of"; "a quarter century" and "the third quarter" are none.
        { "Nearly two-thirds voted.", ["Nearly two-thirds|0.6666666666666666|-|-|almost|-"] },
        { "A quarter of the crew left.", ["A quarter|0.25|-|-|exact|-"] },
        { "Three fifths of the fields flooded.", ["Three fifths|0.6|-|-|exact|-"] },
        { "It took a quarter century.", [] },
        { "Profits rose in the third quarter.", [] },
        // Subunits of a currency
        { "Stamps cost 85 pence each.", ["85 pence|85|-|-|exact|pence"] },
        // Not quantities: dates, years, times, identifiers, ordinals
        { "It happened in 2019.", [] },
        { "Since 1986 the city has grown.", [] },
        { "On January 10, 2022 the summit met.", [] },
        { "The press conference on December 23 was brief.", [] },
        { "They met on 10 January.", [] },
        { "The report is dated 2022-01-10.", [] },
        { "Check 10/01/2022 for details.", [] },
        { "The meeting starts at 10:30.", [] },
        { "It ends at 5 p.m. sharp.", [] },
        { "Section 427 applies.", [] },
        { "Sit in Row 21 please.", [] },
        { "Flight 370 vanished.", [] },
        { "Resolution 2334 passed.", [] },
        { "See No. 5 in the list.", [] },
        { "It was the 23rd attempt.", [] },
        { "The 1980s were calm.", [] },
        { "The fourth article applies.", [] },
        { "No one was hurt.", [] },
        { "One of them left.", ["One|1|-|-|exact|-"] }, // one of a set counts one: "one of the wounded died" is a death
        { "One day they left.", [] },
        { "Numbers like 1,2,3,4,5 are not counts.", [] },
        { "And 1e309 is not a number here.", [] },
        { "The G7 and COVID-19 are names.", [] },
        { "The 2021-22 season ended.", [] },
        { "Protests in 2020 elections were repressed.", [] },
        // Several in one sentence
        { "At least 4,200 people have been detained and more than 900 hurt.", ["At least 4,200|4200|-|-|at-least|-", "more than 900|900|-|-|more-than|-"] },
        { "Almost 15,000 people were displaced and up to 40 remain missing.", ["Almost 15,000|15000|-|-|almost|-", "up to 40|40|-|-|at-most|-"] },
        { "Of 231 dead, at least 140 were in Lusk.", ["231|231|-|-|exact|-", "at least 140|140|-|-|at-least|-"] },
        { "In 2019, 300 people died and 2,000 were hurt.", ["300|300|-|-|exact|-", "2,000|2000|-|-|exact|-"] },
        { "2000 people marched.", ["2000|2000|-|-|exact|-"] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Finds_quantities_with_values_qualifiers_and_units(string sentence, string[] expected)
    {
        var found = QuantityRecognizer.Find(sentence).Select(Describe).ToArray();
        found.Should().Equal(expected);
    }

    [Fact]
    public void There_are_over_a_hundred_grammar_cases()
    {
        Cases.Count().Should().BeGreaterThan(100);
    }

    [Theory]
    [InlineData("About two-thirds of the homes flooded.", QuantityKind.Fraction)]
    [InlineData("Lows of -7C are forecast.", QuantityKind.Measure)]
    [InlineData("A 4-bedroom cottage sold.", QuantityKind.Measure)]
    [InlineData("Stamps cost 85 pence each.", QuantityKind.Money)]
    public void Each_new_form_has_its_kind(string sentence, QuantityKind kind)
    {
        QuantityRecognizer.Find(sentence).Single().Kind.Should().Be(kind);
    }

    [Fact]
    public void Offsets_point_at_the_phrase_in_the_input()
    {
        const string s = "Officials said at least 164 people died.";
        var q = QuantityRecognizer.Find(s).Single();
        s[q.Span.Start..q.Span.End].Should().Be("at least 164");
        s[q.NumberSpan.Start..q.NumberSpan.End].Should().Be("164");
    }

    private static string Describe(Quantity q)
    {
        static string N(double? d) => d is { } v ? v.ToString(CultureInfo.InvariantCulture) : "-";
        return $"{q.Text}|{N(q.Value)}|{N(q.Low)}|{N(q.High)}|{QualifierNames.Name(q.Qualifier)}|{q.Unit ?? "-"}";
    }
}
