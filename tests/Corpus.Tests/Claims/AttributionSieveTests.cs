using Corpus.Claims.Attribution;
using Corpus.Entities;
using Corpus.Text;

namespace Corpus.Tests.Claims;

/// <summary>Each attribution sieve on hand-written parses: who gives the content at the marked word, and which sieve decided.</summary>
public class AttributionSieveTests
{
    // rows (see HandTree), the organisation names in the sentence (as "first-last" word ranges, 1-based), expected source text, expected sieve.
    public static TheoryData<string, string, string?, string?> Cases => new()
    {
        // According to X, for the clause X is attached to.
        { "According accord VERB 4 case|to to ADP 1 fixed|the the DET 4 det|navy navy NOUN 8 obl|, , PUNCT 4 punct|twelve twelve NUM 7 nummod*|sailors sailor NOUN 8 nsubj:pass|rescued rescue VERB 0 root", "", "the navy", "according-to" },
        // The subject of a reporting verb whose complement holds the word.
        { "Orvane Orvane PROPN 2 nsubj|said say VERB 0 root|40 40 NUM 4 nummod*|huts hut NOUN 5 nsubj:pass|burned burn VERB 2 ccomp", "1-1", "Orvane", "reporting-clause" },
        // A parenthetical: "…, the agency says, …".
        { "Nine nine NUM 2 nummod*|ferries ferry NOUN 3 nsubj|sailed sail VERB 0 root|, , PUNCT 6 punct|police police NOUN 6 nsubj|say say VERB 3 parataxis", "", "police", "reporting-clause" },
        // ... also when the parse made the parenthetical an adverbial clause, set off by a comma before its subject.
        { "Tolls toll NOUN 2 nsubj|rose rise VERB 0 root|to to ADP 4 case|48 48 NUM 2 obl*|, , PUNCT 7 punct|police police NOUN 7 nsubj|said say VERB 2 advcl|, , PUNCT 9 punct|up up ADV 7 ccomp|from from ADP 11 case|31 31 NUM 9 obl", "", "police", "reporting-clause" },
        // Unnamed people of a named organisation speak for it.
        { "Marrow Marrow PROPN 3 nmod:poss|'s 's PART 1 case|spokesman spokesman NOUN 4 nsubj|said say VERB 0 root|40 40 NUM 6 nummod*|huts hut NOUN 7 nsubj:pass|burned burn VERB 4 ccomp", "1-1", "Marrow", "reporting-clause" },
        { "Officials official NOUN 5 nsubj|with with ADP 4 case|the the DET 4 det|Marrow Marrow PROPN 1 nmod|said say VERB 0 root|40 40 NUM 7 nummod*|huts hut NOUN 8 nsubj:pass|burned burn VERB 5 ccomp", "4-4", "Marrow", "reporting-clause" },
        // A participle with no subject of its own: the issuer of the statement it modifies.
        { "Brelco Brelco PROPN 2 nsubj|issued issue VERB 0 root|a a DET 4 det|statement statement NOUN 2 obj|saying say VERB 4 acl|30 30 NUM 7 nummod*|jobs job NOUN 8 nsubj:pass|cut cut VERB 5 ccomp", "1-1", "Brelco", "reporting-clause" },
        // A relative pronoun stands for the noun its clause modifies.
        { "Tolvik Tolvik PROPN 0 root|, , PUNCT 4 punct|which which PRON 4 nsubj|put put VERB 1 acl:relcl|the the DET 6 det|toll toll NOUN 4 obj|at at ADP 8 case|17 17 NUM 4 obl*", "1-1", "Tolvik", "reporting-clause" },
        // The owner of a statement noun.
        { "The the DET 2 det|bureau bureau NOUN 4 nmod:poss|'s 's PART 2 case|estimate estimate NOUN 0 root|of of ADP 6 case|900 900 NUM 4 nmod*", "", null, null },
        { "Marrow Marrow PROPN 3 nmod:poss|'s 's PART 1 case|estimate estimate NOUN 0 root|of of ADP 5 case|900 900 NUM 3 nmod*", "1-1", "Marrow", "cited-statement" },
        // A statement noun further up: its issuer, the subject of the verb that issued it.
        { "Marrow Marrow PROPN 2 nsubj|released release VERB 0 root|a a DET 4 det|survey survey NOUN 2 obj|of of ADP 7 case|900 900 NUM 7 nummod*|homes home NOUN 4 nmod", "1-1", "Marrow", "statement-owner" },
        // A count inside a statement its owner names is the owner's, not the reporter's who cites it.
        { "Tolvik Tolvik PROPN 2 nsubj|says say VERB 0 root|Marrow Marrow PROPN 5 nmod:poss|'s 's PART 3 case|figure figure NOUN 9 nsubj|of of ADP 7 case|900 900 NUM 5 nmod*|is be AUX 9 cop|low low ADJ 2 ccomp", "1-1,3-3", "Marrow", "cited-statement" },
        // An organisation acting; a person acting is no source.
        { "Kestrel Kestrel PROPN 2 nsubj|pledged pledge VERB 0 root|$ $ SYM 2 obj|5 5 NUM 3 nummod*", "1-1", "Kestrel", "reporting-clause" },
        { "Police police NOUN 2 nsubj|detained detain VERB 0 root|64 64 NUM 4 nummod*|people person NOUN 2 obj", "", "Police", "acting-institution" },
        { "The the DET 2 det|gunman gunman NOUN 3 nsubj|shot shoot VERB 0 root|three three NUM 5 nummod*|men man NOUN 3 obj", "", null, null },
        // An organisation's name before a noun of its people speaks for it; a place's name there does not.
        { "Since since ADP 2 case|May May PROPN 6 obl|, , PUNCT 2 punct|Marrow Marrow PROPN 5 compound|teams team NOUN 6 nsubj|reached reach VERB 0 root|900 900 NUM 8 nummod*|homes home NOUN 6 obj", "4-4", "Marrow", "acting-institution" },
        // A name the tagger read as common nouns, capitalized inside a sentence of prose: the name as written.
        { "Harbour harbour NOUN 2 compound|Rescue rescue NOUN 4 nsubj|40 40 NUM 2 flat|says say VERB 0 root|its its PRON 6 nmod:poss|crews crew NOUN 7 nsubj|pulled pull VERB 4 ccomp|87 87 NUM 9 nummod*|people person NOUN 7 obj|from from ADP 12 case|the the DET 12 det|water water NOUN 7 obl", "", "Harbour Rescue 40", "reporting-clause" },
        // A noun that names no one ("his version") gives nothing.
        { "According accord VERB 4 case|to to ADP 1 fixed|his his PRON 4 nmod:poss|version version NOUN 7 obl|, , PUNCT 4 punct|six six NUM 7 nsubj*|died die VERB 0 root", "", null, null },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Finds_the_source_and_records_the_deciding_sieve(string rows, string organisations, string? source, string? sieve)
    {
        var (syntax, target, text) = HandTree.Build(rows);
        var doc = Document.Parse(new Article("t", text));
        var mentions = new List<Mention>();
        foreach (var range in organisations.Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            var ends = range.Split('-').Select(x => int.Parse(x, System.Globalization.CultureInfo.InvariantCulture) - 1).ToArray();
            var span = new TextSpan(syntax[ends[0]].Span.Start, syntax[ends[1]].Span.End);
            mentions.Add(new Mention(ends[0], ends[1] + 1, span, EntityType.Org, 0));
        }

        var context = new AttributionContext(doc, doc.SentenceArray[0], syntax, mentions, [], AttributionLexicon.Default);
        var found = Attributor.Default.Attribute(context, target);
        found?.Source.Text.Should().Be(source);
        found?.Sieve.Should().Be(sieve);
        if (source is null) found.Should().BeNull();
        else found.Should().NotBeNull();
    }

    // A police noun stands for the article's lead police body, whatever word its name uses; a dateline before it is no name of its own.
    [Theory]
    [InlineData("Police police NOUN 2 nsubj|say say VERB 0 root|40 40 NUM 4 nummod*|huts hut NOUN 5 nsubj:pass|burned burn VERB 2 ccomp", " Dunmore Sheriff's Office opened an inquiry.", "Dunmore Sheriff's Office")]
    [InlineData("Officers officer NOUN 2 nsubj|say say VERB 0 root|40 40 NUM 4 nummod*|huts hut NOUN 5 nsubj:pass|burned burn VERB 2 ccomp", " Dunmore Sheriff's Office opened an inquiry.", "Dunmore Sheriff's Office")]
    [InlineData("Police police NOUN 2 nsubj|say say VERB 0 root|40 40 NUM 4 nummod*|huts hut NOUN 5 nsubj:pass|burned burn VERB 2 ccomp", " Dunmore Sheriff's Office and Dunmore Sheriff's Office again; Hollin State Patrol helped.", "Dunmore Sheriff's Office")]
    [InlineData("KELLAN Kellan PROPN 3 compound|- - PUNCT 3 punct|Police police NOUN 4 nsubj|say say VERB 0 root|40 40 NUM 6 nummod*|huts hut NOUN 7 nsubj:pass|burned burn VERB 4 ccomp", " Kellan Constabulary opened an inquiry.", "Kellan Constabulary")]
    [InlineData("Police police NOUN 2 nsubj|say say VERB 0 root|40 40 NUM 4 nummod*|huts hut NOUN 5 nsubj:pass|burned burn VERB 2 ccomp", " Dunmore Council opened an inquiry.", "Police")]
    // So does "the station" for the outlet it names, a broadcaster's call sign included.
    [InlineData("The the DET 2 det|station station NOUN 3 nsubj|says say VERB 0 root|40 40 NUM 5 nummod*|huts hut NOUN 6 nsubj:pass|burned burn VERB 3 ccomp", " KOLB and KOLB again; Dunmore Council helped.", "KOLB")]
    [InlineData("The the DET 2 det|newspaper newspaper NOUN 3 nsubj|says say VERB 0 root|40 40 NUM 5 nummod*|huts hut NOUN 6 nsubj:pass|burned burn VERB 3 ccomp", " The Dunmore Herald ran it.", "Dunmore Herald")]
    public void A_police_noun_is_the_lead_police_body_the_article_names(string rows, string rest, string source)
    {
        var (syntax, target, sentence) = HandTree.Build(rows);
        string text = sentence + " ." + rest;
        string[] bodies = ["Dunmore Sheriff's Office", "Hollin State Patrol", "Kellan Constabulary", "Dunmore Council", "KOLB", "Dunmore Herald"];
        var named = bodies.SelectMany(name => AllIndexesOf(text, name).Select(at => (At: at, Name: name))).OrderBy(x => x.At).Select(x => (x.Name, EntityType.Org)).ToArray();
        var annotated = Corpus.Tests.Entities.EntityTestKit.Article("t", text, named);
        var (doc, mentions) = (annotated.Document, annotated.Mentions);
        var context = new AttributionContext(doc, doc.SentenceArray[0], syntax, mentions, [], AttributionLexicon.Default);
        var found = Attributor.Default.Attribute(context, target);
        found.Should().NotBeNull();
        found!.Source.Text.Should().Be(source);
        found.Sieve.Should().Be("reporting-clause");
    }

    private static IEnumerable<int> AllIndexesOf(string text, string name)
    {
        for (int at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + 1, StringComparison.Ordinal)) yield return at;
    }
}
