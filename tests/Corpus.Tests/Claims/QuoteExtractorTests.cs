using Corpus.Text;

namespace Corpus.Tests.Claims;

public class QuoteExtractorTests
{
    private static readonly CorpusAnalyzer Analyzer = new(new AnalyzerOptions { MaxDegreeOfParallelism = 1 });

    /// <summary>(speaker name or "-", D/I, text) for every quote of a one-article corpus.</summary>
    private static List<string> Quotes(string body)
    {
        var result = Analyzer.Analyze([new Article("t", "Storm hits the coast of Norway\n\n" + body)]);
        var names = result.Entities.ToDictionary(e => e.Id, e => e.Name);
        return result.Quotes.Select(q => $"{(q.Speaker is { } s ? names[s] : "-")}|{(q.Direct ? "D" : "I")}|{q.Text}").ToList();
    }

    public static TheoryData<string, string[]> Shapes => new()
    {
        // “…,” X said.
        { "Energy Minister Ingrid Dahl visited Bergen. “We will rebuild every house,” Dahl said.", ["Ingrid Dahl|D|We will rebuild every house,"] },
        // “…,” Rep. X (D-Ore.) said / “….” Mr. X added: an abbreviation's period ends no attribution.
        { "Harbour bill passes.\n\n“The vote was close, but fair,” Rep. Ines Barta (D-Ore.) said on Friday.\n\n“The ferries come next.” Mr. Dorsey added.", ["Ines Barta|D|The vote was close, but fair,", "Dorsey|D|The ferries come next."] },
        // …, tweeting, “…” / as X put it, “…” / footage shows X asking, “…”: any form of a reporting verb before a comma introduces the quote.
        { "Senator Paul Ostrow mocked his rival after the debate, tweeting, “Is he tired already?”", ["Paul Ostrow|D|Is he tired already?"] },
        { "As Ruth Calder, a lawyer at the Lantern Institute, recently put it, “The gap is enormous.”", ["Ruth Calder|D|The gap is enormous."] },
        { "Footage shows Mayor Kari Holm asking, “Why are the ferries late again?”", ["Kari Holm|D|Why are the ferries late again?"] },
        // “A,” said X, <a long description>. “B.”: the quote opening the sentence after the attribution goes on with the statement.
        { "Ferry fares rise.\n\n“The fares had to rise,” said Mary Cole, the head of the island ferry users' association since 2019. “Nobody likes it.”", ["Mary Cole|D|The fares had to rise, … Nobody likes it."] },
        // “…,” said <description> X: a description's words may stand between the verb and the name.
        { "Flood waters rose in Lusk.\n\n“We lost the whole ground floor,” said longtime resident Mary Cole.", ["Mary Cole|D|We lost the whole ground floor,"] },
        // X condemned “…”: words quoted in what a reporting verb of any form reports are its subject's.
        { "In a speech on Monday, Governor Lena Moe condemned “the reckless dumping of waste into the bay.”", ["Lena Moe|D|the reckless dumping of waste into the bay."] },
        // X said: “…”
        { "Prime Minister Erna Solberg said: “The storm is the worst in fifty years.”", ["Erna Solberg|D|The storm is the worst in fifty years."] },
        // “…,” said X, the minister of …
        { "“The roads will open on Monday,” said Lars Berg, the minister of transport.", ["Lars Berg|D|The roads will open on Monday,"] },
        // “…,” she said, “…” — one statement split by its attribution
        { "Mayor Kari Holm spoke in Bergen. “We have lost homes,” she said, “but nobody has lost hope.”", ["Kari Holm|D|We have lost homes, … but nobody has lost hope."] },
        // “…,” she said. “…” — the quote goes on after a short attribution sentence; not past another sentence
        { "Mayor Kari Holm spoke in Bergen. “The pier held,” she said. “Nobody was hurt and the ferries run.”", ["Kari Holm|D|The pier held, … Nobody was hurt and the ferries run."] },
        { "Mayor Kari Holm spoke in Bergen. “The pier held,” she said. The storm moved north. “Nobody was hurt and the ferries run.”", ["Kari Holm|D|The pier held,", "Kari Holm|D|Nobody was hurt and the ferries run."] },
        // a quote running over two paragraphs
        { "Coast guard chief Per Lund described the rescue.\n\n“The waves were higher than our masts.\n\n“We brought everyone home,” Lund said.", ["Per Lund|D|The waves were higher than our masts. … We brought everyone home,"] },
        // curly-quote typo: a closing mark used as an opening one
        { "Fisheries Minister Ola Vik called the damage ”a disaster for the whole coast” on Monday.", ["Ola Vik|D|a disaster for the whole coast"] },
        // partial quote inside reported speech stays in the reported statement
        { "Police chief Anne Moe said that the looters were “a small and desperate group” and would be charged.", ["Anne Moe|I|the looters were “a small and desperate group” and would be charged"] },
        // a reported clause holding a short partial quote, without "that": the clause is the statement
        // a bracketed party and state between the name and the verb; the quoted words closing the statement keep their marks
        { "Senator Jane Doe (D-Calif.) said the recent floods demand that every town invest in “more walls” and “more pumps.”", ["Jane Doe|I|the recent floods demand that every town invest in “more walls” and “more pumps.”"] },
        // a party and state set off by commas between the name and the verb, with the abbreviation's period
        { "“The levy will rise,” Sen. Jane Doe, D-Ore., said.", ["Jane Doe|D|The levy will rise,"] },
        // "said when asked whether C": C is the question put to the speaker, not the speaker's statement
        { "“We will see,” Jane Doe said when asked whether the pier would reopen.", ["Jane Doe|D|We will see,", "-|I|the pier would reopen"] },
        // "acknowledged that C but said D": two statements by one speaker
        { "Harbour master Ola Berg acknowledged that the pier was old but said the repairs would hold.", ["Ola Berg|I|the pier was old", "Ola Berg|I|the repairs would hold"] },
        // "called on X to do Y", "called for doing Y": what is called for
        { "Opposition leader Jonas Lie called on the government to rebuild the sea wall.", ["Jonas Lie|I|the government to rebuild the sea wall"] },
        { "Opposition leader Jonas Lie called for raising the harbour tax to pay for repairs.", ["Jonas Lie|I|raising the harbour tax to pay for repairs"] },
        // ", arguing that …" after a reported clause is a second statement by the same speaker
        { "Senator Jane Doe said she did not believe the plan would work, arguing that the costs were too high.",
            ["Jane Doe|I|she did not believe the plan would work", "Jane Doe|I|the costs were too high"] },
        // indirect speech with that-clause, pronoun speaker
        { "Emergency chief John Carter arrived in Bergen. He warned that more storms were coming.", ["John Carter|I|more storms were coming"] },
        // according to X, …
        { "The sea wall failed in three places, according to engineer Liv Strand.", ["Liv Strand|I|The sea wall failed in three places"] },
        // sentence-final attribution
        { "Repairs will take a year, Harbour Master Nils Dahl said.", ["Nils Dahl|I|Repairs will take a year"] },
        // accused … of
        { "Opposition leader Jonas Lie accused the government of ignoring the warnings.", ["Jonas Lie|I|the government of ignoring the warnings"] },
        // no speaker to be found: never a guess
        { "“It was terrifying,” one resident said.", ["-|D|It was terrifying,"] },
        // scare quotes are not quotes
        { "The so-called “storm season” began early.", [] },
        // unnamed speakers: the statement counts, the speaker stays unresolved
        { "The dam was badly maintained, many engineers have said.", ["-|I|The dam was badly maintained"] },
        { "The dam was badly maintained, many analysts have said.", ["-|I|The dam was badly maintained"] },
        // X, the role of Place, said …: the person, not the place the description ends with
        { "Anna Varga, the mayor of Lusk, said twelve people were killed.", ["Anna Varga|I|twelve people were killed"] },
        { "Lars Berg, a spokesman for the Red Cross, said the shelters were full.", ["Lars Berg|I|the shelters were full"] },
        // coordinated verb with a pronoun keeps the speaker and splits the statements
        { "Prime Minister Erna Solberg said the roads would reopen, and she warned that more rain was coming.",
            ["Erna Solberg|I|the roads would reopen", "Erna Solberg|I|more rain was coming"] },
        // an aside that compares or adds is not the subject
        { "The Norwegian government, like the Swedish one, has indicated that the border will stay open.", ["Norwegian government|I|the border will stay open"] },
        { "Mayor Kari Holm, along with the Red Cross, said the shelters would stay open.", ["Kari Holm|I|the shelters would stay open"] },
        // compared … to, estimates … at: the object belongs to the statement
        // Two reporting verbs in one sentence: the word rules read one, the parse the other.
        { "Mayor Kari Holm said the repairs were late and called for an audit of the harbour fund.", ["Kari Holm|I|the repairs were late", "Kari Holm|I|an audit of the harbour fund"] },
        // A question a source left open is no statement.
        { "Police did not say who fired the shots.", [] },
        { "Mayor Kari Holm compared the storm to the flood of 1987.", ["Kari Holm|I|the storm to the flood of 1987"] },
        { "The Interior Ministry estimates the number of injured at 300.", ["Interior Ministry|I|the number of injured at 300"] },
        { "An estimated 300 people were evacuated, and the damage compared with that of 1987.", [] },
        // a participle clause reports what the sentence's subject said
        { "The Norwegian government condemned the looting, describing the looters as criminals and opportunists.",
            ["Norwegian government|I|the looters as criminals and opportunists"] },
        { "Since the storm began, the Norwegian government has cracked down on looters, calling the gangs nothing but criminals.",
            ["Norwegian government|I|the gangs nothing but criminals"] },
        { "When the storm passed, the Norwegian government turned on the looters, calling the gangs “criminals and thugs”.",
            ["Norwegian government|I|the gangs “criminals and thugs”"] },
        { "After the storm, the Norwegian government acted against the looters, describing the gangs as \"criminals and thugs\". Dahl said the army would help.",
            ["Norwegian government|I|the gangs as \"criminals and thugs\"", "Dahl|I|the army would help"] },
        // a participle reports only as a clause of its own, and the object before its comma is not its subject
        { "The Norwegian government arrested dozens of the protesters, describing the crowd as criminals.", ["Norwegian government|I|the crowd as criminals"] },
        { "For this reason, Mayor Kari Holm ordered the police to act without warning.", [] },
        { "Mayor Kari Holm thanked the crews before warning that more storms were coming.", ["Kari Holm|I|more storms were coming"] },
        { "Mayor Kari Holm, who has sided with the protesters, told the crowd: “Your vote was stolen.”", ["Kari Holm|D|Your vote was stolen."] },
        { "The region's health ministry put out, then pulled, a statement saying at least 64 people had died.", ["health ministry|I|at least 64 people had died"] },
        // an unnamed subject of its own is nobody named earlier: no speaker, so no guessed statement
        { "Mayor Kari Holm spoke on Monday. But the coast guard withdrew its figure, saying it had counted some boats twice.", [] },
        // a possessive name inside the subject is not the speaker: the agency speaks, unnamed
        { "The ferry sank overnight, Norway's search and rescue agency said.", ["-|I|The ferry sank overnight"] },
        { "The ferry sank overnight, Norway's search and rescue service Vestra said.", ["Vestra|I|The ferry sank overnight"] },
        // "that" after an adjunct opens the content; after the content's own noun it opens a relative clause
        { "Mayor Kari Holm said in a statement that the shelters were full.", ["Kari Holm|I|the shelters were full"] },
        { "Mayor Kari Holm pointed out that the shelters were full.", ["Kari Holm|I|the shelters were full"] },
        { "The Interior Ministry said 18 people had died and that 40 were hurt.", ["Interior Ministry|I|18 people had died", "Interior Ministry|I|40 were hurt"] },
        { "Mayor Kari Holm said the town would help every family that lost a boat.", ["Kari Holm|I|the town would help every family that lost a boat"] },
        // sentence-final attribution followed by a short adjunct
        { "Two boats sank, the Interior Ministry said in a statement.", ["Interior Ministry|I|Two boats sank"] },
        // "told" names whom before what
        { "“We will help every family,” Mayor Kari Holm told reporters at the town hall.", ["Kari Holm|D|We will help every family,"] },
        { "Mayor Kari Holm told state television the shelters were full.", ["Kari Holm|I|the shelters were full"] },
        // "he" outside a quote does not refer to a person named inside it
        { "“We have been in constant contact with Mayor Kari Holm,” spokesman Per Lund replied. “I have nothing more to add,” he said.",
            ["Per Lund|D|We have been in constant contact with Mayor Kari Holm,", "Per Lund|D|I have nothing more to add,"] },
        // "he" after a sentence whose subject is a role noun is the person behind the role, not the last name mentioned
        { "Prime Minister Erna Solberg flew to Bergen, where she met Mayor Kari Holm and the fishermen's leader. The Norwegian prime minister also warned that the coast was not ready. “Nobody can say when the next storm comes,” she added.",
            ["Erna Solberg|I|the coast was not ready", "Erna Solberg|D|Nobody can say when the next storm comes,"] },
        // “…,” said <title words> X: the person after the titles, not the place or body they hold
        { "“The bridge will hold,” said Bergen Harbour Master Ola Vik.", ["Ola Vik|D|The bridge will hold,"] },
        { "“The bridge will hold,” said Dr Kari Holm, the chief engineer.", ["Kari Holm|D|The bridge will hold,"] },
        // a long description between the subject and the verb that ends with a body: the subject speaks
        { "Ada Varga, senior fellow for transport studies at the Lusk Institute, said the fares would rise in May.", ["Ada Varga|I|the fares would rise in May"] },
        // an unclosed quote (machine-translated text) ends where its own inverted attribution begins
        { "Transport Minister Ola Vik visited Lusk on Monday.\n\n« The bridge will open again next week, has declared the minister, who also promised new ferries.", ["Ola Vik|D|The bridge will open again next week"] },
        // "according to police, <Name> was hurt": the police body speaks, not the person after the comma
        { "The Hordaland Sheriff's Office took over the case. According to police, Ola Vik was hurt in the crash.", ["Hordaland Sheriff's Office|I|Ola Vik was hurt in the crash"] },
        // a quote signed with a dash and a name
        { "Readers wrote to us about the ferries.\n\n“The boats must run every hour in winter.” ― Kari Holm\n\n“Nobody asked the islands.” ― Ola Vik",
            ["Kari Holm|D|The boats must run every hour in winter.", "Ola Vik|D|Nobody asked the islands."] },
        // a transcript: each paragraph's speaker label, matched to the person by surname
        { "Radio host Ada Varga spoke with Mayor Kari Holm on Monday.\n\n“VARGA: Will the ferries run again this week?\n\n“HOLM: They will run as soon as the wind drops.”",
            ["Ada Varga|D|Will the ferries run again this week?", "Kari Holm|D|They will run as soon as the wind drops."] },
        // "police said" in a report that names the police force by another word
        { "The Hordaland Sheriff's Office took over the case. “Nobody was hurt,” police said.", ["Hordaland Sheriff's Office|D|Nobody was hurt,"] },
        // "he" prefers the subject of the sentence before to a person named after it in a phrase
        { "Spokesman Per Lund says letters from Kari Holm and Ola Vik arrived late. The count will rise again, he says.",
            ["Per Lund|I|letters from Kari Holm and Ola Vik arrived late", "Per Lund|I|The count will rise again"] },
        // "the Authority (ABBR) of <place> said": the place closes the organisation's name
        { "Gales closed the ferry routes on Monday, sinking at least 9 boats, the Coastal Water Board (CWB) of Hordaland said.", ["Coastal Water Board|I|Gales closed the ferry routes on Monday, sinking at least 9 boats"] },
        // "the authority": the organisation last named with that word, its acronym included
        { "The Bergen Water Authority (BWA) met on Monday. The National Road Authority sent crews. The reading came from the BWA's first bulletin. The gauge had been misread, the authority said.",
            ["Bergen Water Authority|I|The gauge had been misread"] },
        // a translated inversion right after the quote: past the one told, or a description in apposition to the speaker
        { "Transport Minister Ola Vik visited Bergen.\n\n«The pier has never sat this low», has confided to a local reporter Per Lund, a ferry captain.", ["Per Lund|D|The pier has never sat this low"] },
        { "Transport Minister Ola Vik visited Bergen.\n\n\"Fuel will run out by Friday\", has estimated the head of the port authority in Bergen, Kari Holm, reached by phone.", ["Kari Holm|D|Fuel will run out by Friday"] },
        // an attribution between two commas inside its statement: both sides are the statement; not before "but" or after a quote
        { "Mayor Kari Holm spoke in Bergen. The new planks, Holm said on Monday, will last twenty years.", ["Kari Holm|I|The new planks … will last twenty years"] },
        { "Mayor Kari Holm spoke in Bergen. The old planks, she says, are rotten through.", ["Kari Holm|I|The old planks … are rotten through"] },
        { "Mayor Kari Holm spoke in Bergen. The planks held, Holm said, but the rails did not.", ["Kari Holm|I|The planks held"] },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Finds_each_quote_shape_with_its_speaker(string body, string[] expected)
    {
        Quotes(body).Should().Equal(expected);
    }

    [Fact]
    public void Our_report_is_the_outlet_its_masthead_names()
    {
        var article = Corpus.Ingestion.ArticleReader.FromText("t", "Bridge closed in Lusk\nThe Harbour Gazette | Corrections\n\nOur report on Monday said the bridge had closed at noon.");
        var result = Analyzer.Analyze([article]);
        var names = result.Entities.ToDictionary(e => e.Id, e => e.Name);
        result.Quotes.Select(q => $"{(q.Speaker is { } s ? names[s] : "-")}|{q.Text}").Should().Equal("The Harbour Gazette|the bridge had closed at noon");
    }

    [Fact]
    public void Word_rules_read_a_pronoun_after_a_role_subject_as_the_person_behind_the_role()
    {
        var wordRules = new CorpusAnalyzer(new AnalyzerOptions { MaxDegreeOfParallelism = 1, ClaimsFromSyntax = false });
        var result = wordRules.Analyze([new Article("t", "Storm hits the coast of Norway\n\nPrime Minister Erna Solberg flew to Bergen and met Mayor Kari Holm there. "
            + "The Norwegian prime minister also warned that the coast was not ready. “Nobody can say when the next storm comes,” she added.")]);
        var names = result.Entities.ToDictionary(e => e.Id, e => e.Name);
        var quote = result.Quotes.Single(q => q.Direct);
        names[quote.Speaker!].Should().Be("Erna Solberg");
    }

    [Theory]
    [InlineData("The mayor leads the race by four points, according to the poll.", "-|I|The mayor leads the race by four points")]
    [InlineData("He repeatedly insulted the staff, according to former aides.", "-|I|He repeatedly insulted the staff")]
    [InlineData("At least 30 people were killed in the valley, according to the latest toll released by the Bergen Institute.", "Bergen Institute|I|At least 30 people were killed in the valley")]
    [InlineData("Twelve homes were lost, according to a bulletin from the Harbour Authority.", "Harbour Authority|I|Twelve homes were lost")]
    public void According_to_gives_its_whole_clause_and_a_statement_names_its_issuer(string body, string expected)
    {
        // The parse may hang "according to X" on a noun inside the clause; the content is still the clause.
        Quotes(body).Should().Equal(expected);
    }

    [Fact]
    public void An_unresolvable_according_to_does_not_hide_the_sentence_s_attribution()
    {
        Quotes("Mayor Kari Holm has insisted that outside agitators joined the protests, according to her version.")
            .Should().Equal("Kari Holm|I|outside agitators joined the protests");
    }

    [Fact]
    public void Joint_subjects_each_get_the_statement()
    {
        var quotes = Quotes("Both Norway and Sweden said that the border would stay open.");
        quotes.Should().BeEquivalentTo(["Sweden|I|the border would stay open", "Norway|I|the border would stay open"]);
    }

    [Fact]
    public void A_comma_before_and_joins_clauses_not_speakers()
    {
        // The object of the first clause is no second speaker of the second clause's verb.
        var quotes = Quotes("The mayor thanked Oskar Lind, and his rival Per Dahl called him a fraud and a coward.");
        quotes.Should().NotContain(q => q.StartsWith("Oskar Lind|", StringComparison.Ordinal));
        quotes.Should().Contain(q => q.StartsWith("Per Dahl|", StringComparison.Ordinal));
    }

    [Fact]
    public void A_quote_carries_offsets_of_its_text_and_sentence()
    {
        string text = "Storm hits\n\n“We will rebuild,” Mayor Kari Holm said.";
        var q = Analyzer.Analyze([new Article("t", text)]).Quotes.Single();
        text[q.Span.Start..q.Span.End].Should().Be("We will rebuild,");
        text[q.Sentence.Start..q.Sentence.End].Should().Contain("Kari Holm said");
    }
}
